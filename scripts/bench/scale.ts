/**
 * Replay load test: generates a snapshot (10,000 users, 1,000 departments, 1,000,000 events by default) in a temp
 * folder and runs the replay CLI on it in a child process per output form (text, --json, --html), each with its
 * output thrown away, reporting events per second and the child's peak resident memory; and the load time of the
 * same events pretty-printed; and the same events as an admin exports them (incident pages + sys_audit), with --json.
 * scripts/bench.ts calls scaleBench().
 */
import { spawnSync } from 'node:child_process'
import { closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { main as Main, tuneHeap as TuneHeap } from '../../replay/cli.ts'
import type { prepareReplay as PrepareReplay } from '../../replay/run/prepare.ts'
import { readTable } from '../../replay/read/export/rows.ts'

export interface BenchSize {
    users: number
    departments: number
    events: number
    /** Seed of the generator (a small LCG; the same seed makes the same snapshot). */
    seed: number
}

export const FULL_SIZE: BenchSize = { users: 10_000, departments: 1_000, events: 1_000_000, seed: 42 }

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

const hex = (prefix: string, n: number) => prefix + n.toString(16).padStart(30, '0')

/**
 * Writes the load snapshot into dir; `pretty` writes events.json indented as JSON.stringify(value, null, 4) does.
 * `history` writes the same events as the export an admin makes instead (docs/replay.md "Replay your own tickets"):
 * the tickets as they are now in incident.<n>.json pages of 100,000 rows, their saves in sys_audit.json, one save
 * every 20 s from 2026-01-01.
 */
export function generateSnapshot(dir: string, size: BenchSize = FULL_SIZE, pretty = false, history = false): { incidents: number; audits: number } {
    let state = size.seed >>> 0 || 1
    const random = (n: number) => {
        state = (Math.imul(state, 1664525) + 1013904223) >>> 0
        return state % n
    }
    const write = (table: string, rows: unknown[]) => writeFileSync(join(dir, `${table}.json`), JSON.stringify({ result: rows }))
    const tier1 = [
        { sys_id: hex('a1', 1), name: 'IT Help Center', active: 'true' },
        { sys_id: hex('a1', 2), name: 'Desktop Services', active: 'true' },
    ]
    const escalation = [
        { sys_id: hex('a2', 1), name: 'Network Services', active: 'true' },
        { sys_id: hex('a2', 2), name: 'System Engineering', active: 'true' },
    ]
    const partnerCount = Math.max(1, Math.floor(size.departments / 20))
    const partnerGroups = Array.from({ length: partnerCount }, (_, i) => ({ sys_id: hex('a3', i), name: `Partner ${i} queue`, active: 'true' }))
    write('sys_user_group', [...tier1, ...escalation, ...partnerGroups])
    const departments = Array.from({ length: size.departments }, (_, i) => ({ sys_id: hex('b1', i), name: `Department ${i}` }))
    write('cmn_department', departments)
    const partners = partnerGroups.map((group, i) => ({
        sys_id: hex('c1', i),
        name: `Partner ${i}`,
        support_group: i % 5 === 4 ? '' : group.sys_id,
        support_stream: `partner${i}@example.edu`,
        contact: `partner${i}@example.edu`,
        active: 'true',
    }))
    write('x_bu_itpartner_partner', partners)
    // Half of the departments belong to a Partner.
    write(
        'x_bu_itpartner_department',
        departments
            .filter((_, i) => i % 2 === 0)
            .map((department, i) => ({ sys_id: hex('c2', i), department: department.sys_id, partner: partners[i % partnerCount].sys_id, active: 'true' })),
    )
    const users = Array.from({ length: size.users }, (_, i) => ({
        sys_id: hex('d1', i),
        user_name: `user${i}`,
        name: `User ${i}`,
        department: { link: 'https://example.service-now.com/api/now/table/cmn_department/x', value: departments[random(size.departments)].sys_id },
        active: 'true',
    }))
    write('sys_user', users)
    const flagged = Math.floor(size.users / 50)
    write(
        'x_bu_itpartner_red_flag',
        Array.from({ length: flagged }, (_, i) => ({ sys_id: hex('e1', i), user: users[i].sys_id, partner: partners[i % partnerCount].sys_id, note: 'IT Partner staff', active: 'true' })),
    )
    const members = Math.floor(size.users / 50)
    write(
        'sys_user_grmember',
        Array.from({ length: members }, (_, i) => ({ sys_id: hex('e2', i), user: users[flagged + i].sys_id, group: partnerGroups[i % partnerCount].sys_id })),
    )
    write('sys_user_role', [{ sys_id: hex('f1', 1), name: 'itil' }])
    write('sys_user_has_role', [{ sys_id: hex('f2', 1), user: users[size.users - 1].sys_id, role: hex('f1', 1) }])
    write('sysrule_assignment', [{ sys_id: hex('f3', 1), name: 'Service Desk catch-all', table: 'incident', order: '1000', active: 'true', condition: '', group: tier1[0].sys_id }])
    write('x_bu_itpartner_route', [
        { sys_id: hex('f4', 1), order: '100', table: 'incident', condition: 'short_descriptionLIKEpassword', assignment_group: tier1[0].sys_id, description: 'Accounts', active: 'true' },
        { sys_id: hex('f4', 2), order: '300', table: 'incident', condition: 'category=network', assignment_group: escalation[0].sys_id, description: 'Network', active: 'true' },
        { sys_id: hex('f4', 3), order: '400', table: 'incident', condition: 'short_descriptionLIKEserver', assignment_group: escalation[1].sys_id, description: 'Servers', active: 'true' },
    ])
    write('sys_properties', [])

    const texts = ['Wifi is down', 'Password reset', 'File server slow', 'Printer jam', 'Laptop will not boot']
    const categories = ['network', 'software', 'hardware', 'inquiry']
    const export_ = history ? new HistoryExport(users) : null
    const file = history ? -1 : openSync(join(dir, 'events.json'), 'w')
    if (!export_) writeSync(file, '[')
    let inserted = 0
    for (let i = 0; i < size.events; i++) {
        const updating = inserted > 0 && random(10) === 0
        let event: unknown
        if (updating) {
            const target = `INC${String(1_000_000 + random(inserted)).padStart(7, '0')}`
            const groups = [tier1[0], tier1[1], escalation[0], partnerGroups[random(partnerCount)]]
            event = { table: 'incident', action: 'update', number: target, set: { assignment_group: groups[random(groups.length)].sys_id }, user: users[random(size.users)].sys_id }
        } else {
            const caller = users[random(size.users)].sys_id
            const opener = random(4) === 0 ? users[random(flagged + members)].sys_id : caller
            const record: Record<string, string> = {
                number: `INC${String(1_000_000 + inserted).padStart(7, '0')}`,
                caller_id: caller,
                opened_by: opener,
                short_description: texts[random(texts.length)],
                category: categories[random(categories.length)],
            }
            if (random(8) === 0) record.assignment_group = partnerGroups[random(partnerCount)].sys_id
            inserted++
            event = { table: 'incident', action: 'insert', record }
        }
        if (export_) {
            export_.add(event as BenchEvent, i)
            continue
        }
        const text = pretty ? '    ' + JSON.stringify(event, null, 4).replace(/\n/g, '\n    ') : JSON.stringify(event)
        writeSync(file, (i ? ',\n' : '\n') + text)
    }
    if (export_) return export_.write(dir)
    writeSync(file, '\n]\n')
    closeSync(file)
    return { incidents: 0, audits: 0 }
}

type BenchEvent =
    | { action: 'insert'; record: Record<string, string> }
    | { action: 'update'; number: string; set: Record<string, string>; user: string }

/** The bench's events as an instance would have kept them: the tickets' rows now, and an audit row per changed field. */
class HistoryExport {
    private readonly tickets = new Map<string, Record<string, string>>()
    private readonly audits: Record<string, string>[] = []
    private readonly userNames: Map<string, string>

    constructor(users: { sys_id: string; user_name: string }[]) {
        this.userNames = new Map(users.map((user) => [user.sys_id, user.user_name]))
    }

    add(event: BenchEvent, index: number): void {
        const at = new Date(Date.UTC(2026, 0, 1) + 20_000 * index).toISOString().slice(0, 19).replace('T', ' ')
        if (event.action === 'insert') {
            const sysId = 'e' + this.tickets.size.toString(16).padStart(31, '0')
            this.tickets.set(event.record.number, { ...event.record, sys_id: sysId, opened_at: at, sys_created_on: at, active: 'true', sys_mod_count: '0' })
            return
        }
        const ticket = this.tickets.get(event.number)!
        const checkpoint = String(Number(ticket.sys_mod_count) + 1)
        ticket.sys_mod_count = checkpoint
        for (const [field, value] of Object.entries(event.set)) {
            this.audits.push({
                sys_id: 'f' + this.audits.length.toString(16).padStart(31, '0'),
                tablename: 'incident',
                fieldname: field,
                documentkey: ticket.sys_id,
                oldvalue: ticket[field] ?? '',
                newvalue: value,
                user: this.userNames.get(event.user) ?? 'system',
                sys_created_on: at,
                record_checkpoint: checkpoint,
            })
            ticket[field] = value
        }
    }

    write(dir: string): { incidents: number; audits: number } {
        const rows = [...this.tickets.values()]
        for (let page = 0; page * 100_000 < rows.length; page++) {
            writeFileSync(join(dir, `incident.${page}.json`), JSON.stringify({ result: rows.slice(page * 100_000, (page + 1) * 100_000) }))
        }
        writeFileSync(join(dir, 'sys_audit.json'), JSON.stringify({ result: this.audits }))
        return { incidents: rows.length, audits: this.audits.length }
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
