/** What the replay writes: JSON that pipes, --out FILE, and a readable report a person can follow. */
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Progress } from '../../replay/run/progress.ts'
import { DEMO, demoTable, demoVariant, ROOT, runCli } from './helpers.ts'

jest.setTimeout(300_000)

describe('JSON that pipes', () => {
    test('`npm run --silent replay -- <dir> --json` writes only the JSON array to stdout', () => {
        const run = spawnSync('npm', ['run', '--silent', 'replay', '--', DEMO, '--json'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 })
        expect(run.status).toBe(0)
        const results = JSON.parse(run.stdout)
        expect(Array.isArray(results)).toBe(true)
        expect(results).toHaveLength(15)
    })

    test('--out FILE writes the array to the file and nothing to stdout; a failed replay leaves no file', () => {
        const out = join(mkdtempSync(join(tmpdir(), 'itpartner-out-')), 'results.json')
        const run = runCli([DEMO, '--json', '--out', out])
        expect(run.status).toBe(0)
        expect(run.stdout).toBe('')
        expect(JSON.parse(readFileSync(out, 'utf8'))).toHaveLength(15)
        const failed = join(mkdtempSync(join(tmpdir(), 'itpartner-out-')), 'results.json')
        expect(runCli([demoVariant({ 'events.json': null }), '--json', '--out', failed]).status).toBe(2)
        expect(existsSync(failed)).toBe(false)
    })

    test('--out to a device or a pipe writes through it and leaves it as it is (no file renamed over it)', () => {
        const dir = mkdtempSync(join(tmpdir(), 'itpartner-fifo-'))
        const fifo = join(dir, 'pipe')
        const script = `mkfifo "$1"; cat "$1" > "$2" & node scripts/replay.mjs "$3" --json --out "$1"; status=$?; wait; exit $status`
        const run = spawnSync('bash', ['-c', script, 'fifo', fifo, join(dir, 'read.json'), DEMO], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 })
        expect(run.status).toBe(0)
        expect(statSync(fifo).isFIFO()).toBe(true)
        expect(JSON.parse(readFileSync(join(dir, 'read.json'), 'utf8'))).toHaveLength(15)
    })

    test('relative paths are taken from the folder the command was typed in', () => {
        const cwd = mkdtempSync(join(tmpdir(), 'itpartner-cwd-'))
        cpSync(DEMO, join(cwd, 'snapshot'), { recursive: true })
        const run = spawnSync('npm', ['--prefix', ROOT, 'run', '--silent', 'replay', '--', 'snapshot', '--json', '--out', 'results.json'], {
            cwd,
            encoding: 'utf8',
            timeout: 120_000,
        })
        expect(run.status).toBe(0)
        expect(JSON.parse(readFileSync(join(cwd, 'results.json'), 'utf8'))).toHaveLength(15)
    })

    test('an unknown option or a missing value exits 2 with the usage', () => {
        const unknown = runCli([DEMO, '--jsno'])
        expect(unknown.status).toBe(2)
        expect(unknown.stderr).toMatch(/^replay: unknown option --jsno\nusage: npm run --silent replay -- \[<snapshot-dir>\] \[--json\] \[--out FILE\]/)
        const missing = runCli([DEMO, '--out'])
        expect(missing.status).toBe(2)
        expect(missing.stderr).toMatch(/^replay: --out needs a FILE/)
    })
})

describe('the readable report', () => {
    let lines: string[]
    beforeAll(() => {
        const properties = demoTable('sys_properties').map((row) =>
            row.name === 'x_bu_itpartner.tier1_groups' ? { ...row, value: 'IT Help Center,Desktop Services,Desktop Servces' } : row,
        )
        const run = runCli([demoVariant({ 'sys_properties.json': { result: properties } })])
        expect(run.status).toBe(0)
        lines = run.stdout.split('\n')
    })

    test('every line fits 120 columns', () => {
        for (const line of lines) expect(line.length).toBeLessThanOrEqual(120)
    })

    test('properties in effect and the configuration check come first', () => {
        const text = lines.join('\n')
        const properties = text.indexOf('Properties in effect:')
        const check = text.indexOf('Configuration check: 1 problem\n')
        const first = text.indexOf('INC0020001  insert')
        expect(properties).toBeGreaterThan(-1)
        expect(check).toBeGreaterThan(properties)
        expect(first).toBeGreaterThan(check)
        expect(text).toContain('x_bu_itpartner.default_escalation_group   (empty)  (default: empty)')
        expect(text).toContain('- x_bu_itpartner.tier1_groups lists "Desktop Servces", which is not a group')
    })

    test('one line per event: number, action, outcome, from → to, Partner, signal; an update shows had / asked / kept', () => {
        expect(lines).toContainEqual(expect.stringMatching(/^INC0020001 {2}insert {2}rerouted +IT Help Center → Network Services +Metropolitan College IT… +red_flag$/))
        const blocked = lines.findIndex((line) => /^INC0020001 {2}update {2}boomerang_blocked +Network Services \(unchanged\)/.test(line))
        expect(blocked).toBeGreaterThan(-1)
        expect(lines[blocked + 1]).toBe('    groups: had Network Services; the save asked for IT Help Center; it kept Network Services (the app refused the move)')
        expect(lines).toContainEqual(expect.stringMatching(/^ {4}warning: .*Desktop Servces/))
    })

    test('the summary: outcomes, Partner and signal, flows, boomerangs, then what the app would have saved', () => {
        const summary = lines.slice(lines.findIndex((line) => line.startsWith('Summary (15 events)')))
        expect(summary.length).toBeGreaterThan(5)
        const text = summary.join('\n')
        expect(text).toMatch(/by outcome:\n(.*\n)* +3 {2}rerouted\n/)
        expect(text).toMatch(/by Partner and signal:\n(.*\n)* +\d+ {2}Metropolitan College IT \(MET IT\) · red_flag\n/)
        expect(text).toMatch(/group to group:\n(.*\n)* +1 {2}IT Help Center → Network Services\n/)
        expect(text).toContain('boomerangs: 1 blocked, 0 warned')
        expect(text).toContain(
            'What the app would have saved\n  Of 5 Partner escalations, 3 would have skipped tier 1 and 0 already went straight; 5 hops and 55.1 hours in tier-1\n  queues saved; 1 boomerang stopped.\n',
        )
    })
})

describe('progress', () => {
    test('silent for the first 2 seconds, then each step on stderr', () => {
        let now = 0
        const shown: string[] = []
        const progress = new Progress((line) => shown.push(line), 2000, () => now)
        now = 1999
        progress.step('reading sys_user.json (3 MB)')
        expect(shown).toEqual([])
        now = 2500
        progress.every(10_000, 100_000, 10_000, 'events replayed')
        expect(shown).toEqual(['replay: 10,000 of 100,000 events replayed (2.5 s)'])
    })
})
