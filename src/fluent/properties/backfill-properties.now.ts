import '@servicenow/sdk/global'
import { Property, Record } from '@servicenow/sdk/core'
import { propertiesCategory } from '../admin/properties-page.now'
import { adminRole } from '../security/roles.now'

/*
 * The backfill's knobs, as properties rather than values in the jobs' scripts: an admin who edits a shipped record
 * customises it, and every later upgrade skips it ("Skipped records that occur during application installation").
 * Defaults mirror BATCH_SIZE and backfillEnabled in src/server/core/backfill.ts, which apply them when a value is absent
 * or malformed.
 * Ignore cache: a change flushes only the sys_properties cache, not every server-side cache ("Add a system property":
 * for a property that may change more than once a month and is only read from sys_properties, as gs.getProperty does
 * here); an admin who stops and restarts a backfill does not cost the instance a full cache flush. The running job
 * still sees the change: every node drops its property cache either way, and such a property is read from the
 * database (KB1000746, "When to use 'ignore cache' on sys_properties records"). Read once per batch, the extra read
 * costs nothing; the routing properties, read on every ticket save, keep the default.
 */
export const backfillBatchSizeProperty = Property({
    $id: Now.ID['property_backfill_batch_size'],
    name: 'x_bu_itpartner.backfill_batch_size',
    type: 'integer',
    value: '200',
    ignoreCache: true,
    description: 'Open tickets the backfill jobs ("IT Partner Routing: backfill stamps") read per query: a whole number from 1 to 1000.',
    roles: { read: [adminRole, 'admin'], write: [adminRole, 'admin'] },
})

export const backfillEnabledProperty = Property({
    $id: Now.ID['property_backfill_enabled'],
    name: 'x_bu_itpartner.backfill_enabled',
    type: 'boolean',
    value: 'true',
    ignoreCache: true,
    description:
        'Kill switch of the backfill jobs: false stops a running backfill after its current batch and keeps the jobs from starting. Set it back to true to run them.',
    roles: { read: [adminRole, 'admin'], write: [adminRole, 'admin'] },
})

/** On the app's Properties page, after the other properties. */
Record({
    $id: Now.ID['properties_category_property_backfill_batch_size'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: backfillBatchSizeProperty, order: 700 },
})

Record({
    $id: Now.ID['properties_category_property_backfill_enabled'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: backfillEnabledProperty, order: 800 },
})
