import { guardBoomerang } from '../../src/server/rules/guard-boomerang.ts'
import { existingIncident, updateIncident } from '../support/harness.ts'
import { articleWorld, decisions, G, P, U, workNotes } from '../support/world.ts'
import { PLATFORM_SOURCE, type Instance } from '../../emulator/glide/index.ts'

/** Lines the platform logged because app code broke one of its rules (e.g. a refused cross-scope setAbortAction). */
const platformRefusals = (inst: Instance) => inst.logs.filter((entry) => entry.source === PLATFORM_SOURCE)

const world = (policy: string) => articleWorld({ 'x_bu_itpartner.boomerang_policy': policy })

describe.each(['block', 'warn', 'off'])('anti-boomerang guard, policy %s (Behaviour 3)', (policy) => {
    const blocks = policy === 'block'
    const acts = policy !== 'off'

    test('escalation in Network Services sent back to the Service Desk', () => {
        const inst = world(policy)
        const ticket = existingIncident(inst, { caller_id: U.metTech, category: 'network', assignment_group: G.network })
        const { saved, row } = updateIncident(inst, ticket, { assignment_group: G.helpCenter, work_notes: 'back to you' })
        // A block keeps the save (a scoped rule cannot abort a save of incident) and puts the group back.
        expect(saved).toBe(true)
        expect(row.assignment_group).toBe(blocks ? G.network : G.helpCenter)
        expect(platformRefusals(inst)).toEqual([])
        const [note] = workNotes(inst, ticket)
        expect(note.startsWith('back to you')).toBe(true)
        if (policy === 'warn') expect(note).toMatch(/^back to you\n\nIT Partner Routing\nThis ticket is an IT Partner escalation/)
        expect(decisions(inst)).toEqual(
            acts ? [expect.objectContaining({ outcome: blocks ? 'boomerang_blocked' : 'boomerang_warned', partner: P.met, signal: 'red_flag', to_group: G.helpCenter })] : [],
        )
        const shown = blocks ? inst.messages.error : inst.messages.info
        expect(shown.some((message) => message.includes('Metropolitan College IT (MET IT)'))).toBe(acts)
    })

    test('a block also puts back the assignee that changed with the group, and keeps the rest of the save', () => {
        const inst = world(policy)
        const ticket = existingIncident(inst, { caller_id: U.metTech, category: 'network', assignment_group: G.network, assigned_to: U.agent })
        const { row } = updateIncident(inst, ticket, { assignment_group: G.helpCenter, assigned_to: '', short_description: 'more detail' })
        expect(row).toMatchObject({
            assignment_group: blocks ? G.network : G.helpCenter,
            assigned_to: blocks ? U.agent : '',
            short_description: 'more detail',
        })
        expect(platformRefusals(inst)).toEqual([])
    })

    test("escalation sent back to the escalating Partner's own group", () => {
        const inst = world(policy)
        const ticket = existingIncident(inst, { caller_id: U.metTech, category: 'network', assignment_group: G.network })
        const { row } = updateIncident(inst, ticket, { assignment_group: G.metGroup })
        expect(row.assignment_group).toBe(blocks ? G.network : G.metGroup)
    })

    test('a specialty route that matches the ticket lets it go to tier 1', () => {
        const inst = world(policy)
        const ticket = existingIncident(inst, { caller_id: U.metTech, short_description: 'account locked', assignment_group: G.network })
        const { saved, row } = updateIncident(inst, ticket, { assignment_group: G.helpCenter })
        expect(saved).toBe(true)
        expect(row.assignment_group).toBe(G.helpCenter)
        expect(decisions(inst)).toEqual([])
    })

    test('an app admin overrides the block with a warning', () => {
        const inst = world(policy)
        inst.session.userId = U.appAdmin
        const ticket = existingIncident(inst, { caller_id: U.metTech, category: 'network', assignment_group: G.network })
        const { saved } = updateIncident(inst, ticket, { assignment_group: G.helpCenter })
        expect(saved).toBe(true)
        expect(decisions(inst).map((row) => row.outcome)).toEqual(acts ? ['boomerang_warned'] : [])
    })

    test('a ticket that is not an escalation moves freely', () => {
        const inst = world(policy)
        const ticket = existingIncident(inst, { caller_id: U.physicsClient, category: 'network', assignment_group: G.network })
        expect(updateIncident(inst, ticket, { assignment_group: G.helpCenter }).saved).toBe(true)
        expect(decisions(inst)).toEqual([])
    })

    test('a stamp that is no proven escalation, or whose Partner is now inactive, does not guard the ticket', () => {
        const inst = world(policy)
        const stamp = { x_bu_itpartner_partner: P.met, x_bu_itpartner_signal: 'red_flag', x_bu_itpartner_escalation: 'false' }
        const ticket = existingIncident(inst, { caller_id: U.physicsClient, category: 'network', assignment_group: G.network, ...stamp })
        expect(updateIncident(inst, ticket, { assignment_group: G.helpCenter }).row.assignment_group).toBe(G.helpCenter)
        const escalated = existingIncident(inst, { caller_id: U.physicsClient, category: 'network', assignment_group: G.network, ...stamp, x_bu_itpartner_escalation: 'true' })
        inst.db.store.update(inst.db.store.find('x_bu_itpartner_partner', P.met)!, { active: 'false' })
        expect(updateIncident(inst, escalated, { assignment_group: G.helpCenter }).row.assignment_group).toBe(G.helpCenter)
        expect(decisions(inst)).toEqual([])
    })

    test('a department-only ticket can be sent to its Partner (never guarded)', () => {
        const inst = world(policy)
        const ticket = existingIncident(inst, { caller_id: U.metClient, assignment_group: G.helpCenter })
        expect(updateIncident(inst, ticket, { assignment_group: G.metGroup }).row.assignment_group).toBe(G.metGroup)
    })

    test('an update that does not touch the group adds no query', () => {
        const inst = world(policy)
        const ticket = existingIncident(inst, { caller_id: U.metTech, assignment_group: G.network })
        const { current, previous } = inst.recordForUpdate('incident', ticket, { short_description: 'new detail' })
        inst.resetCounters()
        guardBoomerang(current, previous)
        expect(inst.counters.queries).toBe(0)
        expect(current.isActionAborted()).toBe(false)
    })
})

describe('anti-boomerang guard: remembered signals', () => {
    test('a hand-off escalation stays guarded after the app routed it', () => {
        const inst = articleWorld()
        const ticket = existingIncident(inst, { caller_id: U.physicsClient, category: 'network', assignment_group: G.smgGroup })
        expect(updateIncident(inst, ticket, { assignment_group: G.helpCenter }).row.assignment_group).toBe(G.network)
        const { saved, row } = updateIncident(inst, ticket, { assignment_group: G.desktop })
        expect(saved).toBe(true)
        expect(row.assignment_group).toBe(G.network)
        expect(decisions(inst).map((d) => [d.signal, d.outcome])).toEqual([
            ['partner_handoff', 'rerouted'],
            ['partner_handoff', 'boomerang_blocked'],
        ])
    })

    test("the Partner's own hand-off to the Service Desk is not a boomerang, even with nowhere to route it", () => {
        const inst = articleWorld()
        const ticket = existingIncident(inst, { caller_id: U.physicsClient, category: 'hardware', assignment_group: G.metGroup })
        const { saved, row } = updateIncident(inst, ticket, { assignment_group: G.helpCenter })
        expect(saved).toBe(true)
        expect(row.assignment_group).toBe(G.helpCenter)
        expect(decisions(inst).map((d) => d.outcome)).toEqual(['no_target'])
    })
})
