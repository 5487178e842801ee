/**
 * npm run --silent replay -- [<snapshot-dir>] [--json] [--out FILE] [--html FILE]
 * Replays a snapshot's ticket events against the built app on the embedded instance (design.md "Replay (contract)").
 * Exit codes: 0 done, 1 replay failure (build, engine), 2 bad snapshot or bad arguments.
 */
import { relative, resolve } from 'node:path'
import { closeSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs'
import type { EventResult } from './engine/engine.ts'
import { ensureBuilt } from './engine/artifacts.ts'
import { DEMO_DIR, prepareReplay, ROOT } from './run.ts'
import { SnapshotError } from './snapshot/errors.ts'
import type { ReplayEvent } from './snapshot/load.ts'
import { Progress } from './progress.ts'
import { policiesOf, readLabels, renderReport } from './report/html.ts'
import { ReportCollector } from './report/model.ts'
import { readableReport } from './text.ts'
import { Batch } from './batch.ts'

export interface CliOptions {
    dir: string | null
    json: boolean
    out: string | null
    html: string | null
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
]

class UsageError extends Error {}

export function usage(): string {
    const flags = OPTIONS.map((option) => `[${option.flag}${option.value ? ` ${option.value}` : ''}]`).join(' ')
    const lines = OPTIONS.map((option) => `  ${(option.flag + (option.value ? ` ${option.value}` : '')).padEnd(14)}${option.help}`)
    return `usage: npm run --silent replay -- [<snapshot-dir>] ${flags}\n${lines.join('\n')}\n`
}

export function parseArgs(argv: string[]): CliOptions {
    const options: CliOptions = { dir: null, json: false, out: null, html: null }
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
    return options
}

/** Where the output goes: stdout, or FILE written beside itself and renamed when complete. */
class Sink {
    private readonly fd: number
    private readonly partial: string | null

    constructor(private readonly file: string | null) {
        this.partial = file ? `${file}.partial-${process.pid}` : null
        this.fd = this.partial ? openSync(this.partial, 'w') : 1
    }

    write(text: string): void {
        try {
            writeSync(this.fd, text)
        } catch (error) {
            // A reader that stopped early (`| head`) is not a replay failure.
            if (!this.file && (error as NodeJS.ErrnoException).code === 'EPIPE') process.exit(0)
            throw error
        }
    }

    finish(ok: boolean): void {
        if (!this.partial) return
        closeSync(this.fd)
        if (ok) renameSync(this.partial, this.file!)
        else rmSync(this.partial, { force: true })
    }
}

export function main(argv: string[]): number {
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
    let sink: Sink
    try {
        sink = new Sink(options.out ? resolve(base, options.out) : null)
    } catch (error) {
        process.stderr.write(`replay: cannot write ${options.out}: ${(error as Error).message}\n`)
        return 2
    }
    let ok = false
    try {
        ensureBuilt(ROOT)
        // The clock starts after the build, which reports itself.
        const progress = new Progress()
        const replay = prepareReplay(dir, ROOT, (message) => progress.step(message))
        const total = replay.snapshot.events.length
        // Checked before any event changes the data, like an admin would before trying the app.
        const configurationProblems = replay.engine.configurationProblems()
        const report = options.html ? new ReportCollector(readLabels(ROOT), replay.snapshot.tables.get('incident')) : null
        const results = withProgress(report ? reported(replay.engine.replayed(), report) : replay.engine.run(), total, progress)
        const out = new Batch((text) => sink.write(text))
        if (options.json) {
            // stdout stays one array of events: the configuration check goes to stderr.
            for (const problem of configurationProblems) process.stderr.write(`replay: configuration check: ${problem}\n`)
            writeJson(out, results)
        } else {
            readableReport({ ...replay, engine: { run: () => results }, configurationProblems }, dir, (text) => out.add(text))
        }
        out.flush()
        if (report && options.html) {
            const page = renderReport({
                data: report.finish('IT Partner Routing'),
                snapshotDir: options.dir ?? relative(process.cwd(), DEMO_DIR),
                generatedAt: new Date(),
                policies: policiesOf(replay.snapshot.tables.get('sys_properties') ?? []),
                findings: configurationProblems.map((message) => ({ severity: 'problem', message })),
            })
            writeFileSync(resolve(options.html), page)
            process.stderr.write(`replay: wrote the report page ${resolve(options.html)}\n`)
        }
        ok = true
        return 0
    } catch (error) {
        if (error instanceof SnapshotError) {
            process.stderr.write(`replay: bad snapshot: ${error.message}\n`)
            return 2
        }
        process.stderr.write(`replay: ${(error as Error)?.stack ?? error}\n`)
        return 1
    } finally {
        sink.finish(ok)
    }
}

function* withProgress<T>(items: Iterable<T>, total: number, progress: Progress): Generator<T> {
    let index = 0
    for (const item of items) {
        progress.every(index++, total, 10_000, 'events replayed')
        yield item
    }
}

/** Passes the results on, feeding each with its event to the report page. */
function* reported(replayed: Iterable<{ event: ReplayEvent; result: EventResult }>, report: ReportCollector): Generator<EventResult> {
    for (const { event, result } of replayed) {
        report.add(result, event)
        yield result
    }
}

/** Streams the array: the first result is written before the last is computed. */
function writeJson(out: Batch, results: Iterable<EventResult>): void {
    let first = true
    for (const result of results) {
        out.add((first ? '[\n' : ',\n') + JSON.stringify(result))
        first = false
    }
    out.add(first ? '[]\n' : '\n]\n')
}

if (require.main === module) process.exitCode = main(process.argv.slice(2))
