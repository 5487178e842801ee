/** Output paths: relative to where the command was typed; a bad one fails before the replay runs. */
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DEMO, demoEvents, ROOT, runCli } from './helpers.ts'

jest.setTimeout(300_000)

describe('an output path that cannot be written: one line, exit 2, nothing replayed or written', () => {
    const folder = mkdtempSync(join(tmpdir(), 'itpartner-paths-'))

    test.each([
        [['--json', '--out', folder], `replay: --out ${folder} is a folder; give a file name\n`],
        [['--html', folder], `replay: --html ${folder} is a folder; give a file name\n`],
        [['--out', '/nonexistent/itpartner/results.txt'], 'replay: --out /nonexistent/itpartner/results.txt: the folder /nonexistent/itpartner does not exist\n'],
        [['--html', '/etc/hostname/report.html'], 'replay: --html /etc/hostname/report.html: /etc/hostname is not a folder\n'],
        // /sys refuses new files, also to root.
        [['--html', '/sys/itpartner-report.html'], 'replay: --html /sys/itpartner-report.html cannot be written: permission denied\n'],
    ])('%j', (args, message) => {
        const run = runCli([DEMO, ...args])
        expect(run.stderr).toBe(message)
        expect(run.status).toBe(2)
        expect(run.stdout).toBe('')
    })

    test('a bad --html leaves no --out file behind, and no partial file', () => {
        const out = join(folder, 'results.json')
        const run = runCli([DEMO, '--json', '--out', out, '--html', folder])
        expect(run.status).toBe(2)
        expect(existsSync(out)).toBe(false)
        expect(readdirSync(folder)).toEqual([])
    })
})

test('--out and --html are taken from the folder the command was typed in', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'itpartner-cwd-'))
    cpSync(DEMO, join(cwd, 'snapshot'), { recursive: true })
    const run = spawnSync('npm', ['--prefix', ROOT, 'run', '--silent', 'replay', '--', 'snapshot', '--json', '--out', 'results.json', '--html', 'report.html'], {
        cwd,
        encoding: 'utf8',
        timeout: 120_000,
    })
    expect(run.status).toBe(0)
    expect(JSON.parse(readFileSync(join(cwd, 'results.json'), 'utf8'))).toHaveLength(demoEvents().length)
    expect(readFileSync(join(cwd, 'report.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/i)
    expect(run.stderr).toContain(`replay: wrote the report page ${join(cwd, 'report.html')}\n`)
    expect(existsSync(join(ROOT, 'report.html'))).toBe(false)
})
