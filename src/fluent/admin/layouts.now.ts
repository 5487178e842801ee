import '@servicenow/sdk/global'
import { default_view, Form, List, Record } from '@servicenow/sdk/core'

/** Default-view lists and forms laid out for an app admin. */
List({
    table: 'x_bu_itpartner_partner',
    view: default_view,
    columns: ['name', 'support_group', 'support_stream', 'contact', 'active'],
})
List({
    table: 'x_bu_itpartner_department',
    view: default_view,
    columns: ['department', 'partner', 'active', 'sys_updated_on'],
})
List({
    table: 'x_bu_itpartner_red_flag',
    view: default_view,
    columns: ['user', 'partner', 'note', 'active', 'sys_updated_on'],
})
List({
    table: 'x_bu_itpartner_route',
    view: default_view,
    columns: ['table', 'order', 'description', 'assignment_group', 'condition', 'active'],
})
List({
    table: 'x_bu_itpartner_decision',
    view: default_view,
    columns: ['sys_created_on', 'task', 'partner', 'signal', 'outcome', 'from_group', 'to_group', 'route', 'reason'],
})

Form({
    table: 'x_bu_itpartner_partner',
    view: default_view,
    sections: [
        {
            caption: 'IT Partner',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'name', type: 'table_field' },
                        { field: 'active', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'support_group', type: 'table_field' },
                        { field: 'support_stream', type: 'table_field' },
                    ],
                },
                { layout: 'one-column', elements: [{ field: 'contact', type: 'table_field' }] },
            ],
        },
    ],
})

Form({
    table: 'x_bu_itpartner_department',
    view: default_view,
    sections: [
        {
            caption: 'Partner department',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'department', type: 'table_field' },
                        { field: 'partner', type: 'table_field' },
                    ],
                    rightElements: [{ field: 'active', type: 'table_field' }],
                },
            ],
        },
    ],
})

Form({
    table: 'x_bu_itpartner_red_flag',
    view: default_view,
    sections: [
        {
            caption: 'Red flag',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'user', type: 'table_field' },
                        { field: 'partner', type: 'table_field' },
                    ],
                    rightElements: [{ field: 'active', type: 'table_field' }],
                },
                {
                    layout: 'one-column',
                    elements: [
                        {
                            type: 'annotation',
                            annotationId: Now.ID['annotation_red_flag_note'],
                            text: 'Agents see this note in the banner on the tickets this user raises or opens.',
                            isPlainText: true,
                        },
                        { field: 'note', type: 'table_field' },
                    ],
                },
            ],
        },
    ],
})

Form({
    table: 'x_bu_itpartner_route',
    view: default_view,
    sections: [
        {
            caption: 'Escalation route',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'description', type: 'table_field' },
                        { field: 'table', type: 'table_field' },
                        { field: 'order', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'assignment_group', type: 'table_field' },
                        { field: 'active', type: 'table_field' },
                    ],
                },
                {
                    layout: 'one-column',
                    elements: [
                        {
                            type: 'annotation',
                            annotationId: Now.ID['annotation_route_specialty'],
                            text: 'The first active route (lowest order) whose condition matches wins. A route to a tier-1 group is a specialty: the ticket stays with tier 1.',
                            isPlainText: true,
                        },
                        { field: 'condition', type: 'table_field' },
                    ],
                },
            ],
        },
    ],
})

Form({
    table: 'x_bu_itpartner_decision',
    view: default_view,
    sections: [
        {
            caption: 'Routing decision',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'task', type: 'table_field' },
                        { field: 'partner', type: 'table_field' },
                        { field: 'signal', type: 'table_field' },
                        { field: 'outcome', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'from_group', type: 'table_field' },
                        { field: 'to_group', type: 'table_field' },
                        { field: 'route', type: 'table_field' },
                        { field: 'sys_created_on', type: 'table_field' },
                    ],
                },
                { layout: 'one-column', elements: [{ field: 'reason', type: 'table_field' }] },
            ],
        },
    ],
})

/** A Partner's form lists its departments, its red flags and its decisions of the last 30 days. */
export const partnerRelatedLists = Record({
    $id: Now.ID['related_lists_partner'],
    table: 'sys_ui_related_list',
    data: { name: 'x_bu_itpartner_partner', view: default_view },
})

Record({
    $id: Now.ID['related_list_partner_departments'],
    table: 'sys_ui_related_list_entry',
    data: { list_id: partnerRelatedLists, related_list: 'x_bu_itpartner_department.partner', position: 0 },
})

Record({
    $id: Now.ID['related_list_partner_red_flags'],
    table: 'sys_ui_related_list_entry',
    data: { list_id: partnerRelatedLists, related_list: 'x_bu_itpartner_red_flag.partner', position: 1 },
})

Record({
    $id: Now.ID['related_list_partner_decisions'],
    table: 'sys_ui_related_list_entry',
    data: {
        list_id: partnerRelatedLists,
        related_list: 'x_bu_itpartner_decision.partner',
        position: 2,
        filter: 'sys_created_onONLast 30 days@javascript:gs.beginningOfLast30Days()@javascript:gs.endOfLast30Days()',
        order_by: 'sys_created_on',
    },
})
