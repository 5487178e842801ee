import '@servicenow/sdk/global'
import { ApplicationMenu, Record } from '@servicenow/sdk/core'
import { adminRole, readerRole } from '../security/roles.now'

/** Decisions of the last 30 days: the platform condition builder's encoding of "Created on Last 30 days". */
export const LAST_30_DAYS =
    'sys_created_onONLast 30 days@javascript:gs.beginningOfLast30Days()@javascript:gs.endOfLast30Days()^ORDERBYDESCsys_created_on'

/** The properties category shown by system_properties_ui.do?sysparm_category=<name>. */
export const PROPERTIES_CATEGORY = 'IT Partner Routing'

// Module roles must be role names: Role objects serialize as "[object Object]" in sys_app_module.roles (SDK 4.9.0).
const ADMIN = ['x_bu_itpartner.admin']
const READERS = ['x_bu_itpartner.admin', 'x_bu_itpartner.reader', 'itil']

export const menu = ApplicationMenu({
    $id: Now.ID['menu_it_partner_routing'],
    title: 'IT Partner Routing',
    description: 'IT Partners, their departments and staff, escalation routes and the routing decision log.',
    hint: 'Routes IT Partner escalations past the Service Desk and Desktop Services',
    roles: [adminRole, readerRole, 'itil'],
    active: true,
})

export const partnersModule = Record({
    $id: Now.ID['module_partners'],
    table: 'sys_app_module',
    data: {
        title: 'Partners',
        application: menu,
        link_type: 'LIST',
        name: 'x_bu_itpartner_partner',
        hint: 'IT Partners: their support group, support stream and contact',
        roles: READERS,
        active: true,
        order: 100,
    },
})

export const departmentsModule = Record({
    $id: Now.ID['module_departments'],
    table: 'sys_app_module',
    data: {
        title: 'Partner Departments',
        application: menu,
        link_type: 'LIST',
        name: 'x_bu_itpartner_department',
        hint: 'Departments each IT Partner supports (one active row per department)',
        roles: READERS,
        active: true,
        order: 200,
    },
})

export const redFlagsModule = Record({
    $id: Now.ID['module_red_flags'],
    table: 'sys_app_module',
    data: {
        title: 'Red Flags',
        application: menu,
        link_type: 'LIST',
        name: 'x_bu_itpartner_red_flag',
        hint: 'Users marked as IT Partner staff, with the note agents see',
        roles: READERS,
        active: true,
        order: 300,
    },
})

export const routesModule = Record({
    $id: Now.ID['module_routes'],
    table: 'sys_app_module',
    data: {
        title: 'Escalation Routes',
        application: menu,
        link_type: 'LIST',
        name: 'x_bu_itpartner_route',
        filter: 'ORDERBYtable^ORDERBYorder',
        hint: 'Which IS&T group gets an escalation, by condition and order',
        roles: READERS,
        active: true,
        order: 400,
    },
})

export const decisionsModule = Record({
    $id: Now.ID['module_decisions'],
    table: 'sys_app_module',
    data: {
        title: 'Routing Decisions',
        application: menu,
        link_type: 'LIST',
        name: 'x_bu_itpartner_decision',
        filter: LAST_30_DAYS,
        hint: 'What the app did and why, last 30 days (change the filter for older rows)',
        roles: READERS,
        active: true,
        order: 500,
    },
})

export const propertiesModule = Record({
    $id: Now.ID['module_properties'],
    table: 'sys_app_module',
    data: {
        title: 'Properties',
        application: menu,
        link_type: 'DIRECT',
        // The category name (PROPERTIES_CATEGORY), URL-encoded by hand: Fluent evaluates no function calls here.
        query: 'system_properties_ui.do?sysparm_category=IT%20Partner%20Routing&sysparm_title=IT%20Partner%20Routing%20Properties',
        hint: 'Kill switch, tier-1 groups, default escalation group, boomerang and department policies',
        roles: ADMIN,
        active: true,
        order: 600,
    },
})
