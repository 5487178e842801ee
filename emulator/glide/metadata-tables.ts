/**
 * Platform metadata tables, with only the fields the app's installation check reads (src/server/glide/install-facts.ts):
 * the app's scope, its business rules and cross-scope privileges, a table's Application Access (sys_db_object), the
 * plugins GlidePluginManager answers for (v_plugin), ATF suites and their results. Tests fill them as an install would.
 * Table specs as schema.ts defines them (checked where it adds them; no import back, to keep the graph acyclic).
 */
export const METADATA_TABLES = {
    sys_scope: { display: 'name', fields: { scope: 'string', name: 'string' } },
    sys_script: {
        display: 'name',
        fields: { name: 'string', collection: 'string', when: 'string', order: 'integer', active: { type: 'boolean', default: 'true' }, sys_scope: { reference: 'sys_scope' } },
    },
    sys_scope_privilege: {
        fields: {
            source_scope: { reference: 'sys_scope' },
            target_scope: { reference: 'sys_scope' },
            target_name: 'string',
            target_type: 'string',
            operation: 'string',
            status: 'string',
        },
    },
    sys_db_object: {
        display: 'name',
        fields: {
            name: 'string',
            access: 'string',
            read_access: 'boolean',
            create_access: 'boolean',
            update_access: 'boolean',
            delete_access: 'boolean',
            ws_access: 'boolean',
            alter_access: 'boolean',
            actions_access: 'boolean',
            client_scripts_access: 'boolean',
            caller_access: 'string',
        },
    },
    v_plugin: { display: 'name', fields: { id: 'string', name: 'string', active: 'string' } },
    sys_atf_test_suite: { display: 'name', fields: { name: 'string', active: { type: 'boolean', default: 'true' } } },
    sys_atf_test_suite_result: {
        fields: {
            test_suite: { reference: 'sys_atf_test_suite' },
            status: 'string',
            rolled_up_test_success_count: 'integer',
            rolled_up_test_failure_count: 'integer',
            rolled_up_test_error_count: 'integer',
            rolled_up_test_skip_count: 'integer',
        },
    },
} as const
