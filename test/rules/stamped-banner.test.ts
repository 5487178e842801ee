import type { Banner } from '../../src/server/core/banner.ts'
import { bannerAnswer } from '../../src/server/rules/banner-ajax.ts'
import { showBanner, type BannerScratchpad } from '../../src/server/rules/show-banner.ts'
import { existingIncident } from '../support/harness.ts'
import { articleWorld, G, id, P, U } from '../support/world.ts'

// The display rule reads the stamp. A consistent stamp gives exactly the banner the lookups give,
// in one query; a stamp that no longer holds falls back to the lookups.

const stamp = (partner: string, signal: string, escalation = 'true') => ({
    x_bu_itpartner_partner: partner,
    x_bu_itpartner_signal: signal,
    x_bu_itpartner_escalation: escalation,
})

function display(values: Record<string, string>, prepare?: (inst: ReturnType<typeof articleWorld>, ticket: string) => void) {
    const inst = articleWorld()
    const ticket = existingIncident(inst, { number: 'INC0010001', opened_by: U.agent, assignment_group: G.helpCenter, ...values })
    prepare?.(inst, ticket)
    inst.setUser(U.agent)
    const current = inst.recordForDisplay('incident', ticket)
    const scratchpad: BannerScratchpad = {}
    inst.resetCounters()
    showBanner(current, null, scratchpad)
    return { inst, ticket, banner: scratchpad.itPartner, counters: { ...inst.counters } }
}

const handoffDecision = (partner: string) => (inst: ReturnType<typeof articleWorld>, ticket: string) =>
    inst.load('x_bu_itpartner_decision', [{ task: ticket, partner, signal: 'partner_handoff', outcome: 'rerouted' }])

describe('display rule on a stamped escalation', () => {
    test.each([
        ['red_flag: caller with a red flag', { caller_id: U.metTech }, stamp(P.met, 'red_flag'), undefined],
        ['partner_opener: opener with a red flag (its note)', { caller_id: U.physicsClient, opened_by: U.metTech }, stamp(P.met, 'partner_opener'), undefined],
        ['partner_opener: opener in a Partner group', { caller_id: U.metClient, opened_by: U.smgTech }, stamp(P.smg, 'partner_opener'), undefined],
        ['partner_handoff: the recorded hand-off', { caller_id: U.physicsClient }, stamp(P.smg, 'partner_handoff'), handoffDecision(P.smg)],
    ])('%s: the lookups’ banner, in 1 query', (_case, parties, stamped, prepare) => {
        const lookedUp = display(parties, prepare)
        const fromStamp = display({ ...parties, ...stamped }, prepare)
        expect(lookedUp.banner).toMatchObject({ kind: 'escalation' })
        expect(fromStamp.banner).toEqual<Banner>(lookedUp.banner!)
        expect(fromStamp.counters.queries).toBe(1)
        expect(fromStamp.counters.byTable['x_bu_itpartner_red_flag']).toBe(1)
        expect(fromStamp.counters.writes).toBe(0)
    })

    test('a stamped hand-off needs no decision history: the stamp is the record', () => {
        const { banner, counters } = display({ caller_id: U.physicsClient, ...stamp(P.smg, 'partner_handoff') })
        expect(banner).toMatchObject({ kind: 'escalation', signal: 'partner_handoff', partner: 'SMG Information Tech Services (SMG-ITS)', note: '' })
        expect(counters.byTable['x_bu_itpartner_decision'] ?? 0).toBe(0)
    })

    test.each([
        ['the stamped Partner is inactive', { caller_id: U.physicsClient, ...stamp(P.closed, 'partner_handoff') }, undefined],
        ['the stamped Partner is gone', { caller_id: U.physicsClient, ...stamp(id('partner deleted'), 'partner_handoff') }, undefined],
        ['the red flag was deactivated', { caller_id: U.metClient, ...stamp(P.met, 'red_flag') }, { kind: 'department', partner: 'Metropolitan College IT (MET IT)' }],
        ['the caller now has a red flag of another Partner', { caller_id: U.metTech, ...stamp(P.smg, 'partner_handoff') }, { kind: 'escalation', signal: 'red_flag', partner: 'Metropolitan College IT (MET IT)' }],
    ])('%s: the lookups decide, never a wrong banner', (_case, values, expected) => {
        const { banner, counters } = display(values)
        if (expected) expect(banner).toMatchObject(expected)
        else expect(banner).toBeUndefined()
        expect(counters.queries).toBeGreaterThan(1)
    })

    test('a department stamp (no escalation) keeps the lookups: Send to IT Partner depends on the group', () => {
        const { banner, counters } = display({ caller_id: U.metClient, ...stamp(P.met, 'department', 'false') })
        expect(banner).toMatchObject({ kind: 'department', canSendToPartner: true })
        expect(counters.queries).toBe(4)
    })

    test('an unstamped ticket (before the backfill) keeps the lookups', () => {
        const { banner, counters } = display({ caller_id: U.metTech })
        expect(banner).toMatchObject({ kind: 'escalation', signal: 'red_flag' })
        expect(counters.queries).toBe(1)
        const handoff = display({ caller_id: U.physicsClient }, handoffDecision(P.smg))
        expect(handoff.counters.queries).toBe(2)
    })

    test('GlideAjax on caller change ignores the stamp: the caller on the form decides', () => {
        const inst = articleWorld()
        const ticket = existingIncident(inst, { caller_id: U.metTech, opened_by: U.agent, ...stamp(P.met, 'red_flag') })
        inst.setUser(U.agent)
        expect(bannerAnswer({ caller: U.physicsClient, opener: U.agent, ticket })).toBe('')
        expect(JSON.parse(bannerAnswer({ caller: U.metClient, opener: U.agent, ticket }))).toMatchObject({ kind: 'department' })
    })
})
