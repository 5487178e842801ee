import { GlideDateTime, GlideRecord, gs, Instance } from '../../emulator/glide/index.ts'
import { BATCH_SIZE, DEFAULT_RETENTION_DAYS, MAX_BATCHES, parseRetentionDays, RETENTION_PROPERTY } from '../../src/server/core/retention.ts'
import { purgeDecisions } from '../../src/server/rules/decision-retention.ts'
import { deleteDecisionsBefore } from '../../src/server/glide/retention.ts'
import { appInstance } from '../support/app.ts'

const DECISION = 'x_bu_itpartner_decision'

describe('parseRetentionDays', () => {
    test.each([
        [null, DEFAULT_RETENTION_DAYS, false],
        ['', DEFAULT_RETENTION_DAYS, false],
        [' 30 ', 30, false],
        ['0', null, false],
        ['1', 1, false],
        ['-5', DEFAULT_RETENTION_DAYS, true],
        ['1.5', DEFAULT_RETENTION_DAYS, true],
        ['a year', DEFAULT_RETENTION_DAYS, true],
    ])('%j: %j days, logged: %s', (raw, days, logged) => {
        const setting = parseRetentionDays(raw)
        expect(setting.days).toBe(days)
        expect(setting.problem !== null).toBe(logged)
        if (logged) expect(setting.problem).toContain(`using ${DEFAULT_RETENTION_DAYS}`)
    })
})

describe('gs.daysAgoStart and GlideDateTime in the embedded instance', () => {
    test('daysAgoStart: the start of the day that many days before the clock, in UTC for a session without a time zone, without advancing it', () => {
        new Instance(undefined, { startTime: '2026-03-10 15:30:00' }).activate()
        expect(gs.daysAgoStart(0)).toBe('2026-03-10 00:00:00')
        expect(gs.daysAgoStart(10)).toBe('2026-02-28 00:00:00')
        expect(gs.daysAgoStart(365)).toBe('2025-03-10 00:00:00')
        expect(gs.daysAgoStart(365)).toBe('2025-03-10 00:00:00')
    })

    test("daysAgoStart: the start of the day in the session user's time zone, as UTC (\"GlideSystem - Scoped\", Yokohama and Zurich)", () => {
        const inst = new Instance(undefined, { startTime: '2026-03-10 12:00:00' }).activate()
        inst.load('sys_user', [
            { sys_id: 'nz', user_name: 'nz', time_zone: 'Pacific/Auckland' },
            { sys_id: 'la', user_name: 'la', time_zone: 'America/Los_Angeles' },
        ])
        // 12:00 UTC is 01:00 on 11 March in Auckland (UTC+13), 05:00 on 10 March in Los Angeles (UTC-7 since 8 March).
        inst.setUser('nz')
        expect(gs.daysAgoStart(0)).toBe('2026-03-10 11:00:00')
        expect(gs.daysAgoStart(365)).toBe('2025-03-10 11:00:00')
        inst.setUser('la')
        expect(gs.daysAgoStart(0)).toBe('2026-03-10 07:00:00')
        expect(gs.daysAgoStart(365)).toBe('2025-03-10 07:00:00')
        // On 28 February 2025 Los Angeles was on standard time (UTC-8).
        expect(gs.daysAgoStart(375)).toBe('2025-02-28 08:00:00')
    })

    test('GlideDateTime: now on the instance clock, addDaysUTC, getValue in UTC; other constructors are not emulated', () => {
        new Instance(undefined, { startTime: '2026-03-01 23:30:00' }).activate()
        const day = new GlideDateTime()
        expect(day.getValue()).toBe('2026-03-01 23:30:00')
        day.addDaysUTC(-1)
        expect(day.getValue()).toBe('2026-02-28 23:30:00')
        day.addDaysUTC(366)
        expect(day.getValue()).toBe('2027-03-01 23:30:00')
        expect(() => new GlideDateTime('2026-01-01 00:00:00')).toThrow(/not emulated/)
    })
})

/** An instance on 2026-03-10 with decisions created on the given days and two tickets they point at. */
function withDecisions(created: string[], retention?: string): Instance {
    const inst = appInstance({ startTime: '2026-03-10 12:00:00' }).activate()
    inst.load('incident', [
        { sys_id: 'inc1', number: 'INC0000001', short_description: 'old', sys_created_on: '2024-01-01 08:00:00' },
        { sys_id: 'inc2', number: 'INC0000002', short_description: 'new', sys_created_on: '2026-03-01 08:00:00' },
    ])
    inst.load(
        DECISION,
        created.map((day, index) => ({ sys_id: `d${index}`, task: index % 2 ? 'inc1' : 'inc2', outcome: 'rerouted', sys_created_on: day })),
    )
    if (retention !== undefined) inst.setProperty(RETENTION_PROPERTY, retention)
    return inst
}

const messages = (inst: Instance, level: string) => inst.logs.filter((entry) => entry.level === level).map((entry) => entry.message)

describe('purgeDecisions (the daily job) on the embedded instance', () => {
    test('default 365 days: deletes the decisions created before the cutoff day, keeps the rest and every ticket, logs the count', () => {
        const inst = withDecisions(['2024-06-01 10:00:00', '2025-03-09 23:59:59', '2025-03-10 00:00:00', '2026-03-01 09:00:00'])
        purgeDecisions()
        expect(inst.rows(DECISION).map((row) => row.sys_id).sort()).toEqual(['d2', 'd3'])
        expect(inst.rows('incident').map((row) => [row.sys_id, row.short_description])).toEqual([
            ['inc1', 'old'],
            ['inc2', 'new'],
        ])
        expect(messages(inst, 'info')).toEqual([
            'IT Partner Routing: decision retention (365 days) removed 2 routing decision(s) created before 2025-03-10 00:00:00',
        ])
        expect(messages(inst, 'warn')).toEqual([])
    })

    test('the property sets the days', () => {
        const inst = withDecisions(['2026-02-01 10:00:00', '2026-03-05 10:00:00'], '30')
        purgeDecisions()
        expect(inst.rows(DECISION).map((row) => row.sys_id)).toEqual(['d1'])
    })

    test('0 keeps every decision and says so', () => {
        const inst = withDecisions(['2020-01-01 00:00:00'], '0')
        purgeDecisions()
        expect(inst.rows(DECISION)).toHaveLength(1)
        expect(messages(inst, 'info')[0]).toContain('decision retention off')
    })

    test('a malformed value is logged as a warning and the default applies', () => {
        const inst = withDecisions(['2024-06-01 10:00:00', '2026-03-01 09:00:00'], 'forever')
        purgeDecisions()
        expect(messages(inst, 'warn')).toEqual([`IT Partner Routing: ${RETENTION_PROPERTY} = "forever" is not a whole number of days (0 keeps every decision); using 365`])
        expect(inst.rows(DECISION).map((row) => row.sys_id)).toEqual(['d1'])
    })

    test('bounded: batches of BATCH_SIZE rows, at most MAX_BATCHES queries per run; the next run continues', () => {
        const total = BATCH_SIZE * MAX_BATCHES + 7
        const inst = withDecisions(Array.from({ length: total }, () => '2024-06-01 10:00:00'))
        const before = inst.counters.queries
        purgeDecisions()
        expect(inst.counters.queries - before).toBe(MAX_BATCHES)
        expect(inst.rows(DECISION)).toHaveLength(7)
        expect(messages(inst, 'info')[0]).toMatch(/removed 10000 routing decision\(s\).*stopped at its limit of 10000 rows/)
        purgeDecisions()
        expect(inst.rows(DECISION)).toHaveLength(0)
        expect(messages(inst, 'info')[1]).toMatch(/removed 7 routing decision\(s\) created before 2025-03-10 00:00:00$/)
    })

    test('a run stopped at its limit removes the oldest decisions first', () => {
        const inst = withDecisions(['2025-01-01 10:00:00', '2024-01-01 10:00:00', '2024-06-01 10:00:00'])
        expect(deleteDecisionsBefore('2025-03-10 00:00:00', 2)).toBe(2)
        expect(inst.rows(DECISION).map((row) => row.sys_id)).toEqual(['d0'])
    })

    test("the cut-off is the UTC day whatever the session's time zone", () => {
        const created = ['2025-03-09 23:59:59', '2025-03-10 05:00:00', '2025-03-10 10:59:59']
        for (const timeZone of ['Pacific/Auckland', 'America/Los_Angeles', 'UTC']) {
            const inst = withDecisions(created)
            inst.load('sys_user', [{ sys_id: 'runner', user_name: 'runner', time_zone: timeZone }])
            inst.setUser('runner')
            purgeDecisions()
            expect([timeZone, inst.rows(DECISION).map((row) => row.sys_id)]).toEqual([timeZone, ['d1', 'd2']])
            expect(messages(inst, 'info')).toEqual([expect.stringMatching(/created before 2025-03-10 00:00:00$/)])
        }
    })

    test('an error is logged, never thrown', () => {
        const inst = withDecisions(['2024-06-01 10:00:00'])
        const original = GlideRecord.prototype.query
        GlideRecord.prototype.query = () => {
            throw new Error('database unavailable')
        }
        try {
            expect(() => purgeDecisions()).not.toThrow()
        } finally {
            GlideRecord.prototype.query = original
        }
        expect(messages(inst, 'error')).toEqual(['IT Partner Routing: decision retention failed: Error: database unavailable'])
    })
})
