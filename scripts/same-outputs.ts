/**
 * Shows that a change left the replay's outputs as they were: runs the replay of this checkout and of a base commit
 * (default HEAD~1, checked out in a temporary worktree that borrows this checkout's node_modules) on the demo snapshot
 * and on generated snapshots, and compares the text report, `--json`, `--summary`, `--tickets` and the page's data
 * (the `report-data` element of `--html`) byte for byte.
 *
 *   npx tsx --tsconfig tsconfig.run.json scripts/same-outputs.ts [--base REF] [--events N]
 *
 * The generated snapshots come from this checkout's bench generator (scripts/bench/snapshot.ts), the same files for both sides:
 * N events (default 100,000) as `events.json`, and the same events as a history export (incident pages + sys_audit).
 * Exits 1 when any output differs, naming the first differing line.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { generateSnapshot } from './bench/snapshot.ts'

const root = resolve(import.meta.dirname, '..')
const { values } = parseArgs({ options: { base: { type: 'string', default: 'HEAD~1' }, events: { type: 'string', default: '100000' } } })
const events = Number(values.events)
if (!Number.isInteger(events) || events < 1) throw new Error(`--events takes a positive whole number, not ${values.events}`)

const run = (command: string, args: string[], cwd: string) => {
    const done = spawnSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 })
    if (done.status !== 0) throw new Error(`${command} ${args.join(' ')} (in ${cwd}) failed:\n${done.stderr}`)
    return done.stdout.toString()
}

const work = mkdtempSync(join(tmpdir(), 'same-outputs-'))
const base = join(work, 'base')
try {
    run('git', ['worktree', 'add', '--detach', base, values.base], root)
    symlinkSync(join(root, 'node_modules'), join(base, 'node_modules'))

    const snapshots: [string, string | null][] = [['demo', null]]
    for (const history of [false, true]) {
        const name = history ? `generated ${events} (history export)` : `generated ${events} (events.json)`
        const dir = join(work, history ? 'history' : 'events')
        mkdirSync(dir)
        generateSnapshot(dir, { users: 2_000, departments: 200, events, seed: 7 }, false, history)
        snapshots.push([name, dir])
    }

    let differ = 0
    for (const checkout of [root, base]) run('npm', ['run', '--silent', 'build'], checkout)
    for (const [name, dir] of snapshots) {
        const outputs = [root, base].map((checkout, side) => {
            const out = join(work, `${side}-${name.replace(/\W+/g, '-')}`)
            mkdirSync(out)
            const args = ['scripts/replay.mjs', ...(dir ? [dir] : []), '--json', '--out', join(out, 'json')]
            args.push('--summary', join(out, 'summary'), '--tickets', join(out, 'tickets'), '--html', join(out, 'page'))
            run('node', args, checkout)
            run('node', ['scripts/replay.mjs', ...(dir ? [dir] : []), '--out', join(out, 'text')], checkout)
            const page = readFileSync(join(out, 'page'), 'utf8')
            const data = /<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(page)?.[1]
            if (data === undefined) throw new Error(`${join(out, 'page')} has no report-data element`)
            // The text names the demo folder by its path, which is the checkout's own.
            const text = Buffer.from(readFileSync(join(out, 'text'), 'utf8').split(checkout).join('<checkout>'))
            return { text, json: readFileSync(join(out, 'json')), summary: readFileSync(join(out, 'summary')), tickets: readFileSync(join(out, 'tickets')), 'page data': Buffer.from(data) }
        })
        for (const key of ['text', 'json', 'summary', 'tickets', 'page data'] as const) {
            const [ours, theirs] = [outputs[0][key], outputs[1][key]]
            if (ours.equals(theirs)) {
                console.log(`identical  ${name}: ${key} (${ours.length.toLocaleString('en-US')} bytes)`)
                continue
            }
            differ++
            const a = ours.toString().split('\n')
            const b = theirs.toString().split('\n')
            const line = a.findIndex((text, at) => text !== b[at])
            console.log(`DIFFERENT  ${name}: ${key}, first at line ${line + 1}:\n  this: ${a[line]?.slice(0, 300)}\n  base: ${b[line]?.slice(0, 300)}`)
        }
    }
    console.log(differ ? `${differ} outputs differ from ${values.base}` : `all outputs identical to ${values.base}`)
    process.exitCode = differ ? 1 : 0
} finally {
    if (existsSync(base)) run('git', ['worktree', 'remove', '--force', base], root)
    rmSync(work, { recursive: true, force: true })
}
