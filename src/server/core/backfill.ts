import { sameStamp, type Stamp } from './stamp.ts'

/** Tickets per bounded query of the backfill (issue 16 item 3). */
export const BATCH_SIZE = { default: 200, min: 1, max: 1000 } as const

/** Tickets a summary lists by number, so that a dry run shows what it would stamp without flooding the log. */
export const SAMPLE_SIZE = 20

/** The batch size an admin asked for: a whole number within bounds, else the default with the reason. */
export function batchSize(asked: unknown): { size: number; problem: string | null } {
    if (asked === undefined || asked === null || asked === '') return { size: BATCH_SIZE.default, problem: null }
    const size = Number(asked)
    if (!Number.isInteger(size) || size < BATCH_SIZE.min || size > BATCH_SIZE.max) {
        return {
            size: BATCH_SIZE.default,
            problem: `batch size "${String(asked)}" is not a whole number from ${BATCH_SIZE.min} to ${BATCH_SIZE.max}; using ${BATCH_SIZE.default}`,
        }
    }
    return { size, problem: null }
}

/** One ticket the backfill would change: its stamp now and the stamp its evidence gives. */
export interface StampChange {
    id: string
    number: string
    from: Stamp
    to: Stamp
}

export interface BackfillSummary {
    dryRun: boolean
    batches: number
    /** Open tickets looked at. */
    examined: number
    /** Tickets whose stamp differs from their evidence: stamped, or would be in a dry run. */
    changed: number
    /** Of the changed, how many become proven Partner escalations. */
    escalations: number
    /** Tickets already carrying the right stamp: never written (idempotent). */
    unchanged: number
    /** Tickets whose evidence or write failed: left as they are, each logged. */
    failed: number
    /** The first SAMPLE_SIZE changes, in the order met. */
    sample: StampChange[]
}

export function emptySummary(dryRun: boolean): BackfillSummary {
    return { dryRun, batches: 0, examined: 0, changed: 0, escalations: 0, unchanged: 0, failed: 0, sample: [] }
}

/** The change a ticket needs, or null when its stamp already says what its evidence says. */
export function changeFor(id: string, number: string, from: Stamp, to: Stamp): StampChange | null {
    return sameStamp(from, to) ? null : { id, number, from, to }
}

/** Counts one examined ticket into the summary (mutates it: the backfill may count many thousands). */
export function count(summary: BackfillSummary, change: StampChange | null): void {
    summary.examined++
    if (!change) {
        summary.unchanged++
        return
    }
    summary.changed++
    if (change.to.escalation) summary.escalations++
    if (summary.sample.length < SAMPLE_SIZE) summary.sample.push(change)
}

/** The summary as one log line, with the sample by number. */
export function summaryLine(summary: BackfillSummary): string {
    const verb = summary.dryRun ? 'would stamp' : 'stamped'
    const sample = summary.sample.map((change) => `${change.number} ${describe(change.to)}`).join('; ')
    return (
        `IT Partner Routing backfill${summary.dryRun ? ' (dry run, nothing written)' : ''}: ${summary.examined} open tickets in ` +
        `${summary.batches} batches; ${verb} ${summary.changed} (${summary.escalations} Partner escalations), ` +
        `${summary.unchanged} already right, ${summary.failed} failed.` +
        (sample ? ` First ${summary.sample.length}: ${sample}` : '')
    )
}

function describe(stamp: Stamp): string {
    if (!stamp.partner) return 'cleared'
    return `${stamp.signal}${stamp.escalation ? ' escalation' : ''} (Partner ${stamp.partner})`
}
