import '@servicenow/sdk/global'
import { Acl } from '@servicenow/sdk/core'
import { adminRole } from './roles.now'

/**
 * Field-level write and create ACLs on the app's columns on incident (the stamp, the ping-pong counters and the
 * pending decisions). The dictionary's read_only is a UI setting on Xanadu to Zurich ("Configuring read-only security
 * options" first gives a server-side read-only option in Australia): without these, an agent who may write incidents
 * could change a stamp by the Table API, or forge decision rows through the pending column, which the after rule
 * "IT Partner decision log" writes out. The app's own writes use GlideRecord and GlideQuery, which evaluate no ACLs.
 * A scoped app may create only this kind of ACL on a table of another scope: "Creation restrictions across
 * application scopes" (Xanadu to Zurich) allows field-level ACLs with a role-based requirement, and no table-level,
 * all-fields ('*'), condition or script ACLs. App admins may correct a stamp by hand; `admin` overrides.
 */

Acl({
    $id: Now.ID['acl_incident_partner_write'],
    type: 'record',
    table: 'incident',
    field: 'x_bu_itpartner_partner',
    operation: 'write',
    roles: [adminRole],
    adminOverrides: true,
    description: 'The app sets the IT Partner stamp; only the app admin changes it by hand.',
})

Acl({
    $id: Now.ID['acl_incident_partner_create'],
    type: 'record',
    table: 'incident',
    field: 'x_bu_itpartner_partner',
    operation: 'create',
    roles: [adminRole],
    adminOverrides: true,
    description: 'The app sets the IT Partner stamp; only the app admin sets it by hand on a new incident.',
})

Acl({
    $id: Now.ID['acl_incident_signal_write'],
    type: 'record',
    table: 'incident',
    field: 'x_bu_itpartner_signal',
    operation: 'write',
    roles: [adminRole],
    adminOverrides: true,
    description: 'The app sets the IT Partner signal stamp; only the app admin changes it by hand.',
})

Acl({
    $id: Now.ID['acl_incident_signal_create'],
    type: 'record',
    table: 'incident',
    field: 'x_bu_itpartner_signal',
    operation: 'create',
    roles: [adminRole],
    adminOverrides: true,
    description: 'The app sets the IT Partner signal stamp; only the app admin sets it by hand on a new incident.',
})

Acl({
    $id: Now.ID['acl_incident_escalation_write'],
    type: 'record',
    table: 'incident',
    field: 'x_bu_itpartner_escalation',
    operation: 'write',
    roles: [adminRole],
    adminOverrides: true,
    description: 'The app sets the Partner escalation stamp; only the app admin changes it by hand.',
})

Acl({
    $id: Now.ID['acl_incident_escalation_create'],
    type: 'record',
    table: 'incident',
    field: 'x_bu_itpartner_escalation',
    operation: 'create',
    roles: [adminRole],
    adminOverrides: true,
    description: 'The app sets the Partner escalation stamp; only the app admin sets it by hand on a new incident.',
})

Acl({
    $id: Now.ID['acl_incident_hops_write'],
    type: 'record',
    table: 'incident',
    field: 'x_bu_itpartner_hops',
    operation: 'write',
    roles: [adminRole],
    adminOverrides: true,
    description: 'The app sets the group hop counter; only the app admin changes it by hand.',
})

Acl({
    $id: Now.ID['acl_incident_hops_create'],
    type: 'record',
    table: 'incident',
    field: 'x_bu_itpartner_hops',
    operation: 'create',
    roles: [adminRole],
    adminOverrides: true,
    description: 'The app sets the group hop counter; only the app admin sets it by hand on a new incident.',
})

Acl({
    $id: Now.ID['acl_incident_boomerangs_write'],
    type: 'record',
    table: 'incident',
    field: 'x_bu_itpartner_boomerangs',
    operation: 'write',
    roles: [adminRole],
    adminOverrides: true,
    description: 'The app sets the boomerangs-tried counter; only the app admin changes it by hand.',
})

Acl({
    $id: Now.ID['acl_incident_boomerangs_create'],
    type: 'record',
    table: 'incident',
    field: 'x_bu_itpartner_boomerangs',
    operation: 'create',
    roles: [adminRole],
    adminOverrides: true,
    description: 'The app sets the boomerangs-tried counter; only the app admin sets it by hand on a new incident.',
})

Acl({
    $id: Now.ID['acl_incident_ping_pong_write'],
    type: 'record',
    table: 'incident',
    field: 'x_bu_itpartner_ping_pong',
    operation: 'write',
    roles: [adminRole],
    adminOverrides: true,
    description: 'The app sets the ping-pong flag; only the app admin changes it by hand.',
})

Acl({
    $id: Now.ID['acl_incident_ping_pong_create'],
    type: 'record',
    table: 'incident',
    field: 'x_bu_itpartner_ping_pong',
    operation: 'create',
    roles: [adminRole],
    adminOverrides: true,
    description: 'The app sets the ping-pong flag; only the app admin sets it by hand on a new incident.',
})

Acl({
    $id: Now.ID['acl_incident_pending_decision_write'],
    type: 'record',
    table: 'incident',
    field: 'x_bu_itpartner_pending_decision',
    operation: 'write',
    roles: [adminRole],
    adminOverrides: true,
    description: 'The app sets the pending decisions (written out as decision rows); only the app admin changes it by hand.',
})

Acl({
    $id: Now.ID['acl_incident_pending_decision_create'],
    type: 'record',
    table: 'incident',
    field: 'x_bu_itpartner_pending_decision',
    operation: 'create',
    roles: [adminRole],
    adminOverrides: true,
    description: 'The app sets the pending decisions (written out as decision rows); only the app admin sets it by hand on a new incident.',
})
