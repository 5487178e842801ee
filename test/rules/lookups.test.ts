import { GlideRecord, Instance } from '../../emulator/glide/index.ts'
import { canSendToPartner } from '../../src/server/rules/send-to-partner.ts'
import { existingIncident, insertIncident, updateIncident } from '../support/harness.ts'
import { articleWorld, D, decisions, G, id, P, R, U } from '../support/world.ts'
import { asScope } from '../support/app.ts'

// What each lookup counts: every filter of the routing, guard and Send to IT Partner lookups, each shown by a row
// that only that filter keeps out.

const GONE = { partner: id('partner Gone IT'), group: id('group Gone IT'), user: id('user gone tech') }

/** A Partner that stopped (inactive), with its own group and one member of it. */
function withGonePartner(inst: Instance): void {
    inst.load('sys_user_group', [{ sys_id: GONE.group, name: 'Gone IT', active: 'true' }])
    inst.load('sys_user', [{ sys_id: GONE.user, name: 'Gale Gone', user_name: 'gale.gone', department: D.physics, active: 'true' }])
    inst.load('x_bu_itpartner_partner', [{ sys_id: GONE.partner, name: 'Gone IT', support_group: GONE.group, support_stream: '', contact: '', active: 'false' }])
    inst.load('sys_user_grmember', [{ user: GONE.user, group: GONE.group }])
}

const networkTicket = { category: 'network', assignment_group: G.helpCenter }

describe('route loading: active routes of the ticket’s table only', () => {
    test.each([
        ['an inactive route', { table: 'incident', active: 'false' }],
        ['an inactive route stored as "0"', { table: 'incident', active: '0' }],
        ['a route for another table', { table: 'problem', active: 'true' }],
    ])('%s is not taken, though it comes first and matches', (_case, values) => {
        const inst = articleWorld()
        inst.load('x_bu_itpartner_route', [{ order: '5', condition: 'category=network', assignment_group: G.syseng, description: 'Catch network first', ...values }])
        expect(insertIncident(inst, { caller_id: U.metTech, ...networkTicket }).assignment_group).toBe(G.network)
    })

    test('an active route stored as "1" is taken', () => {
        const inst = articleWorld()
        inst.load('x_bu_itpartner_route', [{ order: '5', table: 'incident', condition: 'category=network', assignment_group: G.syseng, description: 'Catch network first', active: '1' }])
        expect(insertIncident(inst, { caller_id: U.metTech, ...networkTicket }).assignment_group).toBe(G.syseng)
    })
})

describe('groups whose active flag is stored as "1"', () => {
    test('a route to such a group is taken, not skipped as inactive', () => {
        const inst = articleWorld()
        inst.load('sys_user_group', [{ sys_id: id('group one'), name: 'Storage', active: '1' }])
        inst.load('x_bu_itpartner_route', [{ order: '5', table: 'incident', condition: 'category=network', assignment_group: id('group one'), description: 'Storage first', active: 'true' }])
        expect(insertIncident(inst, { caller_id: U.metTech, ...networkTicket }).assignment_group).toBe(id('group one'))
    })
})

describe('red flags: active flags of active Partners', () => {
    test.each(['false', '0'])('an inactive red flag (active=%s) is no signal', (active) => {
        const inst = articleWorld()
        inst.load('x_bu_itpartner_red_flag', [{ user: U.physicsClient, partner: P.met, note: 'old flag', active }])
        expect(insertIncident(inst, { caller_id: U.physicsClient, ...networkTicket }).assignment_group).toBe(G.helpCenter)
        expect(decisions(inst)).toEqual([])
    })

    test('a red flag stored as active "1" is a signal', () => {
        const inst = articleWorld()
        inst.load('x_bu_itpartner_red_flag', [{ user: U.physicsClient, partner: P.met, note: 'flag', active: '1' }])
        expect(insertIncident(inst, { caller_id: U.physicsClient, ...networkTicket }).assignment_group).toBe(G.network)
    })

    test('a red flag of an inactive Partner is no signal, for caller or opener', () => {
        const inst = articleWorld()
        insertIncident(inst, { caller_id: U.closedTech, ...networkTicket })
        insertIncident(inst, { caller_id: U.physicsClient, opened_by: U.closedTech, ...networkTicket })
        expect(decisions(inst)).toEqual([])
    })

    test('a red flag of a Partner stored as active "0" is no signal', () => {
        const inst = articleWorld()
        inst.load('x_bu_itpartner_partner', [{ sys_id: id('partner zero'), name: 'Zero IT', support_group: '', support_stream: 's', contact: '', active: '0' }])
        inst.load('x_bu_itpartner_red_flag', [{ user: U.physicsClient, partner: id('partner zero'), note: '', active: 'true' }])
        expect(insertIncident(inst, { caller_id: U.physicsClient, ...networkTicket }).assignment_group).toBe(G.helpCenter)
    })
})

describe('opener membership: members of an active Partner’s group', () => {
    test('a member of an inactive Partner’s group opens a ticket: no escalation', () => {
        const inst = articleWorld()
        withGonePartner(inst)
        expect(insertIncident(inst, { caller_id: U.physicsClient, opened_by: GONE.user, ...networkTicket }).assignment_group).toBe(G.helpCenter)
        expect(decisions(inst)).toEqual([])
    })

    test('the guard counts an opener who is a member of a Partner’s group', () => {
        const inst = articleWorld()
        const ticket = existingIncident(inst, { caller_id: U.physicsClient, opened_by: U.smgTech, category: 'network', assignment_group: G.network })
        updateIncident(inst, ticket, { assignment_group: G.helpCenter })
        expect(decisions(inst)).toEqual([expect.objectContaining({ outcome: 'boomerang_blocked', signal: 'partner_opener', partner: P.smg })])
    })

    test('the guard does not count a member of an inactive Partner’s group', () => {
        const inst = articleWorld()
        withGonePartner(inst)
        const ticket = existingIncident(inst, { caller_id: U.physicsClient, opened_by: GONE.user, category: 'network', assignment_group: G.network })
        expect(updateIncident(inst, ticket, { assignment_group: G.helpCenter }).row.assignment_group).toBe(G.helpCenter)
        expect(decisions(inst)).toEqual([])
    })
})

describe('Partner departments: active rows of active Partners', () => {
    const escalate = { 'x_bu_itpartner.department_policy': 'escalate' }

    test.each([
        ['an inactive Partner department row', { partner: P.met, active: 'false' }],
        ['an inactive Partner department row stored as "0"', { partner: P.met, active: '0' }],
        ['the department row of an inactive Partner', { partner: P.closed, active: 'true' }],
    ])('%s makes no department client', (_case, values) => {
        const inst = articleWorld(escalate)
        inst.load('x_bu_itpartner_department', [{ department: D.physics, ...values }])
        expect(insertIncident(inst, { caller_id: U.physicsClient, ...networkTicket }).assignment_group).toBe(G.helpCenter)
        expect(decisions(inst)).toEqual([])
        const ticket = existingIncident(inst, { caller_id: U.physicsClient, assignment_group: G.helpCenter })
        expect(canSendToPartner(inst.recordForDisplay('incident', ticket))).toBe(false)
    })

    test('a row stored as active "1" makes a department client', () => {
        const inst = articleWorld(escalate)
        inst.load('x_bu_itpartner_department', [{ department: D.physics, partner: P.smg, active: '1' }])
        expect(insertIncident(inst, { caller_id: U.physicsClient, ...networkTicket }).assignment_group).toBe(G.network)
        expect(decisions(inst)[0]).toMatchObject({ signal: 'department', partner: P.smg })
    })
})

describe('recorded decisions: this ticket’s hand-off or opener escalations, of active Partners', () => {
    /** A ticket in Network Services with one earlier decision row; then an agent moves it to the Service Desk. */
    function moveBack(decision: Record<string, string>, setup: (inst: Instance) => void = () => {}): { inst: Instance; group: string } {
        const inst = articleWorld()
        setup(inst)
        const ticket = existingIncident(inst, { caller_id: U.physicsClient, opened_by: U.agent, category: 'network', assignment_group: G.network })
        inst.load('x_bu_itpartner_decision', [{ task: ticket, outcome: 'rerouted', from_group: G.helpCenter, to_group: G.network, route: R.network, reason: 'earlier', ...decision }])
        return { inst, group: updateIncident(inst, ticket, { assignment_group: G.helpCenter }).row.assignment_group }
    }

    test.each(['partner_handoff', 'partner_opener'])('a recorded %s keeps the ticket guarded', (signal) => {
        const { inst, group } = moveBack({ signal, partner: P.met })
        expect(group).toBe(G.network)
        expect(decisions(inst).at(-1)).toMatchObject({ outcome: 'boomerang_blocked', signal, partner: P.met })
    })

    test.each([
        ['a recorded red flag (the red flag itself is asked again)', { signal: 'red_flag', partner: P.met }],
        ['a recorded department decision', { signal: 'department', partner: P.met }],
        ['a recorded hand-off of a Partner that is inactive now', { signal: 'partner_handoff', partner: P.closed }],
    ])('%s does not', (_case, decision) => {
        expect(moveBack(decision).group).toBe(G.helpCenter)
    })

    test('a hand-off recorded on another ticket does not', () => {
        const inst = articleWorld()
        const other = existingIncident(inst, { caller_id: U.physicsClient })
        const ticket = existingIncident(inst, { caller_id: U.physicsClient, opened_by: U.agent, category: 'network', assignment_group: G.network })
        inst.load('x_bu_itpartner_decision', [{ task: other, signal: 'partner_handoff', partner: P.met, outcome: 'rerouted', reason: 'other ticket' }])
        expect(updateIncident(inst, ticket, { assignment_group: G.helpCenter }).row.assignment_group).toBe(G.helpCenter)
    })
})

describe('specialty routes the guard honours: active routes to active tier-1 groups', () => {
    const kaceTicket = { caller_id: U.metTech, short_description: 'KACE agent will not install', assignment_group: G.network }

    test('a KACE ticket escalated elsewhere may go back to Desktop Services', () => {
        const inst = articleWorld()
        const ticket = existingIncident(inst, kaceTicket)
        expect(updateIncident(inst, ticket, { assignment_group: G.desktop }).row.assignment_group).toBe(G.desktop)
    })

    /** An admin's change to one row, saved without business rules (a background script in the table's own scope). */
    function patch(table: string, sysId: string, field: string, value: string): void {
        asScope(Instance.active().schema.scopeOf(table), () => {
            const row = new GlideRecord(table)
            row.get(sysId)
            row.setValue(field, value)
            row.setWorkflow(false)
            row.update()
        })
    }

    test.each([
        ['the KACE route is inactive', () => patch('x_bu_itpartner_route', R.kace, 'active', 'false')],
        ['Desktop Services is inactive', () => patch('sys_user_group', G.desktop, 'active', 'false')],
        ['the KACE route has no group', () => patch('x_bu_itpartner_route', R.kace, 'assignment_group', '')],
    ])('not when %s: the move back is a boomerang', (_case, change) => {
        const inst = articleWorld()
        change()
        const ticket = existingIncident(inst, kaceTicket)
        expect(updateIncident(inst, ticket, { assignment_group: G.desktop }).row.assignment_group).toBe(G.network)
        expect(decisions(inst)).toEqual([expect.objectContaining({ outcome: 'boomerang_blocked' })])
    })
})
