import type { Row } from '../values.ts'

/**
 * Fields of the base system's task tables that an event may set. The task fields follow ServiceNow docs
 * "Important Task table fields" and the base task dictionary; the incident fields are the base Incident form's.
 * A field of the instance that is not here (a `u_` column) is declared with a sys_dictionary.json export.
 */
const PLATFORM_FIELDS: Record<string, { extends?: string; fields: string[] }> = {
    task: {
        fields: [
            'sys_id', 'sys_class_name', 'sys_created_on', 'sys_created_by', 'sys_updated_on', 'sys_updated_by', 'sys_mod_count',
            'sys_domain', 'sys_domain_path', 'sys_tags', 'active', 'activity_due', 'additional_assignee_list', 'approval',
            'approval_history', 'approval_set', 'assigned_to', 'assignment_group', 'business_duration', 'business_service',
            'calendar_duration', 'close_notes', 'closed_at', 'closed_by', 'cmdb_ci', 'comments', 'comments_and_work_notes',
            'company', 'contact_type', 'contract', 'correlation_display', 'correlation_id', 'delivery_plan', 'delivery_task',
            'description', 'due_date', 'escalation', 'expected_start', 'follow_up', 'group_list', 'impact', 'knowledge',
            'location', 'made_sla', 'number', 'opened_at', 'opened_by', 'order', 'parent', 'priority', 'reassignment_count',
            'route_reason', 'service_offering', 'short_description', 'sla_due', 'state', 'task_effective_number',
            'time_worked', 'universal_request', 'upon_approval', 'upon_reject', 'urgency', 'user_input', 'watch_list',
            'work_end', 'work_notes', 'work_notes_list', 'work_start',
        ],
    },
    incident: {
        extends: 'task',
        fields: [
            'business_impact', 'business_stc', 'calendar_stc', 'caller_id', 'category', 'cause', 'caused_by',
            'child_incidents', 'close_code', 'hold_reason', 'incident_state', 'major_incident_state', 'notify',
            'origin_id', 'origin_table', 'parent_incident', 'problem_id', 'reopen_count', 'reopened_by', 'reopened_time',
            'resolved_at', 'resolved_by', 'rfc', 'severity', 'subcategory',
        ],
    },
    problem: { extends: 'task', fields: ['category', 'subcategory', 'known_error', 'cause_notes', 'fix_notes', 'first_reported_by_task', 'problem_state', 'resolution_code', 'resolved_at', 'resolved_by'] },
    change_request: { extends: 'task', fields: ['category', 'type', 'risk', 'start_date', 'end_date', 'requested_by', 'justification', 'implementation_plan', 'backout_plan', 'test_plan', 'cab_required', 'chg_model', 'phase', 'reason'] },
    sc_request: { extends: 'task', fields: ['requested_for', 'requested_date', 'request_state', 'price', 'special_instructions', 'stage'] },
    sc_req_item: { extends: 'task', fields: ['request', 'cat_item', 'quantity', 'price', 'stage', 'requested_for', 'configuration_item'] },
    sc_task: { extends: 'task', fields: ['request', 'request_item', 'sc_catalog'] },
}

/** The table and its ancestors among the platform tables above. */
function lineage(table: string): string[] {
    const tables: string[] = []
    for (let name: string | undefined = table; name && PLATFORM_FIELDS[name]; name = PLATFORM_FIELDS[name].extends) tables.push(name)
    return tables.length ? tables : [table]
}

/**
 * The fields an event may set on `table`: the platform's, the built app's dictionary (fields the app adds to the
 * table), the snapshot's sys_dictionary.json rows for the table or an ancestor, and the columns of the table's own export.
 */
export function eventFieldsOf(
    table: string,
    tables: Map<string, Row[]>,
    builtFields: Record<string, readonly string[]>,
): ReadonlySet<string> {
    const fields = new Set<string>()
    const names = lineage(table)
    for (const name of names) {
        for (const field of PLATFORM_FIELDS[name]?.fields ?? []) fields.add(field)
        for (const field of builtFields[name] ?? []) fields.add(field)
    }
    for (const row of tables.get('sys_dictionary') ?? []) if (names.includes(row.name) && row.element) fields.add(row.element)
    for (const row of tables.get(table) ?? []) for (const field of Object.keys(row)) fields.add(field)
    return fields
}
