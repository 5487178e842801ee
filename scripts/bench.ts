/**
 * npm run bench [-- [--json] [--runs N] [--counts]]: what each routing case and the backfill cost, counted (queries and
 * writes in the embedded Glide), how many decisions per second the pure core makes, and the 1M-event replay (each
 * form's fastest of N runs). --counts prints the counted figures only (no timing, no replay: seconds, not minutes).
 * Nothing here is a pass/fail test: the exact counts are pinned in test/rules/costs.test.ts and
 * test/rules/backfill.test.ts, the replay figures are reported in docs/replay.md ("Scale"), the backfill's in
 * docs/admin.md.
 */
import { scaleBench, userLoadBench, type ReplayRun } from './bench/scale.ts'
import { GlideRecord, type Instance } from '../emulator/glide/index.ts'
import { parseConfig } from '../src/server/core/config.ts'
import type { Evidence, Group, Route } from '../src/server/core/model.ts'
import { decideRoute, planRouting } from '../src/server/core/routing.ts'
import { escalates, strongest } from '../src/server/core/signals.ts'
import { BATCH_SIZE } from '../src/server/core/backfill.ts'
import { backfillStamps, type StampWriter } from '../src/server/rules/backfill.ts'
import { showBanner } from '../src/server/rules/show-banner.ts'
import { existingIncident, platformSave, steadySession } from '../test/support/harness.ts'
import { articleWorld, G, P, U } from '../test/support/world.ts'

interface Cost {
    queries: number
    writes: number
    referenceReads: number
}

/**
 * Runs one save as the platform does (test/support/harness.ts platformSave: the before rules whose filter condition
 * holds, the write, the decision-log after rule), counting only what the app asks for. By default
 * in a session that already read the properties (the steady state); `firstInSession` counts the first read's check.
 */
function measure(prepare: (inst: Instance) => () => void, firstInSession = false): Cost {
    const inst = articleWorld()
    const run = prepare(inst)
    if (!firstInSession) steadySession(inst)
    inst.resetCounters()
    run()
    const { queries, writes, referenceReads } = inst.counters
    return { queries, writes, referenceReads }
}

const insert = (values: Record<string, string>) => (inst: Instance) => {
    const current = inst.recordForInsert('incident', { opened_by: U.agent, ...values })
    return () => void platformSave(inst, current, null)
}

const update = (values: Record<string, string>, changes: Record<string, string>) => (inst: Instance) => {
    const ticket = existingIncident(inst, values)
    const { current, previous } = inst.recordForUpdate('incident', ticket, changes)
    return () => void platformSave(inst, current, previous)
}

/** A ticket stamped as MET IT's red-flag escalation (the Partner columns the app writes on every save). */
const STAMPED = { x_bu_itpartner_partner: P.met, x_bu_itpartner_signal: 'red_flag', x_bu_itpartner_escalation: 'true' }

function failingRouteLookup(): Cost {
    const original = GlideRecord.prototype.query
    GlideRecord.prototype.query = function (this: GlideRecord, ...args: unknown[]) {
        if (this.getTableName() === 'x_bu_itpartner_route') throw new Error('bench: route lookup fails')
        return (original as (...a: unknown[]) => void).apply(this, args)
    } as typeof original
    try {
        return measure(insert({ caller_id: U.metTech, category: 'network', assignment_group: G.helpCenter }))
    } finally {
        GlideRecord.prototype.query = original
    }
}

/** The display rule on a saved ticket of a department client: its dearest case (red flags, history, opener membership, department; at most 4 queries). */
const displayRule = (inst: Instance) => {
    const ticket = existingIncident(inst, { caller_id: U.metClient, opened_by: U.agent, category: 'network', assignment_group: G.helpCenter })
    const current = inst.recordForDisplay('incident', ticket)
    return () => showBanner(current, null, {})
}

export function routingCosts(): Record<string, Cost> {
    return {
        // Every insert is stamped: a ticket the rule does not route still pays for its evidence, and one without a
        // stronger signal pays 1 query for the caller's Partner department. It cannot go without losing the department
        // stamp (test/rules/costs.test.ts says why).
        not_tier1: measure(insert({ caller_id: U.metTech, category: 'network', assignment_group: G.syseng })),
        not_tier1_non_partner: measure(insert({ caller_id: U.physicsClient, category: 'network', assignment_group: G.syseng })),
        tier1_non_partner: measure(insert({ caller_id: U.physicsClient, category: 'network', assignment_group: G.helpCenter })),
        department_client: measure(insert({ caller_id: U.metClient, category: 'network', assignment_group: G.helpCenter })),
        red_flag_escalation: measure(insert({ caller_id: U.metTech, category: 'network', assignment_group: G.helpCenter })),
        handoff: measure(update({ caller_id: U.physicsClient, category: 'network', assignment_group: G.metGroup }, { assignment_group: G.helpCenter })),
        boomerang_unstamped: measure(update({ caller_id: U.metTech, opened_by: U.agent, category: 'network', assignment_group: G.network }, { assignment_group: G.helpCenter })),
        boomerang_stamped: measure(update({ caller_id: U.metTech, opened_by: U.agent, category: 'network', assignment_group: G.network, ...STAMPED }, { assignment_group: G.helpCenter })),
        error: failingRouteLookup(),
        // The first save of a session also checks the group properties once (reportUnusableGroups).
        first_in_session: measure(insert({ caller_id: U.metTech, category: 'network', assignment_group: G.syseng }), true),
    }
}

/** Form load of a stamped escalation (a hand-off): the red flags of caller and opener, the Partner through the stamp's reference. */
const stampedDisplayRule = (inst: Instance) => {
    const ticket = existingIncident(inst, {
        caller_id: U.physicsClient,
        opened_by: U.agent,
        assignment_group: G.network,
        x_bu_itpartner_partner: P.smg,
        x_bu_itpartner_signal: 'partner_handoff',
        x_bu_itpartner_escalation: 'true',
    })
    const current = inst.recordForDisplay('incident', ticket)
    return () => showBanner(current, null, {})
}

export function formCosts(): { display_rule: Cost; display_rule_stamped: Cost; update_no_group_change: Cost } {
    return {
        display_rule: measure(displayRule),
        display_rule_stamped: measure(stampedDisplayRule),
        update_no_group_change: measure(update({ caller_id: U.metTech, assignment_group: G.network }, { short_description: 'more detail' })),
    }
}

/** What the backfill jobs ask of the instance: per open ticket, and a run over OPEN_TICKETS open tickets. */
export interface BackfillCost {
    /** Queries per open ticket by its evidence, the batch query left out (backfillStamps on one ticket, minus its 1). */
    per_ticket: Record<string, number>
    /** A run of the dearest kind of ticket (no Partner evidence: every lookup), the default batch size, and the writes. */
    run: { tickets: number; batch_size: number; queries: number; writes: number }
    /** The same tickets, each needing a stamp (red-flag callers saved with no stamp): the run writes each once. */
    run_all_stamped: { tickets: number; queries: number; writes: number }
}

const OPEN_TICKETS = 10_000

/** Queries of backfillStamps on one open ticket of the given kind, without its one batch query. */
function backfillTicketQueries(values: Record<string, string>): number {
    const inst = articleWorld()
    const ticket = existingIncident(inst, { opened_by: U.agent, assignment_group: G.network, active: 'true', ...values })
    inst.resetCounters()
    backfillStamps({ ticket })
    return inst.counters.queries - 1
}

/** A backfill run (the run job, a plain write as its writer) over OPEN_TICKETS open tickets of one kind. */
function backfillRun(values: Record<string, string>): { queries: number; writes: number } {
    const inst = articleWorld()
    for (let i = 0; i < OPEN_TICKETS; i++) existingIncident(inst, { opened_by: U.agent, assignment_group: G.network, active: 'true', ...values })
    const write: StampWriter = (id, stamp) => {
        const ticket = new GlideRecord('incident')
        ticket.get(id)
        for (const [field, value] of Object.entries(stamp)) ticket.setValue(field, value)
        ticket.setWorkflow(false)
        ticket.update()
    }
    inst.resetCounters()
    const summary = backfillStamps({ dryRun: false, write })
    if (summary.examined !== OPEN_TICKETS) throw new Error(`bench: the backfill examined ${summary.examined} tickets, not ${OPEN_TICKETS}`)
    // The writer's own get() is the job's GlideQuery update: one write, not a query of the app's.
    return { queries: inst.counters.queries - summary.changed, writes: inst.counters.writes }
}

export function backfillCosts(): BackfillCost {
    const plain = { caller_id: U.physicsClient }
    return {
        per_ticket: {
            red_flag_caller: backfillTicketQueries({ caller_id: U.metTech }),
            opener_in_partner_group: backfillTicketQueries({ caller_id: U.physicsClient, opened_by: U.smgTech }),
            department_client: backfillTicketQueries({ caller_id: U.metClient }),
            no_partner_evidence: backfillTicketQueries(plain),
        },
        run: { tickets: OPEN_TICKETS, batch_size: BATCH_SIZE.default, ...backfillRun(plain) },
        run_all_stamped: { tickets: OPEN_TICKETS, ...backfillRun({ caller_id: U.metTech }) },
    }
}

/** The pure core over generated tickets: plan, pick the strongest signal, decide the route. */
export function coreDecisionsPerSecond(tickets = 100_000): number {
    const config = parseConfig({ departmentPolicy: 'escalate' }).config
    const groups: Group[] = ['IT Help Center', 'Desktop Services', 'Network Services', 'System Engineering', 'Research Computing'].map(
        (name, i) => ({ id: 'g' + i, name, active: true }),
    )
    const routes: Route[] = groups.map((group, i) => ({ id: 'r' + i, order: i * 100, description: group.name, condition: 'c' + i, group }))
    const partner = { id: 'p', name: 'MET IT', supportGroup: null, supportStream: '', contact: '' }
    const signals: Evidence['signal'][] = ['red_flag', 'partner_handoff', 'partner_opener', 'department']
    let seed = 42
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff)
    const noDefault = () => null
    // Each ticket carries its own condition check, made before the clock starts, as the Glide adapter would.
    const generated = Array.from({ length: tickets }, () => {
        const category = 'c' + (next() % 8)
        return {
            group: next() % 3 === 0 ? null : groups[next() % groups.length],
            evidence: [signals[next() % 4], signals[next() % 4]].map((signal) => ({ signal, partner })),
            matches: (route: Route) => route.condition === category,
        }
    })
    const decideAll = () => {
        for (const ticket of generated) {
            const plan = planRouting({ action: 'insert', group: ticket.group, previousGroup: null, partiesChanged: false }, config)
            const escalation = plan.evaluate ? strongest(ticket.evidence) : null
            if (escalation && escalates(escalation.signal, config.departmentPolicy)) {
                decideRoute({ escalation, group: ticket.group, routes, matches: ticket.matches, defaultGroup: noDefault, config })
            }
        }
    }
    // One untimed pass lets the JIT settle, as it has on a running instance; then CPU time, not wall time, so that
    // another process on this 2-core machine does not halve the figure.
    decideAll()
    const start = process.cpuUsage()
    decideAll()
    const used = process.cpuUsage(start)
    const decided = generated.length
    return Math.round(decided / ((used.user + used.system) / 1e6))
}

type Counted = { routing: Record<string, Cost>; backfill: BackfillCost } & ReturnType<typeof formCosts>

function printCounts(result: Counted): void {
    console.log('IT Partner Routing bench (counts from the embedded Glide; reference reads are served by the record cache)\n')
    const row = (name: string, cost: Cost) =>
        console.log(`${name.padEnd(24)} ${String(cost.queries).padStart(7)} ${String(cost.writes).padStart(7)} ${String(cost.referenceReads).padStart(16)}`)
    console.log('case                     queries  writes  reference reads')
    for (const [name, cost] of Object.entries(result.routing)) row(name, cost)
    row('display_rule', result.display_rule)
    row('display_rule_stamped', result.display_rule_stamped)
    row('update_no_group_change', result.update_no_group_change)
    console.log('(display_rule: a department client, the dearest lookups; display_rule_stamped: form load of a stamped escalation)')
    const backfill = result.backfill
    const number = (n: number) => n.toLocaleString('en-US')
    console.log('\nbackfill, queries per open ticket (besides its share of the batch queries):')
    for (const [kind, queries] of Object.entries(backfill.per_ticket)) console.log(`  ${kind.padEnd(26)} ${queries}`)
    console.log(
        `backfill run over ${number(backfill.run.tickets)} open tickets without Partner evidence, ${backfill.run.batch_size} per batch: ` +
            `${number(backfill.run.queries)} queries, ${number(backfill.run.writes)} writes`,
    )
    console.log(
        `backfill run over ${number(backfill.run_all_stamped.tickets)} open red-flag tickets with no stamp: ` +
            `${number(backfill.run_all_stamped.queries)} queries, ${number(backfill.run_all_stamped.writes)} writes (one per ticket)`,
    )
}

function main(): void {
    const json = process.argv.includes('--json')
    const countsOnly = process.argv.includes('--counts')
    const runsAt = process.argv.indexOf('--runs')
    const runs = runsAt === -1 ? 1 : Number(process.argv[runsAt + 1])
    if (!Number.isInteger(runs) || runs < 1) throw new Error(`bench: --runs takes a whole number of runs, not "${process.argv[runsAt + 1] ?? ''}"`)
    const counted: Counted = { routing: routingCosts(), ...formCosts(), backfill: backfillCosts() }
    if (countsOnly) {
        if (json) console.log(JSON.stringify(counted))
        else printCounts(counted)
        return
    }
    const replay = scaleBench(undefined, (line) => process.stderr.write(line + '\n'), runs)
    const userLoad = userLoadBench()
    const result = {
        ...counted,
        core_decisions_per_second: coreDecisionsPerSecond(),
        replay_1m: replay,
        replay_sys_user_load_ms: userLoad.json_ms,
        replay_sys_user_xml_load_ms: userLoad.xml_ms,
    }
    if (json) {
        console.log(JSON.stringify(result))
        return
    }
    printCounts(result)
    console.log(`\npure core: ${result.core_decisions_per_second.toLocaleString('en-US')} decisions per second (100,000 generated tickets)`)
    const scale = result.replay_1m
    const figures = (run: ReplayRun) =>
        `${run.events_per_second.toLocaleString('en-US')} events/s (${run.events_per_cpu_second.toLocaleString('en-US')} per CPU second), ` +
        `peak RSS ${run.peak_rss_mb.toLocaleString('en-US')} MB`
    console.log(
        `\nreplay of ${scale.events.toLocaleString('en-US')} events (${scale.compact_mb} MB compact; 10,000 users, 1,000 departments), ` +
            `the CLI end to end in a child process each (Node ${scale.node}${scale.runs > 1 ? `, the fastest of ${scale.runs} runs` : ''}), output discarded:`,
    )
    console.log(`  text report  ${figures(scale.text)}`)
    console.log(`  --json       ${figures(scale.json)}`)
    console.log(`  --html       ${figures(scale.html)}; page ${scale.html.page_mb} MB`)
    const history = scale.history_json
    console.log(
        `  --json, the same events from the history export (${history.incident_rows.toLocaleString('en-US')} incident rows in pages, ` +
            `${history.audit_rows.toLocaleString('en-US')} sys_audit rows, ${history.export_mb} MB): ${figures(history)}`,
    )
    console.log(
        `  loading the ${scale.pretty_mb} MB pretty-printed events file (checked, engine ready): ${scale.pretty_load.seconds.toFixed(1)} s ` +
            `(${scale.pretty_load.cpu_seconds.toFixed(1)} CPU s), peak RSS ${scale.pretty_load.peak_rss_mb} MB`,
    )
    console.log('  per CPU second is the figure to compare on a shared machine: events/s counts time waiting for a core')
    console.log(
        `replay: a 100,000-user sys_user export loads in ${result.replay_sys_user_load_ms} ms (Table API JSON), ` +
            `${result.replay_sys_user_xml_load_ms} ms (Export > XML)`,
    )
}

main()
