/**
 * Every total of --summary is the sum of the per-ticket figures of --tickets, so each number a manager quotes can be
 * traced to the tickets behind it: on the demo, and on generated snapshots (events.json, and the history export).
 */
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateSnapshot } from '../../scripts/bench/snapshot.ts'
import { DEMO, runCli } from './helpers.ts'
import type { TicketValue as Ticket } from '../../replay/report/value/types.ts'

jest.setTimeout(300_000)

/** What the summary must be, from the tickets alone. */
function totalsOf(tickets: Ticket[], timed: boolean) {
    const escalations = tickets.filter((ticket) => ticket.partner_escalation)
    const sum = (list: Ticket[], figure: (ticket: Ticket) => number) => list.reduce((total, ticket) => total + figure(ticket), 0)
    const count = (list: Ticket[], test: (ticket: Ticket) => boolean) => list.filter(test).length
    // Hours to 0.1 h: summed in tenths, so that 0.1 + 0.2 is 0.3.
    const hours = (list: Ticket[]) => (timed ? sum(list, (ticket) => Math.round((ticket.tier1_hours_saved ?? 0) * 10)) / 10 : null)
    const partners = [...new Set(escalations.map((ticket) => ticket.partner ?? '(no Partner)'))]
    const departments = new Map<string, number>()
    for (const ticket of tickets) {
        if (!ticket.partner_escalation && ticket.signal === 'department' && ticket.partner) departments.set(ticket.partner, (departments.get(ticket.partner) ?? 0) + 1)
    }
    return {
        tickets: tickets.length,
        partner_escalations: escalations.length,
        went_straight: count(escalations, (ticket) => ticket.went_straight),
        skipped_tier1: count(escalations, (ticket) => ticket.skipped_tier1),
        tier1_stations_skipped: sum(escalations, (ticket) => ticket.tier1_stations_skipped),
        hops: {
            actual: sum(escalations, (ticket) => ticket.actual_hops),
            app: sum(escalations, (ticket) => ticket.app_hops),
            saved: sum(escalations, (ticket) => ticket.hops_saved),
        },
        tier1_hours_saved: hours(escalations),
        stays_not_measured: sum(escalations, (ticket) => ticket.tier1_stays_not_measured),
        escalations_still_in_tier1: count(escalations, (ticket) => ticket.still_in_tier1),
        boomerangs_stopped: sum(escalations, (ticket) => ticket.boomerangs_stopped),
        boomerangs_warned: sum(escalations, (ticket) => ticket.boomerangs_warned),
        moot_tier1_moves: sum(escalations, (ticket) => ticket.moot_tier1_moves),
        by_partner: partners
            .map((partner) => {
                const own = escalations.filter((ticket) => (ticket.partner ?? '(no Partner)') === partner)
                return {
                    partner,
                    escalations: own.length,
                    went_straight: count(own, (ticket) => ticket.went_straight),
                    skipped_tier1: count(own, (ticket) => ticket.skipped_tier1),
                    tier1_stations_skipped: sum(own, (ticket) => ticket.tier1_stations_skipped),
                    hops_saved: sum(own, (ticket) => ticket.hops_saved),
                    tier1_hours_saved: hours(own),
                    boomerangs_stopped: sum(own, (ticket) => ticket.boomerangs_stopped),
                }
            })
            .sort((a, b) => b.escalations - a.escalations || a.partner.localeCompare(b.partner)),
        department_clients: [...departments]
            .map(([partner, tickets]) => ({ partner, tickets }))
            .sort((a, b) => b.tickets - a.tickets || a.partner.localeCompare(b.partner)),
    }
}

function replayBoth(dir: string): { summary: Record<string, unknown> & { tier1_time: Record<string, number> }; tickets: Ticket[] } {
    const out = mkdtempSync(join(tmpdir(), 'itpartner-value-sums-'))
    // The events to a file: thousands of them would overflow the pipe's buffer of the test's child process.
    const run = runCli([dir, '--json', '--out', join(out, 'events.json'), '--summary', join(out, 's.json'), '--tickets', join(out, 't.jsonl')])
    if (run.status !== 0) throw new Error(`replay failed (${run.status}): ${run.stderr}`)
    const tickets = readFileSync(join(out, 't.jsonl'), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Ticket)
    return { summary: JSON.parse(readFileSync(join(out, 's.json'), 'utf8')), tickets }
}

function expectSums(dir: string): { summary: Record<string, unknown>; tickets: Ticket[] } {
    const { summary, tickets } = replayBoth(dir)
    const timed = summary.tier1_hours_saved !== null
    const { stays_not_measured, escalations_still_in_tier1, ...totals } = totalsOf(tickets, timed)
    expect(summary).toMatchObject(totals)
    expect(summary.tier1_time).toMatchObject({ stays_not_measured, escalations_still_in_tier1 })
    // The saving figures of a ticket that is no Partner escalation are nothing, so a sum over every line agrees too.
    for (const ticket of tickets.filter((one) => !one.partner_escalation)) {
        expect([ticket.went_straight, ticket.skipped_tier1, ticket.hops_saved, ticket.tier1_stations_skipped, ticket.boomerangs_stopped, ticket.moot_tier1_moves]).toEqual([
            false,
            false,
            0,
            0,
            0,
            0,
        ])
    }
    return { summary, tickets }
}

describe('the totals of --summary are the sums of --tickets', () => {
    test('the demo', () => {
        const { tickets } = expectSums(DEMO)
        expect(tickets.filter((ticket) => ticket.partner_escalation).length).toBeGreaterThan(3)
    })

    test.each([
        ['events.json', false],
        ['the history export (incident + sys_audit)', true],
    ])('a generated snapshot: %s', (_name, history) => {
        const dir = mkdtempSync(join(tmpdir(), 'itpartner-value-sums-snapshot-'))
        generateSnapshot(dir, { users: 600, departments: 60, events: 4000, seed: 11 }, false, history)
        const { summary, tickets } = expectSums(dir)
        // Enough of each figure that a wrong sum would show.
        expect(tickets.length).toBeGreaterThan(1000)
        expect(summary.partner_escalations).toBeGreaterThan(50)
        expect((summary as { boomerangs_stopped: number }).boomerangs_stopped + (summary as { moot_tier1_moves: number }).moot_tier1_moves).toBeGreaterThan(0)
    })
})
