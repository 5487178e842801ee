import { gs } from '@servicenow/glide'
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
        // "GlideSystem - Scoped", daysAgoStart(): the start of the day that many days ago, in the database's UTC form.
        const cutoff = gs.daysAgoStart(setting.days)
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
