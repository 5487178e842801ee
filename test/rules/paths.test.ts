import { bannerAnswer } from '../../src/server/rules/banner-ajax.ts'
import { validateDepartment, validatePartner, validateRedFlag, validateRoute } from '../../src/server/rules/validate-admin.ts'
import { existingIncident, updateIncident } from '../support/harness.ts'
import { articleWorld, D, decisions, G, P, U } from '../support/world.ts'

// Paths through the rules that no other test walks: each would let a real bug through unnoticed.

describe('routing rule: updates', () => {
    test('an update that changes only the opener, to Partner staff, is routed', () => {
        const inst = articleWorld()
        const ticket = existingIncident(inst, { caller_id: U.physicsClient, opened_by: U.agent, category: 'network', assignment_group: G.helpCenter })
        expect(updateIncident(inst, ticket, { opened_by: U.metTech }).row.assignment_group).toBe(G.network)
        expect(decisions(inst)).toEqual([expect.objectContaining({ signal: 'partner_opener', partner: P.met, outcome: 'rerouted' })])
    })

    test('an opener set to empty on a ticket that had none is no change of parties', () => {
        const inst = articleWorld()
        const ticket = existingIncident(inst, { caller_id: U.metTech, category: 'network', assignment_group: G.helpCenter })
        updateIncident(inst, ticket, { opened_by: '' })
        expect(decisions(inst)).toEqual([])
    })

    test('a ticket with no previous group, given a tier-1 group with the same parties: no hand-off, nothing to route', () => {
        const inst = articleWorld()
        const ticket = existingIncident(inst, { caller_id: U.physicsClient, opened_by: U.agent, category: 'network' })
        const { row } = updateIncident(inst, ticket, { assignment_group: G.helpCenter })
        expect(row.assignment_group).toBe(G.helpCenter)
        expect(decisions(inst)).toEqual([])
        expect(inst.logs.filter((log) => log.level === 'error')).toEqual([])
    })

    test('a ticket with no previous group whose caller changes to a red-flagged user is routed', () => {
        const inst = articleWorld()
        const ticket = existingIncident(inst, { caller_id: U.physicsClient, opened_by: U.agent, category: 'network' })
        expect(updateIncident(inst, ticket, { caller_id: U.metTech }).row.assignment_group).toBe(G.network)
        expect(decisions(inst)).toEqual([expect.objectContaining({ signal: 'red_flag', from_group: '', to_group: G.network })])
    })
})

describe('admin validation: a clean save shows nothing', () => {
    test.each([
        ['a Partner with a support stream', () => validatePartner, 'x_bu_itpartner_partner', { name: 'New IT', support_stream: 'help@example.edu', active: 'true' }],
        ['an inactive Partner with nothing', () => validatePartner, 'x_bu_itpartner_partner', { name: 'Old IT', active: 'false' }],
        ['a route', () => validateRoute, 'x_bu_itpartner_route', { table: 'incident', condition: 'category=network', assignment_group: G.network, active: 'true' }],
        ['a department', () => validateDepartment, 'x_bu_itpartner_department', { department: D.physics, partner: P.met, active: 'true' }],
        ['a red flag', () => validateRedFlag, 'x_bu_itpartner_red_flag', { user: U.physicsClient, partner: P.met, active: 'true' }],
    ] as const)('%s: no message at all', (_case, rule, table, values) => {
        const inst = articleWorld()
        const record = inst.recordForInsert(table, values)
        rule()(record)
        expect(inst.messages).toEqual({ info: [], error: [] })
        expect(record.isActionAborted()).toBe(false)
    })

    test('a Partner nobody can be sent to: the warning, in full, and the save goes on', () => {
        const inst = articleWorld()
        const record = inst.recordForInsert('x_bu_itpartner_partner', { name: 'Lost IT', support_stream: '  ', active: 'true' })
        validatePartner(record)
        expect(inst.messages.info).toEqual([
            'Warning: This IT Partner has neither a support group nor a support stream: agents will not be told where to send its clients, and Send to IT Partner will not be offered.',
        ])
        expect(record.isActionAborted()).toBe(false)
    })
})

describe('GlideAjax banner request: whole sys_ids only', () => {
    test.each([
        ['a sys_id with text after it', (sysId: string) => sysId + '^ORactive=true'],
        ['a sys_id with text before it', (sysId: string) => 'x' + sysId],
        ['a sys_id inside a list', (sysId: string) => `${sysId},${sysId}`],
    ])('refuses %s, in every parameter, without a query', (_case, spoil) => {
        const inst = articleWorld()
        inst.resetCounters()
        for (const request of [
            { caller: spoil(U.metTech), opener: null, ticket: null },
            { caller: U.metTech, opener: spoil(U.agent), ticket: null },
            { caller: U.metTech, opener: null, ticket: spoil(U.agent) },
        ]) {
            expect(bannerAnswer(request)).toBe('')
        }
        expect(inst.counters.queries).toBe(0)
        expect(inst.logs.filter((log) => log.level === 'warn').map((log) => log.message.replace(/\(".*"\)/, '(…)'))).toEqual([
            'IT Partner Routing: banner request refused: sysparm_caller is not a sys_id (…).',
            'IT Partner Routing: banner request refused: sysparm_opener is not a sys_id (…).',
            'IT Partner Routing: banner request refused: sysparm_ticket is not a sys_id (…).',
        ])
    })

    test('the log line quotes at most 64 characters of what was sent', () => {
        const inst = articleWorld()
        bannerAnswer({ caller: 'y'.repeat(100), opener: null, ticket: null })
        expect(inst.logs.map((log) => log.message)).toEqual([`IT Partner Routing: banner request refused: sysparm_caller is not a sys_id ("${'y'.repeat(64)}").`])
    })

    test('a whole sys_id in each parameter is answered', () => {
        const inst = articleWorld()
        const ticket = existingIncident(inst, { caller_id: U.metTech })
        expect(JSON.parse(bannerAnswer({ caller: U.metTech, opener: U.agent, ticket }))).toMatchObject({ kind: 'escalation', signal: 'red_flag' })
    })
})

test('a Partner with only a support stream: the banner’s empty fields are empty strings, never null', () => {
    articleWorld()
    expect(JSON.parse(bannerAnswer({ caller: U.lawClient, opener: U.agent, ticket: null }))).toEqual({
        kind: 'department',
        partner: 'LAW IT',
        signal: 'department',
        note: '',
        supportGroup: '',
        supportGroupId: '',
        supportStream: 'https://www.bu.edu/law/it-help',
        contact: '',
        department: 'School of Law',
        canSendToPartner: false,
    })
})
