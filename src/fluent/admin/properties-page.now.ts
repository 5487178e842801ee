import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'
import { PROPERTIES_CATEGORY } from './menu.now'
import {
    boomerangPolicyProperty,
    defaultEscalationGroupProperty,
    departmentPolicyProperty,
    enabledProperty,
    pingPongThresholdProperty,
    tier1GroupsProperty,
} from '../properties/routing-properties.now'

/**
 * The properties page (Properties module): a category and the routing properties, in the order an admin reads them;
 * the retention and backfill properties add themselves after them.
 */
export const propertiesCategory = Record({
    $id: Now.ID['properties_category'],
    table: 'sys_properties_category',
    data: {
        name: PROPERTIES_CATEGORY,
        title: 'IT Partner Routing Properties',
    },
})

Record({
    $id: Now.ID['properties_category_property_enabled'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: enabledProperty, order: 100 },
})

Record({
    $id: Now.ID['properties_category_property_tier1_groups'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: tier1GroupsProperty, order: 200 },
})

Record({
    $id: Now.ID['properties_category_property_default_escalation_group'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: defaultEscalationGroupProperty, order: 300 },
})

Record({
    $id: Now.ID['properties_category_property_boomerang_policy'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: boomerangPolicyProperty, order: 400 },
})

Record({
    $id: Now.ID['properties_category_property_department_policy'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: departmentPolicyProperty, order: 500 },
})

Record({
    $id: Now.ID['properties_category_property_ping_pong_threshold'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: pingPongThresholdProperty, order: 600 },
})
