import { readFileSync } from 'node:fs'
import { built } from '../support/dist.ts'

/** The configuration check as it ships: a banner button of the Escalation routes list, for app admins only. */
test('Check configuration: a list banner button on x_bu_itpartner_route, for x_bu_itpartner.admin, calling the built module', () => {
    const [action] = built('sys_ui_action', { name: 'Check configuration' })
    expect(action.fields).toMatchObject({ table: 'x_bu_itpartner_route', list_banner_button: 'true', form_button: 'false', active: 'true' })
    const required = [...action.fields.script.matchAll(/require\('([^']+)'\)/g)].map((match) => match[1])
    expect(required).toEqual([expect.stringMatching(/\/src\/server\/rules\/check-configuration\.ts$/)])
    expect(built('sys_module').map((record) => record.fields.path)).toContain(required[0])
    expect(action.fields.script).toContain('showConfigurationCheck(')
    const roles = built('sys_ui_action_role', { sys_ui_action: action.fields.sys_id })
    expect(roles.map((role) => readFileSync(role.file, 'utf8').match(/<sys_user_role name="([^"]*)"/)?.[1])).toEqual(['x_bu_itpartner.admin'])
})
