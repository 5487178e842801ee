import { gs } from '@servicenow/glide'
import { batchSize, changeFor, count, emptySummary, summaryLine, type BackfillSummary } from '../core/backfill.ts'
import { evidenceStamp, openTicketBatch, stampValues } from '../glide/backfill.ts'
import { ticketLabel } from '../glide/records.ts'
import { readStamp } from '../glide/stamp.ts'

/** Writes one ticket's stamp columns without running business rules or touching sys_updated_* (the job's GlideQuery). */
export type StampWriter = (ticketId: string, values: { [field: string]: string | boolean }) => void

export interface BackfillOptions {
    /** Anything but `false` is a dry run: counts and a sample, nothing written. */
    dryRun?: boolean
    /** Tickets per query (core BATCH_SIZE bounds); a bad value is logged and the default applies. */
    batchSize?: unknown
    /** Required to write. */
    write?: StampWriter
    /** One open incident's sys_id: only that ticket (ATF 25 checks the backfill on its own ticket this way). */
    ticket?: string
}

/**
 * Backfill (issue 16 item 3), run by an admin from the scheduled jobs "IT Partner Routing: backfill stamps": gives
 * every open incident the stamp its evidence gives, in bounded batches, writing only tickets whose stamp differs
 * (idempotent). Logs one summary line and returns the summary. A ticket that fails is logged and left alone.
 */
export function backfillStamps(options: BackfillOptions = {}): BackfillSummary {
    const dryRun = options.dryRun !== false
    const summary = emptySummary(dryRun)
    const { size, problem } = batchSize(options.batchSize)
    if (problem) gs.warn('IT Partner Routing backfill: {0}.', problem)
    if (!dryRun && !options.write) {
        gs.error('IT Partner Routing backfill: no writer given, nothing written; run the scheduled job, not the module.')
        return summary
    }
    let after = ''
    for (;;) {
        const batch = openTicketBatch(after, size, options.ticket || '')
        summary.batches++
        let seen = 0
        while (batch.next()) {
            seen++
            after = batch.getUniqueValue()
            try {
                const change = changeFor(after, ticketLabel(batch), readStamp(batch), evidenceStamp(batch))
                if (change && !dryRun) options.write!(after, stampValues(change.to))
                count(summary, change)
            } catch (error) {
                summary.examined++
                summary.failed++
                gs.error('IT Partner Routing backfill: {0} left as it is. {1}', ticketLabel(batch), String(error))
            }
        }
        if (seen < size) break
    }
    gs.info(summaryLine(summary))
    return summary
}
