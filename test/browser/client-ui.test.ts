import { ajaxVerdict, type AjaxPolicy } from '../../emulator/client/ajax.ts'
import { ClientScript } from '../../emulator/client/form.ts'
import { CLIENT_UIS, showsInWorkspace } from '../../emulator/client/ui.ts'
import { built } from '../support/dist.ts'

/** The embedded client's platform rules (emulator/glide/README.md, "Client"), on small scripts. */
function onLoadOf(body: string): ClientScript {
    return new ClientScript({ name: 'probe', script: `function onLoad() {\n${body}\n}`, messages: [] })
}

describe('each UI offers only its documented client API', () => {
    test('g_form.clearMessages: Core UI and Workspace have it, Service Portal throws like the browser', () => {
        const probe = onLoadOf("g_form.addInfoMessage('a'); g_form.clearMessages();")
        for (const ui of ['core', 'workspace'] as const) {
            const form = probe.open({ ui })
            form.onLoad()
            expect(form.messages).toEqual([])
        }
        expect(() => probe.open({ ui: 'portal' }).onLoad()).toThrow('g_form.clearMessages is not a function')
    })

    test('g_form.getUniqueValue is Core UI and Workspace, getSysId Service Portal only', () => {
        const unique = onLoadOf('g_form.addInfoMessage(g_form.getUniqueValue());')
        const sysId = onLoadOf('g_form.addInfoMessage(g_form.getSysId());')
        for (const ui of ['core', 'workspace'] as const) {
            const form = unique.open({ ui, sysId: 'abc' })
            form.onLoad()
            expect(form.messages).toEqual(['abc'])
        }
        expect(() => unique.open({ ui: 'portal' }).onLoad()).toThrow('g_form.getUniqueValue is not a function')
        const portal = sysId.open({ ui: 'portal', sysId: 'abc' })
        portal.onLoad()
        expect(portal.messages).toEqual(['abc'])
        expect(() => sysId.open({ ui: 'core' }).onLoad()).toThrow('g_form.getSysId is not a function')
    })

    test('synchronous GlideAjax (getXMLWait) is Core UI only', () => {
        const probe = onLoadOf("var ajax = new GlideAjax('x.Y'); ajax.addParam('sysparm_name', 'z'); ajax.getXMLWait();")
        expect(() => probe.open({ ui: 'core' }).onLoad()).toThrow('GlideAjax.getXMLWait (Core UI) is not emulated')
        for (const ui of ['workspace', 'portal'] as const) {
            expect(() => probe.open({ ui }).onLoad()).toThrow('ajax.getXMLWait is not a function')
        }
    })

    test('g_user.getRoles is documented for Workspace only', () => {
        const probe = onLoadOf("g_form.addInfoMessage(g_user.getRoles().join(','));")
        const workspace = probe.open({ ui: 'workspace', roles: ['itil'] })
        workspace.onLoad()
        expect(workspace.messages).toEqual(['itil'])
        for (const ui of ['core', 'portal'] as const) expect(() => probe.open({ ui }).onLoad()).toThrow('g_user.getRoles is not a function')
    })

    test.each(CLIENT_UIS)('%s: no DOM in a client script', (ui) => {
        expect(() => onLoadOf("document.title = 'x';").open({ ui }).onLoad()).toThrow('document is not defined')
    })
})

describe('a GlideAjax request is answered only when the ACLs that match the script include pass', () => {
    const include = { name: 'Probe', apiName: 'x_bu_itpartner.Probe', clientCallable: true, active: true }
    const acl = { name: 'Probe', operation: 'execute', roles: ['itil'], adminOverrides: true, active: true }
    const policy: AjaxPolicy = { includes: [include], acls: [acl] }
    const roles = (...names: string[]) => new Set(names)

    test('a user with one of the ACL roles, or admin when it overrides, gets the answer', () => {
        expect(ajaxVerdict(policy, 'x_bu_itpartner.Probe', roles('itil'))).toEqual({ answered: true })
        expect(ajaxVerdict(policy, 'x_bu_itpartner.Probe', roles('admin'))).toEqual({ answered: true })
        expect(ajaxVerdict({ ...policy, acls: [{ ...acl, adminOverrides: false }] }, 'x_bu_itpartner.Probe', roles('admin')).answered).toBe(false)
    })

    test('the ACL is matched by the script include name: one named by the API name matches nothing and protects nothing', () => {
        expect(ajaxVerdict(policy, 'x_bu_itpartner.Probe', roles('snc_internal'))).toEqual({
            answered: false,
            reason: 'execute on Probe (ACL "Probe") needs one of the roles itil',
        })
        const apiNamed = { ...policy, acls: [{ ...acl, name: 'x_bu_itpartner.Probe' }] }
        expect(ajaxVerdict(apiNamed, 'x_bu_itpartner.Probe', roles('snc_internal'))).toEqual({ answered: true })
    })

    test('no ACL names the include and no * rule (the base system ships none): every user is answered', () => {
        expect(ajaxVerdict({ ...policy, acls: [] }, 'x_bu_itpartner.Probe', roles())).toEqual({ answered: true })
    })

    test('every * rule must pass as well as the first named rule', () => {
        const star = { ...acl, name: '*', roles: ['snc_internal'] }
        expect(ajaxVerdict({ ...policy, acls: [star] }, 'x_bu_itpartner.Probe', roles('itil')).answered).toBe(false)
        expect(ajaxVerdict({ ...policy, acls: [star, acl] }, 'x_bu_itpartner.Probe', roles('itil', 'snc_internal'))).toEqual({ answered: true })
        expect(ajaxVerdict({ ...policy, acls: [star, acl] }, 'x_bu_itpartner.Probe', roles('snc_internal')).answered).toBe(false)
        const second = { ...acl, roles: ['snc_internal'] }
        expect(ajaxVerdict({ ...policy, acls: [acl, second] }, 'x_bu_itpartner.Probe', roles('snc_internal')).answered).toBe(false)
    })

    test('a name that is not the API name, a script include not client callable or inactive: refused', () => {
        expect(ajaxVerdict(policy, 'Probe', roles('itil')).answered).toBe(false)
        expect(ajaxVerdict({ ...policy, includes: [{ ...include, clientCallable: false }] }, 'x_bu_itpartner.Probe', roles('itil')).answered).toBe(false)
        expect(ajaxVerdict({ ...policy, includes: [{ ...include, active: false }] }, 'x_bu_itpartner.Probe', roles('itil')).answered).toBe(false)
    })

    test('a refused request hands the script null whatever the server would say; a form with no policy answers nothing', () => {
        const probe = new ClientScript({
            name: 'probe',
            script: "function onLoad() { var a = new GlideAjax('x_bu_itpartner.Probe'); a.getXMLAnswer(function (answer) { g_form.addInfoMessage(String(answer)); }); }",
            messages: [],
        })
        const granted = probe.open({ ajax: policy, roles: ['itil'] })
        granted.onLoad()
        granted.ajaxCalls[0].answer('yes')
        const refused = probe.open({ ajax: policy, roles: ['snc_internal'] })
        refused.onLoad()
        refused.ajaxCalls[0].answer('yes')
        const unknown = probe.open({ roles: ['itil'] })
        unknown.onLoad()
        unknown.ajaxCalls[0].answer('yes')
        expect([granted.messages, refused.messages, unknown.messages]).toEqual([['yes'], ['null'], ['null']])
    })
})

describe('a form button shows in Workspace only with the workspace settings', () => {
    const [sendToPartner] = built('sys_ui_action', { name: 'Send to IT Partner' })

    test('the built Send to IT Partner without form_button_v2 or the configurable workspace format: not shown', () => {
        expect(showsInWorkspace(sendToPartner.fields)).toBe(true)
        expect(showsInWorkspace({ ...sendToPartner.fields, form_button_v2: 'false' })).toBe(false)
        expect(showsInWorkspace({ ...sendToPartner.fields, format_for_configurable_workspace: 'false' })).toBe(false)
        expect(showsInWorkspace({ ...sendToPartner.fields, active: 'false' })).toBe(false)
    })
})
