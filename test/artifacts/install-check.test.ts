import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { GlideRecord, Instance } from '../../emulator/glide/index.ts'
import { ATF_SUITE, INCIDENT_RULES, PRIVILEGES } from '../../src/server/core/install-check.ts'
import { built } from '../support/dist.ts'
import { healthyInstall } from '../support/install.ts'
import { appModules } from '../support/script-include.ts'

/** Check installation as it ships: what it expects is what dist/app installs, and its built UI action runs. */
const update = (table: string, where: Record<string, string> = {}) => built(table, where).filter((record) => record.folder === 'update')
const ROOT = join(__dirname, '..', '..')

describe('dist/app: Check installation', () => {
    test('a list banner button on x_bu_itpartner_route, for x_bu_itpartner.admin, calling the built module', () => {
        const [action] = update('sys_ui_action', { name: 'Check installation' })
        expect(action.fields).toMatchObject({ table: 'x_bu_itpartner_route', list_banner_button: 'true', form_button: 'false', active: 'true' })
        const required = [...action.fields.script.matchAll(/require\('([^']+)'\)/g)].map((match) => match[1])
        expect(required).toEqual([expect.stringMatching(/\/src\/server\/rules\/check-installation\.ts$/)])
        expect(built('sys_module').map((record) => record.fields.path)).toContain(required[0])
        const roles = built('sys_ui_action_role', { sys_ui_action: action.fields.sys_id })
        expect(roles.map((role) => readFileSync(role.file, 'utf8').match(/<sys_user_role name="([^"]*)"/)?.[1])).toEqual(['x_bu_itpartner.admin'])
    })

    test('it expects exactly the business rules the app installs on incident', () => {
        const shipped = update('sys_script', { collection: 'incident' }).map(({ fields }) => ({ name: fields.name, when: fields.when.replace(/^before_display$/, 'display') }))
        const sort = (rules: { name: string; when: string }[]) => [...rules].sort((a, b) => a.name.localeCompare(b.name))
        expect(sort(INCIDENT_RULES.map(({ name, when }) => ({ name, when })))).toEqual(sort(shipped))
    })

    test('it expects exactly the cross-scope privileges the app declares', () => {
        const key = (target: string, type: string, operation: string) => `${type}:${target}:${operation}`
        const shipped = update('sys_scope_privilege').map(({ fields }) => key(fields.target_name, fields.target_type, fields.operation))
        expect(PRIVILEGES.map((privilege) => key(privilege.target, privilege.type, privilege.operation)).sort()).toEqual(shipped.sort())
    })

    test('it looks for the ATF suite the app ships', () => {
        expect(update('sys_atf_test_suite').map((suite) => suite.fields.name)).toEqual([ATF_SUITE])
    })
})

describe('the built UI action on the embedded instance', () => {
    afterEach(() => Instance.deactivate())

    function run(inst: Instance): string[] {
        const [action] = update('sys_ui_action', { name: 'Check installation' })
        const loader = appModules(ROOT)
        inst.clearOutput()
        new Function('current', 'action', 'require', action.fields.script)(null, null, (path: string) => loader.scriptRequire(path))
        return [...inst.messages.error, ...inst.messages.info]
    }

    test('a healthy install (dist/app’s rules, privileges and suite on the instance): no problem', () => {
        const inst = new Instance().activate()
        healthyInstall(inst)
        expect(run(inst)[0]).toBe('IT Partner Routing installation check: no problems found.')
        expect(inst.messages.error).toEqual([])
    })

    test('a broken one: the routing rule deactivated, a privilege denied', () => {
        const inst = new Instance().activate()
        healthyInstall(inst)
        const rule = new GlideRecord('sys_script')
        rule.addQuery('name', 'IT Partner escalation routing')
        rule.query()
        rule.next()
        rule.setValue('active', false)
        rule.update()
        const privilege = new GlideRecord('sys_scope_privilege')
        privilege.addQuery('target_name', 'sys_user')
        privilege.query()
        privilege.next()
        privilege.setValue('status', 'denied')
        privilege.update()
        expect(run(inst).slice(0, 3)).toEqual([
            'IT Partner Routing installation check: 2 problem(s).',
            expect.stringMatching(/^Installation problem: The business rule "IT Partner escalation routing" \(before\) is inactive/),
            expect.stringMatching(/^Installation problem: The cross-scope privilege read on sys_user has the status denied/),
        ])
    })
})
