/**
 * `--backfill`: what the stamp backfill (the scheduled jobs "IT Partner Routing: backfill stamps") would stamp on the
 * snapshot's open incidents, run by the built module on the embedded instance with nothing written.
 */
import type { BackfillChange, BackfillStamp, ReplayEngine } from '../run/engine.ts'
import type { Sink } from './output.ts'

const count = (value: number) => value.toLocaleString('en-US')
const counted = (value: number, noun: string) => `${count(value)} ${noun}${value === 1 ? '' : noun.endsWith('h') ? 'es' : 's'}`

function describe(stamp: BackfillStamp): string {
    if (!stamp.partner && !stamp.signal) return 'no stamp'
    return `${stamp.signal || 'no signal'}${stamp.escalation ? ' escalation' : ''}, Partner ${stamp.partner ?? 'none'}`
}

/** Writes each ticket the backfill would stamp as it is found, then the totals: text, or one JSON object. */
export async function writeBackfill(engine: ReplayEngine, dir: string, json: boolean, sink: Sink): Promise<void> {
    const pending: Promise<void>[] = []
    let first = true
    await sink.write(
        json ? '{"tickets": [' : `Backfill dry run of ${dir}: the open incidents the job "IT Partner Routing: backfill stamps (run)" would stamp; nothing is written\n\n`,
    )
    const line = (change: BackfillChange) => {
        if (json) {
            const text = (first ? '\n' : ',\n') + JSON.stringify(change)
            first = false
            return text
        }
        return `${change.number.padEnd(12)} ${describe(change.from)} -> ${describe(change.to)}\n`
    }
    const summary = engine.backfill((change) => {
        // The module calls back synchronously: chunks that find the reader behind are awaited below, in order.
        const wait = sink.write(line(change))
        if (wait) pending.push(wait)
    })
    await Promise.all(pending)
    // A ticket the module could not judge is logged by it (gs.error) and left alone: the admin sees why on stderr.
    for (const log of engine.instance.logs) if (log.level === 'error') process.stderr.write(`replay: ${log.message}\n`)
    const totals = {
        open_tickets: summary.examined,
        batches: summary.batches,
        would_stamp: summary.changed,
        partner_escalations: summary.escalations,
        already_right: summary.unchanged,
        failed: summary.failed,
    }
    if (json) {
        await sink.write(`${first ? '' : '\n'}], "summary": ${JSON.stringify(totals)}}\n`)
        return
    }
    await sink.write(
        `${summary.changed ? '\n' : ''}${counted(summary.examined, 'open ticket')} in ${counted(summary.batches, 'batch')}: would stamp ${count(summary.changed)} ` +
            `(${counted(summary.escalations, 'Partner escalation')}), ${count(summary.unchanged)} already right, ${count(summary.failed)} failed` +
            (summary.failed ? ' (why: on stderr)' : '') +
            '.\n',
    )
}
