import { join } from 'node:path'
import * as glide from '../../emulator/glide/index.ts'
import { built } from '../support/dist.ts'
import { appModules, builtScriptInclude } from '../support/script-include.ts'
import { guardBoomerang } from '../../src/server/rules/guard-boomerang.ts'
import { routeEscalation } from '../../src/server/rules/route-escalation.ts'
import { articleWorld, id, U } from '../support/world.ts'

/**
 * The Run Server Side Script steps as they ship, run on the embedded instance with the data their earlier steps
 * insert: the banner tests (07, 08) against the built script include and modules, the guard test (05) through the
 * app's before-update rules. The scripts must ask what the app really answers, and fail when it answers otherwise.
 */
const RUN_SERVER_SIDE_SCRIPT = '41de4a935332120028bc29cac2dc349a'

function serverScript(testName: string): string {
    const test = built('sys_atf_test').find((row) => row.fields.name.startsWith(testName))!
    const step = built('sys_atf_step', { test: test.fields.sys_id, step_config: RUN_SERVER_SIDE_SCRIPT })
    expect(step).toHaveLength(1)
    return built('sys_variable_value', { document_key: step[0].fields.sys_id })
        .map((row) => row.fields.value)
        .find((value) => value.includes('function'))!
}

/** A scoped script include from dist/app, with the platform's Class.create and Object.extendsObject. */
const scriptInclude = (apiName: string) => builtScriptInclude(apiName, appModules(join(__dirname, '..', '..')))

/** Runs an ATF server script with the variables ATF gives it; returns the failed assertions and its result. */
function runStep(script: string, gs: object = glide.gs) {
    const failures: string[] = []
    const assertEqual = ({ name, shouldbe, value }: { name: string; shouldbe: unknown; value: unknown }) => {
        if (shouldbe !== value) failures.push(`${name}: expected ${JSON.stringify(shouldbe)}, got ${JSON.stringify(value)}`)
    }
    const stepResult = { setOutputMessage: () => undefined }
    const x_bu_itpartner = { ITPartnerBannerAjax: scriptInclude('x_bu_itpartner.ITPartnerBannerAjax') }
    const result = new Function('outputs', 'steps', 'params', 'stepResult', 'assertEqual', 'GlideRecord', 'gs', 'x_bu_itpartner', `return ${script}`)(
        {},
        () => ({}),
        {},
        stepResult,
        assertEqual,
        glide.GlideRecord,
        gs,
        x_bu_itpartner,
    )
    return { failures, result }
}

function incident(inst: glide.Instance, values: Record<string, string>): void {
    inst.commit(inst.recordForInsert('incident', { opened_by: U.agent, ...values }))
}

describe('ATF banner steps on the embedded instance', () => {
    afterEach(() => glide.Instance.deactivate())

    it('07 passes for a red-flagged caller and fails when the note differs', () => {
        const inst = articleWorld()
        inst.load('sys_user', [{ sys_id: id('atf07 caller'), user_name: 'atf07.partner.tech', name: 'ATF07 Partner Tech' }])
        inst.load('x_bu_itpartner_partner', [{ sys_id: id('atf07 partner'), name: 'ATF07 Partner', support_stream: 'atf07@example.edu', active: 'true' }])
        inst.load('x_bu_itpartner_red_flag', [
            { sys_id: id('atf07 flag'), user: id('atf07 caller'), partner: id('atf07 partner'), note: 'ATF07-NOTE call the lab first', active: 'true' },
        ])
        incident(inst, { caller_id: id('atf07 caller'), short_description: 'ATF07 lab server down' })
        expect(runStep(serverScript('IT Partner 07'))).toEqual({ failures: [], result: true })

        const flag = new glide.GlideRecord('x_bu_itpartner_red_flag')
        flag.get(id('atf07 flag'))
        flag.setValue('note', 'other')
        flag.update()
        expect(runStep(serverScript('IT Partner 07')).failures).toEqual(['banner note: expected "ATF07-NOTE call the lab first", got "other"'])
    })

    it('08 passes for a caller with no Partner connection and fails for a red-flagged one', () => {
        const inst = articleWorld()
        inst.load('sys_user', [{ sys_id: id('atf08 caller'), user_name: 'atf08.student', name: 'ATF08 Student' }])
        incident(inst, { caller_id: id('atf08 caller'), short_description: 'ATF08 printer jam' })
        expect(runStep(serverScript('IT Partner 08'))).toEqual({ failures: [], result: true })

        inst.load('x_bu_itpartner_red_flag', [{ user: id('atf08 caller'), partner: id('partner MET'), note: 'n', active: 'true' }])
        expect(runStep(serverScript('IT Partner 08')).failures).toEqual([expect.stringMatching(/^banner answer: expected "", got "\{/)])
    })
})

describe('ATF guard step on the embedded instance', () => {
    afterEach(() => glide.Instance.deactivate())

    /** ATF 05's data after its form save: a red-flag escalation in the route's group, an itil agent in session. */
    function world(policy: string): glide.Instance {
        const inst = articleWorld({ 'x_bu_itpartner.tier1_groups': id('atf05 help'), 'x_bu_itpartner.boomerang_policy': policy })
        inst.load('sys_user_group', [
            { sys_id: id('atf05 help'), name: 'ATF05 Help Desk', active: 'true' },
            { sys_id: id('atf05 network'), name: 'ATF05 Network', active: 'true' },
        ])
        inst.load('sys_user', [{ sys_id: id('atf05 caller'), user_name: 'atf05.partner.tech', name: 'ATF05 Partner Tech' }])
        inst.load('x_bu_itpartner_partner', [{ sys_id: id('atf05 partner'), name: 'ATF05 Partner', support_stream: 'atf05@example.edu', active: 'true' }])
        inst.load('x_bu_itpartner_red_flag', [{ user: id('atf05 caller'), partner: id('atf05 partner'), active: 'true' }])
        incident(inst, { caller_id: id('atf05 caller'), short_description: 'ATF05 VPN down since Monday', assignment_group: id('atf05 network') })
        inst.setSaveHandler(({ operation, current, previous }) => {
            if (operation === 'update') {
                routeEscalation(current, previous)
                guardBoomerang(current, previous)
            }
            return inst.commit(current)
        })
        return inst
    }

    // gs.getErrorMessages(): "the error messages that were added by addErrorMessage() for the session" (GlideSystem - Scoped).
    const sessionGs = (inst: glide.Instance) => Object.assign(Object.create(glide.gs), { getErrorMessages: () => [...inst.messages.error] })

    it('05 passes when the guard keeps the escalation group and tells the agent', () => {
        const inst = world('block')
        expect(runStep(serverScript('IT Partner 05'), sessionGs(inst))).toEqual({ failures: [], result: true })
    })

    it('05 fails when the move to tier 1 goes through', () => {
        const inst = world('warn')
        expect(runStep(serverScript('IT Partner 05'), sessionGs(inst)).failures).toEqual([
            `assignment group after the move to tier 1: expected "${id('atf05 network')}", got "${id('atf05 help')}"`,
            'new error messages naming ATF05 Partner: expected 1, got 0',
        ])
    })
})
