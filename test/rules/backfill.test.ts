import { Instance, globalScope } from '../../emulator/glide/index.ts'
import { BACKFILL_PROPERTY, BATCH_SIZE } from '../../src/server/core/backfill.ts'
import { backfillStamps, type StampWriter } from '../../src/server/rules/backfill.ts'
import { existingIncident } from '../support/harness.ts'
import { articleWorld, G, P, U } from '../support/world.ts'

const STAMP_OF = (row: Record<string, string>) => [row.x_bu_itpartner_partner, row.x_bu_itpartner_signal, row.x_bu_itpartner_escalation]

/** Open tickets from before the install (no stamp), one already stamped right, one closed. */
function world() {
    const inst = articleWorld()
    const ticket = (caller: string, extra: Record<string, string> = {}) =>
        existingIncident(inst, { caller_id: caller, opened_by: U.agent, assignment_group: G.network, active: 'true', ...extra })
    const ids = {
        redFlag: ticket(U.metTech),
        department: ticket(U.metClient),
        nobody: ticket(U.physicsClient),
        smgOpener: ticket(U.physicsClient, { opened_by: U.smgTech }),
        stampedRight: ticket(U.metTech, { x_bu_itpartner_partner: P.met, x_bu_itpartner_signal: 'red_flag', x_bu_itpartner_escalation: 'true' }),
        stale: ticket(U.physicsClient, { x_bu_itpartner_partner: P.met, x_bu_itpartner_signal: 'red_flag', x_bu_itpartner_escalation: 'true' }),
        closed: ticket(U.metTech, { active: 'false' }),
    }
    inst.setUser(U.appAdmin)
    return { inst, ids }
}

/** The part of global.GlideQuery the job's writer uses. */
interface StampQuery {
    where(field: string, value: string): StampQuery
    disableWorkflow(): StampQuery
    disableAutoSysFields(): StampQuery
    update(values: Record<string, unknown>): void
}

/** The scheduled job's writer (src/fluent/jobs/backfill-run.js): global.GlideQuery from the app's scope, no rules, no sys fields. */
function recorder() {
    const written: { id: string; values: Record<string, string | boolean> }[] = []
    const global = globalScope(Instance.active()) as { GlideQuery: new (table: string) => StampQuery }
    const write: StampWriter = (id, values) => {
        new global.GlideQuery('incident').where('sys_id', id).disableWorkflow().disableAutoSysFields().update(values)
        written.push({ id, values })
    }
    return { written, write }
}

describe('backfill of the stamp', () => {
    test('dry run (the default): counts and a sample of what it would stamp, writes nothing', () => {
        const { inst, ids } = world()
        const before = inst.rows('incident').map(STAMP_OF)
        inst.resetCounters()
        inst.setProperty(BACKFILL_PROPERTY.batchSize, '50')
        const summary = backfillStamps()
        expect(summary).toMatchObject({ dryRun: true, batches: 1, examined: 6, changed: 4, escalations: 2, unchanged: 2, failed: 0 })
        expect(Object.fromEntries(summary.sample.map((change) => [change.id, change.to]))).toEqual({
            [ids.redFlag]: { partner: P.met, signal: 'red_flag', escalation: true },
            [ids.department]: { partner: P.met, signal: 'department', escalation: false },
            [ids.smgOpener]: { partner: P.smg, signal: 'partner_opener', escalation: true },
            [ids.stale]: { partner: '', signal: '', escalation: false },
        })
        expect(inst.counters.writes).toBe(0)
        expect(inst.rows('incident').map(STAMP_OF)).toEqual(before)
        expect(inst.logs.filter((log) => log.level === 'info').map((log) => log.message)).toEqual([
            expect.stringMatching(/^IT Partner Routing backfill \(dry run, nothing written\): 6 open tickets in 1 batches; would stamp 4 \(2 Partner escalations\), 2 already right, 0 failed\. First 4: /),
        ])
    })

    test('a run writes exactly the tickets whose stamp differs; a second run writes nothing (idempotent)', () => {
        const { inst, ids } = world()
        const first = recorder()
        expect(backfillStamps({ dryRun: false, write: first.write })).toMatchObject({ dryRun: false, changed: 4, unchanged: 2 })
        expect(first.written.map((write) => write.id).sort()).toEqual([ids.redFlag, ids.department, ids.smgOpener, ids.stale].sort())
        expect(first.written.find((write) => write.id === ids.redFlag)!.values).toEqual({
            x_bu_itpartner_partner: P.met,
            x_bu_itpartner_signal: 'red_flag',
            x_bu_itpartner_escalation: true,
        })
        expect(inst.row('incident', ids.closed)!.x_bu_itpartner_partner ?? '').toBe('')
        const second = recorder()
        expect(backfillStamps({ dryRun: false, write: second.write })).toMatchObject({ changed: 0, unchanged: 6 })
        expect(second.written).toEqual([])
    })

    test('batches are bounded queries in sys_id order: 6 open tickets by 4 take 2 queries of incident', () => {
        const { inst } = world()
        inst.setProperty(BACKFILL_PROPERTY.batchSize, '4')
        inst.resetCounters()
        const summary = backfillStamps()
        expect(summary).toMatchObject({ batches: 2, examined: 6 })
        expect(inst.counters.byTable['incident']).toBe(2)
        const exact = world()
        exact.inst.setProperty(BACKFILL_PROPERTY.batchSize, '3')
        exact.inst.resetCounters()
        // 6 by 3: a full second batch may not be the last, so a third query finds nothing and ends the run.
        expect(backfillStamps()).toMatchObject({ batches: 3, examined: 6 })
        expect(exact.inst.counters.byTable['incident']).toBe(3)
    })

    // The bench (npm run bench -- --counts) multiplies these into the cost per 10,000 open tickets in docs/admin.md.
    test.each([
        ['a red-flag caller (red flags only)', 'redFlag', 1],
        ['an opener in a Partner group (red flags, history, membership)', 'smgOpener', 3],
        ['a department client (red flags, history, membership, department)', 'department', 4],
        ['no Partner evidence (every lookup)', 'nobody', 4],
    ] as const)('queries per ticket, besides the batch query: %s (%s): %i', (_kind, ticket, queries) => {
        const { inst, ids } = world()
        inst.resetCounters()
        backfillStamps({ ticket: ids[ticket] })
        expect(inst.counters.queries).toBe(1 + queries)
        expect(inst.counters.writes).toBe(0)
    })

    test('the kill switch false keeps a run from starting, and stops a running one after its current batch', () => {
        const { inst } = world()
        inst.setProperty(BACKFILL_PROPERTY.enabled, 'false')
        inst.resetCounters()
        expect(backfillStamps()).toMatchObject({ stopped: true, batches: 0, examined: 0 })
        expect(inst.counters.queries).toBe(0)
        expect(inst.logs.map((log) => log.message)).toEqual([expect.stringContaining('not started, x_bu_itpartner.backfill_enabled is false')])

        const running = world()
        running.inst.setProperty(BACKFILL_PROPERTY.batchSize, '2')
        // An admin sets the switch while the first batch runs: the run reads it before the next batch.
        const { written, write } = recorder()
        const writeThenStop: StampWriter = (id, values) => {
            write(id, values)
            running.inst.setProperty(BACKFILL_PROPERTY.enabled, 'false')
        }
        const summary = backfillStamps({ dryRun: false, write: writeThenStop })
        expect(summary).toMatchObject({ stopped: true, batches: 1, examined: 2 })
        expect(written.length).toBeGreaterThan(0)
        expect(running.inst.logs.filter((log) => log.level === 'info').map((log) => log.message)).toEqual([
            expect.stringMatching(/^IT Partner Routing backfill: 2 open tickets in 1 batches; .* Stopped by x_bu_itpartner\.backfill_enabled = false /),
        ])
        // Set back to true, the next run goes through every open ticket again and writes only what is still wrong.
        running.inst.setProperty(BACKFILL_PROPERTY.enabled, 'true')
        const first = written.length
        expect(backfillStamps({ dryRun: false, write })).toMatchObject({ stopped: false, examined: 6, changed: 4 - first })
    })

    test('a progress line every 1,000 tickets examined, naming the last ticket', () => {
        const inst = articleWorld()
        for (let i = 0; i < 2100; i++) existingIncident(inst, { caller_id: U.physicsClient, opened_by: U.agent, assignment_group: G.network, active: 'true' })
        inst.setProperty(BACKFILL_PROPERTY.batchSize, '300')
        backfillStamps()
        const info = inst.logs.filter((log) => log.level === 'info').map((log) => log.message)
        expect(info).toEqual([
            expect.stringMatching(/^IT Partner Routing backfill \(dry run, nothing written\), in progress: 1200 open tickets in 4 batches; .* so far; last INC\d+\.$/),
            expect.stringMatching(/, in progress: 2100 open tickets in 7 batches; /),
            expect.stringMatching(/: \d+ open tickets in 8 batches; /),
        ])
    })

    test('with a ticket, only that open ticket is examined and written; a closed one is not', () => {
        const { ids } = world()
        const { written, write } = recorder()
        expect(backfillStamps({ ticket: ids.redFlag })).toMatchObject({ dryRun: true, batches: 1, examined: 1, changed: 1, escalations: 1 })
        expect(written).toEqual([])
        expect(backfillStamps({ dryRun: false, ticket: ids.redFlag, write })).toMatchObject({ examined: 1, changed: 1 })
        expect(written.map((row) => row.id)).toEqual([ids.redFlag])
        expect(backfillStamps({ dryRun: false, ticket: ids.redFlag, write })).toMatchObject({ examined: 1, changed: 0, unchanged: 1 })
        expect(backfillStamps({ dryRun: false, ticket: ids.closed, write })).toMatchObject({ examined: 0, changed: 0 })
        expect(written).toHaveLength(1)
    })

    test('a bad batch size is logged and the default applies', () => {
        const { inst } = world()
        inst.setProperty(BACKFILL_PROPERTY.batchSize, 'lots')
        expect(backfillStamps()).toMatchObject({ batches: 1, examined: 6 })
        expect(inst.logs.filter((log) => log.level === 'warn').map((log) => log.message)).toEqual([expect.stringContaining(`using ${BATCH_SIZE.default}`)])
    })

    test('a kill switch that is neither true nor false is logged once, and the run goes through every batch', () => {
        const { inst } = world()
        inst.setProperty(BACKFILL_PROPERTY.batchSize, '2')
        inst.setProperty(BACKFILL_PROPERTY.enabled, 'maybe')
        expect(backfillStamps()).toMatchObject({ stopped: false, batches: 4, examined: 6 })
        expect(inst.logs.filter((log) => log.level === 'warn').map((log) => log.message)).toEqual([
            'IT Partner Routing backfill: x_bu_itpartner.backfill_enabled = "maybe" is neither true nor false; running as if true.',
        ])
    })

    test('a run without a writer writes nothing and says why', () => {
        const { inst } = world()
        expect(backfillStamps({ dryRun: false })).toMatchObject({ examined: 0, changed: 0 })
        expect(inst.logs.filter((log) => log.level === 'error').map((log) => log.message)).toEqual([expect.stringContaining('no writer')])
    })

    test('a ticket whose write fails is counted, logged with its number, and the run goes on', () => {
        const { inst, ids } = world()
        const { written, write } = recorder()
        const failing: StampWriter = (id, values) => {
            if (id === ids.department) throw new Error('write refused')
            write(id, values)
        }
        expect(backfillStamps({ dryRun: false, write: failing })).toMatchObject({ changed: 3, failed: 1, examined: 6 })
        expect(written).toHaveLength(3)
        const number = inst.row('incident', ids.department)!.number
        expect(inst.logs.filter((log) => log.level === 'error').map((log) => log.message)).toEqual([expect.stringContaining(number)])
    })
})
