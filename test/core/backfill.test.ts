import {
    BACKFILL_PROPERTY,
    BATCH_SIZE,
    backfillEnabled,
    batchSize,
    changeFor,
    count,
    emptySummary,
    notStartedLine,
    PROGRESS_EVERY,
    progressDue,
    progressLine,
    SAMPLE_SIZE,
    summaryLine,
} from '../../src/server/core/backfill.ts'
import { NO_STAMP, type Stamp } from '../../src/server/core/stamp.ts'

const escalation: Stamp = { partner: 'p1', signal: 'red_flag', escalation: true }
const department: Stamp = { partner: 'p1', signal: 'department', escalation: false }

describe('batchSize (x_bu_itpartner.backfill_batch_size)', () => {
    test.each<[string | null, number, boolean]>([
        [null, BATCH_SIZE.default, false],
        ['', BATCH_SIZE.default, false],
        [' ', BATCH_SIZE.default, false],
        ['50', 50, false],
        [' 500 ', 500, false],
        ['1', 1, false],
        ['1000', 1000, false],
        ['0', BATCH_SIZE.default, true],
        ['1001', BATCH_SIZE.default, true],
        ['2.5', BATCH_SIZE.default, true],
        ['1e3', BATCH_SIZE.default, true],
        ['many', BATCH_SIZE.default, true],
        ['-10', BATCH_SIZE.default, true],
    ])('%p gives %p (problem: %p)', (asked, size, problem) => {
        const result = batchSize(asked)
        expect(result.size).toBe(size)
        expect(!!result.problem).toBe(problem)
        if (problem) expect(result.problem).toBe(`${BACKFILL_PROPERTY.batchSize} = "${asked!.trim()}" is not a whole number from 1 to 1000; using 200`)
    })
})

describe('backfillEnabled (x_bu_itpartner.backfill_enabled): only false stops', () => {
    test.each<[string | null, boolean, boolean]>([
        [null, true, false],
        ['', true, false],
        ['true', true, false],
        ['false', false, false],
        [' FALSE ', false, false],
        ['no', true, true],
        ['0', true, true],
    ])('%p: enabled %p (problem: %p)', (value, enabled, problem) => {
        const result = backfillEnabled(value)
        expect([result.enabled, !!result.problem]).toEqual([enabled, problem])
    })
})

describe('progressDue: a line each time the examined count crosses a multiple of PROGRESS_EVERY', () => {
    test.each([
        [0, 200, false],
        [800, 1000, true],
        [900, 1100, true],
        [1000, 1200, false],
        [0, 3000, true],
    ])('%p to %p: %p', (before, after, due) => {
        expect(PROGRESS_EVERY).toBe(1000)
        expect(progressDue(before, after)).toBe(due)
    })
})

describe('changeFor: idempotent, a right stamp is no change', () => {
    test.each<[string, Stamp, Stamp, boolean]>([
        ['unstamped escalation', NO_STAMP, escalation, true],
        ['unstamped department client', NO_STAMP, department, true],
        ['already right', escalation, escalation, false],
        ['no evidence, no stamp', NO_STAMP, NO_STAMP, false],
        ['stale stamp, evidence gone: cleared', escalation, NO_STAMP, true],
        ['signal changed', department, escalation, true],
        ['Partner changed', escalation, { ...escalation, partner: 'p2' }, true],
        ['only the signal changed', escalation, { ...escalation, signal: 'partner_handoff' }, true],
        ['only the proof changed', escalation, { ...escalation, escalation: false }, true],
    ])('%s', (_name, from, to, changes) => {
        const change = changeFor('id', 'INC1', from, to)
        expect(change !== null).toBe(changes)
        if (change) expect(change).toEqual({ id: 'id', number: 'INC1', from, to })
    })
})

describe('count and summaryLine', () => {
    test('counts changes, escalations and unchanged; samples the first changes only', () => {
        const summary = emptySummary(true)
        for (let i = 0; i < SAMPLE_SIZE + 5; i++) count(summary, changeFor('id' + i, 'INC' + i, NO_STAMP, i % 2 ? escalation : department))
        count(summary, null)
        expect(summary).toMatchObject({ examined: SAMPLE_SIZE + 6, changed: SAMPLE_SIZE + 5, unchanged: 1, escalations: Math.floor((SAMPLE_SIZE + 5) / 2) })
        expect(summary.sample.map((change) => change.number)).toEqual(Array.from({ length: SAMPLE_SIZE }, (_, i) => 'INC' + i))
    })

    test('a dry run says nothing was written; a run says stamped', () => {
        const dry = emptySummary(true)
        dry.batches = 1
        count(dry, changeFor('a', 'INC0010001', NO_STAMP, escalation))
        count(dry, changeFor('b', 'INC0010002', escalation, NO_STAMP))
        count(dry, changeFor('c', 'INC0010003', NO_STAMP, department))
        expect(summaryLine(dry)).toBe(
            'IT Partner Routing backfill (dry run, nothing written): 3 open tickets in 1 batches; would stamp 3 (1 Partner escalations), ' +
                '0 already right, 0 failed. First 3: INC0010001 red_flag escalation (Partner p1); INC0010002 cleared; INC0010003 department (Partner p1)',
        )
        const run = emptySummary(false)
        expect(summaryLine(run)).toBe('IT Partner Routing backfill: 0 open tickets in 0 batches; stamped 0 (0 Partner escalations), 0 already right, 0 failed.')
    })

    test('a stopped run says how to go on; progress and not-started lines', () => {
        const run = emptySummary(false)
        run.batches = 5
        for (let i = 0; i < 1000; i++) count(run, null)
        expect(progressLine(run, 'INC0011000')).toBe(
            'IT Partner Routing backfill, in progress: 1000 open tickets in 5 batches; stamped 0 (0 Partner escalations), 1000 already right, 0 failed so far; last INC0011000.',
        )
        run.stopped = true
        expect(summaryLine(run)).toBe(
            'IT Partner Routing backfill: 1000 open tickets in 5 batches; stamped 0 (0 Partner escalations), 1000 already right, 0 failed. ' +
                'Stopped by x_bu_itpartner.backfill_enabled = false before every open ticket was examined: set it to true and run the job again to go on.',
        )
        expect(notStartedLine(true)).toBe(
            'IT Partner Routing backfill (dry run, nothing written): not started, x_bu_itpartner.backfill_enabled is false. Set it to true to run the backfill.',
        )
    })
})
