/**
 * npm run replay -- [<snapshot-dir>] [--json]
 * Replays a snapshot's ticket events against the built app on the embedded instance (design.md "Replay (contract)").
 * Exit codes: 0 done, 1 replay failure (build, engine), 2 bad snapshot.
 */
import { resolve } from 'node:path'
import { writeSync } from 'node:fs'
import type { EventResult } from './engine/engine.ts'
import { DEMO_DIR, prepareReplay } from './run.ts'
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
    process.stderr.write('usage: npm run replay -- [<snapshot-dir>] [--json]\n')
    process.exit(2)
}

function main(argv: string[]): number {
    const json = argv.includes('--json')
    const rest = argv.filter((arg) => arg !== '--json')
    if (rest.some((arg) => arg.startsWith('-')) || rest.length > 1) usage()
    const dir = resolve(rest[0] ?? DEMO_DIR)
    try {
        const { engine, snapshot } = prepareReplay(dir)
        if (json) {
            out('[')
            let first = true
            for (const result of engine.run()) {
                out((first ? '\n' : ',\n') + JSON.stringify(result))
                first = false
            }
            out(first ? ']\n' : '\n]\n')
        } else {
            out(`Replay of ${dir} (${snapshot.events.length} events)\n\n`)
            const widths = [10, 6, 22, 22, 32, 15, 17, 7]
            out(row(['number', 'action', 'group before', 'group after', 'partner', 'signal', 'outcome', 'blocked'], widths) + '\n')
            out(widths.map((width) => '-'.repeat(width)).join('  ') + '\n')
            for (const result of engine.run()) out(readable(result, widths))
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
    if (result.work_notes) lines.push(...result.work_notes.split('\n').map((line, index) => `    ${index ? '            ' : 'work notes: '}${line}`))
    for (const warning of result.warnings) lines.push(`    warning: ${warning}`)
    for (const note of result.notes ?? []) lines.push(`    note: ${note}`)
    return lines.join('\n') + '\n\n'
}

process.exitCode = main(process.argv.slice(2))
