import type { EventResult } from '../../replay/run/engine.ts'
import { timeOf } from '../../replay/read/datetime.ts'
import { eventTimeText, type ReplayEvent } from '../../replay/read/events/event.ts'
import { valueSentence } from '../../replay/report/value/sentence.ts'
import { tier1Test, valueRules, type ValueRules } from '../../replay/report/value/rules.ts'
import { ValueTracker } from '../../replay/report/value/tracker.ts'
import type { ValueSummary } from '../../replay/report/value/types.ts'

const TIER1 = new Set(['IT Help Center', 'Desktop Services'])
const isTier1 = (name: string) => TIER1.has(name)
/** The rules of these cases: MET IT is a Partner's queue, the other groups but tier 1 are escalation groups. */
const RULES: ValueRules = { isTier1, isPartnerGroup: (name) => name === 'MET IT' }

/**
 * One event of a case: the real save (`asked`: the group it set, after assignment rules; undefined on an update that
 * does not set the group), what the app kept, its outcome, the stamp's Partner and signal after it (by default those of
 * a decision, red_flag of MET IT), and the hour of the day (UTC, 2026-11-02) it happened.
 */
interface Step {
    action?: 'insert' | 'update'
    asked?: string | null
    kept: string | null
    outcome?: string
    partner?: string | null
    signal?: string | null
    hour?: number
}

function feed(tracker: ValueTracker, number: string, steps: Step[]): void {
    steps.forEach((step, index) => {
        const action = step.action ?? (index === 0 ? 'insert' : 'update')
        const outcome = step.outcome ?? 'none'
        const escalation = outcome !== 'none'
        const partner = step.partner !== undefined ? step.partner : escalation ? 'MET IT' : null
        const signal = step.signal !== undefined ? step.signal : escalation ? 'red_flag' : null
        const result: EventResult = {
            number,
            action,
            group_before: step.asked === undefined ? step.kept : step.asked,
            group_after: step.kept,
            partner,
            signal,
            outcome,
            reason: null,
            banner: null,
            blocked: outcome === 'boomerang_blocked',
            work_notes: null,
            warnings: [],
            stamp: signal ? { partner, signal, escalation: signal !== 'department', hops: 0, boomerangs: 0, ping_pong: false } : null,
        }
        const at = step.hour === undefined ? undefined : `2026-11-02 ${String(Math.floor(step.hour)).padStart(2, '0')}:${String((step.hour % 1) * 60).padStart(2, '0')}:00`
        const set: Record<string, string> = step.asked === undefined ? { work_notes: 'x' } : { assignment_group: 'sys_id' }
        const event: ReplayEvent =
            action === 'insert'
                ? { index, table: 'incident', action, number, record: {}, user: '', ...(at ? { at } : {}) }
                : { index, table: 'incident', action, number, set, user: '', ...(at ? { at } : {}) }
        tracker.add(result, event)
    })
}

function one(steps: Step[], rules = RULES) {
    const tracker = new ValueTracker(rules)
    feed(tracker, 'INC1', steps)
    return { summary: tracker.summary(), ticket: [...tracker.ticketValues()][0] }
}

const HC = 'IT Help Center'
const DS = 'Desktop Services'
const NS = 'Network Services'
const SE = 'System Engineering'
const MET = 'MET IT'

describe('the value of one ticket: actual path against the app path', () => {
    test.each<[string, Step[], Partial<ReturnType<typeof one>['ticket']>]>([
        [
            'rerouted on insert, the real ticket went HC → NS 3 hours later: 1 hop and 3 hours saved',
            [
                { asked: HC, kept: NS, outcome: 'rerouted', hour: 9 },
                { asked: NS, kept: NS, hour: 12 },
            ],
            { actual_path: [HC, NS], app_path: [NS], actual_hops: 1, app_hops: 0, hops_saved: 1, tier1_stations_skipped: 1, skipped_tier1: true, tier1_hours_saved: 3 },
        ],
        [
            'no times in the events: hops counted, hours null',
            [{ asked: HC, kept: NS, outcome: 'rerouted' }, { asked: NS, kept: NS }],
            { hops_saved: 1, skipped_tier1: true, tier1_hours_saved: null },
        ],
        [
            'tier 1 to tier 1 to out: one stay, two tier-1 stations skipped; the blocked move within tier 1 is moot, no boomerang',
            [
                { asked: HC, kept: NS, outcome: 'rerouted', hour: 8 },
                { asked: DS, kept: NS, outcome: 'boomerang_blocked', hour: 10 },
                { asked: SE, kept: SE, hour: 13 },
            ],
            {
                actual_path: [HC, DS, SE],
                app_path: [NS, SE],
                actual_hops: 2,
                app_hops: 1,
                hops_saved: 1,
                tier1_stations_skipped: 2,
                tier1_hours_saved: 5,
                boomerangs_stopped: 0,
                moot_tier1_moves: 1,
            },
        ],
        [
            'an update that does not set the group keeps the real ticket where it was; the stay goes on',
            [
                { asked: HC, kept: NS, outcome: 'rerouted', hour: 8 },
                { kept: NS, hour: 9 },
                { asked: NS, kept: NS, hour: 11 },
            ],
            { actual_path: [HC, NS], app_path: [NS], tier1_hours_saved: 3 },
        ],
        [
            'a stay that never ends (tier 1 solved it, or it is open) is not counted',
            [
                { asked: HC, kept: NS, outcome: 'rerouted', hour: 8 },
                { kept: NS, hour: 20 },
            ],
            { actual_path: [HC], app_path: [NS], hops_saved: 0, skipped_tier1: true, tier1_hours_saved: 0 },
        ],
        [
            'a specialty kept in tier 1: the app is in tier 1 too, nothing saved',
            [
                { asked: HC, kept: HC, outcome: 'kept_specialty', hour: 8 },
                { asked: NS, kept: NS, hour: 10 },
            ],
            { actual_path: [HC, NS], app_path: [HC, NS], hops_saved: 0, tier1_stations_skipped: 0, skipped_tier1: false, tier1_hours_saved: 0 },
        ],
        [
            'a warned boomerang: the app lets the ticket go to tier 1, that stay is not saved; counted as warned, not stopped',
            [
                { asked: HC, kept: NS, outcome: 'rerouted', hour: 8 },
                { asked: NS, kept: NS, hour: 9 },
                { asked: DS, kept: DS, outcome: 'boomerang_warned', hour: 10 },
                { asked: SE, kept: SE, hour: 15 },
            ],
            { actual_path: [HC, NS, DS, SE], app_path: [NS, DS, SE], hops_saved: 1, tier1_stations_skipped: 1, tier1_hours_saved: 1, boomerangs_stopped: 0, boomerangs_warned: 1 },
        ],
        [
            'a Partner hand-off: MET IT → HC → NS really, MET IT → NS by the app',
            [
                { asked: MET, kept: MET, hour: 7 },
                { asked: HC, kept: NS, outcome: 'rerouted', signal: 'partner_handoff', hour: 9 },
                { asked: NS, kept: NS, hour: 10.5 },
            ],
            // MET IT is the Partner's queue, no escalation group: the ticket passed tier 1 before its first one.
            { actual_path: [MET, HC, NS], app_path: [MET, NS], hops_saved: 1, skipped_tier1: true, went_straight: false, tier1_hours_saved: 1.5, signal: 'partner_handoff' },
        ],
        [
            'a department client under review: no decision, not an escalation, nothing skipped',
            [
                { asked: HC, kept: HC, partner: 'BUMC IT', signal: 'department', hour: 8 },
                { asked: NS, kept: NS, partner: 'BUMC IT', signal: 'department', hour: 9 },
            ],
            { partner_escalation: false, partner: 'BUMC IT', signal: 'department', hops_saved: 0, skipped_tier1: false, tier1_hours_saved: 0 },
        ],
        [
            'an event without a time inside a counted stay: that stay is not measured, the ticket has no hours',
            [
                { asked: HC, kept: NS, outcome: 'rerouted', hour: 8 },
                { kept: NS },
                { asked: NS, kept: NS, hour: 11 },
            ],
            { skipped_tier1: true, tier1_hours_saved: 0, tier1_stays_not_measured: 1 },
        ],
        [
            'time going back is not measured',
            [
                { asked: HC, kept: NS, outcome: 'rerouted', hour: 11 },
                { asked: NS, kept: NS, hour: 9 },
            ],
            { tier1_hours_saved: 0, tier1_stays_not_measured: 1 },
        ],
        [
            'a move to no group ends the stay; empty groups are no stations',
            [
                { asked: null, kept: null, hour: 6 },
                { asked: HC, kept: NS, outcome: 'rerouted', hour: 8 },
                { asked: null, kept: NS, hour: 10 },
                { asked: NS, kept: NS, hour: 12 },
            ],
            { actual_path: [HC, NS], app_path: [NS], tier1_hours_saved: 2, hops_saved: 1 },
        ],
        [
            'a specialty route that the app sets while the real ticket went straight to an escalation group: a hop more',
            [
                { asked: null, kept: DS, outcome: 'kept_specialty', hour: 8 },
                { asked: NS, kept: NS, hour: 9 },
            ],
            { actual_path: [NS], app_path: [DS, NS], actual_hops: 0, app_hops: 1, hops_saved: -1, tier1_stations_skipped: 0, skipped_tier1: false, went_straight: true },
        ],
        [
            'an agent put it straight into an escalation group: no decision, yet a Partner escalation by its stamp, gone straight',
            [
                { asked: NS, kept: NS, partner: 'MET IT', signal: 'red_flag', hour: 8 },
                { asked: NS, kept: NS, hour: 9 },
            ],
            { partner_escalation: true, went_straight: true, skipped_tier1: false, partner: 'MET IT', signal: 'red_flag', actual_path: [NS], app_path: [NS], hops_saved: 0 },
        ],
        [
            "straight from the Partner's queue to an escalation group: gone straight (a Partner's queue is no tier 1)",
            [
                { asked: MET, kept: MET, partner: 'MET IT', signal: 'partner_opener', hour: 7 },
                { asked: SE, kept: SE, hour: 9 },
            ],
            { partner_escalation: true, went_straight: true, skipped_tier1: false, actual_path: [MET, SE] },
        ],
        [
            'went straight, then sent back to tier 1 (stopped): no skip on the way in, but a tier-1 station and its hours saved',
            [
                { asked: SE, kept: SE, partner: 'MET IT', signal: 'red_flag', hour: 8 },
                { asked: HC, kept: SE, outcome: 'boomerang_blocked', hour: 10 },
                { asked: NS, kept: NS, hour: 14 },
            ],
            { went_straight: true, skipped_tier1: false, tier1_stations_skipped: 1, hops_saved: 1, tier1_hours_saved: 4, boomerangs_stopped: 1, moot_tier1_moves: 0 },
        ],
        [
            "sent back to the Partner's queue after an escalation group: a real boomerang",
            [
                { asked: HC, kept: NS, outcome: 'rerouted', hour: 8 },
                { asked: NS, kept: NS, hour: 9 },
                { asked: MET, kept: NS, outcome: 'boomerang_blocked', hour: 10 },
            ],
            { boomerangs_stopped: 1, moot_tier1_moves: 0 },
        ],
        [
            'the stamp loses its escalation signal later (a new caller): still a Partner escalation, with its last escalation stamp',
            [
                { asked: HC, kept: NS, outcome: 'rerouted', partner: 'MET IT', signal: 'partner_opener', hour: 8 },
                { asked: NS, kept: NS, partner: 'MET IT', signal: 'red_flag', hour: 9 },
                { asked: NS, kept: NS, partner: 'BUMC IT', signal: 'department', hour: 10 },
            ],
            { partner_escalation: true, partner: 'MET IT', signal: 'red_flag', skipped_tier1: true },
        ],
        [
            'no Partner escalation: its saving figures are nothing, whatever its paths',
            [
                { asked: HC, kept: HC, hour: 8 },
                { asked: DS, kept: DS, hour: 9 },
                { asked: NS, kept: NS, hour: 12 },
            ],
            { partner_escalation: false, actual_hops: 2, app_hops: 2, hops_saved: 0, tier1_stations_skipped: 0, tier1_hours_saved: 0, went_straight: false, skipped_tier1: false },
        ],
    ])('%s', (_name, steps, expected) => {
        expect(one(steps).ticket).toMatchObject(expected)
    })

    test('an update of a ticket from the incident export starts from its exported group', () => {
        const tracker = new ValueTracker(RULES, new Map([['INC9', HC]]))
        expect([tracker.had('INC9'), tracker.had('INC8')]).toEqual([HC, null])
        feed(tracker, 'INC9', [
            { action: 'update', asked: HC, kept: NS, outcome: 'rerouted', signal: 'partner_handoff', hour: 8 },
            { asked: SE, kept: SE, hour: 9 },
        ])
        expect([...tracker.ticketValues()][0]).toMatchObject({ actual_path: [HC, SE], app_path: [HC, NS, SE], hops_saved: -1 })
        expect(tracker.had('INC9')).toBe(SE)
    })

    test('had() asked before each event, as the CLI does: the group the previous event left, for a new ticket too', () => {
        const tracker = new ValueTracker(RULES, new Map([['INC9', HC]]))
        const seen: (string | null)[] = []
        const steps: Step[] = [{ kept: DS }, { asked: NS, kept: NS }, { asked: SE, kept: SE }]
        steps.forEach((step, index) => {
            seen.push(tracker.had('INC1'))
            feed(tracker, 'INC1', [{ ...step, action: index ? 'update' : 'insert' }])
        })
        seen.push(tracker.had('INC9'), tracker.had('INC1'))
        expect(seen).toEqual([null, DS, NS, HC, SE])
    })
})

describe('the value summary', () => {
    /** A: rerouted, really HC → NS → HC (a boomerang the guard stops); B, C: one event each; D, E department clients; F no Partner. */
    function demoLike(timed: boolean): ValueSummary {
        const tracker = new ValueTracker(RULES)
        const t = (hour: number) => (timed ? hour : undefined)
        feed(tracker, 'A', [
            { asked: HC, kept: NS, outcome: 'rerouted', hour: t(8) },
            { asked: NS, kept: NS, hour: t(10) },
            { asked: HC, kept: NS, outcome: 'boomerang_blocked', hour: t(11) },
        ])
        feed(tracker, 'B', [{ asked: HC, kept: SE, outcome: 'rerouted', partner: 'SMG-ITS', signal: 'partner_opener', hour: t(9) }])
        feed(tracker, 'C', [{ asked: HC, kept: HC, outcome: 'kept_specialty', partner: 'BUMC IT', hour: t(9) }])
        feed(tracker, 'D', [{ asked: HC, kept: HC, partner: 'BUMC IT', signal: 'department', hour: t(9) }])
        feed(tracker, 'E', [{ asked: HC, kept: HC, partner: 'CFA IT', signal: 'department', hour: t(9) }])
        feed(tracker, 'F', [{ asked: HC, kept: HC, hour: t(9) }])
        return tracker.summary()
    }

    test('counts Partner escalations by their stamp, department clients apart, boomerangs stopped', () => {
        const summary = demoLike(true)
        expect(summary).toMatchObject({
            tickets: 6,
            partner_escalations: 3,
            skipped_tier1: 2,
            tier1_stations_skipped: 3,
            hops: { actual: 2, app: 0, saved: 2 },
            tier1_hours_saved: 2,
            boomerangs_stopped: 1,
            boomerangs_warned: 0,
        })
        // A and B are still in tier 1 at their last event, while the app had them elsewhere.
        expect(summary.tier1_time).toEqual({ events_with_time: 8, unreadable_times: 0, stays_not_measured: 0, escalations_still_in_tier1: 2 })
        expect(summary.by_partner).toEqual([
            { partner: 'BUMC IT', escalations: 1, went_straight: 0, skipped_tier1: 0, tier1_stations_skipped: 0, hops_saved: 0, tier1_hours_saved: 0, boomerangs_stopped: 0 },
            { partner: 'MET IT', escalations: 1, went_straight: 0, skipped_tier1: 1, tier1_stations_skipped: 2, hops_saved: 2, tier1_hours_saved: 2, boomerangs_stopped: 1 },
            { partner: 'SMG-ITS', escalations: 1, went_straight: 0, skipped_tier1: 1, tier1_stations_skipped: 1, hops_saved: 0, tier1_hours_saved: 0, boomerangs_stopped: 0 },
        ])
        expect(summary.department_clients).toEqual([
            { partner: 'BUMC IT', tickets: 1 },
            { partner: 'CFA IT', tickets: 1 },
        ])
        expect(summary.sentence).toBe('Of 3 Partner escalations, 2 would have skipped tier 1 and 0 already went straight; 2 hops and 2 hours in tier-1 queues saved; 1 boomerang stopped.')
    })

    test('without times the sentence says so instead of 0 hours', () => {
        const summary = demoLike(false)
        expect(summary.tier1_hours_saved).toBeNull()
        expect(summary.by_partner[0].tier1_hours_saved).toBeNull()
        expect(summary.sentence).toBe(
            'Of 3 Partner escalations, 2 would have skipped tier 1 and 0 already went straight; 2 hops saved (hours in tier-1 queues: no times in the events); 1 boomerang stopped.',
        )
    })

    test('the sentence has thousands separators and singulars', () => {
        const base = demoLike(true)
        const big = { ...base, partner_escalations: 20_000, skipped_tier1: 12_345, went_straight: 4_321, hops: { actual: 0, app: 0, saved: 1_234_567 }, tier1_hours_saved: 98_765.4, boomerangs_stopped: 1_000 }
        expect(valueSentence(big)).toBe(
            'Of 20,000 Partner escalations, 12,345 would have skipped tier 1 and 4,321 already went straight; 1,234,567 hops and 98,765.4 hours in tier-1 queues saved; 1,000 boomerangs stopped.',
        )
        expect(valueSentence({ ...base, partner_escalations: 1, skipped_tier1: 1, went_straight: 0, hops: { actual: 0, app: 0, saved: 0 }, tier1_hours_saved: 1, boomerangs_stopped: 0 })).toBe(
            'Of 1 Partner escalation, 1 would have skipped tier 1 and 0 already went straight; 0 hops and 1 hour in tier-1 queues saved; 0 boomerangs stopped.',
        )
    })

    test('hours: each ticket to 0.1 h, the total their sum (three tickets of 2.4 minutes are 0 hours, not 0.1)', () => {
        const tracker = new ValueTracker(RULES)
        for (const number of ['A', 'B', 'C']) {
            feed(tracker, number, [
                { asked: HC, kept: NS, outcome: 'rerouted', hour: 8 },
                { asked: NS, kept: NS, hour: 8.04 },
            ])
        }
        expect([...tracker.ticketValues()].map((ticket) => ticket.tier1_hours_saved)).toEqual([0, 0, 0])
        expect(tracker.summary().tier1_hours_saved).toBe(0)
    })

    test('department_policy = escalate: a department stamp makes a Partner escalation; review leaves it a department client', () => {
        const steps: Step[] = [
            { asked: HC, kept: NS, outcome: 'rerouted', partner: 'BUMC IT', signal: 'department', hour: 8 },
            { asked: NS, kept: NS, hour: 9 },
        ]
        expect(one(steps, { ...RULES, departmentEscalates: true }).summary).toMatchObject({
            partner_escalation_signals: ['red_flag', 'partner_handoff', 'partner_opener', 'department'],
            partner_escalations: 1,
            skipped_tier1: 1,
            department_clients: [],
        })
        expect(one(steps).summary).toMatchObject({ partner_escalations: 0, department_clients: [{ partner: 'BUMC IT', tickets: 1 }] })
    })

    test('unreadable times are counted, not taken as 0', () => {
        const tracker = new ValueTracker(RULES)
        tracker.add(
            { number: 'X', action: 'insert', group_before: HC, group_after: NS, partner: 'P', signal: 'red_flag', outcome: 'rerouted', reason: null, banner: null, blocked: false, work_notes: null, warnings: [], stamp: null },
            { index: 0, table: 'incident', action: 'insert', number: 'X', record: { opened_at: '11/02/2026 09:00:00 AM' }, user: '' },
        )
        expect(tracker.summary().tier1_time).toMatchObject({ events_with_time: 0, unreadable_times: 1 })
        expect(tracker.summary().tier1_hours_saved).toBeNull()
    })
})

describe('event times', () => {
    test.each<[string, number | null]>([
        ['2026-11-02 09:30:00', Date.UTC(2026, 10, 2, 9, 30)],
        ['2026-11-02T09:30:00Z', Date.UTC(2026, 10, 2, 9, 30)],
        ['2026-11-02T09:30:00.123+02:00', Date.UTC(2026, 10, 2, 7, 30)],
        ['2026-11-02T09:30-0500', Date.UTC(2026, 10, 2, 14, 30)],
        ['2026-02-30 09:30:00', null],
        ['2026-11-02 24:30:00', null],
        ['11/02/2026 09:30:00', null],
        ['2026-11-02', null],
        ['', null],
    ])('%s', (text, expected) => {
        expect(timeOf(text)).toBe(expected)
    })

    test('at first, then the record dates of an insert, sys_updated_on of an update', () => {
        const insert = (record: Record<string, string>, at?: string): ReplayEvent => ({ index: 0, table: 'incident', action: 'insert', number: 'N', record, user: '', ...(at ? { at } : {}) })
        expect(eventTimeText(insert({ opened_at: 'o', sys_created_on: 'c' }, 'a'))).toBe('a')
        expect(eventTimeText(insert({ opened_at: 'o', sys_created_on: 'c' }))).toBe('o')
        expect(eventTimeText(insert({ sys_created_on: 'c' }))).toBe('c')
        expect(eventTimeText(insert({}))).toBeUndefined()
        expect(eventTimeText({ index: 0, table: 'incident', action: 'update', number: 'N', set: { sys_updated_on: 'u', opened_at: 'o' }, user: '' })).toBe('u')
    })
})

describe('tier-1 groups as the app reads the property', () => {
    const groups = [
        { sys_id: 'g1', name: 'IT Help Center' },
        { sys_id: 'g2', name: 'Desktop Services' },
        { sys_id: 'g3', name: 'Network Services' },
    ]
    test.each<[string, string[], string[]]>([
        ['the default', [], ['IT Help Center', 'Desktop Services']],
        ['names ignoring case', ['it help center'], ['IT Help Center']],
        ['a sys_id', ['g3'], ['Network Services']],
    ])('%s', (_name, value, tier1) => {
        const rows = value.length ? [{ name: 'x_bu_itpartner.tier1_groups', value: value.join(',') }] : []
        const test = tier1Test(rows, groups)
        expect(groups.map((group) => group.name).filter(test)).toEqual(tier1)
    })
})

describe('the rules of a snapshot', () => {
    test("Partners' groups: those of active Partners, by name; department_policy as the app reads it", () => {
        const tables = new Map([
            ['sys_user_group', [{ sys_id: 'g1', name: 'IT Help Center' }, { sys_id: 'g5', name: 'MET IT' }, { sys_id: 'g6', name: 'Old Partner queue' }]],
            ['x_bu_itpartner_partner', [{ sys_id: 'p1', name: 'MET', support_group: 'g5', active: 'true' }, { sys_id: 'p2', name: 'Old', support_group: 'g6', active: 'false' }]],
            ['sys_properties', [{ name: 'x_bu_itpartner.department_policy', value: ' Escalate ' }]],
        ])
        const rules = valueRules(tables)
        expect(['IT Help Center', 'MET IT', 'Old Partner queue'].map((name) => [rules.isTier1(name), rules.isPartnerGroup(name)])).toEqual([
            [true, false],
            [false, true],
            [false, false],
        ])
        expect(rules.departmentEscalates).toBe(true)
        expect(valueRules(new Map()).departmentEscalates).toBe(false)
    })
})

describe('many tickets', () => {
    test('state survives growing past the first columns; numbers of any form come back as given', () => {
        const tracker = new ValueTracker(RULES)
        const numbers = Array.from({ length: 3000 }, (_, n) => (n % 500 === 7 ? `CHG${n}` : n % 700 === 3 ? `INC${n}` : `INC${String(n).padStart(7, '0')}`))
        numbers.forEach((number, n) => feed(tracker, number, [{ asked: HC, kept: NS, outcome: 'rerouted', hour: 1 }, ...(n % 2 ? [{ asked: SE, kept: SE, hour: 3 }] : [])]))
        const tickets = [...tracker.ticketValues()]
        expect(tickets.map((ticket) => ticket.number)).toEqual(numbers)
        expect(tickets[2999]).toMatchObject({ actual_path: [HC, SE], app_path: [NS, SE], tier1_hours_saved: 2 })
        expect(tickets[2998]).toMatchObject({ actual_path: [HC], app_path: [NS], tier1_hours_saved: 0 })
        expect(tracker.summary()).toMatchObject({ tickets: 3000, partner_escalations: 3000, skipped_tier1: 3000, hops: { actual: 1500, app: 1500, saved: 0 }, tier1_hours_saved: 3000 })
    })

    test('the Partner escalations alone, for the page: the same tickets as every ticket filtered', () => {
        const tracker = new ValueTracker(RULES)
        feed(tracker, 'A', [{ asked: HC, kept: NS, outcome: 'rerouted', hour: 1 }])
        feed(tracker, 'B', [{ asked: HC, kept: HC, hour: 1 }])
        feed(tracker, 'C', [{ asked: NS, kept: NS, partner: 'MET IT', signal: 'red_flag', hour: 1 }])
        expect([...tracker.ticketValues(true)]).toEqual([...tracker.ticketValues()].filter((ticket) => ticket.partner_escalation))
        expect([...tracker.ticketValues(true)].map((ticket) => ticket.number)).toEqual(['A', 'C'])
    })

    test('without kept paths the summary is the same and per-ticket detail is refused', () => {
        const tracker = new ValueTracker(RULES, new Map(), false)
        feed(tracker, 'A', [{ asked: HC, kept: NS, outcome: 'rerouted', hour: 1 }, { asked: SE, kept: SE, hour: 4 }])
        expect(tracker.summary()).toMatchObject({ hops: { actual: 1, app: 1, saved: 0 }, tier1_hours_saved: 3 })
        expect(() => [...tracker.ticketValues()]).toThrow(/needs keepPaths/)
    })
})
