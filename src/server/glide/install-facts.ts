import { gs, GlidePluginManager, GlideRecord } from '@servicenow/glide'
import { APP_SCOPE, ATF_SUITE, GLIDEQUERY_PLUGIN, HARDENING_PROPERTY, type InstallationFacts, type SuiteResult, type TableAccess } from '../core/install-check.ts'
import { isActive } from './records.ts'

/**
 * Gathers what checkInstallation needs, in 6 queries: the app's scope, its business rules on incident and its
 * cross-scope privileges (records of that scope), incident's sys_db_object row, the shipped ATF suite and its newest
 * result; the hardening property and the GlideQuery plugin without a query ("GlidePluginManager - Scoped",
 * isActive(pluginID)). Each platform table read has its cross-scope privilege (src/fluent/security/privileges.now.ts).
 * Each look-up names its table as a literal `new GlideRecord('<table>')`: that is how the pre-flight scan derives the
 * privileges the built scripts need, so a shared look-up taking the table as a parameter would hide them.
 */
export function installationFacts(): InstallationFacts {
    const scope = appScopeId()
    const suite = atfSuiteId()
    return {
        scopeFound: !!scope,
        rules: scope ? incidentRules(scope) : [],
        privileges: scope ? privileges(scope) : [],
        incident: tableAccess('incident'),
        hardening: gs.getProperty(HARDENING_PROPERTY, null),
        glideQueryActive: pluginActive(GLIDEQUERY_PLUGIN),
        atfSuiteFound: !!suite,
        atfLastResult: suite ? lastResult(suite) : null,
    }
}

/** A plugin's state; null (logged) when the instance does not answer, so the other lines still show. */
function pluginActive(plugin: string): boolean | null {
    try {
        return GlidePluginManager.isActive(plugin)
    } catch (error) {
        gs.warn('IT Partner Routing: the installation check could not read whether plugin {0} is active: {1}', plugin, String(error))
        return null
    }
}

function appScopeId(): string {
    const scope = new GlideRecord('sys_scope')
    scope.addQuery('scope', APP_SCOPE)
    scope.setLimit(1)
    scope.query()
    return scope.next() ? scope.getUniqueValue() : ''
}

function incidentRules(scope: string): InstallationFacts['rules'] {
    const rule = new GlideRecord('sys_script')
    rule.addQuery('sys_scope', scope)
    rule.addQuery('collection', 'incident')
    rule.query()
    const rules: InstallationFacts['rules'] = []
    while (rule.next()) rules.push({ name: rule.getValue('name') || '', active: isActive(rule.getValue('active')) })
    return rules
}

function privileges(scope: string): InstallationFacts['privileges'] {
    const privilege = new GlideRecord('sys_scope_privilege')
    privilege.addQuery('source_scope', scope)
    privilege.query()
    const rows: InstallationFacts['privileges'] = []
    while (privilege.next()) {
        rows.push({
            target: privilege.getValue('target_name') || '',
            type: privilege.getValue('target_type') || '',
            operation: privilege.getValue('operation') || '',
            status: privilege.getValue('status') || '',
        })
    }
    return rows
}

/** A table's Application Access (sys_db_object: access, read_access, ..., caller_access), or null when unreadable. */
function tableAccess(name: string): TableAccess | null {
    const table = new GlideRecord('sys_db_object')
    table.addQuery('name', name)
    table.setLimit(1)
    table.query()
    if (!table.next()) return null
    const flag = (field: string) => isActive(table.getValue(field))
    return {
        access: table.getValue('access') || '',
        read_access: flag('read_access'),
        create_access: flag('create_access'),
        update_access: flag('update_access'),
        delete_access: flag('delete_access'),
        ws_access: flag('ws_access'),
        alter_access: flag('alter_access'),
        actions_access: flag('actions_access'),
        client_scripts_access: flag('client_scripts_access'),
        caller_access: table.getValue('caller_access') || '',
    }
}

function atfSuiteId(): string {
    const suite = new GlideRecord('sys_atf_test_suite')
    suite.addQuery('name', ATF_SUITE)
    suite.setLimit(1)
    suite.query()
    return suite.next() ? suite.getUniqueValue() : ''
}

/**
 * The suite's newest result: its status (success, failure, error, canceled, skipped) and the "Rolled up test ... count"
 * fields ("Test suite results examples", ATF docs), which the platform's own ATFNotificationUtils script include sums
 * as rolled_up_test_success_count, ..._failure_count, ..._error_count and ..._skip_count.
 */
function lastResult(suite: string): SuiteResult | null {
    const result = new GlideRecord('sys_atf_test_suite_result')
    result.addQuery('test_suite', suite)
    result.orderByDesc('sys_created_on')
    result.setLimit(1)
    result.query()
    if (!result.next()) return null
    const count = (field: string) => Number(result.getValue(field)) || 0
    return {
        when: result.getValue('sys_created_on') || '',
        status: result.getValue('status') || '',
        passed: count('rolled_up_test_success_count'),
        failed: count('rolled_up_test_failure_count'),
        errors: count('rolled_up_test_error_count'),
        skipped: count('rolled_up_test_skip_count'),
    }
}
