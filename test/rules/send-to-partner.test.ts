import { canSendToPartner, sendToPartner } from '../../src/server/rules/send-to-partner.ts'
import { existingIncident, updateIncident } from '../support/harness.ts'
import { articleWorld, decisions, G, P, U, workNotes } from '../support/world.ts'

function ticketIn(values: Record<string, string>, user: string = U.agent) {
    const inst = articleWorld()
    const ticket = existingIncident(inst, { number: 'INC0010002', assignment_group: G.helpCenter, opened_by: U.agent, ...values })
    inst.session.userId = user
    return { inst, ticket, current: () => inst.recordForDisplay('incident', ticket) }
}

describe('UI action "Send to IT Partner": condition (Behaviour 5)', () => {
    test('shown for a department client whose Partner has a support group', () => {
        const { current } = ticketIn({ caller_id: U.metClient })
        expect(canSendToPartner(current())).toBe(true)
    })

    test.each([
        ['the Partner has only a support stream', { caller_id: U.lawClient }],
        ['the caller has a red flag (escalation)', { caller_id: U.metTech }],
        ["the opener is a member of a Partner's group (escalation, as the guard sees it)", { caller_id: U.metClient, opened_by: U.smgTech }],
        ['the caller is no Partner client', { caller_id: U.physicsClient }],
        ["the ticket is already in the Partner's group", { caller_id: U.metClient, assignment_group: G.metGroup }],
        ['there is no caller', { caller_id: '' }],
    ])('hidden when %s', (_case, values) => {
        const { current } = ticketIn(values)
        expect(canSendToPartner(current())).toBe(false)
    })

    test('a ticket of a caller outside any Partner department costs the form one query', () => {
        const { inst, current } = ticketIn({ caller_id: U.physicsClient })
        const record = current()
        inst.resetCounters()
        canSendToPartner(record)
        expect(inst.counters.queries).toBe(1)
    })

    test('hidden for users without itil, and on a new form', () => {
        expect(canSendToPartner(ticketIn({ caller_id: U.metClient }, U.student).current())).toBe(false)
        const inst = articleWorld()
        expect(canSendToPartner(inst.recordForInsert('incident', { caller_id: U.metClient }))).toBe(false)
    })
})

describe('UI action "Send to IT Partner": effect', () => {
    test("moves the ticket to the Partner's group with a work note and a sent_to_partner decision, then redirects", () => {
        const { inst, ticket, current } = ticketIn({ caller_id: U.metClient, assigned_to: U.agent })
        const record = current()
        const redirects: unknown[] = []
        sendToPartner(record, { setRedirectURL: (target) => redirects.push(target) })
        const row = inst.row('incident', ticket)!
        expect(row.assignment_group).toBe(G.metGroup)
        expect(row.assigned_to ?? '').toBe('')
        expect(decisions(inst)).toEqual([
            expect.objectContaining({ task: ticket, outcome: 'sent_to_partner', signal: 'department', partner: P.met, from_group: G.helpCenter, to_group: G.metGroup }),
        ])
        expect(workNotes(inst, ticket)).toEqual([expect.stringContaining('Metropolitan College IT (MET IT)')])
        expect(inst.messages.info).toEqual([expect.stringContaining('MET IT')])
        expect(redirects).toEqual([record])
    })

    test("keeps the work note the agent typed on the form: one entry, the agent's text first", () => {
        const { inst, ticket, current } = ticketIn({ caller_id: U.metClient })
        const record = current()
        record.setValue('work_notes', 'Client is MET staff, belongs to MET IT')
        sendToPartner(record, null)
        expect(workNotes(inst, ticket)).toEqual([expect.stringMatching(/^Client is MET staff, belongs to MET IT\n\nIT Partner Routing\n/)])
    })

    test('does nothing (with an error message) when it does not apply any more', () => {
        const { inst, ticket, current } = ticketIn({ caller_id: U.lawClient })
        sendToPartner(current(), null)
        expect(inst.row('incident', ticket)!.assignment_group).toBe(G.helpCenter)
        expect(decisions(inst)).toEqual([])
        expect(inst.messages.error).toHaveLength(1)
    })

    test('is no boomerang: the guard lets a department-only ticket go to its Partner under block', () => {
        const { inst, ticket } = ticketIn({ caller_id: U.metClient })
        const { saved, row } = updateIncident(inst, ticket, { assignment_group: G.metGroup })
        expect(saved).toBe(true)
        expect(row.assignment_group).toBe(G.metGroup)
        expect(decisions(inst).filter((d) => d.outcome.startsWith('boomerang'))).toEqual([])
    })
})
