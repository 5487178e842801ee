/**
 * npm run --silent replay -- [<snapshot-dir>] [--json] [--out FILE] [--html FILE] [--summary FILE] [--tickets FILE]
 * [--backfill]: scripts/replay.mjs bundles this module and calls tuneHeap() and main().
 * Replays a snapshot's ticket events against the built app on the embedded instance (design.md "Replay (contract)"):
 * the options, then the stages in the order data flows: read (read/), run (run/), report (report/).
 * Exit codes: 0 done, 1 replay failure (build, engine), 2 bad snapshot or bad arguments.
 */
import { join, relative, resolve } from 'node:path'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { SnapshotError } from './read/errors.ts'
import { writeBackfill } from './report/backfill.ts'
import { writeJson } from './report/json.ts'
import { OutputPathError, ReaderClosed, Sink } from './report/output.ts'
import { ReportCollector } from './report/page/collector.ts'
import { readLabels } from './report/page/labels.ts'
import { policiesOf, renderReport } from './report/page/render.ts'
import { readableReport } from './report/text/report.ts'
import { ticketGroups } from './report/ticket-groups.ts'
import { writeSummary, writeTickets } from './report/value/files.ts'
import { valueRules } from './report/value/rules.ts'
import { ValueTracker } from './report/value/tracker.ts'
import { ensureBuilt } from './run/build.ts'
import { prepareReplay } from './run/prepare.ts'
import { Progress } from './run/progress.ts'
import { results } from './run/results.ts'
import { ROOT } from './run/root.ts'

export { tuneHeap } from './run/heap.ts'

/** The snapshot replayed when the command names none: the demo from the knowledge article. */
const DEMO_DIR = join(ROOT, 'replay', 'demo')

export interface CliOptions {
    dir: string | null
    json: boolean
    out: string | null
    html: string | null
    summary: string | null
    tickets: string | null
    backfill: boolean
}

type OptionName = Exclude<keyof CliOptions, 'dir'>

interface OptionSpec {
    /** `--<name>` on the command line, and the option's key in CliOptions. */
    name: OptionName
    /** Name of the option's value in the usage line; absent for a switch. */
    value?: 'FILE'
    help: string
}

/** Every option the CLI takes: add a row to add an option. */
const OPTIONS: OptionSpec[] = [
    { name: 'json', help: 'print one JSON array, one object per event' },
    { name: 'out', value: 'FILE', help: 'write the output to FILE instead of stdout (written only when the replay succeeds)' },
    { name: 'html', value: 'FILE', help: 'also write the report page (charts, events table) to FILE' },
    { name: 'summary', value: 'FILE', help: 'also write the summary (what the app would have saved) to FILE as one JSON object' },
    { name: 'tickets', value: 'FILE', help: 'also write each ticket\'s actual path against the app path to FILE (JSON Lines)' },
    {
        name: 'backfill',
        help: 'instead of replaying events, show what the stamp backfill would stamp on the exported open incidents (nothing is written)',
    },
]

/** The table as util.parseArgs takes it: a switch is a boolean, an option with a value a string. */
const PARSE_OPTIONS: ParseArgsConfig['options'] = Object.fromEntries(OPTIONS.map((option) => [option.name, { type: option.value ? 'string' : 'boolean' }]))

class UsageError extends Error {}

export function usage(): string {
    const names = OPTIONS.map((option) => `--${option.name}${option.value ? ` ${option.value}` : ''}`)
    const width = Math.max(...names.map((name) => name.length)) + 2
    const lines = OPTIONS.map((option, index) => `  ${names[index].padEnd(width)}${option.help}`)
    return `usage: npm run --silent replay -- [<snapshot-dir>] ${names.map((name) => `[${name}]`).join(' ')}\n${lines.join('\n')}\n`
}

/**
 * The options, read by util.parseArgs in its lenient mode: every refusal below names the argument as it was typed
 * (`--jsno=1`, `-abc`), which strict mode's errors do not, and also refuses what strict mode lets through (`--out ''`,
 * a lone `-`, a `--` before the folder). Node.js docs, "util.parseArgs([config])" (tokens, strict).
 */
export function parseOptions(argv: string[]): CliOptions {
    const { values, tokens } = parseArgs({ args: argv, options: PARSE_OPTIONS, allowPositionals: true, strict: false, tokens: true })
    let dir: string | null = null
    for (const token of tokens) {
        if (token.kind === 'positional') {
            if (token.value.startsWith('-')) throw new UsageError(`unknown option ${token.value}`)
            if (dir !== null) throw new UsageError(`one snapshot folder only (got ${dir} and ${token.value})`)
            dir = token.value
            continue
        }
        const spec = token.kind === 'option' ? OPTIONS.find((option) => `--${option.name}` === token.rawName) : undefined
        if (!spec) throw new UsageError(`unknown option ${argv[token.index]}`)
        const { value, inlineValue } = token as { value?: string; inlineValue?: boolean }
        // A value is the next argument unless given inline; one that starts with -- is the next option, forgotten value.
        if (spec.value && !inlineValue && (!value || value.startsWith('--'))) throw new UsageError(`--${spec.name} needs a ${spec.value}`)
        if (!spec.value && inlineValue) throw new UsageError(`--${spec.name} takes no value`)
    }
    const text = (name: OptionName) => (typeof values[name] === 'string' ? (values[name] as string) : null)
    const options: CliOptions = {
        dir,
        json: values.json === true,
        out: text('out'),
        html: text('html'),
        summary: text('summary'),
        tickets: text('tickets'),
        backfill: values.backfill === true,
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
        options = parseOptions(argv)
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
                ? new ValueTracker(valueRules(tables), ticketGroups(replay.snapshot), ticketsFile !== null || page !== null)
                : null
        // The group the ticket of the result just passed on had before its event: the text report reads it before it
        // takes the next result, instead of tracking every ticket's group a second time.
        let had: string | null = null
        const replayed = results(replay.engine.replayed(), total, progress, (result, event) => {
            if (!value) return
            had = value.had(result.number)
            report?.add(result, event, had)
            value.add(result, event)
        })
        if (options.json) {
            // stdout stays one array of events: snapshot warnings and the configuration check go to stderr.
            for (const warning of replay.snapshot.warnings) process.stderr.write(`replay: ${warning}\n`)
            for (const problem of configurationProblems) process.stderr.write(`replay: configuration check: ${problem}\n`)
            await writeJson(sink, replayed)
        } else {
            await readableReport({ ...replay, engine: { run: () => replayed }, configurationProblems, value: () => value!.summary(), had: () => had }, dir, (text) => sink.write(text))
        }
        const snapshotName = options.dir ?? relative(process.cwd(), DEMO_DIR)
        if (report && page) {
            await page.write(
                renderReport({
                    data: report.finish('IT Partner Routing', value!.summary(), value!.ticketValues(true)),
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
