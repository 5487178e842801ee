import { built as builtAnywhere, referenceName } from '../support/dist.ts'

/**
 * The stamp columns' field ACLs as they ship (dist/app; run `npm run build` first): every app column on incident has a
 * field-level write and create ACL for x_bu_itpartner.admin, and the app ships no ACL on incident that "Creation
 * restrictions across application scopes" forbids a scoped app (table-level, all fields, condition, script).
 */
const built = (table: string, where: Record<string, string> = {}) => builtAnywhere(table, where).filter((record) => record.folder === 'update')

const appColumns = () =>
    built('sys_dictionary', { name: 'incident' })
        .map((row) => row.fields.element)
        .filter((element) => element.startsWith('x_bu_itpartner_'))
        .sort()

const incidentAcls = () => built('sys_security_acl').filter((acl) => acl.fields.name === 'incident' || acl.fields.name.startsWith('incident.'))

const roles = (aclId: string) => built('sys_security_acl_role', { sys_security_acl: aclId }).map((row) => referenceName(row, 'sys_user_role'))

describe('field ACLs of the stamp columns on incident', () => {
    test('the seven app columns on incident', () => {
        expect(appColumns()).toEqual([
            'x_bu_itpartner_boomerangs',
            'x_bu_itpartner_escalation',
            'x_bu_itpartner_hops',
            'x_bu_itpartner_partner',
            'x_bu_itpartner_pending_decision',
            'x_bu_itpartner_ping_pong',
            'x_bu_itpartner_signal',
        ])
    })

    test.each(['write', 'create'])('every app column has one %s ACL: role x_bu_itpartner.admin, admin overrides', (operation) => {
        for (const column of appColumns()) {
            const found = built('sys_security_acl', { name: `incident.${column}`, operation })
            expect([column, found.length]).toEqual([column, 1])
            expect([column, found[0].fields]).toEqual([
                column,
                expect.objectContaining({ type: 'record', active: 'true', decision_type: 'allow', admin_overrides: 'true', advanced: 'false' }),
            ])
            expect([column, roles(found[0].fields.sys_id)]).toEqual([column, ['x_bu_itpartner.admin']])
        }
    })

    test('no ACL on incident that a scoped app may not create: only field-level, role-based, on the app columns', () => {
        const acls = incidentAcls()
        expect(acls).toHaveLength(2 * appColumns().length)
        for (const acl of acls) {
            const field = acl.fields.name.split('.')[1]
            expect([acl.fields.name, appColumns().includes(field)]).toEqual([acl.fields.name, true])
            expect([acl.fields.name, acl.fields.condition ?? '', acl.fields.script ?? '']).toEqual([acl.fields.name, '', ''])
            expect([acl.fields.name, roles(acl.fields.sys_id).length]).toEqual([acl.fields.name, 1])
        }
    })

    test('ATF 26 asks, as an agent and as an app admin, about every app column', () => {
        const test = built('sys_atf_test').find((row) => row.fields.name.startsWith('IT Partner 26:'))!
        const scripts = built('sys_atf_step', { test: test.fields.sys_id })
            .flatMap((step) => built('sys_variable_value', { document_key: step.fields.sys_id }).map((row) => row.fields.value))
            .filter((value) => value.includes('function'))
        expect(scripts).toHaveLength(2)
        for (const script of scripts) {
            const listed = /var columns = \[([^\]]+)\]/.exec(script)![1].match(/'(\w+)'/g)!.map((name) => name.slice(1, -1))
            expect(listed.sort()).toEqual(appColumns())
        }
    })
})
