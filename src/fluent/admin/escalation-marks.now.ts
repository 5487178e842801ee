import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'

/*
 * The Partner escalation marked where agents scan tickets, read from the stamp on the ticket
 * (x_bu_itpartner_escalation), never from a query.
 */

/**
 * Core UI lists: a field style on the app's IT Partner column of a Partner escalation. ServiceNow docs "Define field
 * styles" (platform-administration/t_DefineFieldStyles, Xanadu, Yokohama, Zurich): Table (`name`), Field name
 * (`element`), Value (a `javascript:` condition over `current`; on a read-only field it styles forms too), Style
 * (CSS). On the app's own column, not the caller: "Creation restrictions across application scopes" (Xanadu to
 * Zurich) says an app cannot create field styles for fields in another application scope, and caller_id is global's.
 */
export const escalationPartnerStyle = Record({
    $id: Now.ID['style_partner_escalation_caller'],
    table: 'sys_ui_style',
    data: {
        name: 'incident',
        element: 'x_bu_itpartner_partner',
        value: 'javascript:current.x_bu_itpartner_escalation == true',
        style: 'background-color: #e3f0fb; border-left: 4px solid #1f6fb2; font-weight: bold;',
    },
})

/**
 * Workspace (Service Operations Workspace): a highlighted value on the caller, as the platform's VIP flag does.
 * ServiceNow docs "Set up a highlighted value in a form header in Configurable Workspace" (Xanadu, Yokohama) /
 * "Configure a highlighted value for a form header" (Zurich), platform-user-interface/config-ws-highlight-value:
 * a Highlighted Value names a table and field, its Highlighted Value Conditions a condition, a color and an order,
 * and it shows in a workspace once added to that workspace's UX Highlighted Value Configuration; the SOW page
 * "Perform post-migration tasks for highlighted fields in list and forms" names the tables sys_highlighted_value,
 * sys_highlighted_value_condition and sys_ux_m2m_highlighted_value_config (the lowest order wins). The docs give no
 * column names: `table`, `field`, `highlighted_value`, `conditions`, `color`, `variant` and `order` are those that
 * public configuration notes use. The link to the SOW configuration is left to the admin (docs/admin.md): its
 * sys_id is the instance's. Form header only: Workspace lists cannot highlight a reference field ("Highlight list
 * fields", platform-administration/highlight-list-fields-platform).
 */
export const escalationCallerHighlight = Record({
    $id: Now.ID['highlight_partner_escalation_caller'],
    table: 'sys_highlighted_value',
    data: {
        table: 'incident',
        field: 'caller_id',
        active: true,
    },
})

export const escalationCallerHighlightCondition = Record({
    $id: Now.ID['highlight_partner_escalation_caller_condition'],
    table: 'sys_highlighted_value_condition',
    data: {
        highlighted_value: escalationCallerHighlight,
        conditions: 'x_bu_itpartner_escalation=true',
        color: 'info',
        variant: 'secondary',
        // After the VIP condition a base system may carry on the same field: a VIP keeps its red.
        order: 1000,
        active: true,
    },
})
