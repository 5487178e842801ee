import { sameStamp, type Stamp } from './stamp.ts'

/** The backfill's knobs: system properties, so that no admin edits a shipped record (an upgrade skips edited records). */
export const BACKFILL_PROPERTY = {
    /** Tickets per bounded query. */
    batchSize: 'x_bu_itpartner.backfill_batch_size',
    /** `false` stops a running backfill after its current batch, and keeps the jobs from starting. */
    enabled: 'x_bu_itpartner.backfill_enabled',
} as const

/** Tickets per bounded query of the backfill. */
export const BATCH_SIZE = { default: 200, min: 1, max: 1000 } as const

/** Tickets a summary lists by number, so that a dry run shows what it would stamp without flooding the log. */
export const SAMPLE_SIZE = 20

/** A progress line in the System Log each time this many more tickets have been examined. */
export const PROGRESS_EVERY = 1000

/** The batch size property's value: a whole number within bounds; absent or empty means the default; else the default with the reason. */
export function batchSize(asked: string | null): { size: number; problem: string | null } {
    const value = (asked ?? '').trim()
    if (!value) return { size: BATCH_SIZE.default, problem: null }
    const size = Number(value)
    if (!/^\d+$/.test(value) || size < BATCH_SIZE.min || size > BATCH_SIZE.max) {
        return {
            size: BATCH_SIZE.default,
            problem: `${BACKFILL_PROPERTY.batchSize} = "${value}" is not a whole number from ${BATCH_SIZE.min} to ${BATCH_SIZE.max}; using ${BATCH_SIZE.default}`,
        }
    }
    return { size, problem: null }
}

/** The kill switch's value: only `false` (any case) stops; absent or empty runs; anything else runs and is reported. */
export function backfillEnabled(value: string | null): { enabled: boolean; problem: string | null } {
    const given = (value ?? '').trim().toLowerCase()
    if (given === 'false') return { enabled: false, problem: null }
    if (!given || given === 'true') return { enabled: true, problem: null }
    return { enabled: true, problem: `${BACKFILL_PROPERTY.enabled} = "${value}" is neither true nor false; running as if true` }
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
    /** Stopped by the kill switch before every open ticket was examined. */
    stopped: boolean
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
    return { dryRun, stopped: false, batches: 0, examined: 0, changed: 0, escalations: 0, unchanged: 0, failed: 0, sample: [] }
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
    const sample = summary.sample.map((change) => `${change.number} ${describe(change.to)}`).join('; ')
    const stopped = summary.stopped
        ? ` Stopped by ${BACKFILL_PROPERTY.enabled} = false before every open ticket was examined: set it to true and run the job again to go on.`
        : ''
    return `${prefix(summary)}: ${counts(summary)}.${stopped}` + (sample ? ` First ${summary.sample.length}: ${sample}` : '')
}

/** A progress line: the counts so far and the last ticket examined. */
export function progressLine(summary: BackfillSummary, lastTicket: string): string {
    return `${prefix(summary)}, in progress: ${counts(summary)} so far; last ${lastTicket}.`
}

/** Whether the batch just counted took the examined count across a multiple of PROGRESS_EVERY. */
export function progressDue(examinedBefore: number, examinedAfter: number): boolean {
    return Math.floor(examinedAfter / PROGRESS_EVERY) > Math.floor(examinedBefore / PROGRESS_EVERY)
}

/** The line a run logs when the kill switch keeps it from starting. */
export function notStartedLine(dryRun: boolean): string {
    return `${prefix(emptySummary(dryRun))}: not started, ${BACKFILL_PROPERTY.enabled} is false. Set it to true to run the backfill.`
}

function prefix(summary: BackfillSummary): string {
    return `IT Partner Routing backfill${summary.dryRun ? ' (dry run, nothing written)' : ''}`
}

function counts(summary: BackfillSummary): string {
    return (
        `${summary.examined} open tickets in ${summary.batches} batches; ${summary.dryRun ? 'would stamp' : 'stamped'} ${summary.changed} ` +
        `(${summary.escalations} Partner escalations), ${summary.unchanged} already right, ${summary.failed} failed`
    )
}

function describe(stamp: Stamp): string {
    if (!stamp.partner) return 'cleared'
    return `${stamp.signal}${stamp.escalation ? ' escalation' : ''} (Partner ${stamp.partner})`
}
