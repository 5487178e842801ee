import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ajaxVerdict } from '../../emulator/client/ajax.ts'
import { showsInCoreUi, showsInWorkspace } from '../../emulator/client/ui.ts'
import { BANNER_ROLES } from '../../src/server/glide/banner-lookup.ts'
import { builtAjaxPolicy } from '../support/client-form.ts'
import { built, packageRoot, referenceName } from '../support/dist.ts'

const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { name: string; version: string }
const modulePaths = () => built('sys_module').map((record) => record.fields.path)
const requires = (script: string) => [...script.matchAll(/require\('([^']+)'\)/g)].map((match) => match[1])

describe('dist/app: banner, GlideAjax processor and Send to IT Partner', () => {
    test.each([
        ['ITPartnerBannerAjax', 'src/server/rules/banner-ajax.ts', 'bannerAnswer'],
        ['ITPartnerForm', 'src/server/rules/send-to-partner.ts', 'canSendToPartner'],
    ])('Script Include %s requires %s by its path in the app package (./), which is a built module', (name, source, fn) => {
        const [include] = built('sys_script_include', { name })
        expect(include).toBeDefined()
        const paths = requires(include.fields.script)
        expect(paths).toEqual([`./${source}`])
        const path = `${packageRoot()}/${source}`
        expect(path).toBe(`x_bu_itpartner/${pkg.name}/${pkg.version}/${source}`)
        expect(modulePaths()).toContain(path)
        const [module] = built('sys_module', { path })
        expect(module.fields.content).toMatch(new RegExp(`export function ${fn}\\(`))
    })

    test('ITPartnerBannerAjax is client-callable, extends AbstractAjaxProcessor and is not public', () => {
        const [include] = built('sys_script_include', { name: 'ITPartnerBannerAjax' })
        expect(include.fields).toMatchObject({ client_callable: 'true', access: 'package_private', active: 'true' })
        expect(include.fields.script).toContain('Object.extendsObject(global.AbstractAjaxProcessor')
        expect(include.fields.script).toMatch(/type: 'ITPartnerBannerAjax'/)
    })

    test('ITPartnerBannerAjax is private: isPublic() returns false', () => {
        const [include] = built('sys_script_include', { name: 'ITPartnerBannerAjax' })
        expect(include.fields.script).toMatch(/isPublic: function \(\) \{\s*return false;\s*\}/)
    })

    test('a client_callable_script_include ACL lets exactly the banner roles execute the shipped GlideAjax processor', () => {
        const [include] = built('sys_script_include', { name: 'ITPartnerBannerAjax' })
        const acls = built('sys_security_acl', { type: 'client_callable_script_include' }).filter((acl) => acl.folder === 'update')
        expect(acls.map((acl) => acl.fields.name)).toEqual([include.fields.name])
        expect(include.fields.api_name).toBe('x_bu_itpartner.ITPartnerBannerAjax')
        const [acl] = acls
        expect(acl.fields).toMatchObject({ operation: 'execute', active: 'true', decision_type: 'allow', admin_overrides: 'true' })
        const roles = built('sys_security_acl_role', { sys_security_acl: acl.fields.sys_id }).map((role) => referenceName(role, 'sys_user_role'))
        expect(roles.sort()).toEqual([...BANNER_ROLES].sort())
    })

    test.each([
        [['snc_internal'], false],
        [[], false],
        [['itil'], true],
        [['x_bu_itpartner.reader'], true],
        [['x_bu_itpartner.admin'], true],
        [['admin'], true],
    ])('the shipped ACL, matched by the script include name, answers a GlideAjax call from a user with roles %j: %s', (userRoles, answered) => {
        const verdict = ajaxVerdict(builtAjaxPolicy(), 'x_bu_itpartner.ITPartnerBannerAjax', new Set(userRoles))
        expect(verdict.answered).toBe(answered)
    })

    test('the caller onChange script calls the processor by its API name', () => {
        const [script] = built('sys_script_client', { name: 'IT Partner banner refresh' })
        expect(script.fields.script).toContain("new GlideAjax('x_bu_itpartner.ITPartnerBannerAjax')")
    })

    test('ITPartnerForm is not client-callable', () => {
        const [include] = built('sys_script_include', { name: 'ITPartnerForm' })
        expect(include.fields).toMatchObject({ client_callable: 'false', access: 'package_private' })
    })

    test('the display rule (when before_display, as the SDK writes display) runs on incident and passes g_scratchpad to showBanner', () => {
        const [rule] = built('sys_script', { name: 'IT Partner form banner' })
        expect(rule.fields).toMatchObject({ collection: 'incident', when: 'before_display', active: 'true' })
        expect(rule.fields.script).toContain('showBanner(current, previous, g_scratchpad)')
        expect(modulePaths()).toContain(requires(rule.fields.script)[0])
    })

    test('Send to IT Partner: incident form button for itil on saved tickets, condition through ITPartnerForm', () => {
        const [action] = built('sys_ui_action', { name: 'Send to IT Partner' })
        expect(action.fields).toMatchObject({ table: 'incident', form_button: 'true', show_insert: 'false', show_update: 'true', active: 'true' })
        expect(action.fields.condition).toBe('new x_bu_itpartner.ITPartnerForm(current).canSendToPartner()')
        expect(action.fields.script).toContain('sendToPartner(current, action)')
        expect(modulePaths()).toContain(requires(action.fields.script)[0])
        const roles = built('sys_ui_action_role', { sys_ui_action: action.fields.sys_id })
        // The role reference carries the role's name as an attribute: <sys_user_role name="itil">
        expect(roles.map((role) => readFileSync(role.file, 'utf8').match(/<sys_user_role name="([^"]*)"/)?.[1])).toEqual(['itil'])
    })

    test('Send to IT Partner shows in Core UI and in Service Operations Workspace (workspace form button settings)', () => {
        const [action] = built('sys_ui_action', { name: 'Send to IT Partner' })
        expect(action.fields).toMatchObject({ form_button_v2: 'true', format_for_configurable_workspace: 'true' })
        expect(showsInCoreUi(action.fields)).toBe(true)
        expect(showsInWorkspace(action.fields)).toBe(true)
    })
})
