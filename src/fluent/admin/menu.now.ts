import '@servicenow/sdk/global'
import { ApplicationMenu, Record } from '@servicenow/sdk/core'
import { adminRole, readerRole } from '../security/roles.now'
import {
    boomerangsByGroupReport,
    CREATED_LAST_30_DAYS,
    escalationsByPartnerReport,
    outcomesPerWeekReport,
    sentToPartnersReport,
} from '../reports/decision-reports.now'
import { OPEN_PARTNER_ESCALATIONS, openEscalationsByGroupReport, pingPongReport, resolveTimeReport } from '../reports/incident-reports.now'

/** Decisions of the last 30 days, newest first. */
export const LAST_30_DAYS = `${CREATED_LAST_30_DAYS}^ORDERBYDESCsys_created_on`

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

export const reportsSeparator = Record({
    $id: Now.ID['module_reports'],
    table: 'sys_app_module',
    data: {
        title: 'Reports',
        application: menu,
        link_type: 'SEPARATOR',
        hint: 'Reports over the routing decision log and Partner escalations',
        roles: READERS,
        active: true,
        order: 700,
    },
})

// Link type REPORT opens the referenced sys_report (now-sdk explain application-menu-guide).
export const escalationsReportModule = Record({
    $id: Now.ID['module_report_escalations'],
    table: 'sys_app_module',
    data: {
        title: 'Escalations by Partner (30 days)',
        application: menu,
        link_type: 'REPORT',
        report: escalationsByPartnerReport,
        hint: 'IT Partner escalations routed in the last 30 days, by Partner',
        roles: READERS,
        active: true,
        order: 710,
    },
})

export const outcomesReportModule = Record({
    $id: Now.ID['module_report_outcomes'],
    table: 'sys_app_module',
    data: {
        title: 'Outcomes per Week',
        application: menu,
        link_type: 'REPORT',
        report: outcomesPerWeekReport,
        hint: 'Routing decisions per week and outcome, last 3 months',
        roles: READERS,
        active: true,
        order: 720,
    },
})

export const boomerangsReportModule = Record({
    $id: Now.ID['module_report_boomerangs'],
    table: 'sys_app_module',
    data: {
        title: 'Boomerangs by Group',
        application: menu,
        link_type: 'REPORT',
        report: boomerangsByGroupReport,
        hint: 'Boomerangs blocked or warned, by the group that tried',
        roles: READERS,
        active: true,
        order: 730,
    },
})

export const sentToPartnersReportModule = Record({
    $id: Now.ID['module_report_sent_to_partners'],
    table: 'sys_app_module',
    data: {
        title: 'Sent to IT Partners',
        application: menu,
        link_type: 'REPORT',
        report: sentToPartnersReport,
        hint: 'Misdirected clients sent to their IT Partner, by Partner',
        roles: READERS,
        active: true,
        order: 740,
    },
})

// The Partner on the ticket, for agents: the open Partner escalations, and the reports over incident.
export const partnerEscalationsModule = Record({
    $id: Now.ID['module_partner_escalations'],
    table: 'sys_app_module',
    data: {
        title: 'Partner escalations',
        application: menu,
        link_type: 'LIST',
        name: 'incident',
        filter: `${OPEN_PARTNER_ESCALATIONS}^ORDERBYDESCsys_updated_on`,
        hint: 'Open incidents an IT Partner escalated: Level 1 troubleshooting is done, do not send them back',
        roles: READERS,
        active: true,
        order: 50,
    },
})

export const openEscalationsReportModule = Record({
    $id: Now.ID['module_report_open_escalations'],
    table: 'sys_app_module',
    data: {
        title: 'Open Escalations by Group',
        application: menu,
        link_type: 'REPORT',
        report: openEscalationsByGroupReport,
        hint: 'Open IT Partner escalations by assignment group',
        roles: READERS,
        active: true,
        order: 750,
    },
})

export const resolveTimeReportModule = Record({
    $id: Now.ID['module_report_resolve_time'],
    table: 'sys_app_module',
    data: {
        title: 'Time to Resolve',
        application: menu,
        link_type: 'REPORT',
        report: resolveTimeReport,
        hint: 'Average resolve time of Partner escalations against other incidents, last 3 months',
        roles: READERS,
        active: true,
        order: 760,
    },
})

export const pingPongReportModule = Record({
    $id: Now.ID['module_report_ping_pong'],
    table: 'sys_app_module',
    data: {
        title: 'Ping-pong Tickets',
        application: menu,
        link_type: 'REPORT',
        report: pingPongReport,
        hint: 'Partner escalations passed between groups at least as often as the ping-pong threshold',
        roles: READERS,
        active: true,
        order: 770,
    },
})
