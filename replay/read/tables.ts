/**
 * What a snapshot folder holds: the tables the replay reads, the references between them that it checks, and the
 * columns an export must have or may leave out.
 */

/** Tables a snapshot must contain (an empty `{"result":[]}` is fine). */
export const REQUIRED_TABLES = [
    'sys_user',
    'cmn_department',
    'sys_user_group',
    'x_bu_itpartner_partner',
    'x_bu_itpartner_department',
    'x_bu_itpartner_red_flag',
    'x_bu_itpartner_route',
] as const

/** Tables read when present. `incident` (existing tickets that update events may name) is a replay extension. */
export const OPTIONAL_TABLES = [
    'sys_user_grmember',
    'sys_user_has_role',
    'sys_user_role',
    'sys_properties',
    'sysrule_assignment',
    'x_bu_itpartner_decision',
    'incident',
    'sys_dictionary',
    'sys_audit',
] as const

/** The app's own tables: absent before the app is installed, so an absent file is an empty table (with a warning). */
export const APP_TABLE = /^x_bu_itpartner_/

/** Reference columns the replay checks, by table: column -> target table. App tables add theirs from sys_dictionary. */
export const BASE_REFERENCES: Record<string, Record<string, string>> = {
    sys_user: { department: 'cmn_department' },
    sys_user_grmember: { user: 'sys_user', group: 'sys_user_group' },
    sys_user_has_role: { user: 'sys_user' },
    sysrule_assignment: { group: 'sys_user_group', user: 'sys_user' },
    x_bu_itpartner_partner: { support_group: 'sys_user_group' },
    x_bu_itpartner_department: { department: 'cmn_department', partner: 'x_bu_itpartner_partner' },
    x_bu_itpartner_red_flag: { user: 'sys_user', partner: 'x_bu_itpartner_partner' },
    x_bu_itpartner_route: { assignment_group: 'sys_user_group' },
    x_bu_itpartner_decision: {
        partner: 'x_bu_itpartner_partner',
        from_group: 'sys_user_group',
        to_group: 'sys_user_group',
        route: 'x_bu_itpartner_route',
    },
    incident: { caller_id: 'sys_user', opened_by: 'sys_user', assigned_to: 'sys_user', assignment_group: 'sys_user_group' },
}

/** Ticket columns checked in events (any event table). */
export const TICKET_REFERENCES: Record<string, string> = BASE_REFERENCES.incident

/**
 * Columns an export may leave out, and what the replay then takes (the instance's default for the field), by table:
 * a missing column is one warning per file. Checked on the first row: an export has the same columns in every row.
 */
export const DEFAULTED_COLUMNS: Record<string, Record<string, string>> = {
    sys_user: {
        department: "no user has a department, so no ticket gets a Partner from its caller's department",
        active: 'every user counts as active',
        name: 'users are shown by user_name',
    },
    cmn_department: { name: 'departments are shown by sys_id' },
    sys_user_group: { name: 'groups are shown by sys_id, and tier1_groups names match no group', active: 'every group counts as active' },
    x_bu_itpartner_partner: { name: 'Partners are shown by sys_id', active: 'every Partner counts as active' },
    x_bu_itpartner_department: { active: 'every Partner department row counts as active' },
    x_bu_itpartner_red_flag: { active: 'every red flag counts as active' },
    x_bu_itpartner_route: { active: 'every route counts as active', order: 'every route has order 0', table: 'every route applies to incident' },
}

/** Columns without which a table's rows mean nothing: a missing one is an error (exit 2). */
export const REQUIRED_COLUMNS: Record<string, string[]> = {
    x_bu_itpartner_department: ['department', 'partner'],
    x_bu_itpartner_red_flag: ['user', 'partner'],
    x_bu_itpartner_route: ['assignment_group', 'condition'],
    sys_user_grmember: ['user', 'group'],
    sys_user_has_role: ['user', 'role'],
    sys_dictionary: ['name', 'element'],
}
