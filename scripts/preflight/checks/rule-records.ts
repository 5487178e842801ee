import type { Check } from '../check.ts'

const CLASSIC_BUSINESS_RULES = 'https://www.servicenow.com/docs/r/xanadu/api-reference/business-rules-classic/c_BusinessRules.html'

export const businessRuleCondition: Check = {
    name: 'every business rule has a condition',
    refuses: 'a business rule with no condition, filter condition or role condition (it runs on every save or display)',
    sources: [
        `ServiceNow docs, "Classic Business rules" (business rules run when their conditions are met; Filter Conditions, Role conditions and the Condition field): ${CLASSIC_BUSINESS_RULES}`,
        'ServiceNow Community, "How can we decide that a given before business rule should be kept...": a rule without a condition "is always executed once a record is inserted or updated" (https://www.servicenow.com/community/developer-forum/how-can-we-decide-that-a-given-before-business-rule-should-be/td-p/1514248/page/4)',
    ],
    run(app) {
        return app.records
            .filter((record) => record.table === 'sys_script')
            .filter((record) => !['condition', 'filter_condition', 'role_conditions'].some((field) => (record.fields[field] ?? '').trim()))
            .map((record) => ({
                where: `${record.file.slice(app.dist.length + 1)}`,
                message: `business rule "${record.fields.name}" has neither a condition nor a filter condition`,
                key: `sys_script "${record.fields.name}"`,
            }))
    },
}

/** Script records and the field naming the table they run on. */
const TABLE_FIELD: Record<string, string> = { sys_script: 'collection', sys_script_client: 'table', sys_ui_action: 'table' }

export const globalTableScripts: Check = {
    name: 'no global-table scripts',
    refuses: 'business rules, client scripts or UI actions on the Global [global] table (loaded for every table)',
    sources: [
        'ServiceNow docs, "Business rules in scoped applications": business rules "can either run on specific tables or be global": https://raw.githubusercontent.com/ServiceNow/ServiceNowDocs/brazil/markdown/api-reference/business-rules-classic/c_BusinessRulesInScopedApps.md',
        'ServiceNow Community blog, Client-side Scripting Best Practices, "Avoid global Client Scripts": "Client Scripts configured on the Global Table will be loaded on every single table form" (https://community.servicenow.com/community?id=community_blog&sys_id=f27ce2e1dbd0dbc01dcaf3231f961912)',
    ],
    run(app) {
        return app.records
            .filter((record) => record.table in TABLE_FIELD)
            .filter((record) => {
                const table = (record.fields[TABLE_FIELD[record.table]] ?? '').trim()
                return table === '' || table === 'global'
            })
            .map((record) => ({
                where: record.file.slice(app.dist.length + 1),
                message: `${record.table} "${record.fields.name}" runs on the global table: name the table it is for`,
                key: `${record.table} "${record.fields.name}"`,
            }))
    },
}

export const transformRunBusinessRules: Check = {
    name: 'transform maps state "run business rules"',
    refuses: 'a sys_transform_map whose run_business_rules is not written as true or false',
    sources: [
        'Community Instance Scan check "Running Business Rules on Transform Maps" (ServiceNowDevProgram/example-instancescan-checks, issue #63 and pull request #90): https://github.com/ServiceNowDevProgram/example-instancescan-checks/issues/63',
    ],
    run(app) {
        return app.records
            .filter((record) => record.table === 'sys_transform_map')
            .filter((record) => !['true', 'false'].includes(record.fields.run_business_rules ?? ''))
            .map((record) => ({
                where: record.file.slice(app.dist.length + 1),
                message: `transform map "${record.fields.name}" does not state run_business_rules (true or false)`,
                key: `sys_transform_map "${record.fields.name}"`,
            }))
    },
}

const OPERATIONS = ['read', 'write', 'create', 'delete']

export const tableAcls: Check = {
    name: 'every app table has ACLs',
    refuses: 'an app table (sys_db_object, import set tables included) without an active record ACL for read, write, create and delete',
    sources: [
        'ServiceNow docs, "Default runtime access permissions" (new application tables allow read from every scope by default; who may read, write, create and delete is the ACLs\' job): https://www.servicenow.com/docs/r/zUlSbxoxKPAWFDGUdAoSCw/fpZVginB0FibbN1vfyUmxA',
        'ServiceNow Store technical review of this app: every app table has read, write, create and delete ACLs',
    ],
    run(app) {
        const acls = app.records.filter(
            (record) => record.table === 'sys_security_acl' && record.fields.active !== 'false' && (record.fields.type ?? 'record') === 'record',
        )
        return app.records
            .filter((record) => record.table === 'sys_db_object' && record.folder === 'update')
            .flatMap((table) =>
                OPERATIONS.filter((operation) => !acls.some((acl) => acl.fields.name === table.fields.name && acl.fields.operation === operation)).map(
                    (operation) => ({
                        where: table.file.slice(app.dist.length + 1),
                        message: `table ${table.fields.name} has no ${operation} ACL`,
                        key: `${table.fields.name} ${operation}`,
                    }),
                ),
            )
    },
}
