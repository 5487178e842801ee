import type { Instance } from '../../emulator/glide/index.ts'
import { GLIDEQUERY_PLUGIN, HARDENING_PROPERTY } from '../../src/server/core/install-check.ts'
import { built, type BuiltFinder } from './dist.ts'

/** incident's Application Access and web service access as the app needs them (docs/install.md). */
export const INCIDENT_ACCESS = {
    access: 'public',
    read_access: 'true',
    create_access: 'false',
    update_access: 'true',
    delete_access: 'false',
    ws_access: 'true',
    alter_access: 'true',
    actions_access: 'true',
    client_scripts_access: 'true',
    caller_access: '0',
}

/**
 * What a healthy install leaves on the embedded instance for the installation check to read: the app's scope, its
 * business rules, cross-scope privileges (each Allowed) and ATF suite as dist/app ships them, incident's Application
 * Access as the app needs it, the GlideQuery plugin active, the hardening property false, and a passed run of the
 * suite. Returns the ids tests use to break it.
 */
export function healthyInstall(inst: Instance, find: BuiltFinder = built): { scope: string; suite: string; result: string } {
    const update = (table: string) => find(table).filter((record) => record.folder === 'update')
    const [app] = find('sys_app')
    const scope = app.fields.sys_id
    inst.load('sys_scope', [{ sys_id: scope, scope: app.fields.scope, name: app.fields.name }])
    inst.load(
        'sys_script',
        update('sys_script').map(({ fields }) => ({ sys_id: fields.sys_id, name: fields.name, collection: fields.collection, when: fields.when, active: fields.active, sys_scope: scope })),
    )
    inst.load(
        'sys_scope_privilege',
        update('sys_scope_privilege').map(({ fields }) => ({
            sys_id: fields.sys_id,
            source_scope: scope,
            target_name: fields.target_name,
            target_type: fields.target_type,
            operation: fields.operation,
            status: fields.status,
        })),
    )
    const [suite] = update('sys_atf_test_suite')
    inst.load('sys_atf_test_suite', [{ sys_id: suite.fields.sys_id, name: suite.fields.name, active: 'true' }])
    const [result] = inst.load('sys_atf_test_suite_result', [
        { test_suite: suite.fields.sys_id, status: 'success', rolled_up_test_success_count: '26', rolled_up_test_failure_count: '0', sys_created_on: '2025-06-02 09:30:00' },
    ])
    inst.load('sys_db_object', [{ name: 'incident', ...INCIDENT_ACCESS }])
    inst.load('v_plugin', [{ id: GLIDEQUERY_PLUGIN, name: 'GlideQuery', active: 'active' }])
    inst.setProperty(HARDENING_PROPERTY, 'false')
    return { scope, suite: suite.fields.sys_id, result }
}
