import { GlideRecord } from '../../emulator/glide/index.ts'
import { routeEscalation } from '../../src/server/rules/route-escalation.ts'
import { existingIncident, insertIncident, steadySession, updateIncident } from '../support/harness.ts'
import { articleWorld, decisions, G, id, P, R, U, workNotes } from '../support/world.ts'

describe('routing rule on insert (Behaviour 1, 2)', () => {
    test('red-flag caller with a network problem skips the Service Desk and goes to Network Services', () => {
        const inst = articleWorld()
        const row = insertIncident(inst, { caller_id: U.metTech, category: 'network', assignment_group: G.helpCenter, short_description: 'VPN down' })
        expect(row.assignment_group).toBe(G.network)
        expect(decisions(inst)).toEqual([
            expect.objectContaining({ task: row.sys_id, partner: P.met, signal: 'red_flag', outcome: 'rerouted', from_group: G.helpCenter, to_group: G.network, route: R.network }),
        ])
        const [note] = workNotes(inst, row.sys_id)
        expect(note).toContain('Metropolitan College IT (MET IT)')
        expect(note).toContain('red flag')
        expect(note).toContain('IT Help Center -> Network Services')
        expect(note).toContain('"Network" (order 200)')
    })

    test('opener with a red flag escalates for a client who has none', () => {
        const inst = articleWorld()
        const row = insertIncident(inst, { caller_id: U.physicsClient, opened_by: U.metTech, category: 'database' })
        expect(row.assignment_group).toBe(G.syseng)
        expect(decisions(inst)[0]).toMatchObject({ signal: 'partner_opener', partner: P.met, outcome: 'rerouted' })
    })

    test("opener who is a member of a Partner's support group escalates", () => {
        const inst = articleWorld()
        const row = insertIncident(inst, { caller_id: U.physicsClient, opened_by: U.smgTech, category: 'network' })
        expect(row.assignment_group).toBe(G.network)
        expect(decisions(inst)[0]).toMatchObject({ signal: 'partner_opener', partner: P.smg })
    })

    test('department client under review is not routed and logs nothing', () => {
        const inst = articleWorld()
        const row = insertIncident(inst, { caller_id: U.metClient, category: 'network', assignment_group: G.helpCenter })
        expect(row.assignment_group).toBe(G.helpCenter)
        expect(decisions(inst)).toEqual([])
    })

    test('department client under escalate is routed like an escalation', () => {
        const inst = articleWorld({ 'x_bu_itpartner.department_policy': 'escalate' })
        const row = insertIncident(inst, { caller_id: U.metClient, category: 'network', assignment_group: G.helpCenter })
        expect(row.assignment_group).toBe(G.network)
        expect(decisions(inst)[0]).toMatchObject({ signal: 'department', partner: P.met, outcome: 'rerouted' })
    })

    test.each([
        ['account issue', 'Password reset for my account', G.helpCenter, R.accounts],
        ['KACE', 'KACE agent will not install', G.desktop, R.kace],
    ])('specialty: a Partner %s stays with tier 1', (_case, short_description, group, route) => {
        const inst = articleWorld()
        const row = insertIncident(inst, { caller_id: U.metTech, short_description, category: 'network' })
        expect(row.assignment_group).toBe(group)
        expect(decisions(inst)[0]).toMatchObject({ outcome: 'kept_specialty', route, to_group: group })
    })

    test('a ticket an agent put in an escalation group by hand is left alone, only stamped (one query: red flags)', () => {
        const inst = articleWorld()
        const current = inst.recordForInsert('incident', { caller_id: U.metTech, assignment_group: G.syseng, category: 'network' })
        steadySession(inst)
        inst.resetCounters()
        routeEscalation(current, null)
        expect(current.getValue('assignment_group')).toBe(G.syseng)
        expect(current.getValue('x_bu_itpartner_signal')).toBe('red_flag')
        expect(current.getValue('x_bu_itpartner_pending_decision')).toBeNull()
        expect(inst.counters.queries).toBe(1)
        expect(inst.counters.writes).toBe(0)
    })

    test('no route and no default escalation group: no_target, the group stays', () => {
        const inst = articleWorld()
        const row = insertIncident(inst, { caller_id: U.metTech, category: 'hardware', assignment_group: G.helpCenter })
        expect(row.assignment_group).toBe(G.helpCenter)
        expect(decisions(inst)[0]).toMatchObject({ outcome: 'no_target', to_group: G.helpCenter })
    })

    test.each([
        ['name', 'System Engineering'],
        ['sys_id', G.syseng],
        ['name with other case and spaces', '  system engineering '],
    ])('no route: the default escalation group given by %s', (_how, value) => {
        const inst = articleWorld({ 'x_bu_itpartner.default_escalation_group': value })
        const row = insertIncident(inst, { caller_id: U.metTech, category: 'hardware' })
        expect(row.assignment_group).toBe(G.syseng)
        expect(decisions(inst)[0]).toMatchObject({ outcome: 'rerouted', route: '' })
    })

    test.each([
        ['inactive', G.oldNetwork],
        ['deleted', id('group that was deleted')],
    ])('a matching route whose group is %s is skipped for the next one', (_state, group) => {
        const inst = articleWorld()
        inst.load('x_bu_itpartner_route', [{ order: '150', table: 'incident', condition: 'category=network', assignment_group: group, description: 'Old network route', active: 'true' }])
        const row = insertIncident(inst, { caller_id: U.metTech, category: 'network' })
        expect(row.assignment_group).toBe(G.network)
        expect(decisions(inst)[0].reason).toContain('Old network route')
    })

    test('precedence: a red-flag caller names the decision even when the opener is other Partner staff', () => {
        const inst = articleWorld()
        insertIncident(inst, { caller_id: U.metTech, opened_by: U.smgTech, category: 'network' })
        expect(decisions(inst)[0]).toMatchObject({ signal: 'red_flag', partner: P.met })
    })

    test('kill switch: enabled=false routes nothing', () => {
        const inst = articleWorld({ 'x_bu_itpartner.enabled': 'false' })
        const row = insertIncident(inst, { caller_id: U.metTech, category: 'network', assignment_group: G.helpCenter })
        expect(row.assignment_group).toBe(G.helpCenter)
        expect(decisions(inst)).toEqual([])
    })

    test('a non-Partner ticket in tier 1 stays there', () => {
        const inst = articleWorld()
        const row = insertIncident(inst, { caller_id: U.physicsClient, category: 'network', assignment_group: G.helpCenter })
        expect(row.assignment_group).toBe(G.helpCenter)
        expect(decisions(inst)).toEqual([])
    })
})

describe("the agent's work note survives (one journal entry: the agent's text, then the app's)", () => {
    test('on insert', () => {
        const inst = articleWorld()
        const row = insertIncident(inst, { caller_id: U.metTech, category: 'network', assignment_group: G.helpCenter, work_notes: 'Partner says VPN is down' })
        expect(row.assignment_group).toBe(G.network)
        expect(workNotes(inst, row.sys_id)).toEqual([expect.stringMatching(/^Partner says VPN is down\n\nIT Partner Routing\nIT Partner: Metropolitan College IT \(MET IT\)/)])
    })

    test('on a hand-off update', () => {
        const inst = articleWorld()
        const ticket = existingIncident(inst, { caller_id: U.metClient, category: 'network', assignment_group: G.metGroup })
        updateIncident(inst, ticket, { assignment_group: G.helpCenter, work_notes: 'MET IT: Level 1 done, switch port dead' })
        expect(workNotes(inst, ticket)).toEqual([expect.stringMatching(/^MET IT: Level 1 done, switch port dead\n\nIT Partner Routing\n.*hand-off/s)])
    })
})

describe('routing rule on update', () => {
    test("Partner hand-off: MET IT's group passes a ticket to the Service Desk, the app routes it on", () => {
        const inst = articleWorld()
        const ticket = existingIncident(inst, { caller_id: U.metClient, category: 'network', assignment_group: G.metGroup })
        const { row } = updateIncident(inst, ticket, { assignment_group: G.helpCenter })
        expect(row.assignment_group).toBe(G.network)
        expect(decisions(inst)).toEqual([expect.objectContaining({ signal: 'partner_handoff', partner: P.met, from_group: G.helpCenter, to_group: G.network })])
    })

    test('hand-off to no group at all is routed too', () => {
        const inst = articleWorld()
        const ticket = existingIncident(inst, { caller_id: U.physicsClient, category: 'database', assignment_group: G.smgGroup })
        expect(updateIncident(inst, ticket, { assignment_group: '' }).row.assignment_group).toBe(G.syseng)
    })

    test('caller changed to a red-flagged user on a tier-1 ticket: now an escalation, routed', () => {
        const inst = articleWorld()
        const ticket = existingIncident(inst, { caller_id: U.physicsClient, category: 'network', assignment_group: G.helpCenter })
        expect(updateIncident(inst, ticket, { caller_id: U.metTech }).row.assignment_group).toBe(G.network)
        expect(decisions(inst)[0]).toMatchObject({ signal: 'red_flag' })
    })

    test('moving an escalation into tier 1 is not routed (the guard judges it)', () => {
        const inst = articleWorld({ 'x_bu_itpartner.boomerang_policy': 'off' })
        const ticket = existingIncident(inst, { caller_id: U.metTech, category: 'network', assignment_group: G.network })
        const { row } = updateIncident(inst, ticket, { assignment_group: G.helpCenter })
        expect(row.assignment_group).toBe(G.helpCenter)
        expect(decisions(inst)).toEqual([])
    })

    test('an update that changes neither group nor parties costs no query', () => {
        const inst = articleWorld()
        const ticket = existingIncident(inst, { caller_id: U.metTech, category: 'network', assignment_group: G.helpCenter })
        const { current, previous } = inst.recordForUpdate('incident', ticket, { short_description: 'more detail' })
        steadySession(inst)
        inst.resetCounters()
        routeEscalation(current, previous)
        expect(inst.counters.queries).toBe(0)
    })
})

describe('a misconfiguration is never silent (Behaviour 6)', () => {
    const warnings = (inst: ReturnType<typeof articleWorld>) => inst.logs.filter((log) => log.level === 'warn').map((log) => log.message)

    test('a tier1_groups entry that names no group is logged once per session and value, also when the rule leaves the ticket alone', () => {
        const inst = articleWorld({ 'x_bu_itpartner.tier1_groups': 'IT Help Center,Desktop Servces' })
        const typo = 'IT Partner Routing: x_bu_itpartner.tier1_groups lists "Desktop Servces", which is not a group: that entry is ignored.'
        const saves: Record<string, string>[] = [
            { caller_id: U.metTech, assignment_group: G.syseng },
            { caller_id: U.physicsClient, assignment_group: G.helpCenter },
            { caller_id: U.metTech, assignment_group: G.desktop, category: 'network' },
        ]
        const logged = saves.map((values) => {
            inst.clearOutput()
            insertIncident(inst, values)
            return warnings(inst)
        })
        expect(logged).toEqual([[typo], [], []])
        inst.session.userId = U.appAdmin
        inst.clearOutput()
        insertIncident(inst, saves[0])
        expect(warnings(inst)).toEqual([typo])
    })

    test('the check costs one query for the first read of a value in a session, none after; a new value is checked again', () => {
        const inst = articleWorld({ 'x_bu_itpartner.tier1_groups': 'IT Help Center,Desktop Servces' })
        const groupQueries = () => {
            const current = inst.recordForInsert('incident', { caller_id: U.metTech, assignment_group: G.syseng })
            inst.resetCounters()
            routeEscalation(current, null)
            return inst.counters.byTable['sys_user_group'] ?? 0
        }
        expect(groupQueries()).toBe(1)
        expect(groupQueries()).toBe(0)
        inst.session.userId = U.appAdmin
        expect(groupQueries()).toBe(1)
        inst.setProperty('x_bu_itpartner.tier1_groups', 'IT Help Center,Desktop Services')
        inst.clearOutput()
        expect(groupQueries()).toBe(1)
        expect(warnings(inst)).toEqual([])
    })

    test('a tier1_groups list with no entry (only commas) is logged: nothing would be routed past tier 1', () => {
        const inst = articleWorld({ 'x_bu_itpartner.tier1_groups': ' , ,' })
        insertIncident(inst, { caller_id: U.metTech, assignment_group: G.helpCenter, category: 'network' })
        expect(warnings(inst)).toEqual(['IT Partner Routing: x_bu_itpartner.tier1_groups is empty: no ticket is routed past tier 1.'])
    })

    test('a default escalation group that names no group, or an inactive one, is logged', () => {
        for (const [value, problem] of [
            ['Network Servics', 'which is not a group: escalations no route matches stay put (no_target)'],
            ['Old Network', 'an inactive group: it is not used'],
        ]) {
            const inst = articleWorld({ 'x_bu_itpartner.default_escalation_group': value })
            insertIncident(inst, { caller_id: U.physicsClient, assignment_group: G.syseng })
            expect(warnings(inst)).toEqual([`IT Partner Routing: x_bu_itpartner.default_escalation_group is "${value}", ${problem}.`])
        }
    })
})

describe('bad input never loses, blocks or corrupts a ticket (Behaviour 6)', () => {
    test.each([
        ['empty caller', { caller_id: '' }],
        ['caller not found', { caller_id: id('nobody') }],
        ['red flag of an inactive Partner', { caller_id: U.closedTech }],
    ])('%s: saved unchanged, no escalation', (_case, values) => {
        const inst = articleWorld()
        const row = insertIncident(inst, { category: 'network', assignment_group: G.helpCenter, opened_by: U.agent, ...values })
        expect(row.assignment_group).toBe(G.helpCenter)
        expect(decisions(inst)).toEqual([])
    })

    test('two active red flags for one user: the oldest wins and the duplicate is logged', () => {
        const inst = articleWorld()
        inst.load('x_bu_itpartner_red_flag', [{ user: U.metTech, partner: P.smg, note: 'second flag', active: 'true' }])
        const row = insertIncident(inst, { caller_id: U.metTech, category: 'network' })
        expect(row.assignment_group).toBe(G.network)
        expect(decisions(inst)[0].partner).toBe(P.met)
        expect(inst.logs.some((log) => log.level === 'warn' && log.message.includes('more than one active red flag'))).toBe(true)
    })

    test('garbage properties: defaults apply, each problem is logged, routing still works', () => {
        const inst = articleWorld({
            'x_bu_itpartner.enabled': 'yes please',
            'x_bu_itpartner.boomerang_policy': 'bounce',
            'x_bu_itpartner.tier1_groups': ' IT Help Center ,, No Such Group ',
            'x_bu_itpartner.default_escalation_group': 'Ghost Group',
        })
        const row = insertIncident(inst, { caller_id: U.metTech, category: 'hardware', assignment_group: G.helpCenter })
        expect(row.assignment_group).toBe(G.helpCenter)
        expect(decisions(inst)[0]).toMatchObject({ outcome: 'no_target' })
        const warnings = inst.logs.filter((log) => log.level === 'warn').map((log) => log.message).join('\n')
        expect(warnings).toContain('yes please')
        expect(warnings).toContain('bounce')
        expect(warnings).toContain('No Such Group')
        expect(warnings).toContain('Ghost Group')
    })

    test('an exception inside a lookup: saved with its original group, logged with the number, error decision', () => {
        const inst = articleWorld()
        const original = GlideRecord.prototype.query
        const spy = jest.spyOn(GlideRecord.prototype, 'query').mockImplementation(function (this: GlideRecord, ...args: unknown[]) {
            if (this.getTableName() === 'x_bu_itpartner_route') throw new Error('database unavailable')
            return (original as (...a: unknown[]) => void).apply(this, args)
        })
        try {
            const row = insertIncident(inst, { number: 'INC0099001', caller_id: U.metTech, category: 'network', assignment_group: G.helpCenter })
            expect(row.assignment_group).toBe(G.helpCenter)
            const errors = inst.logs.filter((log) => log.level === 'error').map((log) => log.message)
            expect(errors).toEqual([expect.stringContaining('INC0099001')])
            expect(errors[0]).toContain('database unavailable')
            expect(decisions(inst)).toEqual([expect.objectContaining({ outcome: 'error', task: row.sys_id })])
        } finally {
            spy.mockRestore()
        }
    })
})

describe('a decision row that cannot be written', () => {
    test.each([
        ['with its group and the agent’s note', { assignment_group: G.helpCenter, work_notes: 'Partner says VPN is down' }, ['Partner says VPN is down\n\n']],
        ['with no group and no note', {}, ['']],
    ])('the save happened, so the routing stands with its work note; the failure is logged with the ticket, %s', (_case, values, notes) => {
        const inst = articleWorld()
        const original = GlideRecord.prototype.insert
        const spy = jest.spyOn(GlideRecord.prototype, 'insert').mockImplementation(function (this: GlideRecord) {
            if (this.getTableName() === 'x_bu_itpartner_decision') throw new Error('decision table locked')
            return original.apply(this)
        })
        try {
            const row = insertIncident(inst, { caller_id: U.metTech, category: 'network', ...values })
            expect(row.assignment_group).toBe(G.network)
            const journal = workNotes(inst, row.sys_id)
            expect(journal).toHaveLength(1)
            expect(journal[0].startsWith(notes[0])).toBe(true)
            expect(journal[0]).toContain('Network Services')
            expect(decisions(inst)).toEqual([])
            const errors = inst.logs.filter((log) => log.level === 'error').map((log) => log.message)
            expect(errors).toEqual([expect.stringContaining(`recording the decisions of ${row.number} failed`)])
        } finally {
            spy.mockRestore()
        }
    })
})
