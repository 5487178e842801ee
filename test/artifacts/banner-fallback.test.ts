/**
 * The banner without the display rule: on an instance where "IT Partner form banner" does not run (removed, inactive,
 * or refused on `incident`), the built onLoad script asks the built ITPartnerBannerAjax once and shows the same banner;
 * where the rule runs, the form makes no server call. The built app runs on the embedded instance (AppRuntime), and the
 * form's GlideAjax request is answered by the built script include, through the shipped execute ACL.
 */
import { join } from 'node:path'
import { readBuiltApp, type BuiltApp } from '../../emulator/app/artifacts.ts'
import { AppRuntime } from '../../emulator/app/runtime.ts'
import type { ClientUi } from '../../emulator/client/ui.ts'
import { Instance } from '../../emulator/glide/index.ts'
import { builtClientScript } from '../support/client-form.ts'
import { answerAjax } from '../support/script-include.ts'
import { articleWorld, G, U } from '../support/world.ts'

const APP = readBuiltApp(join(__dirname, '..', '..'))
const isDisplayRule = (rule: BuiltApp['businessRules'][number]) => rule.collection === 'incident' && rule.when === 'before_display'
const onLoadScript = builtClientScript('IT Partner banner')
const AGENT = { id: U.agent, name: 'Alex Agent', roles: ['itil'] }

/** The built app on a fresh embedded instance with the article's world, and one saved ticket of `caller`. */
function installed(app: BuiltApp, caller: string) {
    const runtime = new AppRuntime(app)
    articleWorld({}, runtime.instance as unknown as Instance)
    const current = runtime.instance.recordForInsert('incident', { caller_id: caller, opened_by: U.agent, category: 'network', assignment_group: G.helpCenter })
    runtime.save('insert', current, null, [])
    const ticket = current.getUniqueValue()
    return { runtime, ticket, values: runtime.instance.row('incident', ticket)! }
}

/** The agent opens the saved ticket in `ui`: the display rules the app has fill g_scratchpad, the onLoad script runs. */
function opened(app: BuiltApp, caller: string, ui: ClientUi) {
    const { runtime, ticket, values } = installed(app, caller)
    const { scratchpad } = runtime.display('incident', ticket, values, AGENT)
    const form = onLoadScript.open({ ui, roles: AGENT.roles, scratchpad, values: { ...values }, sysId: ticket, table: 'incident' })
    form.onLoad()
    return { runtime, form }
}

afterEach(() => Instance.deactivate())

describe('the banner when the display rule does not run', () => {
    const withoutDisplayRule: BuiltApp = { ...APP, businessRules: APP.businessRules.filter((rule) => !isDisplayRule(rule)) }

    test('dist/app has exactly one display rule on incident, the one taken out here', () => {
        expect(APP.businessRules.filter(isDisplayRule).map((rule) => rule.name)).toEqual(['IT Partner form banner'])
    })

    test.each<[ClientUi, string, RegExp, string]>([
        ['core', U.metTech, /^IT Partner escalation from Metropolitan College IT \(MET IT\): the caller is .* staff \(red flag\)\./, 'IT Partner escalation: Metropolitan College IT (MET IT)'],
        ['workspace', U.metTech, /^IT Partner escalation from Metropolitan College IT \(MET IT\): the caller is .* staff \(red flag\)\./, 'IT Partner escalation: Metropolitan College IT (MET IT)'],
        ['core', U.lawClient, /^Department client: School of Law is supported by the IT Partner LAW IT\./, 'IT Partner client: LAW IT'],
        ['workspace', U.lawClient, /^Department client: School of Law is supported by the IT Partner LAW IT\./, 'IT Partner client: LAW IT'],
    ])('%s: one request to ITPartnerBannerAjax, answered for itil, and the banner shows (%#)', (ui, caller, text, decoration) => {
        const { runtime, form } = opened(withoutDisplayRule, caller, ui)
        expect(form.ajaxCalls).toHaveLength(1)
        expect(form.ajaxCalls[0]).toMatchObject({ processor: 'x_bu_itpartner.ITPartnerBannerAjax', answered: true })
        answerAjax(form.ajaxCalls[0], runtime.loader)
        expect(form.messages).toEqual([expect.stringMatching(text)])
        expect(form.decorations.map((shown) => shown.title)).toEqual([decoration])
        expect(form.ajaxCalls).toHaveLength(1)
    })

    test('a caller with no Partner connection: one request, no banner', () => {
        const { runtime, form } = opened(withoutDisplayRule, U.physicsClient, 'core')
        expect(form.ajaxCalls).toHaveLength(1)
        answerAjax(form.ajaxCalls[0], runtime.loader)
        expect(form.messages).toEqual([])
        expect(form.decorations).toEqual([])
    })
})

describe('the banner when the display rule runs', () => {
    test.each<ClientUi>(['core', 'workspace'])('%s: the same banner from g_scratchpad, with no server call', (ui) => {
        const { form } = opened(APP, U.metTech, ui)
        expect(form.ajaxCalls).toHaveLength(0)
        expect(form.messages).toEqual([expect.stringMatching(/^IT Partner escalation from Metropolitan College IT \(MET IT\): the caller is .* staff \(red flag\)\./)])
    })

    test('a caller with no Partner connection: no banner and still no server call', () => {
        const { form } = opened(APP, U.physicsClient, 'core')
        expect(form.ajaxCalls).toHaveLength(0)
        expect(form.messages).toEqual([])
    })
})
