import { decideRoute, movesTicket, planRouting, type RoutingInput, type TicketChange } from '../../src/server/core/routing.ts'
import { escalates, strongest } from '../../src/server/core/signals.ts'
import type { Route } from '../../src/server/core/model.ts'
import { config, DESKTOP, evidence, group, HELP_CENTER, LAW, MET, MET_GROUP, NETWORK, route, SYSENG } from './fixtures.ts'

const change = (overrides: Partial<TicketChange>): TicketChange => ({
    action: 'insert',
    group: null,
    previousGroup: null,
    partiesChanged: false,
    ...overrides,
})

describe('planRouting: when the routing rule looks at a ticket (Behaviour 1)', () => {
    test.each([
        ['new ticket with no group', change({}), true],
        ['new ticket the assignment rule put in the Service Desk', change({ group: HELP_CENTER }), true],
        ['new ticket in Desktop Services', change({ group: DESKTOP }), true],
        ['new ticket an agent put in Network Services by hand (left alone)', change({ group: NETWORK }), false],
        ['Partner hand-off: MET IT group -> Service Desk', change({ action: 'update', previousGroup: MET_GROUP, group: HELP_CENTER }), true],
        ['Partner hand-off: MET IT group -> empty', change({ action: 'update', previousGroup: MET_GROUP, group: null }), true],
        ['caller changed on a tier-1 ticket', change({ action: 'update', previousGroup: HELP_CENTER, group: HELP_CENTER, partiesChanged: true }), true],
        ['update that keeps a tier-1 group, parties unchanged', change({ action: 'update', previousGroup: HELP_CENTER, group: HELP_CENTER }), false],
        ['move from tier 1 to tier 1', change({ action: 'update', previousGroup: HELP_CENTER, group: DESKTOP }), false],
        ['move to an escalation group by an agent', change({ action: 'update', previousGroup: HELP_CENTER, group: NETWORK }), false],
    ])('%s -> evaluate=%p', (_case, ticket, evaluate) => {
        expect(planRouting(ticket, config()).evaluate).toBe(evaluate)
    })

    test('an update from a non-tier-1 group into tier 1 is only a hand-off candidate, never routed on its own', () => {
        const plan = planRouting(change({ action: 'update', previousGroup: NETWORK, group: HELP_CENTER }), config())
        expect(plan).toEqual({ evaluate: true, checkHandoff: true, checkParties: false })
    })

    test('kill switch: enabled=false routes nothing', () => {
        expect(planRouting(change({}), config({ enabled: false })).evaluate).toBe(false)
    })
})

describe('signals: precedence red_flag > partner_handoff > partner_opener > department', () => {
    const SMG = { ...MET, id: 'prt_smg', name: 'SMG Information Tech Services (SMG-ITS)' }
    test.each([
        [['department', 'partner_opener', 'red_flag'], 'red_flag'],
        [['partner_opener', 'partner_handoff'], 'partner_handoff'],
        [['department', 'partner_opener'], 'partner_opener'],
        [['department'], 'department'],
    ] as const)('%p -> %s', (signals, expected) => {
        expect(strongest(signals.map((signal) => evidence(signal)))?.signal).toBe(expected)
    })

    test('the strongest signal also names the Partner', () => {
        expect(strongest([evidence('partner_opener', SMG), evidence('red_flag', MET)])?.partner).toBe(MET)
    })

    test('nothing found is no evidence', () => {
        expect(strongest([null, undefined])).toBeNull()
    })

    test.each([
        ['red_flag', 'review', true],
        ['partner_opener', 'review', true],
        ['partner_handoff', 'review', true],
        ['department', 'review', false],
        ['department', 'escalate', true],
    ] as const)('%s under department_policy=%s escalates: %p', (signal, policy, expected) => {
        expect(escalates(signal, policy)).toBe(expected)
    })
})

describe('decideRoute: where an escalation goes', () => {
    const ACCOUNTS = route('Account issues', HELP_CENTER, 10, 'category=account')
    const KACE = route('KACE', DESKTOP, 20, 'short_descriptionLIKEkace')
    const NETWORK_ROUTE = route('Network', NETWORK, 200, 'category=network')
    const SERVERS = route('Servers', SYSENG, 300, 'category=server')
    const ALL = [ACCOUNTS, KACE, NETWORK_ROUTE, SERVERS]

    const input = (overrides: Partial<RoutingInput> & { category?: string }): RoutingInput => {
        const category = overrides.category ?? 'network'
        return {
            escalation: evidence('red_flag'),
            group: HELP_CENTER,
            routes: ALL,
            matches: (r: Route) => r.condition === '' || r.condition === `category=${category}` || (category === 'kace' && r === KACE),
            defaultGroup: () => null,
            config: config(),
            ...overrides,
        }
    }

    test('red-flag caller with a network problem goes to Network Services', () => {
        const decision = decideRoute(input({}))
        expect(decision).toMatchObject({ outcome: 'rerouted', signal: 'red_flag', partner: MET, fromGroup: HELP_CENTER, toGroup: NETWORK, route: NETWORK_ROUTE })
        expect(decision.reason).toContain('red flag')
        expect(decision.reason).toContain('Network Services')
        expect(movesTicket(decision)).toBe(true)
    })

    test.each([
        ['opener', 'partner_opener', 'server', SYSENG],
        ['hand-off', 'partner_handoff', 'network', NETWORK],
    ] as const)('%s escalation is routed like any escalation', (_who, signal, category, target) => {
        expect(decideRoute(input({ escalation: evidence(signal), category })).toGroup).toBe(target)
    })

    test('department client under escalate policy is routed (the caller decides via escalates())', () => {
        expect(decideRoute(input({ escalation: evidence('department') }))).toMatchObject({ outcome: 'rerouted', signal: 'department', toGroup: NETWORK })
    })

    test('specialty: account issues stay with the Service Desk', () => {
        const decision = decideRoute(input({ category: 'account' }))
        expect(decision).toMatchObject({ outcome: 'kept_specialty', toGroup: HELP_CENTER, route: ACCOUNTS })
        expect(movesTicket(decision)).toBe(false)
    })

    test('specialty: KACE is set to its tier-1 group even from an empty group', () => {
        const decision = decideRoute(input({ category: 'kace', group: null }))
        expect(decision).toMatchObject({ outcome: 'kept_specialty', toGroup: DESKTOP, route: KACE })
        expect(movesTicket(decision)).toBe(true)
    })

    test('routes are taken in the order given: the first match wins', () => {
        const catchAll = route('Anything', SYSENG, 5)
        expect(decideRoute(input({ routes: [catchAll, ...ALL] })).route).toBe(catchAll)
    })

    test.each([
        ['inactive', group('Network Services', false)],
        ['missing', null],
    ])('a matching route whose group is %s is skipped and said so', (state, target) => {
        const broken = route('Network (old)', target, 150, 'category=network')
        const decision = decideRoute(input({ routes: [broken, ...ALL] }))
        expect(decision.route).toBe(NETWORK_ROUTE)
        expect(decision.reason).toContain('Network (old)')
        expect(decision.reason).toContain(state === 'inactive' ? 'inactive' : 'no longer exists')
    })

    test('no route matches: the default escalation group', () => {
        const decision = decideRoute(input({ category: 'printer', defaultGroup: () => SYSENG, config: config({ defaultEscalationGroup: 'System Engineering' }) }))
        expect(decision).toMatchObject({ outcome: 'rerouted', toGroup: SYSENG, route: null })
        expect(decision.reason).toContain('default escalation group')
    })

    test('no route and no default: no_target, the group stays', () => {
        const decision = decideRoute(input({ category: 'printer' }))
        expect(decision).toMatchObject({ outcome: 'no_target', toGroup: HELP_CENTER, route: null })
        expect(decision.reason).toContain('no default escalation group is set')
        expect(movesTicket(decision)).toBe(false)
    })

    test.each([
        ['unknown', null, 'was not found'],
        ['inactive', group('System Engineering', false), 'inactive'],
        ['tier-1', DESKTOP, 'tier-1'],
    ])('an %s default group is not used: no_target', (_kind, resolved, words) => {
        const decision = decideRoute(
            input({ category: 'printer', defaultGroup: () => resolved, config: config({ defaultEscalationGroup: 'X' }) }),
        )
        expect(decision.outcome).toBe('no_target')
        expect(decision.reason).toContain(words)
    })

    test('the default group is not even looked up when a route applies', () => {
        const lookup = jest.fn(() => SYSENG)
        decideRoute(input({ defaultGroup: lookup, config: config({ defaultEscalationGroup: 'System Engineering' }) }))
        expect(lookup).not.toHaveBeenCalled()
    })

    test('route conditions are evaluated lazily, stopping at the first match', () => {
        const matches = jest.fn((r: Route) => r === ACCOUNTS)
        decideRoute(input({ matches }))
        expect(matches).toHaveBeenCalledTimes(1)
    })

    test('a Partner without a ServiceNow group is still named in the decision', () => {
        expect(decideRoute(input({ escalation: evidence('red_flag', LAW) })).partner).toBe(LAW)
    })
})

describe('planRouting: the questions asked, exactly', () => {
    test.each([
        ['insert', change({}), { evaluate: true, checkHandoff: false, checkParties: true }, true],
        ['a group an agent chose outside tier 1', change({ group: NETWORK }), { evaluate: false, checkHandoff: false, checkParties: false }, true],
        ['switched off', change({}), { evaluate: false, checkHandoff: false, checkParties: false }, false],
        ['update of a ticket that had no group, parties changed', change({ action: 'update', group: HELP_CENTER, partiesChanged: true }), { evaluate: true, checkHandoff: false, checkParties: true }, true],
        ['hand-off with the parties changed too', change({ action: 'update', previousGroup: MET_GROUP, group: HELP_CENTER, partiesChanged: true }), { evaluate: true, checkHandoff: true, checkParties: true }, true],
    ])('%s', (_case, ticket, plan, enabled) => {
        expect(planRouting(ticket, config({ enabled }))).toEqual(plan)
    })
})
