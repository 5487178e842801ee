import { readFileSync } from 'node:fs'
import { built as builtAnywhere } from '../support/dist.ts'

/** Records that install (dist/app/update); author_elective_update holds deletions and choice snapshots. */
const built = (table: string, where: Record<string, string> = {}) =>
    builtAnywhere(table, where).filter((record) => record.folder === 'update')

/** The name attribute of a reference in a record's XML (`<sys_user_role name="itil">...`), for platform records. */
function referenceName(file: string, field: string): string | null {
    return new RegExp(`<${field} [^>]*name="([^"]+)"`).exec(readFileSync(file, 'utf8'))?.[1] ?? null
}

/** The admin experience as it ships in dist/app (run `npm run build` first). */
const APP_TABLES = [
    'x_bu_itpartner_partner',
    'x_bu_itpartner_department',
    'x_bu_itpartner_red_flag',
    'x_bu_itpartner_route',
    'x_bu_itpartner_decision',
]
const OPERATIONS = ['read', 'write', 'create', 'delete']

function roleNamesOf(acl: { fields: Record<string, string> }): string[] {
    return built('sys_security_acl_role', { sys_security_acl: acl.fields.sys_id }).map((row) => {
        const role = built('sys_user_role', { sys_id: row.fields.sys_user_role })[0]
        return role ? role.fields.name : (referenceName(row.file, 'sys_user_role') ?? row.fields.sys_user_role)
    })
}

function acl(table: string, operation: string) {
    const found = built('sys_security_acl', { name: table, type: 'record', operation })
    expect(found).toHaveLength(1)
    return found[0]
}

describe('roles', () => {
    it('ships x_bu_itpartner.admin containing x_bu_itpartner.reader', () => {
        const admin = built('sys_user_role', { name: 'x_bu_itpartner.admin' })
        const reader = built('sys_user_role', { name: 'x_bu_itpartner.reader' })
        expect(admin).toHaveLength(1)
        expect(reader).toHaveLength(1)
        expect(
            built('sys_user_role_contains', { role: admin[0].fields.sys_id, contains: reader[0].fields.sys_id }),
        ).toHaveLength(1)
    })
})

describe('ACLs', () => {
    it.each(APP_TABLES.flatMap((table) => OPERATIONS.map((operation) => [table, operation])))(
        '%s has an active table-level %s ACL',
        (table, operation) => {
            const rule = acl(table, operation)
            expect(rule.fields.active).toBe('true')
            expect(rule.fields.decision_type).toBe('allow')
        },
    )

    it.each(APP_TABLES)('%s is readable by itil and the app reader role', (table) => {
        expect(roleNamesOf(acl(table, 'read')).sort()).toEqual(['itil', 'x_bu_itpartner.reader'])
    })

    it.each(APP_TABLES.filter((table) => table !== 'x_bu_itpartner_decision'))(
        '%s is changed only by the app admin',
        (table) => {
            for (const operation of ['write', 'create', 'delete']) {
                expect(roleNamesOf(acl(table, operation))).toEqual(['x_bu_itpartner.admin'])
            }
        },
    )

    it('lets nobody change the decision log through an ACL, not even admin', () => {
        for (const operation of ['write', 'create', 'delete']) {
            const rule = acl('x_bu_itpartner_decision', operation)
            expect(roleNamesOf(rule)).toEqual([])
            expect(rule.fields.admin_overrides).toBe('false')
            expect(rule.fields.script).toMatch(/^answer = false;/)
        }
    })

    it('restricts every app property to the app admin and admin', () => {
        const properties = built('sys_properties').filter((row) => row.fields.name.startsWith('x_bu_itpartner.'))
        expect(properties).toHaveLength(9)
        for (const property of properties) {
            expect(property.fields.write_roles.split(',').sort()).toEqual(['admin', 'x_bu_itpartner.admin'])
        }
    })
})

describe('cross-scope privileges', () => {
    it('are pre-authorized privileges on global tables and global script includes, one per target and operation', () => {
        const privileges = built('sys_scope_privilege')
        const keys = privileges.map((row) => `${row.fields.target_type}:${row.fields.target_name}:${row.fields.operation}`)
        expect(new Set(keys).size).toBe(keys.length)
        expect(keys.sort()).toEqual([
            'sys_db_object:cmn_department:read',
            'sys_db_object:incident:read',
            'sys_db_object:incident:write',
            'sys_db_object:sys_atf_test_suite:read',
            'sys_db_object:sys_atf_test_suite_result:read',
            'sys_db_object:sys_db_object:read',
            'sys_db_object:sys_scope:read',
            'sys_db_object:sys_scope_privilege:read',
            'sys_db_object:sys_script:read',
            'sys_db_object:sys_user:read',
            'sys_db_object:sys_user_grmember:read',
            'sys_db_object:sys_user_group:read',
            'sys_script_include:AbstractAjaxProcessor:execute',
            'sys_script_include:GlideQuery:execute',
        ])
        for (const row of privileges) expect(row.fields).toMatchObject({ status: 'allowed', target_scope: 'global' })
    })
})

describe('application menu', () => {
    const menu = () => built('sys_app_application', { title: 'IT Partner Routing' })

    it('is visible to app admins, app readers and itil agents', () => {
        expect(menu()).toHaveLength(1)
        expect(menu()[0].fields.roles.split(',').sort()).toEqual([
            'itil',
            'x_bu_itpartner.admin',
            'x_bu_itpartner.reader',
        ])
    })

    it('has the agents’ Partner escalations, the six modules and the reports in order, pointing at the right tables', () => {
        const modules = built('sys_app_module', { application: menu()[0].fields.sys_id, active: 'true' }).sort(
            (a, b) => Number(a.fields.order) - Number(b.fields.order),
        )
        expect(modules.map((row) => [row.fields.title, row.fields.link_type, row.fields.name ?? ''])).toEqual([
            ['Partner escalations', 'LIST', 'incident'],
            ['Partners', 'LIST', 'x_bu_itpartner_partner'],
            ['Partner Departments', 'LIST', 'x_bu_itpartner_department'],
            ['Red Flags', 'LIST', 'x_bu_itpartner_red_flag'],
            ['Escalation Routes', 'LIST', 'x_bu_itpartner_route'],
            ['Routing Decisions', 'LIST', 'x_bu_itpartner_decision'],
            ['Properties', 'DIRECT', ''],
            ['Reports', 'SEPARATOR', ''],
            ['Escalations by Partner (30 days)', 'REPORT', ''],
            ['Outcomes per Week', 'REPORT', ''],
            ['Boomerangs by Group', 'REPORT', ''],
            ['Sent to IT Partners', 'REPORT', ''],
            ['Open Escalations by Group', 'REPORT', ''],
            ['Time to Resolve', 'REPORT', ''],
            ['Ping-pong Tickets', 'REPORT', ''],
        ])
        for (const row of modules) expect(row.fields.roles).not.toContain('[object')
        expect(modules[5].fields.filter).toContain('sys_created_onONLast 30 days@')
        expect(modules[6].fields.roles).toBe('x_bu_itpartner.admin')
    })

    it('links Properties to a category page holding every app property', () => {
        const module = built('sys_app_module', { title: 'Properties' })[0]
        const url = new URL(module.fields.query, 'https://instance.example')
        expect(url.pathname).toBe('/system_properties_ui.do')
        const category = built('sys_properties_category', { name: url.searchParams.get('sysparm_category')! })
        expect(category).toHaveLength(1)
        const members = built('sys_properties_category_m2m', { category: category[0].fields.sys_id })
        const names = members
            .map((row) => built('sys_properties', { sys_id: row.fields.property })[0]?.fields.name)
            .sort()
        expect(names).toEqual([
            'x_bu_itpartner.backfill_batch_size',
            'x_bu_itpartner.backfill_enabled',
            'x_bu_itpartner.boomerang_policy',
            'x_bu_itpartner.decision_retention_days',
            'x_bu_itpartner.default_escalation_group',
            'x_bu_itpartner.department_policy',
            'x_bu_itpartner.enabled',
            'x_bu_itpartner.ping_pong_threshold',
            'x_bu_itpartner.tier1_groups',
        ])
    })

    it('lays out a list and a form for every app table, and related lists on the Partner form', () => {
        for (const table of APP_TABLES) {
            expect(built('sys_ui_list', { name: table }).length).toBeGreaterThan(0)
            expect(built('sys_ui_section', { name: table }).length).toBeGreaterThan(0)
        }
        const container = built('sys_ui_related_list', { name: 'x_bu_itpartner_partner' })
        expect(container).toHaveLength(1)
        expect(
            built('sys_ui_related_list_entry', { list_id: container[0].fields.sys_id })
                .map((row) => row.fields.related_list)
                .sort(),
        ).toEqual([
            'x_bu_itpartner_decision.partner',
            'x_bu_itpartner_department.partner',
            'x_bu_itpartner_red_flag.partner',
        ])
    })
})

describe('validation rules', () => {
    it.each([
        ['x_bu_itpartner_department', 'validateDepartment'],
        ['x_bu_itpartner_red_flag', 'validateRedFlag'],
        ['x_bu_itpartner_route', 'validateRoute'],
        ['x_bu_itpartner_partner', 'validatePartner'],
    ])('%s runs %s before insert and update', (table, fn) => {
        const rules = built('sys_script', {
            collection: table,
            when: 'before',
            action_insert: 'true',
            action_update: 'true',
            active: 'true',
        })
        expect(rules.some((rule) => rule.fields.script.includes(`const { ${fn} } = require(`))).toBe(true)
    })
})

describe('ATF', () => {
    it('ships at least 12 active tests, all in the IT Partner Routing suite', () => {
        const suite = built('sys_atf_test_suite', { name: 'IT Partner Routing' })
        expect(suite).toHaveLength(1)
        const members = built('sys_atf_test_suite_test', { test_suite: suite[0].fields.sys_id }).map(
            (row) => row.fields.test,
        )
        const tests = built('sys_atf_test', { active: 'true' })
        expect(tests.length).toBeGreaterThanOrEqual(12)
        expect(new Set(members)).toEqual(new Set(tests.map((test) => test.fields.sys_id)))
        for (const test of tests) {
            expect(test.fields.description.length).toBeGreaterThan(40)
            expect(built('sys_atf_step', { test: test.fields.sys_id }).length).toBeGreaterThan(1)
        }
    })

    it('covers each design.md behaviour with a positive and a negative test', () => {
        const names = built('sys_atf_test').map((test) => test.fields.description)
        for (const behaviour of [1, 2, 3, 4, 5, 6]) {
            expect(names.filter((text) => text.startsWith(`Behaviour ${behaviour}, positive`))).toHaveLength(1)
            expect(names.filter((text) => text.startsWith(`Behaviour ${behaviour}, negative`))).toHaveLength(1)
        }
    })

    it('impersonates an agent in every form test', () => {
        for (const test of built('sys_atf_test').filter((row) => / (0[5-9]|10):/.test(row.fields.name))) {
            const steps = built('sys_atf_step', { test: test.fields.sys_id }).map((step) => step.fields.display_name)
            expect(steps).toContain('Impersonate')
        }
    })
})
