import '@servicenow/sdk/global'
import { CrossScopePrivilege } from '@servicenow/sdk/core'

/**
 * Exactly what the app's scripts reach outside x_bu_itpartner: each table operation, one record per table and operation,
 * and each global script include they execute (status allowed: pre-authorized on install). On the target instance the
 * app runs under the Enforcing runtime access tracking, where anything undeclared is refused ("Runtime access
 * tracking"; KB0717945: an installed app's tracking becomes Enforcing). The pre-flight scan
 * (scripts/preflight/checks/privileges.ts) derives them from the built scripts and fails when one is missing here or
 * one here is unused.
 */
// Business rules on incident read and set fields of `current` (assignment_group, work_notes).
CrossScopePrivilege({
    $id: Now.ID['priv_incident_read'],
    targetName: 'incident',
    targetScope: 'global',
    targetType: 'sys_db_object',
    operation: 'read',
    status: 'allowed',
})
CrossScopePrivilege({
    $id: Now.ID['priv_incident_write'],
    targetName: 'incident',
    targetScope: 'global',
    targetType: 'sys_db_object',
    operation: 'write',
    status: 'allowed',
})
// Groups: tier-1 and default group look-ups, route groups (active flag), Partner support groups.
CrossScopePrivilege({
    $id: Now.ID['priv_sys_user_group_read'],
    targetName: 'sys_user_group',
    targetScope: 'global',
    targetType: 'sys_db_object',
    operation: 'read',
    status: 'allowed',
})
// Partner staff: membership of a Partner's support group (joined query).
CrossScopePrivilege({
    $id: Now.ID['priv_sys_user_grmember_read'],
    targetName: 'sys_user_grmember',
    targetScope: 'global',
    targetType: 'sys_db_object',
    operation: 'read',
    status: 'allowed',
})
// Department clients: the caller's department (joined query); red-flag users in validation messages.
CrossScopePrivilege({
    $id: Now.ID['priv_sys_user_read'],
    targetName: 'sys_user',
    targetScope: 'global',
    targetType: 'sys_db_object',
    operation: 'read',
    status: 'allowed',
})
// Department names in the banner, work notes and validation messages.
CrossScopePrivilege({
    $id: Now.ID['priv_cmn_department_read'],
    targetName: 'cmn_department',
    targetScope: 'global',
    targetType: 'sys_db_object',
    operation: 'read',
    status: 'allowed',
})
// Check installation (src/server/glide/install-facts.ts): the app's scope, its business rules on incident and its
// cross-scope privileges, incident's Application Access, the shipped ATF suite and its newest result.
CrossScopePrivilege({
    $id: Now.ID['priv_sys_scope_read'],
    targetName: 'sys_scope',
    targetScope: 'global',
    targetType: 'sys_db_object',
    operation: 'read',
    status: 'allowed',
})
CrossScopePrivilege({
    $id: Now.ID['priv_sys_script_read'],
    targetName: 'sys_script',
    targetScope: 'global',
    targetType: 'sys_db_object',
    operation: 'read',
    status: 'allowed',
})
CrossScopePrivilege({
    $id: Now.ID['priv_sys_scope_privilege_read'],
    targetName: 'sys_scope_privilege',
    targetScope: 'global',
    targetType: 'sys_db_object',
    operation: 'read',
    status: 'allowed',
})
CrossScopePrivilege({
    $id: Now.ID['priv_sys_db_object_read'],
    targetName: 'sys_db_object',
    targetScope: 'global',
    targetType: 'sys_db_object',
    operation: 'read',
    status: 'allowed',
})
CrossScopePrivilege({
    $id: Now.ID['priv_sys_atf_test_suite_read'],
    targetName: 'sys_atf_test_suite',
    targetScope: 'global',
    targetType: 'sys_db_object',
    operation: 'read',
    status: 'allowed',
})
CrossScopePrivilege({
    $id: Now.ID['priv_sys_atf_test_suite_result_read'],
    targetName: 'sys_atf_test_suite_result',
    targetScope: 'global',
    targetType: 'sys_db_object',
    operation: 'read',
    status: 'allowed',
})
// The backfill job writes the stamp with new global.GlideQuery('incident') (no business rules, no sys fields), which a
// scoped app reaches only with an execute privilege on the global script include ("GlideQuery - Scoped, Global").
CrossScopePrivilege({
    $id: Now.ID['priv_glidequery_execute'],
    targetName: 'GlideQuery',
    targetScope: 'global',
    targetType: 'sys_script_include',
    operation: 'execute',
    status: 'allowed',
})
// The GlideAjax processor ITPartnerBannerAjax extends global.AbstractAjaxProcessor ("Script includes": client-callable
// includes extend it).
CrossScopePrivilege({
    $id: Now.ID['priv_abstractajaxprocessor_execute'],
    targetName: 'AbstractAjaxProcessor',
    targetScope: 'global',
    targetType: 'sys_script_include',
    operation: 'execute',
    status: 'allowed',
})
