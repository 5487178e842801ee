import '@servicenow/sdk/global'
import { Property, Record } from '@servicenow/sdk/core'
import { propertiesCategory } from '../admin/properties-page.now'
import { adminRole } from '../security/roles.now'

// Default mirrors DEFAULT_RETENTION_DAYS in src/server/core/retention.ts, which applies it when the value is absent or malformed.
export const decisionRetentionProperty = Property({
    $id: Now.ID['property_decision_retention_days'],
    name: 'x_bu_itpartner.decision_retention_days',
    type: 'integer',
    value: '365',
    description:
        'Days a routing decision (x_bu_itpartner_decision) is kept; the daily job "IT Partner Routing: decision retention" deletes older ones. 0 keeps every decision.',
    roles: { read: [adminRole, 'admin'], write: [adminRole, 'admin'] },
})

/** On the app's Properties page, after the routing properties. */
Record({
    $id: Now.ID['properties_category_property_decision_retention_days'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: decisionRetentionProperty, order: 600 },
})
