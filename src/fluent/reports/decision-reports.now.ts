import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'

/*
 * Reports over the decision log, opened from the application menu (src/fluent/admin/menu.now.ts).
 * The SDK has no report API, so these are sys_report records. Column names are those of the sys_report table as the
 * SDK declares it (@servicenow/sdk-core fluent/tables/sys_report.now.ts); what they mean is in ServiceNow's
 * "Report Administration module" page (Title, Table, Field Name = the group-by field, Type, User = GLOBAL for all,
 * Filter, Roles = the roles required to view the report, Aggregate, Interval and Trend Field for trend charts) and
 * "Trend reports" (Trend by a date field, per week), both in the Xanadu, Yokohama and Zurich docs. Record() sets
 * no platform defaults (now-sdk explain record-api), so each report sets aggregate, chart size and "others" itself.
 * The data itself stays behind the decision table's read ACL.
 */

/** Who may run the reports: those who may read the decision log (its read ACL) and the app admin. */
const READERS = ['x_bu_itpartner.admin', 'x_bu_itpartner.reader', 'itil']

/** The platform condition builder's encoding of "Created on Last 30 days". */
export const CREATED_LAST_30_DAYS = 'sys_created_onONLast 30 days@javascript:gs.beginningOfLast30Days()@javascript:gs.endOfLast30Days()'

/** The outcomes of routing an escalation (Behaviour 1): the ticket skipped tier 1, stayed as a specialty, or had no target. */
const ESCALATION_OUTCOMES = 'outcomeINrerouted,kept_specialty,no_target'

export const escalationsByPartnerReport = Record({
    $id: Now.ID['report_escalations_by_partner'],
    table: 'sys_report',
    data: {
        title: 'IT Partner escalations by Partner (last 30 days)',
        table: 'x_bu_itpartner_decision',
        type: 'horizontal_bar',
        field: 'partner',
        filter: `${CREATED_LAST_30_DAYS}^${ESCALATION_OUTCOMES}`,
        aggregate: 'COUNT',
        chart_size: 'large',
        others: 'yes',
        user: 'GLOBAL',
        roles: READERS,
        content: 'Escalations the app routed past the Service Desk and Desktop Services (or kept there as a specialty), by the IT Partner that escalated them.',
    },
})

export const outcomesPerWeekReport = Record({
    $id: Now.ID['report_outcomes_per_week'],
    table: 'sys_report',
    data: {
        title: 'IT Partner Routing outcomes per week',
        table: 'x_bu_itpartner_decision',
        type: 'trend',
        field: 'outcome',
        trend_field: 'sys_created_on',
        interval: 'week',
        filter: 'sys_created_onONLast 3 months@javascript:gs.beginningOfLast3Months()@javascript:gs.endOfLast3Months()',
        aggregate: 'COUNT',
        chart_size: 'large',
        others: 'yes',
        user: 'GLOBAL',
        roles: READERS,
        content: 'Every routing decision of the last three months, per week and outcome.',
    },
})

export const boomerangsByGroupReport = Record({
    $id: Now.ID['report_boomerangs_by_group'],
    table: 'sys_report',
    data: {
        title: 'Boomerangs blocked or warned, by the group that tried',
        table: 'x_bu_itpartner_decision',
        type: 'horizontal_bar',
        // A boomerang's from_group is the group that had the ticket when the save tried to send it back.
        field: 'from_group',
        filter: 'outcomeINboomerang_blocked,boomerang_warned',
        aggregate: 'COUNT',
        chart_size: 'large',
        others: 'yes',
        user: 'GLOBAL',
        roles: READERS,
        content: 'Attempts to send an IT Partner escalation back to tier 1 or to the Partner, by the group that held the ticket.',
    },
})

export const sentToPartnersReport = Record({
    $id: Now.ID['report_sent_to_partners'],
    table: 'sys_report',
    data: {
        title: 'Misdirected clients sent to their IT Partner',
        table: 'x_bu_itpartner_decision',
        type: 'horizontal_bar',
        field: 'partner',
        filter: 'outcome=sent_to_partner',
        aggregate: 'COUNT',
        chart_size: 'large',
        others: 'yes',
        user: 'GLOBAL',
        roles: READERS,
        content: 'Tickets of department clients that reached IS&T by mistake and were sent to their IT Partner with Send to IT Partner.',
    },
})
