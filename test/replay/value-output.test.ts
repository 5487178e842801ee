/** What the app would have saved, through the CLI on the built app: the text report, --summary FILE, --tickets FILE. */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DEMO, demoEvents, demoVariant, runCli } from './helpers.ts'

jest.setTimeout(300_000)

const MET = 'Metropolitan College IT (MET IT)'

function outDir(): string {
    return mkdtempSync(join(tmpdir(), 'itpartner-value-'))
}

function readLines(file: string): Record<string, unknown>[] {
    return readFileSync(file, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line))
}

describe('the demo: tier 1 re-triaged the Partner escalations before they reached their group', () => {
    const dir = outDir()
    const summaryFile = join(dir, 'summary.json')
    const ticketsFile = join(dir, 'tickets.jsonl')
    let run: ReturnType<typeof runCli>

    beforeAll(() => {
        run = runCli([DEMO, '--json', '--summary', summaryFile, '--tickets', ticketsFile])
        expect(run.status).toBe(0)
    })

    test('--json stays one array of events; the summary goes to its own file', () => {
        expect(JSON.parse(run.stdout)).toHaveLength(15)
        const summary = JSON.parse(readFileSync(summaryFile, 'utf8'))
        expect(summary).toMatchObject({
            snapshot: DEMO,
            sentence: 'Of 5 Partner escalations, 3 would have skipped tier 1 and 0 already went straight; 5 hops and 55.1 hours in tier-1 queues saved; 1 boomerang stopped.',
            events: 15,
            tickets: 9,
            partner_escalations: 5,
            went_straight: 0,
            skipped_tier1: 3,
            tier1_stations_skipped: 4,
            hops: { actual: 6, app: 1, saved: 5 },
            // The tickets' hours, each to 0.1 h: 12.9 + 23.5 + 18.7.
            tier1_hours_saved: 55.1,
            tier1_time: { events_with_time: 15, unreadable_times: 0, stays_not_measured: 0, escalations_still_in_tier1: 0 },
            boomerangs_stopped: 1,
            boomerangs_warned: 0,
            moot_tier1_moves: 0,
            by_outcome: { rerouted: 3, kept_specialty: 1, no_target: 1, boomerang_blocked: 1, none: 9 },
        })
        expect(summary.by_partner.map((one: { partner: string; escalations: number }) => [one.partner, one.escalations])).toEqual([
            [MET, 3],
            ['BUMC IT', 1],
            ['SMG Information Tech Services (SMG-ITS)', 1],
        ])
        expect(summary.department_clients).toEqual([
            { partner: 'BUMC IT', tickets: 1 },
            { partner: 'CFA IT', tickets: 1 },
            { partner: 'ESO IT', tickets: 1 },
        ])
    })

    test('--tickets: one line per ticket, in the order of its first event, with both paths', () => {
        const tickets = readLines(ticketsFile)
        expect(tickets.map((ticket) => ticket.number)).toEqual(['INC0020001', 'INC0020002', 'INC0020003', 'INC0020004', 'INC0020005', 'INC0020006', 'INC0020007', 'INC0020008', 'INC0020009'])
        expect(tickets[0]).toEqual({
            number: 'INC0020001',
            partner_escalation: true,
            went_straight: false,
            partner: MET,
            signal: 'red_flag',
            actual_path: ['IT Help Center', 'Network Services', 'IT Help Center', 'Network Services'],
            app_path: ['Network Services'],
            actual_hops: 3,
            app_hops: 0,
            hops_saved: 3,
            tier1_stations_skipped: 2,
            skipped_tier1: true,
            // 09:14 → 15:40 on Nov 2 and 10:05 → 16:30 on Nov 17: 12 h 51 min.
            tier1_hours_saved: 12.9,
            tier1_stays_not_measured: 0,
            still_in_tier1: false,
            // Sent back from Network Services, where it had been since Nov 2: a real boomerang.
            boomerangs_stopped: 1,
            boomerangs_warned: 0,
            moot_tier1_moves: 0,
        })
        expect(tickets[2]).toMatchObject({ actual_path: ['MET IT', 'IT Help Center', 'Network Services'], app_path: ['MET IT', 'Network Services'], hops_saved: 1, tier1_hours_saved: 18.7 })
        // A specialty stays in tier 1 with the app too: nothing skipped, nothing saved.
        expect(tickets[4]).toMatchObject({ number: 'INC0020005', actual_path: ['IT Help Center'], app_path: ['IT Help Center'], skipped_tier1: false, tier1_hours_saved: 0 })
        expect(tickets[3]).toMatchObject({ partner_escalation: false, partner: 'ESO IT', signal: 'department', skipped_tier1: false })
    })
})

describe('a small snapshot without times', () => {
    test('the hours say "no times in the events", in the text, the summary and per ticket', () => {
        const events = demoEvents().map((event) => {
            delete event.at
            if (event.record) delete (event.record as Record<string, string>).opened_at
            return event
        })
        const dir = outDir()
        const run = runCli([demoVariant({ 'events.json': events.slice(0, 2) }), '--summary', join(dir, 's.json'), '--tickets', join(dir, 't.jsonl')])
        expect(run.status).toBe(0)
        expect(run.stdout).toContain(
            'What the app would have saved\n  Of 1 Partner escalation, 1 would have skipped tier 1 and 0 already went straight; 1 hop saved (hours in tier-1 queues:\n  no times in the events); 0 boomerangs stopped.\n',
        )
        expect(run.stdout).toContain('Tier-1 time: no times in the events (give each event an "at", or opened_at / sys_updated_on).\n')
        const summary = JSON.parse(readFileSync(join(dir, 's.json'), 'utf8'))
        expect(summary).toMatchObject({ partner_escalations: 1, skipped_tier1: 1, hops: { actual: 1, app: 0, saved: 1 }, tier1_hours_saved: null })
        expect(readLines(join(dir, 't.jsonl'))).toEqual([expect.objectContaining({ number: 'INC0020001', tier1_hours_saved: null, hops_saved: 1 })])
    })
})

describe('file options', () => {
    test('a --summary path that cannot be written fails before the replay runs: one line, exit 2, no file', () => {
        const run = runCli([DEMO, '--summary', '/nonexistent/dir/summary.json'])
        expect(run.status).toBe(2)
        expect(run.stdout).toBe('')
        expect(run.stderr).toMatch(/^replay: --summary \/nonexistent\/dir\/summary\.json: the folder \/nonexistent\/dir does not exist\n$/)
    })

    test('a failed replay leaves neither file', () => {
        const dir = outDir()
        const run = runCli([demoVariant({ 'events.json': null }), '--summary', join(dir, 's.json'), '--tickets', join(dir, 't.jsonl')])
        expect(run.status).toBe(2)
        expect(existsSync(join(dir, 's.json'))).toBe(false)
        expect(existsSync(join(dir, 't.jsonl'))).toBe(false)
    })

    test('the usage lists both options', () => {
        const run = runCli([DEMO, '--summary'])
        expect(run.status).toBe(2)
        expect(run.stderr).toContain('--summary FILE')
        expect(run.stderr).toContain('--tickets FILE')
    })
})
