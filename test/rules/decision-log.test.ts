import type { Instance } from '../../emulator/glide/index.ts'
import { existingIncident, platformSave } from '../support/harness.ts'
import { articleWorld, decisions, G, P, U } from '../support/world.ts'
import { asGlobal } from '../support/app.ts'
import type { Decision } from '../../src/server/core/model.ts'
import { queueDecision, recordPending } from '../../src/server/glide/decision-log.ts'
import { recordDecisions } from '../../src/server/rules/record-decisions.ts'

// A decision row exists only for a save that happened. The before rules queue, the after rule writes.

type Ticket = Parameters<typeof platformSave>[1]

/** A rule of another application (global scope, order 1200) that refuses the save after the app's before rules ran. */
function abortingRule() {
    return (current: Ticket) => asGlobal(() => current.setAbortAction(true))
}

function insert(inst: Instance, values: Record<string, string>, later?: (current: Ticket) => void) {
    const current = inst.recordForInsert('incident', { opened_by: U.agent, ...values })
    const saved = platformSave(inst, current, null, later)
    return { saved, current }
}

function update(inst: Instance, ticket: string, changes: Record<string, string>, later?: (current: Ticket) => void) {
    const { current, previous } = inst.recordForUpdate('incident', ticket, changes)
    return { saved: platformSave(inst, current, previous, later), current }
}

const RED_FLAG_ESCALATION = { caller_id: U.metTech, category: 'network', assignment_group: G.helpCenter }

describe('a later rule aborts the save', () => {
    test('the routing decided (the record in memory shows it), the insert was refused: no decision row remains', () => {
        const inst = articleWorld()
        const { saved, current } = insert(inst, RED_FLAG_ESCALATION, abortingRule())
        expect(current.getValue('assignment_group')).toBe(G.network)
        expect(saved).toBe(false)
        expect(inst.rows('incident')).toEqual([])
        expect(decisions(inst)).toEqual([])
    })

    test('the same insert without the aborting rule: saved, one decision row', () => {
        const inst = articleWorld()
        const { saved, current } = insert(inst, RED_FLAG_ESCALATION)
        expect(saved).toBe(true)
        expect(decisions(inst)).toEqual([expect.objectContaining({ task: current.getUniqueValue(), outcome: 'rerouted', signal: 'red_flag', partner: P.met })])
    })

    test('a blocked boomerang whose save another rule refuses leaves no boomerang_blocked row, and no count on the ticket', () => {
        const inst = articleWorld()
        const ticket = existingIncident(inst, { caller_id: U.metTech, opened_by: U.agent, category: 'network', assignment_group: G.network })
        const { saved, current } = update(inst, ticket, { assignment_group: G.helpCenter }, abortingRule())
        expect(current.getValue('x_bu_itpartner_boomerangs')).toBe('1')
        expect(saved).toBe(false)
        expect(decisions(inst)).toEqual([])
        expect(inst.row('incident', ticket)!.x_bu_itpartner_boomerangs).toBe('0')
    })

    test('the blocked boomerang saved: its row is written after the save', () => {
        const inst = articleWorld()
        const ticket = existingIncident(inst, { caller_id: U.metTech, opened_by: U.agent, category: 'network', assignment_group: G.network })
        expect(update(inst, ticket, { assignment_group: G.helpCenter }).saved).toBe(true)
        expect(decisions(inst)).toEqual([expect.objectContaining({ task: ticket, outcome: 'boomerang_blocked' })])
    })
})

describe('one save, its own rows', () => {
    test('a later save that decides nothing writes no row again (the queued column did not change)', () => {
        const inst = articleWorld()
        const { current } = insert(inst, RED_FLAG_ESCALATION)
        const ticket = current.getUniqueValue()
        update(inst, ticket, { short_description: 'more detail' })
        update(inst, ticket, { assignment_group: G.syseng })
        expect(decisions(inst).map((row) => row.outcome)).toEqual(['rerouted'])
    })

    test('the decision-log rule edited to run on every save still writes no row again', () => {
        const inst = articleWorld()
        const ticket = insert(inst, RED_FLAG_ESCALATION).current.getUniqueValue()
        const { current, previous } = inst.recordForUpdate('incident', ticket, { short_description: 'more detail' })
        expect(inst.commit(current)).toBe(true)
        recordDecisions(current, previous)
        expect(decisions(inst).map((row) => row.outcome)).toEqual(['rerouted'])
    })

    test('the same decision in two saves gives two rows (each save tags the column with its own sys_mod_count)', () => {
        const inst = articleWorld()
        const ticket = existingIncident(inst, { caller_id: U.metTech, opened_by: U.agent, category: 'network', assignment_group: G.network })
        update(inst, ticket, { assignment_group: G.helpCenter })
        update(inst, ticket, { assignment_group: G.helpCenter })
        expect(decisions(inst).map((row) => row.outcome)).toEqual(['boomerang_blocked', 'boomerang_blocked'])
    })

    test('a Partner hand-off, routed, is one row (the guard, after routing, sees the routed group: no boomerang)', () => {
        const inst = articleWorld({ 'x_bu_itpartner.boomerang_policy': 'warn' })
        const ticket = existingIncident(inst, { caller_id: U.physicsClient, opened_by: U.agent, category: 'network', assignment_group: G.metGroup })
        update(inst, ticket, { assignment_group: G.helpCenter })
        expect(decisions(inst).map((row) => [row.outcome, row.signal])).toEqual([['rerouted', 'partner_handoff']])
    })

    test('a save after one that decided nothing records only its own decision, not the insert’s again', () => {
        const inst = articleWorld()
        const { current } = insert(inst, RED_FLAG_ESCALATION)
        const ticket = current.getUniqueValue()
        update(inst, ticket, { short_description: 'more detail' })
        update(inst, ticket, { assignment_group: G.helpCenter })
        expect(decisions(inst).map((row) => row.outcome)).toEqual(['rerouted', 'boomerang_blocked'])
    })

    test('two decisions queued in one save are both recorded', () => {
        const inst = articleWorld()
        const current = inst.recordForInsert('incident', { opened_by: U.agent })
        const decision = (outcome: Decision['outcome']): Decision => ({ outcome, signal: null, partner: null, fromGroup: null, toGroup: null, route: null, reason: outcome })
        queueDecision(current, decision('rerouted'))
        queueDecision(current, decision('boomerang_warned'))
        expect(recordPending(current)).toBe(2)
        expect(decisions(inst).map((row) => row.outcome)).toEqual(['rerouted', 'boomerang_warned'])
    })

    test('a queued column emptied by a save writes no row and logs nothing', () => {
        const inst = articleWorld()
        const { current } = insert(inst, RED_FLAG_ESCALATION)
        update(inst, current.getUniqueValue(), { x_bu_itpartner_pending_decision: '' })
        expect(decisions(inst)).toHaveLength(1)
        expect(inst.logs.filter((log) => log.level === 'error')).toEqual([])
    })

    test('a long unreadable queued column is logged cut to its first 200 characters', () => {
        const inst = articleWorld()
        const ticket = existingIncident(inst, { number: 'INC0099101', caller_id: U.physicsClient, opened_by: U.agent })
        const column = '{' + 'x'.repeat(300)
        const { current, previous } = inst.recordForUpdate('incident', ticket, { x_bu_itpartner_pending_decision: column })
        expect(platformSave(inst, current, previous)).toBe(true)
        expect(inst.logs.filter((log) => log.level === 'error').map((log) => log.message)).toEqual([
            'IT Partner Routing: the pending decisions of INC0099101 are unreadable; no decision row written: ' + column.slice(0, 200),
        ])
    })

    test('an unreadable queued column is logged with the ticket and writes no row', () => {
        const inst = articleWorld()
        const ticket = existingIncident(inst, { number: 'INC0099100', caller_id: U.physicsClient, opened_by: U.agent })
        const { current, previous } = inst.recordForUpdate('incident', ticket, { x_bu_itpartner_pending_decision: '{not json' })
        expect(platformSave(inst, current, previous)).toBe(true)
        expect(decisions(inst)).toEqual([])
        expect(inst.logs.filter((log) => log.level === 'error').map((log) => log.message)).toEqual([
            'IT Partner Routing: the pending decisions of INC0099100 are unreadable; no decision row written: {not json',
        ])
    })
})
