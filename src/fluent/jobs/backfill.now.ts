import '@servicenow/sdk/global'
import { ScheduledScript } from '@servicenow/sdk/core'

/*
 * Backfill of the stamp on open incidents from before the install, run by an admin with
 * "Execute Now" (docs/admin.md): dry run first, then the run. Frequency on_demand (now-sdk explain
 * scheduledscript-api, RunType): no schedule, the job runs only when executed by hand. A fixed executionStart, which an
 * on-demand job does not use, since the SDK would otherwise write the build's time: each release would change the record.
 */
export const backfillDryRun = ScheduledScript({
    $id: Now.ID['job_backfill_dry_run'],
    name: 'IT Partner Routing: backfill stamps (dry run)',
    frequency: 'on_demand',
    executionStart: '2025-01-01 00:00:00',
    active: true,
    script: Now.include('./backfill-dry-run.js'),
})

export const backfillRun = ScheduledScript({
    $id: Now.ID['job_backfill_run'],
    name: 'IT Partner Routing: backfill stamps (run)',
    frequency: 'on_demand',
    executionStart: '2025-01-01 00:00:00',
    active: true,
    script: Now.include('./backfill-run.js'),
})
