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
        expect(properties).toHaveLength(7)
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
            'sys_db_object:sys_user:read',
            'sys_db_object:sys_user_grmember:read',
            'sys_db_object:sys_user_group:read',
            'sys_script_include:AbstractAjaxProcessor:execute',
            'sys_script_include:GlideQuery:execute',
        ])
        for (const row of privileges) expect(row.fields).toMatchObject({ status: 'allowed', target_scope: 'global' })
    })
})
