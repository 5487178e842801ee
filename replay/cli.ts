/**
 * npm run replay -- [<snapshot-dir>] [--json] [--html FILE]
 * Replays a snapshot's ticket events against the built app on the embedded instance (design.md "Replay (contract)").
 * Exit codes: 0 done, 1 replay failure (build, engine), 2 bad snapshot.
 */
import { relative, resolve } from 'node:path'
import { writeFileSync, writeSync } from 'node:fs'
import type { EventResult } from './engine/engine.ts'
import { readLabels, renderReport, policiesOf } from './report/html.ts'
import { ReportCollector } from './report/model.ts'
import { DEMO_DIR, prepareReplay, ROOT } from './run.ts'
import { SnapshotError } from './snapshot/errors.ts'

function out(text: string): void {
    try {
        writeSync(1, text)
    } catch (error) {
        // A reader that stopped early (`| head`) is not a replay failure.
        if ((error as NodeJS.ErrnoException).code === 'EPIPE') process.exit(0)
        throw error
    }
}

function usage(): never {
    process.stderr.write('usage: npm run replay -- [<snapshot-dir>] [--json] [--html FILE]\n')
    process.exit(2)
}

function main(argv: string[]): number {
    const json = argv.includes('--json')
    const htmlAt = argv.indexOf('--html')
    const html = htmlAt >= 0 ? argv[htmlAt + 1] : undefined
    if (htmlAt >= 0 && (!html || html.startsWith('-'))) usage()
    const rest = argv.filter((arg, index) => arg !== '--json' && (htmlAt < 0 || (index !== htmlAt && index !== htmlAt + 1)))
    if (rest.some((arg) => arg.startsWith('-')) || rest.length > 1) usage()
    const dir = resolve(rest[0] ?? DEMO_DIR)
    try {
        const { engine, snapshot } = prepareReplay(dir)
        const report = html ? new ReportCollector(readLabels(ROOT), snapshot.tables.get('incident')) : null
        let index = 0
        /** Each result also feeds the report page, when one is asked for. */
        const results = function* () {
            for (const result of engine.run()) {
                report?.add(result, snapshot.events[index++])
                yield result
            }
        }
        if (json) {
            out('[')
            let first = true
            for (const result of results()) {
                out((first ? '\n' : ',\n') + JSON.stringify(result))
                first = false
            }
            out(first ? ']\n' : '\n]\n')
        } else {
            out(`Replay of ${dir} (${snapshot.events.length} events)\n\n`)
            const widths = [10, 6, 22, 22, 32, 15, 17, 7]
            out(row(['number', 'action', 'group before', 'group after', 'partner', 'signal', 'outcome', 'blocked'], widths) + '\n')
            out(widths.map((width) => '-'.repeat(width)).join('  ') + '\n')
            for (const result of results()) out(readable(result, widths))
        }
        if (report && html) {
            const page = renderReport({
                data: report.finish('IT Partner Routing'),
                snapshotDir: rest[0] ?? relative(process.cwd(), DEMO_DIR),
                generatedAt: new Date(),
                policies: policiesOf(snapshot.tables.get('sys_properties') ?? []),
                // The configuration check's findings go here once the replay runs one.
                findings: null,
            })
            writeFileSync(resolve(html), page)
            process.stderr.write(`replay: wrote the report page ${resolve(html)}\n`)
        }
        return 0
    } catch (error) {
        if (json) out('\n')
        if (error instanceof SnapshotError) {
            process.stderr.write(`replay: bad snapshot: ${error.message}\n`)
            return 2
        }
        process.stderr.write(`replay: ${(error as Error)?.stack ?? error}\n`)
        return 1
    }
}

function row(cells: string[], widths: number[]): string {
    return cells.map((cell, index) => (cell.length > widths[index] ? cell.slice(0, widths[index] - 1) + '…' : cell.padEnd(widths[index]))).join('  ').trimEnd()
}

function readable(result: EventResult, widths: number[]): string {
    const lines = [
        row(
            [
                result.number,
                result.action,
                result.group_before ?? '-',
                result.group_after ?? '-',
                result.partner ?? '-',
                result.signal ?? '-',
                result.outcome,
                result.blocked ? 'yes' : 'no',
            ],
            widths,
        ),
    ]
    if (result.reason) lines.push(`    reason: ${result.reason}`)
    if (result.banner) lines.push(...result.banner.split('\n').map((line, index) => `    ${index ? '        ' : 'banner: '}${line}`))
    for (const note of result.notes ?? []) lines.push(`    note: ${note}`)
    return lines.join('\n') + '\n\n'
}

process.exitCode = main(process.argv.slice(2))
