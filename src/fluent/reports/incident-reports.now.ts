import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'

/*
 * Reports over incident that read the stamp: Partner escalations as tickets, not as decision rows.
 * Same sys_report columns and roles as decision-reports.now.ts; the rows stay behind incident's own ACLs.
 */

const READERS = ['x_bu_itpartner.admin', 'x_bu_itpartner.reader', 'itil']

/** Open incidents the app stamped as proven Partner escalations. */
export const OPEN_PARTNER_ESCALATIONS = 'active=true^x_bu_itpartner_escalation=true'

export const openEscalationsByGroupReport = Record({
    $id: Now.ID['report_open_escalations_by_group'],
    table: 'sys_report',
    data: {
        title: 'Open IT Partner escalations by assignment group',
        table: 'incident',
        type: 'horizontal_bar',
        field: 'assignment_group',
        filter: OPEN_PARTNER_ESCALATIONS,
        aggregate: 'COUNT',
        chart_size: 'large',
        others: 'yes',
        user: 'GLOBAL',
        roles: READERS,
        content: 'Open incidents that an IT Partner escalated (red flag, Partner opener or hand-off), by the group that holds them.',
    },
})

/**
 * Average Resolve time (`calendar_stc`, seconds from open to resolution, set when an incident is resolved) of
 * incidents resolved in the last 3 months, Partner escalations against the others. ServiceNow docs "Report
 * Administration module" (now-intelligence/reporting/r_AdministerReports, Xanadu, Yokohama, Zurich): Aggregate
 * Average over a field, "Typical values to use as an average ... Business duration ... and Resolve time (expressed
 * in seconds)"; empty values are left out of the average.
 */
export const resolveTimeReport = Record({
    $id: Now.ID['report_resolve_time_partner_escalations'],
    table: 'sys_report',
    data: {
        title: 'Time to resolve: IT Partner escalations against other incidents',
        table: 'incident',
        type: 'bar',
        field: 'x_bu_itpartner_escalation',
        aggregate: 'AVG',
        sumfield: 'calendar_stc',
        filter: 'resolved_atONLast 3 months@javascript:gs.beginningOfLast3Months()@javascript:gs.endOfLast3Months()',
        chart_size: 'large',
        others: 'yes',
        user: 'GLOBAL',
        roles: READERS,
        content: 'Average resolve time (open to resolved) of incidents resolved in the last 3 months: Partner escalations (true) against the others (false).',
    },
})

/** Tickets whose group hops and boomerangs tried reach x_bu_itpartner.ping_pong_threshold (the stamp's ping-pong flag). */
export const pingPongReport = Record({
    $id: Now.ID['report_ping_pong'],
    table: 'sys_report',
    data: {
        title: 'IT Partner escalations over the ping-pong threshold',
        table: 'incident',
        type: 'list',
        field_list: 'number,short_description,x_bu_itpartner_partner,assignment_group,x_bu_itpartner_hops,x_bu_itpartner_boomerangs,state',
        filter: 'x_bu_itpartner_ping_pong=true^ORDERBYDESCx_bu_itpartner_hops',
        aggregate: 'COUNT',
        user: 'GLOBAL',
        roles: READERS,
        content: 'Partner escalations passed from group to group (hops and boomerangs tried) at least as often as the ping-pong threshold property says.',
    },
})
