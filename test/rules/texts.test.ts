import { GlideRecord, type Instance } from '../../emulator/glide/index.ts'
import { sendToPartner } from '../../src/server/rules/send-to-partner.ts'
import { existingIncident, insertIncident, updateIncident } from '../support/harness.ts'
import { articleWorld, decisions, G, id, P, U, workNotes } from '../support/world.ts'

// Reviewed golden texts: every work note and every message an agent reads, in full, so a wording change is a conscious
// one. Reasons in the decision log are the work note's last line.

const MET = 'Metropolitan College IT (MET IT)'
const SMG = 'SMG Information Tech Services (SMG-ITS)'

/** The one work note a routed insert journals, and the decision's reason. */
function routed(inst: Instance, values: Record<string, string>): { note: string; reason: string } {
    const row = insertIncident(inst, { category: 'network', assignment_group: G.helpCenter, ...values })
    const notes = workNotes(inst, row.sys_id)
    expect(notes).toHaveLength(1)
    return { note: notes[0], reason: decisions(inst)[0].reason }
}

const ROUTED_TO_NETWORK = [
    'IT Partner Routing',
    `IT Partner: ${MET} (signal: red flag on the caller).`,
    'Assignment group: IT Help Center -> Network Services.',
    'Route: "Network" (order 200).',
    `Escalation: the caller has a red flag as ${MET} staff. Route "Network" (order 200) sends it to Network Services.`,
].join('\n')

describe('work notes of the routing rule, one per outcome', () => {
    test('rerouted by a route', () => {
        const { note, reason } = routed(articleWorld(), { caller_id: U.metTech })
        expect(note).toBe(ROUTED_TO_NETWORK)
        expect(reason).toBe(note.split('\n').at(-1))
    })

    test('kept by a tier-1 specialty route', () => {
        const { note } = routed(articleWorld(), { caller_id: U.physicsClient, opened_by: U.metTech, short_description: 'password expired' })
        expect(note).toBe(
            [
                'IT Partner Routing',
                `IT Partner: ${MET} (signal: opened by Partner staff).`,
                'Assignment group unchanged: IT Help Center.',
                'Route: "Account issues" (order 10).',
                `Escalation: it was opened by ${MET} staff. Route "Account issues" (order 10) is a tier-1 specialty, so it stays with IT Help Center.`,
            ].join('\n'),
        )
    })

    test('rerouted to the default escalation group, after a route whose group is inactive', () => {
        const inst = articleWorld({ 'x_bu_itpartner.default_escalation_group': 'System Engineering' })
        inst.load('x_bu_itpartner_route', [{ order: '50', table: 'incident', condition: 'category=hardware', assignment_group: G.oldNetwork, description: '', active: 'true' }])
        const [route] = inst.rows('x_bu_itpartner_route').filter((row) => row.order === '50')
        const { note } = routed(inst, { caller_id: U.physicsClient, opened_by: U.smgTech, category: 'hardware' })
        expect(note).toBe(
            [
                'IT Partner Routing',
                `IT Partner: ${SMG} (signal: opened by Partner staff).`,
                'Assignment group: IT Help Center -> System Engineering.',
                `Escalation: it was opened by ${SMG} staff. No escalation route matched; sent to the default escalation group System Engineering. Route "${route.sys_id}" (order 50) skipped: its group "Old Network" is inactive.`,
            ].join('\n'),
        )
    })

    test('no target on an unassigned ticket: the group stays empty', () => {
        const inst = articleWorld()
        const row = insertIncident(inst, { caller_id: U.metTech, category: 'hardware' })
        expect(row.assignment_group ?? '').toBe('')
        expect(decisions(inst)).toEqual([expect.objectContaining({ outcome: 'no_target', from_group: '', to_group: '' })])
        expect(workNotes(inst, row.sys_id)).toEqual([
            [
                'IT Partner Routing',
                `IT Partner: ${MET} (signal: red flag on the caller).`,
                'Assignment group unchanged: (none).',
                `Escalation: the caller has a red flag as ${MET} staff. No escalation route matched and no default escalation group is set; the group stays (none).`,
            ].join('\n'),
        ])
    })

    test.each([
        ['Ghost Group', 'the default escalation group "Ghost Group" was not found'],
        ['Old Network', 'the default escalation group "Old Network" is inactive'],
        ['Desktop Services', 'the default escalation group "Desktop Services" is a tier-1 group'],
    ])('no target: default escalation group %s', (value, why) => {
        const inst = articleWorld({ 'x_bu_itpartner.default_escalation_group': value })
        const { reason } = routed(inst, { caller_id: U.metTech, category: 'hardware' })
        expect(reason).toBe(`Escalation: the caller has a red flag as ${MET} staff. No escalation route matched and ${why}; the group stays IT Help Center.`)
    })

    test('a Partner hand-off', () => {
        const inst = articleWorld()
        const ticket = existingIncident(inst, { caller_id: U.physicsClient, category: 'network', assignment_group: G.metGroup })
        updateIncident(inst, ticket, { assignment_group: G.helpCenter, work_notes: '' })
        expect(workNotes(inst, ticket)).toEqual([
            [
                'IT Partner Routing',
                `IT Partner: ${MET} (signal: hand-off from the Partner's group).`,
                'Assignment group: IT Help Center -> Network Services.',
                'Route: "Network" (order 200).',
                `Escalation: ${MET} handed it over from its own group. Route "Network" (order 200) sends it to Network Services.`,
            ].join('\n'),
        ])
    })

    test('the decision log keeps the first 1,000 characters of a long reason', () => {
        const inst = articleWorld()
        const long = 'x'.repeat(1200)
        inst.load('x_bu_itpartner_route', [{ order: '1', table: 'incident', condition: 'category=network', assignment_group: G.oldNetwork, description: long, active: 'true' }])
        const row = insertIncident(inst, { caller_id: U.metTech, category: 'network', assignment_group: G.helpCenter })
        const [note] = workNotes(inst, row.sys_id)
        const reason = note.split('\n').at(-1)!
        expect(reason.length).toBeGreaterThan(1000)
        expect(decisions(inst)[0].reason).toBe(reason.slice(0, 1000))
    })
})

describe('Send to IT Partner: what the agent reads', () => {
    function ticketIn(values: Record<string, string>) {
        const inst = articleWorld()
        const ticket = existingIncident(inst, { number: 'INC0010002', caller_id: U.metClient, assignment_group: G.helpCenter, opened_by: U.agent, ...values })
        return { inst, ticket, current: inst.recordForDisplay('incident', ticket) }
    }

    test('sent: the info message, the work note, the decision reason', () => {
        const { inst, ticket, current } = ticketIn({})
        inst.setUser(U.agent)
        sendToPartner(current, null)
        expect(inst.messages).toEqual({ info: ['Sent to Metropolitan College IT (MET IT)’s group MET IT.'], error: [] })
        expect(workNotes(inst, ticket)).toEqual([
            [
                'IT Partner Routing',
                `IT Partner: ${MET} (signal: caller in the Partner's department).`,
                'Assignment group: IT Help Center -> MET IT.',
                "Sent to IT Partner by alex.agent: the caller's department Metropolitan College is supported by Metropolitan College IT (MET IT), and the client reached IS&T by mistake.",
            ].join('\n'),
        ])
        expect(decisions(inst)[0].reason).toBe(workNotes(inst, ticket)[0].split('\n').at(-1))
    })

    test('does not apply: the one error message, nothing changed', () => {
        const { inst, ticket, current } = ticketIn({ caller_id: U.lawClient })
        sendToPartner(current, null)
        expect(inst.messages).toEqual({ info: [], error: ['Send to IT Partner does not apply to this ticket (any more); nothing was changed.'] })
        expect(inst.row('incident', ticket)!.assignment_group).toBe(G.helpCenter)
    })

    test('a user without itil: the same error message', () => {
        const { inst, current } = ticketIn({})
        inst.session.userId = U.student
        sendToPartner(current, null)
        expect(inst.messages.error).toEqual(['Send to IT Partner does not apply to this ticket (any more); nothing was changed.'])
    })

    test('the save is refused: the one error message, no decision, the ticket stays', () => {
        const { inst, ticket, current } = ticketIn({})
        const spy = jest.spyOn(current, 'update').mockReturnValue(null as unknown as string)
        try {
            sendToPartner(current, null)
        } finally {
            spy.mockRestore()
        }
        expect(inst.messages).toEqual({ info: [], error: ['Send to IT Partner: the ticket could not be saved; it stays where it was.'] })
        expect(decisions(inst)).toEqual([])
        expect(inst.row('incident', ticket)!.assignment_group).toBe(G.helpCenter)
    })

    test('a lookup fails: the one error message, logged with the ticket number, still redirected', () => {
        const { inst, ticket, current } = ticketIn({})
        const original = GlideRecord.prototype.query
        const spy = jest.spyOn(GlideRecord.prototype, 'query').mockImplementation(function (this: GlideRecord, ...args: unknown[]) {
            if (this.getTableName() === 'x_bu_itpartner_department') throw new Error('department table locked')
            return (original as (...a: unknown[]) => void).apply(this, args)
        })
        const redirects: unknown[] = []
        try {
            sendToPartner(current, { setRedirectURL: (target) => redirects.push(target) })
        } finally {
            spy.mockRestore()
        }
        expect(inst.messages).toEqual({ info: [], error: ['Send to IT Partner failed; the ticket was not changed.'] })
        expect(inst.logs.filter((log) => log.level === 'error').map((log) => log.message)).toEqual([
            'IT Partner Routing: Send to IT Partner failed on INC0010002: Error: department table locked',
        ])
        expect(inst.row('incident', ticket)!.assignment_group).toBe(G.helpCenter)
        expect(redirects).toEqual([current])
    })
})

test('an unknown id in a list keeps its place in the texts (no sys_id leaks as a name)', () => {
    const inst = articleWorld()
    const ghost = id('group ghost')
    inst.load('x_bu_itpartner_route', [{ order: '1', table: 'incident', condition: 'category=network', assignment_group: ghost, description: 'Ghost route', active: 'true' }])
    const { reason } = routed(inst, { caller_id: U.metTech })
    expect(reason).toBe(
        `Escalation: the caller has a red flag as ${MET} staff. Route "Network" (order 200) sends it to Network Services. Route "Ghost route" (order 1) skipped: its group no longer exists.`,
    )
})

describe('anti-boomerang guard: what the agent reads', () => {
    const tier1 = (evidence: string) =>
        `This ticket is an IT Partner escalation (${evidence}): Level 1 troubleshooting is done, so it must not go to the tier-1 group IT Help Center.`
    const redFlag = tier1(`the caller has a red flag as ${MET} staff`)

    function moveBack(policy: string, user: string = U.agent, values: Record<string, string> = { caller_id: U.metTech }, to: string = G.helpCenter) {
        const inst = articleWorld({ 'x_bu_itpartner.boomerang_policy': policy })
        inst.setUser(user)
        const ticket = existingIncident(inst, { category: 'network', assignment_group: G.network, opened_by: U.agent, ...values })
        updateIncident(inst, ticket, { assignment_group: to, work_notes: 'Over to you.' })
        return { inst, notes: workNotes(inst, ticket), reason: decisions(inst).at(-1)?.reason }
    }

    test('block: the error message; the agent’s note alone is journaled; the decision gives the same reason', () => {
        const { inst, notes, reason } = moveBack('block')
        const message = `${redFlag} The assignment group was not changed. Ask an IT Partner Routing admin if it really belongs there.`
        expect(inst.messages).toEqual({ info: [], error: [message] })
        expect(notes).toEqual(['Over to you.'])
        expect(reason).toBe(message)
    })

    test('warn: the info message, and the same text added after the agent’s note', () => {
        const { inst, notes, reason } = moveBack('warn')
        const message = `${redFlag} Saved anyway (the anti-boomerang policy is "warn").`
        expect(inst.messages).toEqual({ info: [message], error: [] })
        expect(notes).toEqual([`Over to you.\n\nIT Partner Routing\n${message}`])
        expect(reason).toBe(message)
    })

    test('block policy, an app admin: saved, with the admin’s reason', () => {
        const { inst, notes } = moveBack('block', U.appAdmin)
        const message = `${redFlag} Saved anyway because you are an IT Partner Routing admin.`
        expect(inst.messages).toEqual({ info: [message], error: [] })
        expect(notes).toEqual([`Over to you.\n\nIT Partner Routing\n${message}`])
    })

    test('back to the escalating Partner’s own group', () => {
        const { inst } = moveBack('block', U.agent, { caller_id: U.metTech }, G.metGroup)
        expect(inst.messages.error).toEqual([
            `This ticket is an IT Partner escalation (the caller has a red flag as ${MET} staff): Level 1 troubleshooting is done, so it must not go back to ${MET}’s own group MET IT. The assignment group was not changed. Ask an IT Partner Routing admin if it really belongs there.`,
        ])
    })

    test('an opener escalation names the opener', () => {
        const { inst } = moveBack('warn', U.agent, { caller_id: U.physicsClient, opened_by: U.smgTech })
        expect(inst.messages.info).toEqual([`${tier1(`it was opened by ${SMG} staff`)} Saved anyway (the anti-boomerang policy is "warn").`])
    })

    test('a hand-off escalation names the Partner that handed it over', () => {
        const inst = articleWorld({ 'x_bu_itpartner.boomerang_policy': 'warn' })
        const ticket = existingIncident(inst, { caller_id: U.physicsClient, opened_by: U.agent, category: 'network', assignment_group: G.network })
        inst.load('x_bu_itpartner_decision', [{ task: ticket, signal: 'partner_handoff', partner: P.met, outcome: 'rerouted', reason: '' }])
        updateIncident(inst, ticket, { assignment_group: G.helpCenter })
        expect(inst.messages.info).toEqual([`${tier1(`${MET} handed it over from its own group`)} Saved anyway (the anti-boomerang policy is "warn").`])
    })
})

test('a routing work note is added after the note the agent typed in the same save', () => {
    const inst = articleWorld()
    const row = insertIncident(inst, { caller_id: U.metTech, category: 'network', assignment_group: G.helpCenter, work_notes: 'Caller says VPN is down.' })
    expect(workNotes(inst, row.sys_id)).toEqual([`Caller says VPN is down.\n\n${ROUTED_TO_NETWORK}`])
})
