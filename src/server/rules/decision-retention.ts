import { gs, GlideDateTime } from '@servicenow/glide'
import { BATCH_SIZE, MAX_BATCHES, parseRetentionDays, RETENTION_PROPERTY, retentionSummary } from '../core/retention.ts'
import { deleteDecisionsBefore } from '../glide/retention.ts'

/**
 * The daily scheduled job: deletes routing decisions older than x_bu_itpartner.decision_retention_days, in bounded
 * batches, and logs how many. A malformed property is logged and the default applies; any error is logged, never thrown.
 */
export function purgeDecisions(): void {
    try {
        const setting = parseRetentionDays(gs.getProperty(RETENTION_PROPERTY, ''))
        if (setting.problem) gs.warn('IT Partner Routing: ' + setting.problem)
        if (setting.days === null) {
            gs.info(`IT Partner Routing: decision retention off (${RETENTION_PROPERTY} = 0), no routing decision removed`)
            return
        }
        const cutoff = utcDayStart(setting.days)
        let removed = 0
        let capped = true
        for (let batch = 0; batch < MAX_BATCHES; batch++) {
            const count = deleteDecisionsBefore(cutoff, BATCH_SIZE)
            removed += count
            if (count < BATCH_SIZE) {
                capped = false
                break
            }
        }
        gs.info(retentionSummary(setting.days, cutoff, removed, capped))
    } catch (error) {
        gs.error('IT Partner Routing: decision retention failed: ' + String(error))
    }
}

/**
 * The start (00:00:00 UTC) of the UTC day `days` days ago, as stored ('yyyy-MM-dd HH:mm:ss', UTC), whoever runs the job.
 * Not gs.daysAgoStart, which returns the start of the day in the session user's time zone ("GlideSystem - Scoped",
 * Yokohama and Zurich). "GlideDateTime - Scoped" (Xanadu to Zurich): new GlideDateTime() is now, addDaysUTC() counts
 * days on the UTC calendar, getValue() is the internal format in UTC, whose first 10 characters are the UTC date.
 */
function utcDayStart(days: number): string {
    const day = new GlideDateTime()
    day.addDaysUTC(-days)
    return day.getValue().slice(0, 10) + ' 00:00:00'
}
