import '@servicenow/sdk/global'
import { ScheduledScript } from '@servicenow/sdk/core'
import { purgeDecisions } from '../../server/rules/decision-retention'

/**
 * Decision log retention: a daily scheduled script job (sysauto_script, `now-sdk explain scheduledscript-api`) that
 * deletes routing decisions older than x_bu_itpartner.decision_retention_days in bounded batches and logs the count.
 * A job rather than table rotation (sys_table_rotation), so that the days kept are an app property the app admin
 * sets, and the deletion is tested on the embedded instance (test/rules/decision-retention.test.ts).
 */
ScheduledScript({
    $id: Now.ID['job_decision_retention'],
    name: 'IT Partner Routing: decision retention',
    active: true,
    frequency: 'daily',
    executionTime: { hours: 3, minutes: 0, seconds: 0 },
    // Fixed, so that the built record does not change with the build time.
    executionStart: '2025-01-01 03:00:00',
    timeZone: 'UTC',
    script: purgeDecisions,
})
