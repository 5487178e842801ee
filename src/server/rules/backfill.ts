import { gs } from '@servicenow/glide'
import {
    BACKFILL_PROPERTY,
    backfillEnabled,
    batchSize,
    changeFor,
    count,
    emptySummary,
    notStartedLine,
    progressDue,
    progressLine,
    summaryLine,
    type BackfillSummary,
} from '../core/backfill.ts'
import { evidenceStamp, openTicketBatch, stampValues } from '../glide/backfill.ts'
import { ticketLabel } from '../glide/records.ts'
import { readStamp } from '../glide/stamp.ts'

/** Writes one ticket's stamp columns without running business rules or touching sys_updated_* (the job's GlideQuery). */
export type StampWriter = (ticketId: string, values: { [field: string]: string | boolean }) => void

export interface BackfillOptions {
    /** Anything but `false` is a dry run: counts and a sample, nothing written. */
    dryRun?: boolean
    /** Required to write. */
    write?: StampWriter
    /** One open incident's sys_id: only that ticket (ATF 25 checks the backfill on its own ticket this way). */
    ticket?: string
}

/**
 * Backfill, run by an admin from the scheduled jobs "IT Partner Routing: backfill stamps": gives every open incident
 * the stamp its evidence gives, in bounded batches (x_bu_itpartner.backfill_batch_size tickets per query), writing only
 * tickets whose stamp differs (idempotent). Logs a progress line every PROGRESS_EVERY tickets and one summary line, and
 * returns the summary. The kill switch x_bu_itpartner.backfill_enabled is read before each batch: `false` stops the run
 * there (a property change reaches running code: the platform flushes the property cache on every change, "Add a
 * system property", Ignore cache). A ticket that fails is logged and left alone.
 */
export function backfillStamps(options: BackfillOptions = {}): BackfillSummary {
    const dryRun = options.dryRun !== false
    const summary = emptySummary(dryRun)
    const { size, problem } = batchSize(gs.getProperty(BACKFILL_PROPERTY.batchSize, null))
    if (problem) gs.warn('IT Partner Routing backfill: {0}.', problem)
    if (!dryRun && !options.write) {
        gs.error('IT Partner Routing backfill: no writer given, nothing written; run the scheduled job, not the module.')
        return summary
    }
    const switchAt = (): boolean => {
        const { enabled, problem: bad } = backfillEnabled(gs.getProperty(BACKFILL_PROPERTY.enabled, null))
        if (bad && !summary.batches) gs.warn('IT Partner Routing backfill: {0}.', bad)
        return enabled
    }
    if (!switchAt()) {
        gs.info(notStartedLine(dryRun))
        summary.stopped = true
        return summary
    }
    let after = ''
    let label = ''
    for (;;) {
        const batch = openTicketBatch(after, size, options.ticket || '')
        summary.batches++
        const before = summary.examined
        let seen = 0
        while (batch.next()) {
            seen++
            after = batch.getUniqueValue()
            label = ticketLabel(batch)
            try {
                const change = changeFor(after, label, readStamp(batch), evidenceStamp(batch))
                if (change && !dryRun) options.write!(after, stampValues(change.to))
                count(summary, change)
            } catch (error) {
                summary.examined++
                summary.failed++
                gs.error('IT Partner Routing backfill: {0} left as it is. {1}', label, String(error))
            }
        }
        if (seen < size) break
        if (progressDue(before, summary.examined)) gs.info(progressLine(summary, label))
        if (!switchAt()) {
            summary.stopped = true
            break
        }
    }
    gs.info(summaryLine(summary))
    return summary
}
