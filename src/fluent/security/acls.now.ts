import '@servicenow/sdk/global'
import { Acl } from '@servicenow/sdk/core'
import { adminRole, readerRole } from './roles.now'

/**
 * Table-level ACLs (type record, no field) for every app table and operation.
 *
 * Read: `itil` (triage agents see what the banner shows and the decision log) and `x_bu_itpartner.reader`
 * (contained in `x_bu_itpartner.admin`), for non-itil users who need to look Partners up.
 * Create/write/delete: `x_bu_itpartner.admin` only.
 * The decision log (`x_bu_itpartner_decision`) can be changed by nobody through an ACL-checked path: its
 * create/write/delete ACLs require a script that always fails and do not let `admin` override it. The app's
 * business rules write it with plain GlideRecord, which does not evaluate ACLs (GlideRecordSecure would).
 */
const READERS = ['itil', readerRole]
const EDITORS = [adminRole]

Acl({
    $id: Now.ID['acl_partner_read'],
    type: 'record',
    table: 'x_bu_itpartner_partner',
    operation: 'read',
    roles: READERS,
    adminOverrides: true,
    description: 'Agents (itil) and app readers read IT Partners.',
})
Acl({
    $id: Now.ID['acl_partner_create'],
    type: 'record',
    table: 'x_bu_itpartner_partner',
    operation: 'create',
    roles: EDITORS,
    adminOverrides: true,
    description: 'Only the app admin creates IT Partners.',
})
Acl({
    $id: Now.ID['acl_partner_write'],
    type: 'record',
    table: 'x_bu_itpartner_partner',
    operation: 'write',
    roles: EDITORS,
    adminOverrides: true,
    description: 'Only the app admin changes IT Partners.',
})
Acl({
    $id: Now.ID['acl_partner_delete'],
    type: 'record',
    table: 'x_bu_itpartner_partner',
    operation: 'delete',
    roles: EDITORS,
    adminOverrides: true,
    description: 'Only the app admin deletes IT Partners.',
})

Acl({
    $id: Now.ID['acl_department_read'],
    type: 'record',
    table: 'x_bu_itpartner_department',
    operation: 'read',
    roles: READERS,
    adminOverrides: true,
    description: 'Agents (itil) and app readers read Partner departments.',
})
Acl({
    $id: Now.ID['acl_department_create'],
    type: 'record',
    table: 'x_bu_itpartner_department',
    operation: 'create',
    roles: EDITORS,
    adminOverrides: true,
    description: 'Only the app admin creates Partner departments.',
})
Acl({
    $id: Now.ID['acl_department_write'],
    type: 'record',
    table: 'x_bu_itpartner_department',
    operation: 'write',
    roles: EDITORS,
    adminOverrides: true,
    description: 'Only the app admin changes Partner departments.',
})
Acl({
    $id: Now.ID['acl_department_delete'],
    type: 'record',
    table: 'x_bu_itpartner_department',
    operation: 'delete',
    roles: EDITORS,
    adminOverrides: true,
    description: 'Only the app admin deletes Partner departments.',
})

Acl({
    $id: Now.ID['acl_red_flag_read'],
    type: 'record',
    table: 'x_bu_itpartner_red_flag',
    operation: 'read',
    roles: READERS,
    adminOverrides: true,
    description: 'Agents (itil) and app readers read red flags (the banner shows their note).',
})
Acl({
    $id: Now.ID['acl_red_flag_create'],
    type: 'record',
    table: 'x_bu_itpartner_red_flag',
    operation: 'create',
    roles: EDITORS,
    adminOverrides: true,
    description: 'Only the app admin creates red flags.',
})
Acl({
    $id: Now.ID['acl_red_flag_write'],
    type: 'record',
    table: 'x_bu_itpartner_red_flag',
    operation: 'write',
    roles: EDITORS,
    adminOverrides: true,
    description: 'Only the app admin changes red flags.',
})
Acl({
    $id: Now.ID['acl_red_flag_delete'],
    type: 'record',
    table: 'x_bu_itpartner_red_flag',
    operation: 'delete',
    roles: EDITORS,
    adminOverrides: true,
    description: 'Only the app admin deletes red flags.',
})

Acl({
    $id: Now.ID['acl_route_read'],
    type: 'record',
    table: 'x_bu_itpartner_route',
    operation: 'read',
    roles: READERS,
    adminOverrides: true,
    description: 'Agents (itil) and app readers read escalation routes.',
})
Acl({
    $id: Now.ID['acl_route_create'],
    type: 'record',
    table: 'x_bu_itpartner_route',
    operation: 'create',
    roles: EDITORS,
    adminOverrides: true,
    description: 'Only the app admin creates escalation routes.',
})
Acl({
    $id: Now.ID['acl_route_write'],
    type: 'record',
    table: 'x_bu_itpartner_route',
    operation: 'write',
    roles: EDITORS,
    adminOverrides: true,
    description: 'Only the app admin changes escalation routes.',
})
Acl({
    $id: Now.ID['acl_route_delete'],
    type: 'record',
    table: 'x_bu_itpartner_route',
    operation: 'delete',
    roles: EDITORS,
    adminOverrides: true,
    description: 'Only the app admin deletes escalation routes.',
})

/** Always fails: the decision log is written only by the app's server code (plain GlideRecord skips ACLs). */
const SERVER_ONLY = 'answer = false; // written only by IT Partner Routing server code'

Acl({
    $id: Now.ID['acl_decision_read'],
    type: 'record',
    table: 'x_bu_itpartner_decision',
    operation: 'read',
    roles: READERS,
    adminOverrides: true,
    description: 'Agents (itil) and app readers read the routing decision log.',
})
Acl({
    $id: Now.ID['acl_decision_create'],
    type: 'record',
    table: 'x_bu_itpartner_decision',
    operation: 'create',
    script: SERVER_ONLY,
    adminOverrides: false,
    description: 'Nobody creates routing decisions by hand; the routing rules write them.',
})
Acl({
    $id: Now.ID['acl_decision_write'],
    type: 'record',
    table: 'x_bu_itpartner_decision',
    operation: 'write',
    script: SERVER_ONLY,
    adminOverrides: false,
    description: 'Routing decisions are a read-only log.',
})
Acl({
    $id: Now.ID['acl_decision_delete'],
    type: 'record',
    table: 'x_bu_itpartner_decision',
    operation: 'delete',
    script: SERVER_ONLY,
    adminOverrides: false,
    description: 'Routing decisions are a read-only log; they go with their task (cascade delete).',
})

/** The import staging table: the app admin (and the platform's import_admin) load and clean up import rows. */
const IMPORTERS = [adminRole, 'import_admin']

Acl({
    $id: Now.ID['acl_department_import_read'],
    type: 'record',
    table: 'x_bu_itpartner_department_import',
    operation: 'read',
    roles: IMPORTERS,
    adminOverrides: true,
    description: 'App admins and import admins read imported department rows.',
})
Acl({
    $id: Now.ID['acl_department_import_create'],
    type: 'record',
    table: 'x_bu_itpartner_department_import',
    operation: 'create',
    roles: IMPORTERS,
    adminOverrides: true,
    description: 'App admins and import admins load department spreadsheets.',
})
Acl({
    $id: Now.ID['acl_department_import_write'],
    type: 'record',
    table: 'x_bu_itpartner_department_import',
    operation: 'write',
    roles: IMPORTERS,
    adminOverrides: true,
    description: 'App admins and import admins transform imported department rows.',
})
Acl({
    $id: Now.ID['acl_department_import_delete'],
    type: 'record',
    table: 'x_bu_itpartner_department_import',
    operation: 'delete',
    roles: IMPORTERS,
    adminOverrides: true,
    description: 'App admins and import admins clean up imported department rows.',
})

/**
 * GlideAjax ITPartnerBannerAjax (the caller onChange banner refresh). A Glide AJAX enabled script include requires
 * "that users satisfy an ACL associated with the script include", and the base system ships none ("Script includes",
 * "ACL rule types", ServiceNow docs, Xanadu to Zurich). The rule is matched by the object's name ("Exploring Access
 * Control Lists", ACL matching requirements): the script include's Name, `ITPartnerBannerAjax`, as instance exports of
 * scoped apps store it, not the API name `x_bu_itpartner.ITPartnerBannerAjax` the client calls. A name that matches
 * nothing falls to the `*` rule (none by default), which leaves the include open to every logged-in user.
 * Same roles as the banner (BANNER_ROLES in src/server/glide/banner-lookup.ts).
 */
Acl({
    $id: Now.ID['acl_banner_ajax_execute'],
    type: 'client_callable_script_include',
    name: 'ITPartnerBannerAjax',
    operation: 'execute',
    roles: ['itil', readerRole, adminRole],
    adminOverrides: true,
    description: 'Agents (itil) and app users run the IT Partner banner refresh (GlideAjax ITPartnerBannerAjax).',
})
