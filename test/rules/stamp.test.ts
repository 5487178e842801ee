import type { Instance } from '../../emulator/glide/index.ts'
import { sendToPartner } from '../../src/server/rules/send-to-partner.ts'
import { existingIncident, platformSave } from '../support/harness.ts'
import { articleWorld, G, P, U } from '../support/world.ts'

// The Partner columns on the saved ticket.

const STAMP = ['x_bu_itpartner_partner', 'x_bu_itpartner_signal', 'x_bu_itpartner_escalation'] as const
const COUNTS = ['x_bu_itpartner_hops', 'x_bu_itpartner_boomerangs', 'x_bu_itpartner_ping_pong'] as const

const stampOf = (inst: Instance, ticket: string) => STAMP.map((field) => inst.row('incident', ticket)![field] ?? '')
const countsOf = (inst: Instance, ticket: string) => COUNTS.map((field) => inst.row('incident', ticket)![field] ?? '')

function insert(inst: Instance, values: Record<string, string>): string {
    const current = inst.recordForInsert('incident', { opened_by: U.agent, ...values })
    expect(platformSave(inst, current, null)).toBe(true)
    return current.getUniqueValue()
}

function update(inst: Instance, ticket: string, changes: Record<string, string>): void {
    const { current, previous } = inst.recordForUpdate('incident', ticket, changes)
    expect(platformSave(inst, current, previous)).toBe(true)
}

describe('the routing rule stamps the ticket on insert, whatever its group', () => {
    test.each([
        ['red-flag caller, routed', { caller_id: U.metTech, category: 'network', assignment_group: G.helpCenter }, [P.met, 'red_flag', 'true']],
        ['red-flag caller in a group an agent chose (not routed)', { caller_id: U.metTech, assignment_group: G.syseng }, [P.met, 'red_flag', 'true']],
        ["opener in a Partner's group", { caller_id: U.physicsClient, opened_by: U.smgTech, category: 'network' }, [P.smg, 'partner_opener', 'true']],
        ['department client under review: the Partner, no escalation', { caller_id: U.metClient, assignment_group: G.helpCenter }, [P.met, 'department', 'false']],
        ['no Partner at all: nothing', { caller_id: U.physicsClient, assignment_group: G.helpCenter }, ['', '', 'false']],
    ])('%s', (_case, values, stamp) => {
        const inst = articleWorld()
        expect(stampOf(inst, insert(inst, values))).toEqual(stamp)
    })

    test('department client under escalate is routed, and still no proven escalation', () => {
        const inst = articleWorld({ 'x_bu_itpartner.department_policy': 'escalate' })
        const ticket = insert(inst, { caller_id: U.metClient, category: 'network', assignment_group: G.helpCenter })
        expect(inst.row('incident', ticket)!.assignment_group).toBe(G.network)
        expect(stampOf(inst, ticket)).toEqual([P.met, 'department', 'false'])
    })

    test('kill switch: no stamp', () => {
        const inst = articleWorld({ 'x_bu_itpartner.enabled': 'false' })
        expect(stampOf(inst, insert(inst, { caller_id: U.metTech, assignment_group: G.helpCenter }))).toEqual(['', '', 'false'])
    })
})

describe('the stamp follows the parties', () => {
    test('the caller changes to a client with no Partner: the stamp is cleared', () => {
        const inst = articleWorld()
        const ticket = insert(inst, { caller_id: U.metTech, assignment_group: G.syseng })
        update(inst, ticket, { caller_id: U.physicsClient })
        expect(stampOf(inst, ticket)).toEqual(['', '', 'false'])
    })

    test('the caller changes to a department client: the department Partner, no escalation', () => {
        const inst = articleWorld()
        const ticket = insert(inst, { caller_id: U.physicsClient, assignment_group: G.syseng })
        update(inst, ticket, { caller_id: U.metClient })
        expect(stampOf(inst, ticket)).toEqual([P.met, 'department', 'false'])
    })

    test('the opener changes to Partner staff: partner_opener', () => {
        const inst = articleWorld()
        const ticket = insert(inst, { caller_id: U.physicsClient, assignment_group: G.syseng })
        update(inst, ticket, { opened_by: U.smgTech })
        expect(stampOf(inst, ticket)).toEqual([P.smg, 'partner_opener', 'true'])
    })

    test('an update of other fields leaves the stamp alone (the routing rule does not run)', () => {
        const inst = articleWorld()
        const ticket = existingIncident(inst, { caller_id: U.metTech, opened_by: U.agent, assignment_group: G.syseng })
        update(inst, ticket, { short_description: 'more' })
        expect(stampOf(inst, ticket)).toEqual(['', '', 'false'])
    })

    test("a Partner hand-off stamps partner_handoff (it outranks the department)", () => {
        const inst = articleWorld()
        const ticket = insert(inst, { caller_id: U.metClient, assignment_group: G.metGroup, category: 'network' })
        expect(stampOf(inst, ticket)).toEqual([P.met, 'department', 'false'])
        update(inst, ticket, { assignment_group: G.helpCenter })
        expect(inst.row('incident', ticket)!.assignment_group).toBe(G.network)
        expect(stampOf(inst, ticket)).toEqual([P.met, 'partner_handoff', 'true'])
    })

    test('Send to IT Partner stamps the department Partner', () => {
        const inst = articleWorld()
        const ticket = existingIncident(inst, { caller_id: U.metClient, opened_by: U.agent, assignment_group: G.helpCenter })
        inst.session.userId = U.agent
        sendToPartner(inst.recordForDisplay('incident', ticket), null)
        expect(inst.row('incident', ticket)!.assignment_group).toBe(G.metGroup)
        expect(stampOf(inst, ticket)).toEqual([P.met, 'department', 'false'])
    })
})

describe('ping-pong: hops since the ticket became a Partner escalation, boomerangs tried', () => {
    test('every move of a stamped escalation is a hop; at the threshold (3) the ticket is marked', () => {
        const inst = articleWorld()
        const ticket = insert(inst, { caller_id: U.metTech, category: 'network', assignment_group: G.helpCenter })
        expect(countsOf(inst, ticket)).toEqual(['0', '0', 'false'])
        update(inst, ticket, { assignment_group: G.syseng })
        update(inst, ticket, { assignment_group: G.network })
        expect(countsOf(inst, ticket)).toEqual(['2', '0', 'false'])
        update(inst, ticket, { assignment_group: G.helpCenter })
        expect(inst.row('incident', ticket)!.assignment_group).toBe(G.network)
        expect(countsOf(inst, ticket)).toEqual(['2', '1', 'true'])
    })

    test('the threshold property applies; a warned boomerang is a hop and a boomerang tried', () => {
        const inst = articleWorld({ 'x_bu_itpartner.ping_pong_threshold': '5', 'x_bu_itpartner.boomerang_policy': 'warn' })
        const ticket = insert(inst, { caller_id: U.metTech, category: 'network', assignment_group: G.helpCenter })
        update(inst, ticket, { assignment_group: G.helpCenter })
        update(inst, ticket, { assignment_group: G.desktop })
        expect(countsOf(inst, ticket)).toEqual(['2', '2', 'false'])
        update(inst, ticket, { assignment_group: G.syseng })
        expect(countsOf(inst, ticket)).toEqual(['3', '2', 'true'])
    })

    test('a malformed threshold is logged and the default (3) applies', () => {
        const inst = articleWorld({ 'x_bu_itpartner.ping_pong_threshold': 'lots' })
        const ticket = insert(inst, { caller_id: U.metTech, category: 'network', assignment_group: G.helpCenter })
        inst.clearOutput()
        update(inst, ticket, { assignment_group: G.syseng })
        update(inst, ticket, { assignment_group: G.network })
        update(inst, ticket, { assignment_group: G.syseng })
        expect(countsOf(inst, ticket)).toEqual(['3', '0', 'true'])
        expect(inst.logs.map((log) => log.message)).toContain(
            'IT Partner Routing: x_bu_itpartner.ping_pong_threshold is "lots", not a whole number from 1 to 999999; using "3"',
        )
    })

    test('moves of a ticket that is no proven escalation count nothing (a department client)', () => {
        const inst = articleWorld()
        const ticket = insert(inst, { caller_id: U.metClient, assignment_group: G.helpCenter })
        update(inst, ticket, { assignment_group: G.syseng })
        update(inst, ticket, { assignment_group: G.network })
        expect(countsOf(inst, ticket)).toEqual(['0', '0', 'false'])
    })
})

describe('ping-pong: what is no hop and no boomerang', () => {
    test("a Partner's hand-off is no hop and no boomerang; the moves after it are hops", () => {
        const inst = articleWorld({ 'x_bu_itpartner.ping_pong_threshold': '9' })
        const ticket = insert(inst, { caller_id: U.physicsClient, opened_by: U.smgTech, category: 'network', assignment_group: G.smgGroup })
        update(inst, ticket, { assignment_group: G.helpCenter })
        expect(stampOf(inst, ticket)).toEqual([P.smg, 'partner_handoff', 'true'])
        expect(countsOf(inst, ticket)).toEqual(['0', '0', 'false'])
        update(inst, ticket, { assignment_group: G.syseng })
        expect(countsOf(inst, ticket)).toEqual(['1', '0', 'false'])
        // An agent clearing the group moves the ticket too.
        update(inst, ticket, { assignment_group: '' })
        expect(countsOf(inst, ticket)).toEqual(['2', '0', 'false'])
    })

    test("a Partner's hand-off with nowhere to route it stays with tier 1: no hop, no boomerang", () => {
        const inst = articleWorld()
        const ticket = insert(inst, { caller_id: U.physicsClient, opened_by: U.smgTech, category: 'hardware', assignment_group: G.smgGroup })
        update(inst, ticket, { assignment_group: G.helpCenter })
        expect(inst.row('incident', ticket)!.assignment_group).toBe(G.helpCenter)
        expect(countsOf(inst, ticket)).toEqual(['0', '0', 'false'])
    })

    test('with the boomerang policy off, a move back to tier 1 is a hop and no boomerang', () => {
        const inst = articleWorld({ 'x_bu_itpartner.boomerang_policy': 'off' })
        const ticket = insert(inst, { caller_id: U.metTech, category: 'network', assignment_group: G.helpCenter })
        update(inst, ticket, { assignment_group: G.helpCenter })
        expect(countsOf(inst, ticket)).toEqual(['1', '0', 'false'])
    })

    test('with the app switched off after the ticket became an escalation, moves count nothing', () => {
        const inst = articleWorld()
        const ticket = insert(inst, { caller_id: U.metTech, category: 'network', assignment_group: G.helpCenter })
        inst.setProperty('x_bu_itpartner.enabled', 'false')
        update(inst, ticket, { assignment_group: G.helpCenter })
        update(inst, ticket, { assignment_group: G.syseng })
        expect(inst.row('incident', ticket)!.assignment_group).toBe(G.syseng)
        expect(countsOf(inst, ticket)).toEqual(['0', '0', 'false'])
    })

    test('a move to tier 1 the guard allows (no escalation) is no boomerang', () => {
        const inst = articleWorld()
        const ticket = insert(inst, { caller_id: U.metClient, assignment_group: G.syseng })
        update(inst, ticket, { assignment_group: G.helpCenter })
        expect(inst.row('incident', ticket)!.assignment_group).toBe(G.helpCenter)
        expect(countsOf(inst, ticket)).toEqual(['0', '0', 'false'])
    })
})
