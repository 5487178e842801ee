/**
 * The value figures on a real-looking history export, against figures worked out by hand from the definitions in
 * docs/design.md ("Value figures") and docs/replay.md ("What the app would have saved"), never copied from the tool.
 *
 * The folder test/replay/fixtures/history-value is an instance export from before the install: incident + sys_audit,
 * the base tables, the IT Partner lists as CSV, three routes (account: IT Help Center, a specialty; network: Network
 * Services; hardware: System Engineering) and tier1_groups = IT Help Center, Desktop Services and the sys_id of a
 * deleted old service desk. Two groups and a user named in sys_audit are missing from the export (deleted since).
 * Every ticket opens on 2026-03-02 at 08:00 UTC; the times below are that day's.
 */
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT, runCli, type CliRun } from './helpers.ts'

jest.setTimeout(300_000)

const FIXTURE = join(ROOT, 'test', 'replay', 'fixtures', 'history-value')

const HC = 'IT Help Center'
const DS = 'Desktop Services'
const NS = 'Network Services'
const SE = 'System Engineering'
const MET_GROUP = 'MET IT'
const MET = 'Metropolitan College IT (MET IT)'
const SMG = 'SMG Information Tech Services (SMG-ITS)'
/** "Campus Network", an escalation group deleted since: in sys_audit, not in sys_user_group.json. */
const OLD_NETWORK = 'unknown group 9d000000000000000000000000000001'
/** The old service desk, deleted since; tier1_groups names its sys_id, so it is tier 1. */
const OLD_DESK = 'unknown group 9d000000000000000000000000000002'

function collapse(text: string): string {
    return text.replace(/\s+/g, ' ')
}

function readLines(file: string): Record<string, unknown>[] {
    return readFileSync(file, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line))
}

/** Each ticket's figures, by hand. `partner_escalation: false` tickets have no saving figures (all 0). */
const TICKETS: Record<string, unknown>[] = [
    // Red flag caller, opened in the IT Help Center (08:00); the app reroutes it to Network Services (network route).
    // Really: HC → Campus Network (deleted group, an escalation group) 09:00 → back to HC 11:00 → NS 12:00.
    // The 11:00 move is a real boomerang (it had reached an escalation group): stopped. Tier-1 time the app saves:
    // 08-09 (app in NS) and 11-12 (app in Campus Network, its blocked boomerang kept it there) = 2 h.
    {
        number: 'INC0040001', partner_escalation: true, went_straight: false, partner: MET, signal: 'red_flag',
        actual_path: [HC, OLD_NETWORK, HC, NS], app_path: [NS, OLD_NETWORK, NS],
        actual_hops: 3, app_hops: 2, hops_saved: 1, tier1_stations_skipped: 2, skipped_tier1: true,
        tier1_hours_saved: 2, tier1_stays_not_measured: 0, still_in_tier1: false,
        boomerangs_stopped: 1, boomerangs_warned: 0, moot_tier1_moves: 0,
    },
    // Red flag, opened in HC, rerouted to NS. Really tier 1 shuffled it: HC → Desktop Services 09:00 → HC 10:00 → NS
    // 13:00. The app blocks both tier-1 moves, but the real ticket had not reached an escalation group yet: two moot
    // tier-1 moves, no boomerang. One tier-1 stay 08-13 while the app had NS: 5 h.
    {
        number: 'INC0040002', partner_escalation: true, went_straight: false, partner: MET, signal: 'red_flag',
        actual_path: [HC, DS, HC, NS], app_path: [NS],
        actual_hops: 3, app_hops: 0, hops_saved: 3, tier1_stations_skipped: 3, skipped_tier1: true,
        tier1_hours_saved: 5, tier1_stays_not_measured: 0, still_in_tier1: false,
        boomerangs_stopped: 0, boomerangs_warned: 0, moot_tier1_moves: 2,
    },
    // Red flag, an agent put it straight into NS: the app has nothing to do (no decision), but it is a Partner
    // escalation that already went straight. Its 10:00 save assigns a user deleted since (a stand-in user).
    {
        number: 'INC0040003', partner_escalation: true, went_straight: true, partner: MET, signal: 'red_flag',
        actual_path: [NS], app_path: [NS],
        actual_hops: 0, app_hops: 0, hops_saved: 0, tier1_stations_skipped: 0, skipped_tier1: false,
        tier1_hours_saved: 0, tier1_stays_not_measured: 0, still_in_tier1: false,
        boomerangs_stopped: 0, boomerangs_warned: 0, moot_tier1_moves: 0,
    },
    // Red flag, straight into System Engineering (went straight); SE sent it back to HC at 10:00 (a real boomerang,
    // stopped: the app keeps SE), HC passed it to NS at 14:00. Tier 1 10-14 while the app had SE: 4 h. It did not
    // skip tier 1 on its way in (it never passed tier 1 first), but with the app it loses its tier-1 station.
    {
        number: 'INC0040004', partner_escalation: true, went_straight: true, partner: MET, signal: 'red_flag',
        actual_path: [SE, HC, NS], app_path: [SE, NS],
        actual_hops: 2, app_hops: 1, hops_saved: 1, tier1_stations_skipped: 1, skipped_tier1: false,
        tier1_hours_saved: 4, tier1_stays_not_measured: 0, still_in_tier1: false,
        boomerangs_stopped: 1, boomerangs_warned: 0, moot_tier1_moves: 0,
    },
    // Opened in the MET IT queue by a member of it (partner_opener); MET IT hands it to HC at 09:00: the app reroutes
    // the hand-off to NS (the stamp becomes partner_handoff). Really HC → NS at 12:00, and NS sent it back to MET IT
    // at 15:00: a real boomerang to the escalating Partner's own group, stopped. Tier 1 09-12: 3 h.
    {
        number: 'INC0040005', partner_escalation: true, went_straight: false, partner: MET, signal: 'partner_handoff',
        actual_path: [MET_GROUP, HC, NS, MET_GROUP], app_path: [MET_GROUP, NS],
        actual_hops: 3, app_hops: 1, hops_saved: 2, tier1_stations_skipped: 1, skipped_tier1: true,
        tier1_hours_saved: 3, tier1_stays_not_measured: 0, still_in_tier1: false,
        boomerangs_stopped: 1, boomerangs_warned: 0, moot_tier1_moves: 0,
    },
    // Red flag, an account issue: the specialty route keeps it in HC, where it was solved. An escalation that skips
    // nothing and saves nothing.
    {
        number: 'INC0040006', partner_escalation: true, went_straight: false, partner: MET, signal: 'red_flag',
        actual_path: [HC], app_path: [HC],
        actual_hops: 0, app_hops: 0, hops_saved: 0, tier1_stations_skipped: 0, skipped_tier1: false,
        tier1_hours_saved: 0, tier1_stays_not_measured: 0, still_in_tier1: false,
        boomerangs_stopped: 0, boomerangs_warned: 0, moot_tier1_moves: 0,
    },
    // Red flag, opened in HC, rerouted to NS; really still in HC at its last event (09:00, a user assigned): it
    // skips tier 1 with the app, but its open stay has no end, so no hours are counted; it is the one escalation
    // still in tier 1.
    {
        number: 'INC0040007', partner_escalation: true, went_straight: false, partner: MET, signal: 'red_flag',
        actual_path: [HC], app_path: [NS],
        actual_hops: 0, app_hops: 0, hops_saved: 0, tier1_stations_skipped: 1, skipped_tier1: true,
        tier1_hours_saved: 0, tier1_stays_not_measured: 0, still_in_tier1: true,
        boomerangs_stopped: 0, boomerangs_warned: 0, moot_tier1_moves: 0,
    },
    // A client of Metropolitan College (MET IT's department) opened it herself: a department client under the
    // review policy, no decision, not an escalation.
    {
        number: 'INC0040008', partner_escalation: false, went_straight: false, partner: MET, signal: 'department',
        actual_path: [HC, NS], app_path: [HC, NS],
        actual_hops: 1, app_hops: 1, hops_saved: 0, tier1_stations_skipped: 0, skipped_tier1: false,
        tier1_hours_saved: 0, tier1_stays_not_measured: 0, still_in_tier1: false,
        boomerangs_stopped: 0, boomerangs_warned: 0, moot_tier1_moves: 0,
    },
    // No Partner at all: HC → DS → SE, the app does the same.
    {
        number: 'INC0040009', partner_escalation: false, went_straight: false, partner: null, signal: null,
        actual_path: [HC, DS, SE], app_path: [HC, DS, SE],
        actual_hops: 2, app_hops: 2, hops_saved: 0, tier1_stations_skipped: 0, skipped_tier1: false,
        tier1_hours_saved: 0, tier1_stays_not_measured: 0, still_in_tier1: false,
        boomerangs_stopped: 0, boomerangs_warned: 0, moot_tier1_moves: 0,
    },
    // Red flag, opened in the old service desk (deleted since, tier 1 by tier1_groups): the app reroutes it to SE
    // (hardware route); really the old desk passed it to SE at 10:00. Tier 1 08-10: 2 h.
    {
        number: 'INC0040010', partner_escalation: true, went_straight: false, partner: MET, signal: 'red_flag',
        actual_path: [OLD_DESK, SE], app_path: [SE],
        actual_hops: 1, app_hops: 0, hops_saved: 1, tier1_stations_skipped: 1, skipped_tier1: true,
        tier1_hours_saved: 2, tier1_stays_not_measured: 0, still_in_tier1: false,
        boomerangs_stopped: 0, boomerangs_warned: 0, moot_tier1_moves: 0,
    },
    // No Partner: HC → NS at 09:30.
    {
        number: 'INC0040011', partner_escalation: false, went_straight: false, partner: null, signal: null,
        actual_path: [HC, NS], app_path: [HC, NS],
        actual_hops: 1, app_hops: 1, hops_saved: 0, tier1_stations_skipped: 0, skipped_tier1: false,
        tier1_hours_saved: 0, tier1_stays_not_measured: 0, still_in_tier1: false,
        boomerangs_stopped: 0, boomerangs_warned: 0, moot_tier1_moves: 0,
    },
    // Opened by a member of SMG ITS (partner_opener of SMG-ITS) in HC; the app reroutes it to SE, really HC → SE at
    // 08:30: half an hour.
    {
        number: 'INC0040012', partner_escalation: true, went_straight: false, partner: SMG, signal: 'partner_opener',
        actual_path: [HC, SE], app_path: [SE],
        actual_hops: 1, app_hops: 0, hops_saved: 1, tier1_stations_skipped: 1, skipped_tier1: true,
        tier1_hours_saved: 0.5, tier1_stays_not_measured: 0, still_in_tier1: false,
        boomerangs_stopped: 0, boomerangs_warned: 0, moot_tier1_moves: 0,
    },
]

/** The totals, by hand from the tickets above. */
const SUMMARY = {
    events: 31, // 12 inserts and 19 saves in sys_audit (each audit row here is a save of its own)
    // Rerouted: 1, 2, 5 (the hand-off), 7, 10, 12; kept: 6; blocked: 1 once, 2 twice, 4 once, 5 once.
    by_outcome: { rerouted: 6, kept_specialty: 1, boomerang_blocked: 5, none: 19 },
    tickets: 12,
    partner_escalation_signals: ['red_flag', 'partner_handoff', 'partner_opener'], // department_policy is review
    partner_escalations: 9, // 1-7, 10, 12 (not 8: a department client; not 9, 11: no Partner)
    went_straight: 2, // 3, 4
    skipped_tier1: 6, // 1, 2, 5, 7, 10, 12
    tier1_stations_skipped: 10, // 2 + 3 + 1 (4) + 1 (5) + 1 (7) + 1 (10) + 1 (12)
    hops: { actual: 13, app: 4, saved: 9 }, // actual 3+3+0+2+3+0+0+1+1, app 2+0+0+1+1+0+0+0+0
    tier1_hours_saved: 16.5, // 2 + 5 + 4 + 3 + 2 + 0.5
    tier1_time: { events_with_time: 31, unreadable_times: 0, stays_not_measured: 0, escalations_still_in_tier1: 1 },
    boomerangs_stopped: 3, // 1, 4, 5 (the old count, every blocked move, said 5)
    boomerangs_warned: 0,
    moot_tier1_moves: 2, // 2
    by_partner: [
        { partner: MET, escalations: 8, went_straight: 2, skipped_tier1: 5, tier1_stations_skipped: 9, hops_saved: 8, tier1_hours_saved: 16, boomerangs_stopped: 3 },
        { partner: SMG, escalations: 1, went_straight: 0, skipped_tier1: 1, tier1_stations_skipped: 1, hops_saved: 1, tier1_hours_saved: 0.5, boomerangs_stopped: 0 },
    ],
    department_clients: [{ partner: MET, tickets: 1 }],
}

const SENTENCE = 'Of 9 Partner escalations, 6 would have skipped tier 1 and 2 already went straight; 9 hops and 16.5 hours in tier-1 queues saved; 3 boomerangs stopped.'

describe('a history export with deleted groups, moot tier-1 moves, real boomerangs and a ticket that went straight', () => {
    const out = mkdtempSync(join(tmpdir(), 'itpartner-value-truth-'))
    let run: CliRun
    let text: CliRun

    beforeAll(() => {
        run = runCli([FIXTURE, '--json', '--summary', join(out, 's.json'), '--tickets', join(out, 't.jsonl')])
        text = runCli([FIXTURE])
    })

    test('the replay runs: a group or user deleted since is a warning naming the sys_audit row, not a refusal', () => {
        expect(run.status).toBe(0)
        const warnings = run.stderr.split('\n').filter((line) => line.startsWith('replay: '))
        expect(warnings).toContain(
            'replay: sys_audit.json: sys_user_group 9d000000000000000000000000000001 is not in sys_user_group.json (deleted since?): ' +
                'named by 2 sys_audit rows, the first sys_id 3b000000000000000000000000000101 (INC0040001, field assignment_group); ' +
                `replayed as the group "${OLD_NETWORK}"`,
        )
        expect(warnings).toContain(
            'replay: sys_audit.json: sys_user_group 9d000000000000000000000000000002 is not in sys_user_group.json (deleted since?): ' +
                'named by 1 sys_audit row, the first sys_id 3b000000000000000000000000001001 (INC0040010, field assignment_group); ' +
                `replayed as the group "${OLD_DESK}"`,
        )
        expect(warnings).toContain(
            'replay: sys_audit.json: sys_user 7d000000000000000000000000000001 is not in sys_user.json (deleted since?): ' +
                'named by 1 sys_audit row, the first sys_id 3b000000000000000000000000000301 (INC0040003, field assigned_to), and by 1 incident.json row; ' +
                'replayed as the user "unknown user 7d000000000000000000000000000001"',
        )
        // One line per missing record, however many rows name it.
        expect(warnings.filter((line) => line.includes('is not in sys_user'))).toHaveLength(3)
    })

    test('per ticket (--tickets): the figures worked out by hand', () => {
        expect(readLines(join(out, 't.jsonl'))).toEqual(TICKETS)
    })

    test('in total (--summary): the figures worked out by hand, and the sentence', () => {
        const summary = JSON.parse(readFileSync(join(out, 's.json'), 'utf8'))
        expect(summary).toEqual({ snapshot: FIXTURE, sentence: SENTENCE, ...SUMMARY })
    })

    test('--json: the event outcomes; the went-straight ticket carries its Partner and signal, as on its stamp', () => {
        const events = JSON.parse(run.stdout) as { number: string; outcome: string; partner: string | null; signal: string | null; stamp: { signal: string | null } | null }[]
        const count = (outcome: string) => events.filter((event) => event.outcome === outcome).length
        expect(Object.fromEntries(Object.keys(SUMMARY.by_outcome).map((outcome) => [outcome, count(outcome)]))).toEqual(SUMMARY.by_outcome)
        const straight = events.filter((event) => event.number === 'INC0040003')
        expect(straight.map((event) => [event.outcome, event.partner, event.signal, event.stamp?.signal])).toEqual([
            ['none', MET, 'red_flag', 'red_flag'],
            ['none', MET, 'red_flag', 'red_flag'],
        ])
    })

    test('the text report closes with the same figures, each named for what it counts', () => {
        expect(text.status).toBe(0)
        const closing = collapse(text.stdout.slice(text.stdout.indexOf('What the app would have saved')))
        expect(closing).toContain(`What the app would have saved ${SENTENCE}`)
        expect(closing).toContain(
            'Partner escalations (tickets whose stamp held red_flag, partner_handoff or partner_opener): 9 of 12 tickets; ' +
                '6 would have skipped tier 1, 2 already went straight; tier-1 stations skipped: 10; hops 13 really, 4 with the app; ' +
                'boomerangs 3 stopped, 0 warned; moot tier-1 moves: 2 (blocked, but tier-1 triage before the ticket had reached an escalation group: not boomerangs).',
        )
        expect(closing).toContain('Tier-1 time: 31 of 31 events have a time; 1 Partner escalation still in tier 1 at its last event (its hours not counted).')
        expect(closing).toContain('department clients (not escalations: a person decides): 1 Metropolitan College IT (MET IT)')
    })
})
