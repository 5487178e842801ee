import { bannerAnswer } from '../../src/server/rules/banner-ajax.ts'
import { existingIncident } from '../support/harness.ts'
import { articleWorld, D, G, id, P, U } from '../support/world.ts'

const ask = (request: Partial<Parameters<typeof bannerAnswer>[0]>) => bannerAnswer({ caller: null, opener: null, ticket: null, ...request })

describe('GlideAjax ITPartnerBannerAjax.getBanner (module banner-ajax.ts)', () => {
    test('answers an itil user with JSON of exactly the Banner fields', () => {
        articleWorld()
        const answer = JSON.parse(ask({ caller: U.metClient, opener: U.agent }))
        expect(Object.keys(answer).sort()).toEqual(
            ['canSendToPartner', 'contact', 'department', 'kind', 'note', 'partner', 'signal', 'supportGroup', 'supportGroupId', 'supportStream'].sort(),
        )
        expect(answer).toMatchObject({ kind: 'department', partner: 'Metropolitan College IT (MET IT)', department: 'Metropolitan College' })
    })

    test('red-flag caller: the escalation banner', () => {
        articleWorld()
        expect(JSON.parse(ask({ caller: U.metTech }))).toMatchObject({ kind: 'escalation', signal: 'red_flag' })
    })

    test('answers nothing to a user without itil or an app role', () => {
        const inst = articleWorld()
        inst.session.userId = U.student
        expect(ask({ caller: U.metTech })).toBe('')
        inst.session.userId = ''
        expect(ask({ caller: U.metTech })).toBe('')
    })

    test.each([
        ['caller', { caller: 'abc' }],
        ['caller', { caller: "x' OR 1=1" }],
        ['opener', { caller: U.metClient, opener: U.metTech.toUpperCase() }],
        ['ticket', { caller: U.metClient, ticket: 'javascript:gs.log(1)' }],
    ])('a malformed %s sys_id gets an empty answer and a log line', (_name, request) => {
        const inst = articleWorld()
        inst.resetCounters()
        expect(ask(request)).toBe('')
        expect(inst.counters.queries).toBe(0)
        expect(inst.logs.some((log) => log.level === 'warn' && log.message.includes('not a sys_id'))).toBe(true)
    })

    test('unknown user, missing caller, non-partner caller: empty answer', () => {
        articleWorld()
        expect(ask({ caller: id('user nobody') })).toBe('')
        expect(ask({})).toBe('')
        expect(ask({ caller: U.physicsClient, opener: U.agent })).toBe('')
    })

    test('inactive Partner: empty answer', () => {
        const inst = articleWorld()
        inst.load('x_bu_itpartner_department', [{ department: D.physics, partner: P.closed, active: 'true' }])
        expect(ask({ caller: U.closedTech })).toBe('')
        expect(ask({ caller: U.physicsClient })).toBe('')
    })

    test("the opener's Partner-group membership outranks the caller's department; a ticket in the Partner's group is not offered Send to IT Partner", () => {
        const inst = articleWorld()
        expect(JSON.parse(ask({ caller: U.metClient, opener: U.smgTech }))).toMatchObject({ kind: 'escalation', signal: 'partner_opener', canSendToPartner: false })
        const inQueue = existingIncident(inst, { caller_id: U.metClient, assignment_group: G.metGroup })
        const elsewhere = existingIncident(inst, { caller_id: U.metClient, assignment_group: G.helpCenter })
        expect(JSON.parse(ask({ caller: U.metClient, opener: U.agent, ticket: inQueue }))).toMatchObject({ kind: 'department', canSendToPartner: false })
        expect(JSON.parse(ask({ caller: U.metClient, opener: U.agent, ticket: elsewhere }))).toMatchObject({ kind: 'department', canSendToPartner: true })
    })

    test("a saved ticket's recorded hand-off still shows when the caller is cleared", () => {
        const inst = articleWorld()
        const ticket = existingIncident(inst, { caller_id: U.physicsClient })
        inst.load('x_bu_itpartner_decision', [{ task: ticket, partner: P.smg, signal: 'partner_handoff', outcome: 'rerouted' }])
        expect(JSON.parse(ask({ caller: '', ticket }))).toMatchObject({ kind: 'escalation', signal: 'partner_handoff' })
    })
})
