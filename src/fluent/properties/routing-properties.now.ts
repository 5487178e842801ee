import '@servicenow/sdk/global'
import { Property } from '@servicenow/sdk/core'
import { adminRole } from '../security/roles.now'

// Defaults mirror src/server/core/config.ts, which applies them when a property is absent or malformed.
export const enabledProperty = Property({
    $id: Now.ID['property_enabled'],
    name: 'x_bu_itpartner.enabled',
    type: 'boolean',
    value: 'true',
    description: 'Kill switch: when false, IT Partner Routing changes no ticket (no routing, no anti-boomerang guard).',
    roles: { read: [adminRole, 'admin'], write: [adminRole, 'admin'] },
})

export const tier1GroupsProperty = Property({
    $id: Now.ID['property_tier1_groups'],
    name: 'x_bu_itpartner.tier1_groups',
    type: 'string',
    value: 'IT Help Center,Desktop Services',
    description:
        'Comma-separated names or sys_ids of the tier-1 groups (Service Desk, Desktop Services) that IT Partner escalations skip.',
    roles: { read: [adminRole, 'admin'], write: [adminRole, 'admin'] },
})

export const defaultEscalationGroupProperty = Property({
    $id: Now.ID['property_default_escalation_group'],
    name: 'x_bu_itpartner.default_escalation_group',
    type: 'string',
    value: '',
    description: 'Name or sys_id of the group an escalation goes to when no escalation route matches. Empty: none.',
    roles: { read: [adminRole, 'admin'], write: [adminRole, 'admin'] },
})

export const boomerangPolicyProperty = Property({
    $id: Now.ID['property_boomerang_policy'],
    name: 'x_bu_itpartner.boomerang_policy',
    type: 'choicelist',
    choices: ['block', 'warn', 'off'],
    value: 'block',
    description:
        "What happens when an agent sends an IT Partner escalation back to a tier-1 group or to the Partner's own group: block, warn or off.",
    roles: { read: [adminRole, 'admin'], write: [adminRole, 'admin'] },
})

export const departmentPolicyProperty = Property({
    $id: Now.ID['property_department_policy'],
    name: 'x_bu_itpartner.department_policy',
    type: 'choicelist',
    choices: ['review', 'escalate'],
    value: 'review',
    description:
        'Callers from a Partner department with no escalation signal. review: not routed; the banner and Send to IT Partner let a person decide. escalate: routed like an escalation.',
    roles: { read: [adminRole, 'admin'], write: [adminRole, 'admin'] },
})

export const pingPongThresholdProperty = Property({
    $id: Now.ID['property_ping_pong_threshold'],
    name: 'x_bu_itpartner.ping_pong_threshold',
    type: 'integer',
    value: '3',
    description:
        'A Partner escalation whose group hops plus boomerangs tried reach this number is marked Partner ping-pong (a whole number, 1 or more).',
    roles: { read: [adminRole, 'admin'], write: [adminRole, 'admin'] },
})
