import { bannerAnswer } from '../../src/server/rules/banner-ajax.ts'
import { validateDepartment, validatePartner, validateRedFlag, validateRoute } from '../../src/server/rules/validate-admin.ts'
import { routeEscalation } from '../../src/server/rules/route-escalation.ts'
import { canSendToPartner, sendToPartner } from '../../src/server/rules/send-to-partner.ts'
import { existingIncident, insertIncident, updateIncident } from '../support/harness.ts'
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

describe('routes: what a condition asks', () => {
    test('a route without a condition catches every escalation that reaches it', () => {
        const inst = articleWorld()
        inst.load('x_bu_itpartner_route', [{ order: '900', table: 'incident', condition: '', assignment_group: G.syseng, description: 'Everything else', active: 'true' }])
        expect(insertIncident(inst, { caller_id: U.metTech, category: 'hardware', assignment_group: G.helpCenter }).assignment_group).toBe(G.syseng)
    })

    test('a condition of two terms needs both: a ticket meeting one goes on to the next route', () => {
        const inst = articleWorld()
        inst.load('x_bu_itpartner_route', [{ order: '5', table: 'incident', condition: 'category=network^short_descriptionLIKEvpn', assignment_group: G.syseng, description: 'VPN', active: 'true' }])
        expect(insertIncident(inst, { caller_id: U.metTech, category: 'network', short_description: 'printer offline', assignment_group: G.helpCenter }).assignment_group).toBe(G.network)
        expect(insertIncident(inst, { caller_id: U.metTech, category: 'network', short_description: 'VPN drops', assignment_group: G.helpCenter }).assignment_group).toBe(G.syseng)
    })
})

describe('banner fields a Partner or red flag leaves empty are empty strings', () => {
    test('a red flag without a note', () => {
        const inst = articleWorld()
        inst.load('x_bu_itpartner_red_flag', [{ user: U.physicsClient, partner: P.smg, note: '', active: 'true' }])
        expect(JSON.parse(bannerAnswer({ caller: U.physicsClient, opener: U.agent, ticket: null }))).toMatchObject({ kind: 'escalation', partner: 'SMG Information Tech Services (SMG-ITS)', note: '' })
    })

    test('a Partner with only a support group', () => {
        articleWorld()
        expect(JSON.parse(bannerAnswer({ caller: U.smgTech, opener: U.agent, ticket: null }))).toMatchObject({ supportGroup: 'SMG-ITS', supportGroupId: G.smgGroup, supportStream: '', contact: '' })
    })
})

describe('admin saves that must go through without a message', () => {
    test('a Partner with a support group and no support stream', () => {
        const inst = articleWorld()
        const partner = inst.recordForInsert('x_bu_itpartner_partner', { name: 'Group IT', support_group: G.syseng, support_stream: '', active: 'true' })
        validatePartner(partner)
        expect([inst.messages.info, inst.messages.error, partner.isActionAborted()]).toEqual([[], [], false])
    })

    test('a new red flag for a user whose earlier flag is inactive', () => {
        const inst = articleWorld()
        inst.load('x_bu_itpartner_red_flag', [{ user: U.physicsClient, partner: P.smg, note: 'old', active: 'false' }])
        const flag = inst.recordForInsert('x_bu_itpartner_red_flag', { user: U.physicsClient, partner: P.met, active: 'true' })
        validateRedFlag(flag)
        expect([inst.messages.error, flag.isActionAborted()]).toEqual([[], false])
    })

    test('a red flag without a user is not taken for a duplicate of another without one', () => {
        const inst = articleWorld()
        inst.load('x_bu_itpartner_red_flag', [{ user: '', partner: P.smg, note: 'incomplete import', active: 'true' }])
        const flag = inst.recordForInsert('x_bu_itpartner_red_flag', { user: '', partner: P.met, active: 'true' })
        validateRedFlag(flag)
        expect([inst.messages.error, flag.isActionAborted()]).toEqual([[], false])
    })
})

test('a route on a table that does not exist is refused, naming the table', () => {
    const inst = articleWorld()
    const route = inst.recordForInsert('x_bu_itpartner_route', { table: 'u_no_such_table', assignment_group: G.network, condition: '', active: 'true' })
    validateRoute(route)
    expect(inst.messages.error).toEqual(['This escalation route cannot be saved: its table "u_no_such_table" does not exist.'])
})

describe('log lines about the properties', () => {
    test('a malformed property is logged with the app’s prefix', () => {
        const inst = articleWorld({ 'x_bu_itpartner.boomerang_policy': 'bounce' })
        insertIncident(inst, { caller_id: U.physicsClient, assignment_group: G.syseng })
        expect(inst.logs.map((log) => log.message)).toEqual([
            'IT Partner Routing: x_bu_itpartner.boomerang_policy is "bounce", not one of block, warn, off; using "block"',
        ])
    })

    test('an empty tier-1 list is logged without a group query', () => {
        const inst = articleWorld({ 'x_bu_itpartner.tier1_groups': ',' })
        const current = inst.recordForInsert('incident', { caller_id: U.metTech, assignment_group: G.helpCenter })
        inst.resetCounters()
        routeEscalation(current, null)
        expect(inst.counters.byTable.sys_user_group ?? 0).toBe(0)
        expect(inst.logs.map((log) => log.message)).toEqual(['IT Partner Routing: x_bu_itpartner.tier1_groups is empty: no ticket is routed past tier 1.'])
    })
})

test('a GlideAjax request for a caller with no banner: an empty answer, nothing logged', () => {
    const inst = articleWorld()
    expect(bannerAnswer({ caller: U.physicsClient, opener: U.agent, ticket: null })).toBe('')
    expect(inst.logs).toEqual([])
})

test('a blocked boomerang clears an assignee the agent set on a ticket that had none', () => {
    const inst = articleWorld()
    const ticket = existingIncident(inst, { caller_id: U.metTech, category: 'network', assignment_group: G.network, assigned_to: '' })
    const { row } = updateIncident(inst, ticket, { assignment_group: G.helpCenter, assigned_to: U.agent })
    expect([row.assignment_group, row.assigned_to]).toEqual([G.network, ''])
})

test('Send to IT Partner for a caller outside any Partner department: "does not apply", nothing logged', () => {
    const inst = articleWorld()
    const ticket = existingIncident(inst, { caller_id: U.physicsClient, assignment_group: G.helpCenter })
    expect(canSendToPartner(inst.recordForDisplay('incident', ticket))).toBe(false)
    sendToPartner(inst.recordForDisplay('incident', ticket), null)
    expect(inst.messages.error).toEqual(['Send to IT Partner does not apply to this ticket (any more); nothing was changed.'])
    expect(inst.logs).toEqual([])
})

test('a blocked move to tier 1 of an escalation that had no group leaves it without one', () => {
    const inst = articleWorld()
    const ticket = existingIncident(inst, { caller_id: U.metTech, category: 'network', assignment_group: '' })
    const { row } = updateIncident(inst, ticket, { assignment_group: G.helpCenter })
    expect(row.assignment_group).toBe('')
    expect(decisions(inst)).toEqual([expect.objectContaining({ outcome: 'boomerang_blocked', from_group: '', to_group: G.helpCenter })])
})
