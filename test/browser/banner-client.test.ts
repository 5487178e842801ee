import type { AjaxAcl } from '../../emulator/client/ajax.ts'
import { CLIENT_API, CLIENT_UIS } from '../../emulator/client/ui.ts'
import { builtAjaxPolicy, builtClientScript } from '../support/client-form.ts'
import { BANNER_AJAX_POLICY } from '../support/source-client.ts'
import { bannerScriptCases } from './banner-cases.ts'

// The shipped scripts, as dist/app has them after `npm run build`.
const onLoadScript = builtClientScript('IT Partner banner')
const onChangeScript = builtClientScript('IT Partner banner refresh')

bannerScriptCases('the built classic script', onLoadScript, onChangeScript, builtAjaxPolicy())

describe('what ships', () => {
    test.each([
        ['IT Partner banner', onLoadScript],
        ['IT Partner banner refresh', onChangeScript],
    ])('%s is a classic script: no import/export, no synchronous GlideAjax, no DOM', (_name, client) => {
        expect(client.source.script).not.toMatch(/^\s*(import|export)\b/m)
        expect(client.source.script).not.toMatch(/getXMLWait|\bdocument\.|\bwindow\.|\$\(|jQuery/)
    })

    test.each([
        ['IT Partner banner', onLoadScript],
        ['IT Partner banner refresh', onChangeScript],
    ])('%s lists every getMessage key it uses in its messages field', (_name, client) => {
        const keys = [...client.source.script.matchAll(/getMessage\((['"])((?:\\.|(?!\1).)*)\1\)/g)].map((m) => m[2].replace(/\\(.)/g, '$1'))
        expect(keys.length).toBeGreaterThan(10)
        expect(keys.filter((key) => !client.source.messages.includes(key))).toEqual([])
    })

    test.each([
        ['IT Partner banner', onLoadScript],
        ['IT Partner banner refresh', onChangeScript],
    ])('%s calls only g_form and g_user methods every UI documents, or checks for them first', (_name, client) => {
        const script = client.source.script
        const everywhere = (global: 'g_form' | 'g_user') => CLIENT_UIS.map((ui) => CLIENT_API[ui][global]).reduce((a, b) => a.filter((name) => b.includes(name)))
        for (const global of ['g_form', 'g_user'] as const) {
            const called = new Set([...script.matchAll(new RegExp(`\\b${global}\\.(\\w+)\\(`, 'g'))].map((match) => match[1]))
            const unsafe = [...called].filter((name) => !everywhere(global).includes(name) && !script.includes(`typeof ${global}.${name} === 'function'`))
            expect(unsafe).toEqual([])
        }
    })

    test('the GlideAjax policy the source tests use is what dist/app installs', () => {
        const policy = builtAjaxPolicy()
        expect(policy.includes).toContainEqual(BANNER_AJAX_POLICY.includes[0])
        const sorted = (acls: AjaxAcl[]) => acls.map((acl) => ({ ...acl, roles: [...acl.roles].sort() }))
        expect(sorted(policy.acls.filter((acl) => acl.name === BANNER_AJAX_POLICY.acls[0].name))).toEqual(sorted(BANNER_AJAX_POLICY.acls))
    })

    test('onLoad for incident, all UIs; onChange on caller_id', () => {
        expect(onLoadScript.fields).toMatchObject({ table: 'incident', type: 'onLoad', ui_type: '10', active: 'true' })
        expect(onChangeScript.fields).toMatchObject({ table: 'incident', type: 'onChange', field: 'caller_id', ui_type: '10', active: 'true' })
    })
})
