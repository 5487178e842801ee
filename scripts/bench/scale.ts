/**
 * Replay load test: generates a snapshot (10,000 users, 1,000 departments, 1,000,000 events by default; ./snapshot.ts)
 * in a temp folder and runs the replay CLI on it in a child process per output form (text, --json, --html), each with
 * its output thrown away, reporting events per second and the child's peak resident memory; and the load time of the
 * same events pretty-printed; and the same events as an admin exports them (incident pages + sys_audit), with --json.
 * scripts/bench.ts calls scaleBench().
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { main as Main, tuneHeap as TuneHeap } from '../../replay/cli.ts'
import { readTable } from '../../replay/read/export/rows.ts'
import type { prepareReplay as PrepareReplay } from '../../replay/run/prepare.ts'
import { FULL_SIZE, generateSnapshot, hex, type BenchSize } from './snapshot.ts'

/** One child run: wall and CPU time (CPU time is what a loaded machine does not inflate) and peak memory. */
export interface ChildRun {
    seconds: number
    cpu_seconds: number
    peak_rss_mb: number
}

export interface ReplayRun extends ChildRun {
    events_per_second: number
    /** Events per second of the child's CPU time (user + system). */
    events_per_cpu_second: number
}

export interface ScaleResult {
    /** The Node.js that ran the replays: Node 22 runs them about a tenth faster than Node 20 (docs/replay.md "Scale"). */
    node: string
    /** Runs of each form; each figure is from its fastest run. */
    runs: number
    events: number
    compact_mb: number
    pretty_mb: number
    text: ReplayRun
    json: ReplayRun
    html: ReplayRun & { page_mb: number }
    /** Checking the pretty-printed events file and building the engine (no replay). */
    pretty_load: ChildRun
    /** The same events built from the history export (incident pages + sys_audit), with --json. */
    history_json: ReplayRun & { incident_rows: number; audit_rows: number; export_mb: number }
}

/**
 * Milliseconds to read and check a 100,000-user sys_user export, as the Table API writes it (JSON) and as a list's
 * Export > XML writes it.
 */
export function userLoadBench(users = 100_000): { json_ms: number; xml_ms: number } {
    const dir = mkdtempSync(join(tmpdir(), 'itpartner-user-load-'))
    try {
        const rows = Array.from({ length: users }, (_, i) => ({
            sys_id: hex('d1', i),
            user_name: `user${i}`,
            name: `User ${i}`,
            email: `user${i}@example.edu`,
            department: { link: `https://example.service-now.com/api/now/table/cmn_department/${hex('b1', i % 1000)}`, value: hex('b1', i % 1000) },
            active: 'true',
        }))
        const timed = (file: string, content: string) => {
            const folder = join(dir, file.replace('.', '-'))
            mkdirSync(folder)
            writeFileSync(join(folder, file), content)
            const started = process.hrtime.bigint()
            const loaded = readTable(folder, 'sys_user', true, {}, new Map())
            if (loaded?.length !== users) throw new Error(`bench: ${file} loaded ${loaded?.length} users`)
            return Math.round(Number(process.hrtime.bigint() - started) / 1e6)
        }
        const json_ms = timed('sys_user.json', JSON.stringify({ result: rows }))
        const xml =
            '<?xml version="1.0" encoding="UTF-8"?><xml>' +
            rows
                .map(
                    (row) =>
                        `<sys_user><active>true</active><department display_value="Department">${row.department.value}</department>` +
                        `<email>${row.email}</email><name>${row.name}</name><sys_id>${row.sys_id}</sys_id><user_name>${row.user_name}</user_name></sys_user>`,
                )
                .join('') +
            '</xml>'
        return { json_ms, xml_ms: timed('sys_user.xml', xml) }
    } finally {
        rmSync(dir, { recursive: true, force: true })
    }
}

const FLAGS = { text: [], json: ['--json'], html: ['--html'] } as const

/**
 * Generates the snapshot (compact, then pretty-printed) in a temp folder, runs each output form in its own child
 * process `runs` times, keeping the fastest (other work on a shared machine only ever slows a run), and removes the
 * folder.
 */
export function scaleBench(size: BenchSize = FULL_SIZE, log: (line: string) => void = () => {}, runs = 1): ScaleResult {
    const dir = mkdtempSync(join(tmpdir(), 'itpartner-replay-bench-'))
    try {
        const compact = join(dir, 'compact')
        const pretty = join(dir, 'pretty')
        const history = join(dir, 'history')
        mkdirSync(compact)
        mkdirSync(pretty)
        mkdirSync(history)
        log(`bench: writing ${size.events.toLocaleString('en-US')} events (compact, pretty-printed, as a history export) into ${dir}`)
        generateSnapshot(compact, size)
        generateSnapshot(pretty, size, true)
        const rows = generateSnapshot(history, size, false, true)
        const mb = (file: string) => Math.round(statSync(file).size / 2 ** 20)
        const replay = (mode: keyof typeof FLAGS, folder = compact): ReplayRun => {
            log(`bench: replaying ${folder === history ? 'the history export ' : ''}with ${mode} output${runs > 1 ? `, ${runs} times` : ''}`)
            const run = fastest(runs, () => child([mode, folder, ...(mode === 'html' ? [join(dir, 'page.html')] : [])]))
            return { ...run, events_per_second: Math.round(size.events / run.seconds), events_per_cpu_second: Math.round(size.events / run.cpu_seconds) }
        }
        const text = replay('text')
        const json = replay('json')
        const html = { ...replay('html'), page_mb: mb(join(dir, 'page.html')) }
        const exportMb = Math.round(readdirSync(history).reduce((total, file) => total + statSync(join(history, file)).size, 0) / 2 ** 20)
        const historyJson = { ...replay('json', history), incident_rows: rows.incidents, audit_rows: rows.audits, export_mb: exportMb }
        log('bench: loading the pretty-printed events')
        const prettyLoad = fastest(runs, () => child(['load', pretty]))
        return {
            node: process.version,
            runs,
            events: size.events,
            compact_mb: mb(join(compact, 'events.json')),
            pretty_mb: mb(join(pretty, 'events.json')),
            text,
            json,
            html,
            pretty_load: prettyLoad,
            history_json: historyJson,
        }
    } finally {
        rmSync(dir, { recursive: true, force: true })
    }
}

/** The fastest of `runs` runs: other work on the machine only ever slows a run. */
function fastest(runs: number, run: () => ChildRun): ChildRun {
    let best = run()
    for (let more = 1; more < runs; more++) {
        const next = run()
        if (next.seconds < best.seconds) best = next
    }
    return best
}

/** Runs this file as a child (`--child <mode> <dir> [page]`): its figures come back in a file, its output is dropped. */
function child(args: string[]): ChildRun {
    const figures = join(tmpdir(), `itpartner-bench-${process.pid}-${Date.now()}.json`)
    try {
        const run = spawnSync(process.execPath, [...process.execArgv, __filename, '--child', figures, ...args], {
            stdio: ['ignore', 'ignore', 'pipe'],
            encoding: 'utf8',
        })
        if (run.status !== 0) throw new Error(`bench: ${args[0]} run failed (${run.status}): ${run.stderr}`)
        return JSON.parse(readFileSync(figures, 'utf8')) as ChildRun
    } finally {
        rmSync(figures, { force: true })
    }
}

/**
 * In the child: what `npm run replay` runs (scripts/replay.mjs: the bundled replay, the heap tuned), or only the load
 * for `load`. The clock starts once the bundle is loaded.
 */
async function childRun(figures: string, mode: string, dir: string, page?: string): Promise<void> {
    const { bundleReplay } = await import('../replay.mjs')
    const bundle = bundleReplay()
    const load = createRequire(__filename)
    const { main, tuneHeap } = load(bundle.cli) as { main: typeof Main; tuneHeap: typeof TuneHeap }
    const { prepareReplay } = load(bundle.run) as { prepareReplay: typeof PrepareReplay }
    tuneHeap()
    const started = process.hrtime.bigint()
    const cpuStart = process.cpuUsage()
    if (mode === 'load') {
        prepareReplay(dir)
    } else {
        const status = await main([dir, ...FLAGS[mode as keyof typeof FLAGS], ...(page ? [page] : [])])
        if (status !== 0) throw new Error(`bench: the replay exited with ${status}`)
    }
    const cpu = process.cpuUsage(cpuStart)
    const result: ChildRun = {
        seconds: Number(process.hrtime.bigint() - started) / 1e9,
        cpu_seconds: (cpu.user + cpu.system) / 1e6,
        peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
    }
    writeFileSync(figures, JSON.stringify(result))
}

if (require.main === module) {
    const [flag, figures, mode, dir, page] = process.argv.slice(2)
    if (flag === '--child') {
        childRun(figures, mode, dir, page).catch((error: unknown) => {
            process.stderr.write(`${(error as Error)?.stack ?? error}\n`)
            process.exitCode = 1
        })
    } else {
        const events = Number(flag) || FULL_SIZE.events
        console.log(JSON.stringify({ ...scaleBench({ ...FULL_SIZE, events }, (line) => process.stderr.write(line + '\n')), sys_user_load: userLoadBench() }))
    }
}
