/**
 * Every design.md case through the CLI with --json, asserting every output field. The demo snapshot holds one event
 * per case; variants of it (temp copies) cover the policies. The banner comes from the built display rule and onLoad
 * client script; for an event without a decision, partner and signal come from the banner's data.
 */
import { DEMO, demoTable, demoVariant, replayJson, runCli } from './helpers.ts'

jest.setTimeout(300_000)

const MET = 'Metropolitan College IT (MET IT)'

const KEYS = ['number', 'action', 'group_before', 'group_after', 'partner', 'signal', 'outcome', 'reason', 'banner', 'blocked', 'work_notes', 'warnings', 'stamp']

let results: Record<string, unknown>[]
/** The demo's events are in time order: the design cases are these; the others are tier 1's real moves. */
const CASES = [0, 2, 4, 5, 7, 8, 9, 10, 12, 13, 14]
const REAL_MOVES = [1, 3, 6, 11]
const byCase = (index: number) => results[CASES[index]]

beforeAll(() => {
    results = replayJson(DEMO)
})

function expectDecision(
    result: Record<string, unknown>,
    expected: { number: string; action: string; before: string | null; after: string | null; partner: string; signal: string; outcome: string; blocked?: boolean },
): void {
    expect(Object.keys(result)).toEqual(KEYS)
    expect(result).toMatchObject({
        number: expected.number,
        action: expected.action,
        group_before: expected.before,
        group_after: expected.after,
        partner: expected.partner,
        signal: expected.signal,
        outcome: expected.outcome,
        blocked: expected.blocked ?? false,
    })
    expect(typeof result.reason).toBe('string')
    expect(String(result.reason).length).toBeGreaterThan(10)
    expect(result.banner).toEqual(expect.stringContaining(expected.partner.split(' (')[0]))
}

function expectNoDecision(
    result: Record<string, unknown>,
    expected: { number: string; before: string | null; after: string | null; partner: string | null; signal: string | null; action?: string },
): void {
    expect(Object.keys(result)).toEqual(KEYS)
    expect(result).toMatchObject({
        number: expected.number,
        action: expected.action ?? 'insert',
        group_before: expected.before,
        group_after: expected.after,
        partner: expected.partner,
        signal: expected.signal,
        outcome: 'none',
        reason: null,
        blocked: false,
    })
    if (expected.partner) expect(result.banner).toEqual(expect.stringContaining(expected.partner))
    else expect(result.banner).toBeNull()
}

describe('demo snapshot: one event per design case', () => {
    test('one result per event, in order, with the contract fields', () => {
        expect(results).toHaveLength(15)
        for (const result of results) expect(Object.keys(result)).toEqual(KEYS)
    })
    test("tier 1's real moves of the escalations to their group: no decision, the app already had them there", () => {
        expect(REAL_MOVES.map((index) => [results[index].number, results[index].group_before, results[index].group_after, results[index].outcome])).toEqual([
            ['INC0020001', 'Network Services', 'Network Services', 'none'],
            ['INC0020002', 'System Engineering', 'System Engineering', 'none'],
            ['INC0020003', 'Network Services', 'Network Services', 'none'],
            ['INC0020001', 'Network Services', 'Network Services', 'none'],
        ])
    })
    test('red flag: rerouted past the catch-all to the route group', () => {
        expectDecision(byCase(0), { number: 'INC0020001', action: 'insert', before: 'IT Help Center', after: 'Network Services', partner: MET, signal: 'red_flag', outcome: 'rerouted' })
    })
    test('opener: a Partner group member opens for a client', () => {
        expectDecision(byCase(1), {
            number: 'INC0020002',
            action: 'insert',
            before: 'IT Help Center',
            after: 'System Engineering',
            partner: 'SMG Information Tech Services (SMG-ITS)',
            signal: 'partner_opener',
            outcome: 'rerouted',
        })
    })
    test('a ticket put in a Partner queue by hand is left alone', () => {
        // Opened by a member of MET IT's group: the banner names that Partner escalation, not the department.
        expectNoDecision(byCase(2), { number: 'INC0020003', before: 'MET IT', after: 'MET IT', partner: MET, signal: 'partner_opener' })
    })
    test('hand-off: the Partner queue hands over to tier 1', () => {
        expectDecision(byCase(3), { number: 'INC0020003', action: 'update', before: 'IT Help Center', after: 'Network Services', partner: MET, signal: 'partner_handoff', outcome: 'rerouted' })
        // The Partner's note and the app's, in one entry: the Partner's first.
        expect(byCase(3).work_notes).toMatch(/^Level 1 done, over to IS&T\n\nIT Partner Routing\n/)
    })
    test('department only, review policy: not routed', () => {
        expectNoDecision(byCase(4), { number: 'INC0020004', before: 'IT Help Center', after: 'IT Help Center', partner: 'ESO IT', signal: 'department' })
    })
    test('specialty: an account issue stays with tier 1', () => {
        expectDecision(byCase(5), { number: 'INC0020005', action: 'insert', before: 'IT Help Center', after: 'IT Help Center', partner: 'BUMC IT', signal: 'red_flag', outcome: 'kept_specialty' })
    })
    test('no target: no route and no default group', () => {
        expectDecision(byCase(6), { number: 'INC0020006', action: 'insert', before: 'IT Help Center', after: 'IT Help Center', partner: MET, signal: 'red_flag', outcome: 'no_target' })
    })
    test('boomerang blocked: the save goes through with the previous group', () => {
        expectDecision(byCase(7), {
            number: 'INC0020001',
            action: 'update',
            before: 'IT Help Center',
            after: 'Network Services',
            partner: MET,
            signal: 'red_flag',
            outcome: 'boomerang_blocked',
            blocked: true,
        })
    })
    test('department client of a Partner with a ServiceNow queue (Send to IT Partner applies)', () => {
        expectNoDecision(byCase(8), { number: 'INC0020007', before: 'IT Help Center', after: 'IT Help Center', partner: 'BUMC IT', signal: 'department' })
    })
    test('department client of a Partner without ServiceNow', () => {
        expectNoDecision(byCase(9), { number: 'INC0020008', before: 'IT Help Center', after: 'IT Help Center', partner: 'CFA IT', signal: 'department' })
    })
    test('non-partner client: nothing', () => {
        expectNoDecision(byCase(10), { number: 'INC0020009', before: 'IT Help Center', after: 'IT Help Center', partner: null, signal: null })
        expect(byCase(10).banner).toBeNull()
    })
})

describe('policies and platform behaviour (demo variants)', () => {
    const property = (name: string, value: string) => ({ sys_id: `p_${name}`, name, value })

    test('department_policy=escalate routes a department client', () => {
        const dir = demoVariant({
            'sys_properties.json': { result: [property('x_bu_itpartner.department_policy', 'escalate')] },
            'events.json': [{ table: 'incident', action: 'insert', record: { number: 'INC0030001', caller_id: demoTable('sys_user')[5].sys_id, short_description: 'wifi down' } }],
        })
        const [result] = replayJson(dir)
        expect(result).toMatchObject({ group_before: 'IT Help Center', group_after: 'Network Services', partner: 'ESO IT', signal: 'department', outcome: 'rerouted', blocked: false })
    })

    test('boomerang_policy=warn saves the move with a boomerang_warned decision', () => {
        const dir = demoVariant({ 'sys_properties.json': { result: [property('x_bu_itpartner.boomerang_policy', 'warn')] } })
        const result = replayJson(dir)[CASES[7]]
        expect(result).toMatchObject({ group_before: 'IT Help Center', group_after: 'IT Help Center', outcome: 'boomerang_warned', signal: 'red_flag', blocked: false })
    })

    test('the kill switch turns routing off: the catch-all group stays', () => {
        const dir = demoVariant({ 'sys_properties.json': { result: [property('x_bu_itpartner.enabled', 'false')] } })
        const result = replayJson(dir)[0]
        expect(result).toMatchObject({ group_before: 'IT Help Center', group_after: 'IT Help Center', outcome: 'none', reason: null, blocked: false })
    })

    test('default escalation group catches a no-route escalation', () => {
        const dir = demoVariant({ 'sys_properties.json': { result: [property('x_bu_itpartner.default_escalation_group', 'System Engineering')] } })
        expect(replayJson(dir)[CASES[6]]).toMatchObject({ group_after: 'System Engineering', outcome: 'rerouted' })
    })

    test('no assignment rules: group_before is null and a generated number is used', () => {
        const dir = demoVariant({
            'sysrule_assignment.json': null,
            'events.json': [{ table: 'incident', action: 'insert', record: { caller_id: demoTable('sys_user')[10].sys_id, short_description: 'x' } }],
        })
        const [result] = replayJson(dir)
        expect(result).toMatchObject({ number: 'INC0010001', group_before: null, group_after: null, outcome: 'none' })
    })

    test('assignment rules: the first matching by order wins; a rule with a script is reported, not guessed', () => {
        const groups = demoTable('sys_user_group')
        const desktop = groups.find((g) => g.name === 'Desktop Services')!.sys_id
        const systems = groups.find((g) => g.name === 'System Engineering')!.sys_id
        const dir = demoVariant({
            'sysrule_assignment.json': {
                result: [
                    { sys_id: 'r3', name: 'catch-all', table: 'incident', order: '1000', active: 'true', condition: '', group: demoTable('sys_user_group')[0].sys_id },
                    { sys_id: 'r2', name: 'printers', table: 'incident', order: '50', active: 'true', condition: 'short_descriptionLIKEprinter', group: desktop },
                    { sys_id: 'r1', name: 'inactive', table: 'incident', order: '10', active: 'false', condition: '', group: systems },
                    { sys_id: 'r0', name: 'scripted', table: 'incident', order: '20', active: 'true', condition: 'short_descriptionLIKEscripted', group: '', script: 'current.assignment_group = "x";' },
                ],
            },
            'events.json': [
                { table: 'incident', action: 'insert', record: { number: 'INC0030001', caller_id: demoTable('sys_user')[9].sys_id, short_description: 'printer jam' } },
                { table: 'incident', action: 'insert', record: { number: 'INC0030002', caller_id: demoTable('sys_user')[9].sys_id, short_description: 'Mouse' } },
                { table: 'incident', action: 'insert', record: { number: 'INC0030003', caller_id: demoTable('sys_user')[9].sys_id, short_description: 'scripted case' } },
                { table: 'incident', action: 'insert', record: { number: 'INC0030004', caller_id: demoTable('sys_user')[9].sys_id, short_description: 'Printer', assigned_to: demoTable('sys_user')[10].sys_id } },
            ],
        })
        const results = replayJson(dir)
        expect(results.map((r) => r.group_before)).toEqual(['Desktop Services', 'IT Help Center', null, null])
        expect(results[2].notes).toEqual([expect.stringContaining('has a script, which the replay cannot run offline')])
        expect(results[0].notes).toBeUndefined()
    })

    test('work_notes is the entry the save adds; warnings are the app log lines of the event', () => {
        const dir = demoVariant({ 'sys_properties.json': { result: [property('x_bu_itpartner.tier1_groups', 'IT Help Center,Desktop Servces')] } })
        const results = replayJson(dir)
        expect(results[0].work_notes).toEqual(expect.stringContaining('Assignment group: IT Help Center -> Network Services.'))
        // Logged once per session and value; the replay shows a repeated warning with the first event only.
        expect(results[0].warnings).toEqual([expect.stringContaining('"Desktop Servces", which is not a group')])
        for (const result of results.slice(1)) expect(result.warnings).toEqual([])
        expect(byCase(10)).toMatchObject({ work_notes: null, warnings: [] })
    })

    test('the readable table shows one row per event', () => {
        const run = runCli([DEMO])
        expect(run.status).toBe(0)
        for (const number of ['INC0020001', 'INC0020009']) expect(run.stdout).toContain(number)
        expect(run.stdout).toContain('boomerang_blocked')
        expect(run.stdout).toContain('    work notes: IT Partner Routing')
    })
})

describe('the stamp as saved: the Partner columns after each event', () => {
    const stamp = (partner: string | null, signal: string | null, escalation: boolean, hops = 0, boomerangs = 0) => ({ partner, signal, escalation, hops, boomerangs, ping_pong: false })

    test('red flag, opener, hand-off and specialty escalations are proven; department clients are not; no evidence, no stamp', () => {
        expect(CASES.map((index) => [results[index].number, results[index].stamp])).toEqual([
            ['INC0020001', stamp(MET, 'red_flag', true)],
            ['INC0020002', stamp('SMG Information Tech Services (SMG-ITS)', 'partner_opener', true)],
            // Opened by MET IT staff in MET IT's own queue, then handed over: the hand-off outranks the opener and is no hop.
            ['INC0020003', stamp(MET, 'partner_opener', true)],
            ['INC0020003', stamp(MET, 'partner_handoff', true)],
            ['INC0020004', stamp('ESO IT', 'department', false)],
            ['INC0020005', stamp('BUMC IT', 'red_flag', true)],
            ['INC0020006', stamp(MET, 'red_flag', true)],
            // The blocked boomerang: the group is back, so no hop; one boomerang tried.
            ['INC0020001', stamp(MET, 'red_flag', true, 0, 1)],
            ['INC0020007', stamp('BUMC IT', 'department', false)],
            ['INC0020008', stamp('CFA IT', 'department', false)],
            ['INC0020009', stamp(null, null, false)],
        ])
    })

    test('the text report shows the stamp in one line', () => {
        const run = runCli([DEMO])
        expect(run.status).toBe(0)
        expect(run.stdout).toContain(`    stamp: ${MET}, red_flag, Partner escalation; 0 hops, 1 boomerangs tried`)
        expect(run.stdout).toContain('    stamp: ESO IT, department, no escalation; 0 hops, 0 boomerangs tried')
    })
})
