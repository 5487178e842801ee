/**
 * npm run --silent replay -- [<snapshot-dir>] [--json] [--out FILE] [--html FILE]: scripts/replay.mjs bundles this
 * module and calls tuneHeap() and main().
 * Replays a snapshot's ticket events against the built app on the embedded instance (design.md "Replay (contract)").
 * Exit codes: 0 done, 1 replay failure (build, engine), 2 bad snapshot or bad arguments.
 */
import { relative, resolve } from 'node:path'
import { setFlagsFromString } from 'node:v8'
import type { EventResult } from './run/engine.ts'
import { ensureBuilt } from './run/build.ts'
import { DEMO_DIR, prepareReplay } from './run/prepare.ts'
import { ROOT } from './run/root.ts'
import { SnapshotError } from './read/errors.ts'
import type { ReplayEvent } from './read/events/event.ts'
import { OutputPathError, ReaderClosed, Sink } from './report/output.ts'
import { Progress } from './run/progress.ts'
import { writeBackfill } from './report/backfill.ts'
import { policiesOf, readLabels, renderReport } from './report/page/render.ts'
import { ReportCollector } from './report/page/collector.ts'
import { readableReport, ticketGroups } from './report/text/report.ts'
import { tier1Test, ValueTracker } from './report/value/tracker.ts'
import { writeSummary, writeTickets } from './report/value/files.ts'

export interface CliOptions {
    dir: string | null
    json: boolean
    out: string | null
    html: string | null
    summary: string | null
    tickets: string | null
    backfill: boolean
}

interface OptionSpec {
    flag: string
    /** Name of the option's value in the usage line; absent for a switch. */
    value?: string
    help: string
    apply(options: CliOptions, value: string): void
}

/** Every option the CLI takes: add a row to add an option. */
const OPTIONS: OptionSpec[] = [
    { flag: '--json', help: 'print one JSON array, one object per event', apply: (options) => (options.json = true) },
    {
        flag: '--out',
        value: 'FILE',
        help: 'write the output to FILE instead of stdout (written only when the replay succeeds)',
        apply: (options, value) => (options.out = value),
    },
    {
        flag: '--html',
        value: 'FILE',
        help: 'also write the report page (charts, events table) to FILE',
        apply: (options, value) => (options.html = value),
    },
    {
        flag: '--summary',
        value: 'FILE',
        help: 'also write the summary (what the app would have saved) to FILE as one JSON object',
        apply: (options, value) => (options.summary = value),
    },
    {
        flag: '--tickets',
        value: 'FILE',
        help: 'also write each ticket\'s actual path against the app path to FILE (JSON Lines)',
        apply: (options, value) => (options.tickets = value),
    },
    {
        flag: '--backfill',
        help: 'instead of replaying events, show what the stamp backfill would stamp on the exported open incidents (nothing is written)',
        apply: (options) => (options.backfill = true),
    },
]

class UsageError extends Error {}

export function usage(): string {
    const flags = OPTIONS.map((option) => `[${option.flag}${option.value ? ` ${option.value}` : ''}]`).join(' ')
    const names = OPTIONS.map((option) => option.flag + (option.value ? ` ${option.value}` : ''))
    const width = Math.max(...names.map((name) => name.length)) + 2
    const lines = OPTIONS.map((option, index) => `  ${names[index].padEnd(width)}${option.help}`)
    return `usage: npm run --silent replay -- [<snapshot-dir>] ${flags}\n${lines.join('\n')}\n`
}

export function parseArgs(argv: string[]): CliOptions {
    const options: CliOptions = { dir: null, json: false, out: null, html: null, summary: null, tickets: null, backfill: false }
    for (let index = 0; index < argv.length; index++) {
        const arg = argv[index]
        const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined]
        const spec = OPTIONS.find((option) => option.flag === flag)
        if (spec) {
            let value = inline ?? ''
            if (spec.value && inline === undefined) {
                value = argv[++index] ?? ''
                if (!value || value.startsWith('--')) throw new UsageError(`${flag} needs a ${spec.value}`)
            } else if (!spec.value && inline !== undefined) {
                throw new UsageError(`${flag} takes no value`)
            }
            spec.apply(options, value)
        } else if (arg.startsWith('-')) {
            throw new UsageError(`unknown option ${arg}`)
        } else if (options.dir !== null) {
            throw new UsageError(`one snapshot folder only (got ${options.dir} and ${arg})`)
        } else {
            options.dir = arg
        }
    }
    if (options.backfill) {
        const other = (['html', 'summary', 'tickets'] as const).find((option) => options[option] !== null)
        if (other) throw new UsageError(`--backfill shows the backfill only: --${other} is for a replay of events`)
    }
    return options
}

export async function main(argv: string[]): Promise<number> {
    let options: CliOptions
    try {
        options = parseArgs(argv)
    } catch (error) {
        if (!(error instanceof UsageError)) throw error
        process.stderr.write(`replay: ${error.message}\n${usage()}`)
        return 2
    }
    // npm runs scripts in the package folder; INIT_CWD is where the admin typed the command.
    const base = process.env.INIT_CWD || process.cwd()
    const dir = options.dir ? resolve(base, options.dir) : DEMO_DIR
    const sinks: Sink[] = []
    let sink: Sink
    let page: Sink | null = null
    let summaryFile: Sink | null = null
    let ticketsFile: Sink | null = null
    try {
        sink = new Sink(options.out ? resolve(base, options.out) : null)
        sinks.push(sink)
        if (options.html) sinks.push((page = new Sink(resolve(base, options.html), '--html')))
        if (options.summary) sinks.push((summaryFile = new Sink(resolve(base, options.summary), '--summary')))
        if (options.tickets) sinks.push((ticketsFile = new Sink(resolve(base, options.tickets), '--tickets')))
    } catch (error) {
        if (!(error instanceof OutputPathError)) throw error
        for (const opened of sinks) await opened.finish(false)
        process.stderr.write(`replay: ${error.message}\n`)
        return 2
    }
    let ok = false
    try {
        ensureBuilt(ROOT)
        // The clock starts after the build, which reports itself; loading (reading the tables, checking the events)
        // reports its steps too.
        const progress = new Progress()
        const step = (message: string) => void progress.step(message)
        if (options.backfill) {
            const { engine, snapshot } = prepareReplay(dir, ROOT, step, true)
            for (const warning of snapshot.warnings) process.stderr.write(`replay: ${warning}\n`)
            await writeBackfill(engine, options.dir ?? relative(process.cwd(), DEMO_DIR), options.json, sink)
            await sink.finish(true)
            ok = true
            return 0
        }
        const replay = prepareReplay(dir, ROOT, step)
        const total = replay.snapshot.events.length
        // Checked before any event changes the data, like an admin would before trying the app.
        const configurationProblems = replay.engine.configurationProblems()
        const tables = replay.snapshot.tables
        const report = page ? new ReportCollector(readLabels(ROOT), tables.get('incident')) : null
        // The value summary feeds the text report, the page and the value files; --json alone shows none of them.
        const value =
            !options.json || page || summaryFile || ticketsFile
                ? new ValueTracker(tier1Test(tables.get('sys_properties') ?? [], tables.get('sys_user_group') ?? []), ticketGroups(replay.snapshot), ticketsFile !== null)
                : null
        // The group the ticket of the result just passed on had before its event: the text report reads it before it
        // takes the next result, instead of tracking every ticket's group a second time.
        let had: string | null = null
        const results = paired(replay.engine.replayed(), total, progress, (result, event) => {
            if (!value) return
            had = value.had(result.number)
            report?.add(result, event, had)
            value.add(result, event)
        })
        if (options.json) {
            // stdout stays one array of events: snapshot warnings and the configuration check go to stderr.
            for (const warning of replay.snapshot.warnings) process.stderr.write(`replay: ${warning}\n`)
            for (const problem of configurationProblems) process.stderr.write(`replay: configuration check: ${problem}\n`)
            await writeJson(sink, results)
        } else {
            await readableReport({ ...replay, engine: { run: () => results }, configurationProblems, value: () => value!.summary(), had: () => had }, dir, (text) => sink.write(text))
        }
        const snapshotName = options.dir ?? relative(process.cwd(), DEMO_DIR)
        if (report && page) {
            await page.write(
                renderReport({
                    data: report.finish('IT Partner Routing', value!.summary()),
                    snapshotDir: snapshotName,
                    generatedAt: new Date(),
                    policies: policiesOf(tables.get('sys_properties') ?? []),
                    findings: [
                        ...replay.snapshot.warnings.map((message) => ({ severity: 'warning', message })),
                        ...configurationProblems.map((message) => ({ severity: 'problem', message })),
                    ],
                }),
            )
            await page.finish(true)
            process.stderr.write(`replay: wrote the report page ${resolve(base, options.html!)}\n`)
        }
        if (summaryFile) {
            await writeSummary(summaryFile, value!, snapshotName)
            await summaryFile.finish(true)
        }
        if (ticketsFile) {
            await writeTickets(ticketsFile, value!)
            await ticketsFile.finish(true)
        }
        await sink.finish(true)
        ok = true
        return 0
    } catch (error) {
        if (error instanceof ReaderClosed) return 0
        if (error instanceof SnapshotError) {
            process.stderr.write(`replay: bad snapshot: ${error.message}\n`)
            return 2
        }
        process.stderr.write(`replay: ${(error as Error)?.stack ?? error}\n`)
        return 1
    } finally {
        if (!ok) for (const opened of sinks) await opened.finish(false).catch(() => undefined)
    }
}

/**
 * Passes the results on, after showing each with its event to `see` (the value summary, the report page), and
 * reports the progress. One generator rather than two: each layer costs a resume per event.
 */
function* paired(
    replayed: Iterable<{ event: ReplayEvent; result: EventResult }>,
    total: number,
    progress: Progress,
    see: (result: EventResult, event: ReplayEvent) => void,
): Generator<EventResult> {
    let index = 0
    for (const { event, result } of replayed) {
        progress.every(index++, total, 10_000, 'events replayed')
        see(result, event)
        yield result
    }
}

/** Streams the array: the first result is written before the last is computed; waits while the reader is behind. */
async function writeJson(sink: Sink, results: Iterable<EventResult>): Promise<void> {
    let first = true
    for (const result of results) {
        const pending = sink.write((first ? '[\n' : ',\n') + JSON.stringify(result))
        if (pending) await pending
        first = false
    }
    await sink.write(first ? '[]\n' : '\n]\n')
}

/**
 * The heap as a long replay wants it, set before the events are read. V8 lets the heap grow to several times what
 * was live after the last full collection; a replay keeps a large live set (every saved ticket) and makes much
 * short-lived garbage, so the history export of a million events peaked at 1.18 GB. Growing by 40% at most kept it
 * under 800 MB at no measured cost in speed (docs/replay.md "Scale"). A V8 flag, not a limit: a larger export still
 * gets the memory it needs. Node.js docs, "v8.setFlagsFromString(flags)"; the flag is --heap-growing-percent
 * (`node --v8-options`), read at each full collection.
 */
export function tuneHeap(): void {
    setFlagsFromString('--heap-growing-percent=40')
}
