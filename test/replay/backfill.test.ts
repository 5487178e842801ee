/**
 * `--backfill`: the built backfill module run over an export of open incidents from before the install (what the
 * job would stamp), on a copy of the demo's users, groups and Partner data.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { demoVariant, runCli } from './helpers.ts'

jest.setTimeout(300_000)

const USER = {
    metTechnician: '0ffe2cdd78ba4812b1d3b41ea362d266',
    metClient: 'd0d0demousermetclient00000000007',
    agent: 'd0d0demouseragent000000000000013',
}
const MET_IT = '3695944498974feb9fef12477e9895d5'
const NETWORK = 'f54d52ccab9440d696e887e67f72c2a8'

const ticket = (sys_id: string, number: string, caller: string, extra: Record<string, string> = {}) => ({
    sys_id,
    number,
    caller_id: caller,
    opened_by: USER.agent,
    assignment_group: NETWORK,
    active: 'true',
    opened_at: '2026-11-02 09:00:00',
    ...extra,
})

/** Open tickets before the install (no stamp columns), one stamped right, one stale stamp, one closed. */
const INCIDENTS = [
    ticket('b0000000000000000000000000000001', 'INC0040001', USER.metTechnician),
    ticket('b0000000000000000000000000000002', 'INC0040002', USER.metClient),
    ticket('b0000000000000000000000000000003', 'INC0040003', USER.agent),
    ticket('b0000000000000000000000000000004', 'INC0040004', USER.metTechnician, {
        x_bu_itpartner_partner: MET_IT,
        x_bu_itpartner_signal: 'red_flag',
        x_bu_itpartner_escalation: 'true',
    }),
    ticket('b0000000000000000000000000000005', 'INC0040005', USER.agent, {
        x_bu_itpartner_partner: MET_IT,
        x_bu_itpartner_signal: 'red_flag',
        x_bu_itpartner_escalation: 'true',
    }),
    ticket('b0000000000000000000000000000006', 'INC0040006', USER.metTechnician, { active: 'false' }),
]

const folder = () => demoVariant({ 'incident.json': { result: INCIDENTS }, 'events.json': null })

describe('npm run replay -- <dir> --backfill', () => {
    test('--json: each open ticket whose stamp differs from its evidence, from and to; the totals; nothing else', () => {
        const run = runCli([folder(), '--backfill', '--json'])
        expect(run.status).toBe(0)
        const output = JSON.parse(run.stdout) as { tickets: { number: string; from: unknown; to: unknown }[]; summary: Record<string, number> }
        const met = 'Metropolitan College IT (MET IT)'
        expect(output.tickets).toEqual([
            { number: 'INC0040001', from: { partner: null, signal: null, escalation: false }, to: { partner: met, signal: 'red_flag', escalation: true } },
            { number: 'INC0040002', from: { partner: null, signal: null, escalation: false }, to: { partner: met, signal: 'department', escalation: false } },
            { number: 'INC0040005', from: { partner: met, signal: 'red_flag', escalation: true }, to: { partner: null, signal: null, escalation: false } },
        ])
        expect(output.summary).toEqual({ open_tickets: 5, batches: 1, would_stamp: 3, partner_escalations: 1, already_right: 2, failed: 0 })
    })

    test('text: one line per ticket and the totals; the folder is not changed', () => {
        const dir = folder()
        const before = readFileSync(join(dir, 'incident.json'), 'utf8')
        const run = runCli([dir, '--backfill'])
        expect(run.status).toBe(0)
        expect(run.stdout).toContain('nothing is written')
        expect(run.stdout).toMatch(/^INC0040001 +no stamp -> red_flag escalation, Partner Metropolitan College IT \(MET IT\)$/m)
        expect(run.stdout).toMatch(/^INC0040005 +red_flag escalation, Partner .+ -> no stamp$/m)
        expect(run.stdout).not.toContain('INC0040004')
        expect(run.stdout).toContain('5 open tickets in 1 batch: would stamp 3 (1 Partner escalation), 2 already right, 0 failed.')
        expect(readFileSync(join(dir, 'incident.json'), 'utf8')).toBe(before)
    })

    test('without incident.json: one line naming the file, exit 2', () => {
        const run = runCli([demoVariant(), '--backfill'])
        expect(run.status).toBe(2)
        expect(run.stderr.trim()).toMatch(/^replay: bad snapshot: incident\.json: missing .*the tickets to backfill\)$/)
    })

    test('with a page or value file: refused as a usage error before anything runs', () => {
        const run = runCli([folder(), '--backfill', '--html', 'x.html'])
        expect(run.status).toBe(2)
        expect(run.stderr).toContain('--backfill shows the backfill only: --html is for a replay of events')
    })
})
