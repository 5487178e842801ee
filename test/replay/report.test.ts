import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readLabels } from '../../replay/report/page/labels.ts'
import { escapeHtml, policiesOf, renderReport, scriptJson } from '../../replay/report/page/render.ts'
import { dayOf } from '../../replay/read/datetime.ts'
import { ReportCollector, weekOf } from '../../replay/report/page/collector.ts'
import type { EventResult } from '../../replay/run/engine.ts'
import type { ReportData } from '../../replay/report/page/data.ts'
import type { ReplayEvent } from '../../replay/read/events/event.ts'
import { ValueTracker } from '../../replay/report/value/tracker.ts'
import type { TicketValue, ValueSummary } from '../../replay/report/value/types.ts'
import { ROOT, runCli } from './helpers.ts'

const LABELS = readLabels(ROOT)

function result(fields: Partial<EventResult>): EventResult {
    return {
        number: 'INC0000001',
        action: 'insert',
        stamp: null,
        group_before: 'IT Help Center',
        group_after: 'Network Services',
        partner: 'MET IT',
        signal: 'red_flag',
        outcome: 'rerouted',
        reason: 'because',
        banner: null,
        blocked: false,
        work_notes: null,
        warnings: [],
        ...fields,
    }
}

function insert(number: string, record: Record<string, string>): ReplayEvent {
    return { index: 0, table: 'incident', action: 'insert', number, record, user: '' }
}

function update(number: string): ReplayEvent {
    return { index: 0, table: 'incident', action: 'update', number, set: { assignment_group: 'g' }, user: '' }
}

/** The embedded data of a rendered page, read back the way the page script reads it. */
function embedded(html: string): ReportData {
    const match = /<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(html)
    if (!match) throw new Error('no report-data element')
    return JSON.parse(match[1])
}

describe('report data', () => {
    it('reads the outcome and signal labels of the built decision table, in its order', () => {
        expect(LABELS.outcomes.map((choice) => choice.value)).toEqual([
            'rerouted',
            'kept_specialty',
            'no_target',
            'boomerang_blocked',
            'boomerang_warned',
            'sent_to_partner',
            'error',
        ])
        expect(LABELS.outcomes.find((choice) => choice.value === 'boomerang_blocked')?.label).toBe('Boomerang blocked')
        expect(LABELS.signals.map((choice) => choice.value)).toEqual(['red_flag', 'partner_opener', 'partner_handoff', 'department'])
    })

    it('counts outcomes, with events without a decision last, and decisions apart', () => {
        const collector = new ReportCollector(LABELS)
        collector.add(result({}))
        collector.add(result({ outcome: 'rerouted' }))
        collector.add(result({ outcome: 'boomerang_blocked', blocked: true }))
        collector.add(result({ outcome: 'none', signal: 'department' }))
        const data = collector.finish('t')
        expect(data.events).toBe(4)
        expect(data.decisions).toBe(3)
        const counts = Object.fromEntries(data.outcomes.map((outcome) => [outcome.value, outcome.count]))
        expect(counts).toMatchObject({ rerouted: 2, boomerang_blocked: 1, none: 1, error: 0 })
        expect(data.outcomes[data.outcomes.length - 1].value).toBe('none')
    })

    it("draws only the app's real moves, a link per outcome, each side apart; blocked attempts are listed, not drawn", () => {
        const collector = new ReportCollector(LABELS)
        collector.add(result({ group_before: 'IT Help Center', group_after: 'IT Help Center', outcome: 'kept_specialty' }))
        collector.add(result({ group_before: null, group_after: 'Desktop Services', outcome: 'kept_specialty' }))
        collector.add(result({ group_before: 'IT Help Center', group_after: 'Network Services' }))
        collector.add(result({ group_before: 'IT Help Center', group_after: 'Network Services' }))
        collector.add(result({ group_before: null, group_after: 'Network Services' }))
        collector.add(result({ action: 'update', group_before: 'IT Help Center', group_after: 'Network Services', outcome: 'boomerang_blocked', blocked: true }))
        collector.add(result({ action: 'update', group_before: 'MET IT', group_after: 'Network Services', outcome: 'boomerang_blocked', blocked: true }))
        collector.add(result({ action: 'update', group_before: 'IT Help Center', group_after: 'Network Services', outcome: 'boomerang_blocked', blocked: true }))
        collector.add(result({ action: 'update', group_before: 'Desktop Services', group_after: 'Desktop Services', outcome: 'boomerang_warned' }))
        collector.add(result({ outcome: 'none', group_before: 'Desktop Services', group_after: 'Network Services' }))
        const { flow, blocked } = collector.finish('t')
        expect(flow.links).toEqual([
            { source: 'from:(no group)', target: 'to:Desktop Services', outcome: 'kept_specialty', value: 1 },
            { source: 'from:IT Help Center', target: 'to:Network Services', outcome: 'rerouted', value: 2 },
            { source: 'from:(no group)', target: 'to:Network Services', outcome: 'rerouted', value: 1 },
        ])
        expect(flow.nodes.find((node) => node.id === 'to:Network Services')?.name).toBe('Network Services')
        expect(blocked).toEqual({
            rows: [
                { asked: 'IT Help Center', kept: 'Network Services', count: 2 },
                { asked: 'MET IT', kept: 'Network Services', count: 1 },
            ],
            others: 0,
        })
    })

    it('lists the 15 largest blocked attempts and counts the others together', () => {
        const collector = new ReportCollector(LABELS)
        for (let group = 0; group < 20; group++) {
            for (let n = 0; n <= group; n++) collector.add(result({ action: 'update', group_before: `Group ${group}`, outcome: 'boomerang_blocked', blocked: true }))
        }
        const { blocked } = collector.finish('t')
        expect(blocked.rows).toHaveLength(15)
        expect(blocked.rows[0]).toEqual({ asked: 'Group 19', kept: 'Network Services', count: 20 })
        expect(blocked.others).toBe(1 + 2 + 3 + 4 + 5)
    })

    it("keeps the group an update's ticket had, as the value tracker knows it (its last event, or the incident export)", () => {
        const collector = new ReportCollector(LABELS)
        const value = new ValueTracker({ isTier1: () => false }, new Map([['INC9', 'Desktop Services']]))
        const events: [EventResult, ReplayEvent][] = [
            [result({ number: 'INC1', group_after: 'Network Services' }), insert('INC1', {})],
            [result({ number: 'INC1', action: 'update', group_before: 'IT Help Center', group_after: 'Network Services', blocked: true }), update('INC1')],
            [result({ number: 'INC9', action: 'update', group_before: 'System Engineering', group_after: 'System Engineering' }), update('INC9')],
        ]
        for (const [one, event] of events) {
            collector.add(one, event, value.had(one.number))
            value.add(one, event)
        }
        const { table } = collector.finish('t')
        expect(table.rows.map((row) => table.strings[row[13]])).toEqual(['', 'Network Services', 'Desktop Services'])
    })

    it('ranks Partners by Partner escalations (tickets), folds past 15, and keeps department clients apart', () => {
        const partners = Array.from({ length: 20 }, (_, n) => ({
            partner: `Partner ${19 - n}`,
            escalations: 21 - n,
            went_straight: 1,
            skipped_tier1: 20 - n - 1,
            tier1_stations_skipped: 0,
            hops_saved: 0,
            tier1_hours_saved: null,
            boomerangs_stopped: 0,
        }))
        const value = { by_partner: partners, department_clients: [{ partner: 'CFA IT', tickets: 7 }] } as unknown as ValueSummary
        const { byPartner, departments, value: embeddedValue } = new ReportCollector(LABELS).finish('t', value)
        expect(embeddedValue).toBe(value)
        expect(byPartner.categories).toHaveLength(16)
        expect(byPartner.categories[0]).toBe('Partner 19')
        expect(byPartner.categories[15]).toBe('other Partners')
        expect(byPartner.series.map((series) => series.outcome)).toEqual(['skipped_tier1', 'went_straight', 'other_escalations'])
        const skipped = byPartner.series[0].values
        expect(skipped[0]).toBe(19)
        expect(skipped[15]).toBe(0 + 1 + 2 + 3 + 4)
        // Each Partner: one that went straight and one other escalation; the five folded ones together.
        expect([byPartner.series[1].values[0], byPartner.series[1].values[15], byPartner.series[2].values[15]]).toEqual([1, 5, 5])
        expect(departments).toEqual({ categories: ['CFA IT'], series: [{ outcome: 'department', values: [7] }] })
    })

    it('lists the Partner escalations behind the value, their texts among the strings, up to its limit', () => {
        const ticket = (number: string, escalation: boolean): TicketValue => ({
            number,
            partner_escalation: escalation,
            went_straight: number === 'INC2',
            partner: escalation ? 'MET IT' : null,
            signal: escalation ? 'red_flag' : null,
            actual_path: ['IT Help Center', 'Network Services'],
            app_path: ['Network Services'],
            actual_hops: 1,
            app_hops: 0,
            hops_saved: 1,
            tier1_stations_skipped: 1,
            skipped_tier1: number === 'INC1',
            tier1_hours_saved: 2.5,
            tier1_stays_not_measured: 0,
            still_in_tier1: false,
            boomerangs_stopped: 0,
            boomerangs_warned: 0,
            moot_tier1_moves: 3,
        })
        const value = { by_partner: [], department_clients: [] } as unknown as ValueSummary
        const data = new ReportCollector(LABELS, [], 2).finish('t', value, [ticket('INC1', true), ticket('INC0', false), ticket('INC2', true), ticket('INC3', true)])
        const text = (index: number) => data.table.strings[index]
        expect(data.tickets!.omitted).toBe(1)
        expect(data.tickets!.rows.map((row) => [text(row[0]), text(row[1]), text(row[2]), text(row[3]), text(row[4]), ...row.slice(5)])).toEqual([
            ['INC1', 'MET IT', 'red_flag', 'IT Help Center → Network Services', 'Network Services', 2, 1, 1, 0, 1, 25, 0, 3],
            ['INC2', 'MET IT', 'red_flag', 'IT Help Center → Network Services', 'Network Services', 1, 1, 1, 0, 1, 25, 0, 3],
        ])
        expect(new ReportCollector(LABELS).finish('t').tickets).toBeNull()
    })

    it('counts decisions per week of the ticket opened_at (an update in its ticket week), filling empty weeks', () => {
        const collector = new ReportCollector(LABELS, [{ number: 'INC9', sys_created_on: '2026-10-20 08:00:00' }])
        collector.add(result({ number: 'INC1' }), insert('INC1', { opened_at: '2026-11-05 13:40:00' }))
        collector.add(result({ number: 'INC1', action: 'update', outcome: 'boomerang_blocked' }))
        collector.add(result({ number: 'INC9', action: 'update' }))
        collector.add(result({ number: 'INC2' }), insert('INC2', {}))
        collector.add(result({ number: 'INC3', outcome: 'none' }), insert('INC3', { opened_at: '2026-12-01 00:00:00' }))
        const { weeks } = collector.finish('t')
        expect(weeks?.categories).toEqual(['2026-10-19', '2026-10-26', '2026-11-02'])
        expect(weeks?.series).toEqual([
            { outcome: 'rerouted', values: [1, 0, 1] },
            { outcome: 'boomerang_blocked', values: [0, 0, 1] },
        ])
        expect(weeks?.undated).toBe(1)
    })

    it('has no weeks when no event carries a date', () => {
        const collector = new ReportCollector(LABELS)
        collector.add(result({}), insert('INC0000001', { short_description: 'x' }))
        expect(collector.finish('t').weeks).toBeNull()
    })

    it('reads ServiceNow and ISO dates, and refuses what is not a date', () => {
        expect(weekOf(dayOf('2026-11-29 23:59:59')!)).toBe('2026-11-23')
        expect(weekOf(dayOf('2026-11-30T00:00:00Z')!)).toBe('2026-11-30')
        expect(dayOf('11/30/2026')).toBeNull()
        expect(dayOf('2026-02-30 10:00:00')).toBeNull()
        expect(dayOf(undefined)).toBeNull()
    })

    it('stores each text once and the rows as indexes into them', () => {
        const collector = new ReportCollector(LABELS)
        for (let n = 0; n < 1000; n++) collector.add(result({ number: `INC${n}`, banner: 'the same long banner text' }))
        const { table } = collector.finish('t')
        expect(table.rows).toHaveLength(1000)
        expect(table.strings.filter((text) => text === 'the same long banner text')).toHaveLength(1)
        expect(table.strings[table.rows[999][0]]).toBe('INC999')
        expect(table.omitted).toBe(0)
    })

    it('lists the first events up to its limit and counts every event in the figures', () => {
        const collector = new ReportCollector(LABELS, [], 10)
        for (let n = 0; n < 25; n++) collector.add(result({ number: `INC${n}`, outcome: n % 5 ? 'none' : 'rerouted', banner: `banner ${n}` }))
        const data = collector.finish('t')
        expect(data.table.rows.map((row) => data.table.strings[row[0]])).toEqual(Array.from({ length: 10 }, (_, n) => `INC${n}`))
        expect(data.table.omitted).toBe(15)
        expect(data.events).toBe(25)
        expect(data.decisions).toBe(5)
        expect(data.outcomes.find((choice) => choice.value === 'rerouted')?.count).toBe(5)
        // Texts of events left out are not kept.
        expect(data.table.strings).not.toContain('banner 10')
    })
})

describe('policies in effect', () => {
    it('shows the snapshot value, or the default for an absent property, and why a value is not used', () => {
        const policies = policiesOf([{ name: 'x_bu_itpartner.boomerang_policy', value: 'bounce' }])
        const boomerang = policies.find((policy) => policy.name === 'x_bu_itpartner.boomerang_policy')!
        expect(boomerang).toMatchObject({ value: 'bounce', source: 'snapshot' })
        expect(boomerang.problem).toMatch(/bounce.*using "block"/)
        expect(policies.find((policy) => policy.name === 'x_bu_itpartner.department_policy')).toEqual({
            name: 'x_bu_itpartner.department_policy',
            value: 'review',
            source: 'default',
            problem: null,
        })
        expect(policies).toHaveLength(6)
    })
})

describe('escaping what comes from the snapshot', () => {
    const hostile = `</script><script>window.pwned=1</script><!-- <img src=x onerror="pwned=2"> & 'q' \u2028`

    it('embeds JSON without anything that ends a script element or starts a comment', () => {
        const json = scriptJson({ name: hostile })
        expect(json).not.toMatch(/<|>|\u2028/)
        expect(JSON.parse(json)).toEqual({ name: hostile })
    })

    it('escapes text for elements and attributes', () => {
        expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;')
    })

    it('renders a page whose markup carries none of the hostile text raw, and whose data reads back unchanged', () => {
        const collector = new ReportCollector(LABELS)
        collector.add(result({ partner: hostile, group_before: hostile, reason: hostile }))
        const html = renderReport({
            data: collector.finish('t'),
            snapshotDir: `/tmp/${hostile}`,
            generatedAt: new Date('2026-11-26T12:00:00Z'),
            policies: policiesOf([{ name: 'x_bu_itpartner.tier1_groups', value: hostile }]),
            findings: [{ severity: 'error', message: hostile }],
        })
        // Three script elements (data, ECharts, page script), each ended where it should be.
        expect(html.match(/<script\b/g)).toHaveLength(3)
        expect(html.match(/<\/script>/g)).toHaveLength(3)
        const markup = html.replace(/<script\b[\s\S]*?<\/script>/g, '')
        expect(markup.includes('<script>window.pwned')).toBe(false)
        expect(markup.includes('<img')).toBe(false)
        expect(markup.includes('&#60;img src=x onerror=&#34;pwned=2&#34;&#62;')).toBe(true)
        const data = embedded(html)
        expect(data.table.strings).toContain(hostile)
        expect(data.flow.nodes.map((node) => node.name)).toContain(hostile)
    })
})

describe('npm run replay -- <dir> --html FILE', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'itpartner-report-')), 'report.html')
    let run: ReturnType<typeof runCli>

    beforeAll(() => {
        run = runCli(['replay/demo', '--json', '--html', out])
    })

    it('writes the page and still prints the JSON array on stdout', () => {
        expect(run.status).toBe(0)
        expect(run.stderr).toContain(`wrote the report page ${out}`)
        const results = JSON.parse(run.stdout) as EventResult[]
        const data = embedded(readFileSync(out, 'utf8'))
        expect(data.events).toBe(results.length)
        expect(data.table.rows.map((row) => data.table.strings[row[0]])).toEqual(results.map((one) => one.number))
        expect(data.decisions).toBe(results.filter((one) => one.outcome !== 'none').length)
    })

    it('heads the page with the value sentence, and lists the blocked attempts apart', () => {
        const html = readFileSync(out, 'utf8')
        const data = embedded(html)
        expect(html).toContain(`<p id="value-sentence" class="headline">${escapeHtml(data.value!.sentence)}</p>`)
        expect(data.value!.sentence).toBe(
            'Of 5 Partner escalations, 3 would have skipped tier 1 and 0 already went straight; 5 hops and 55.1 hours in tier-1 queues saved; 1 boomerang stopped.',
        )
        // The tickets behind the figures: the five Partner escalations, in the order of their first event.
        expect(data.tickets!.rows.map((row) => data.table.strings[row[0]])).toEqual(['INC0020001', 'INC0020002', 'INC0020003', 'INC0020005', 'INC0020006'])
        expect(html).toContain('<td>asked for <s>IT Help Center</s>, kept <b>Network Services</b></td><td class="count">1</td>')
        expect(data.flow.links.every((link) => link.outcome === 'rerouted')).toBe(true)
        expect(data.flow.links.some((link) => link.source === 'from:IT Help Center' && link.target === 'to:Network Services')).toBe(true)
    })

    it('opens offline: no external script, style or font is loaded', () => {
        const html = readFileSync(out, 'utf8')
        expect(/<script[^>]+src=|<link\b|@import|url\(http/i.test(html)).toBe(false)
        expect(html.includes(`default-src 'none'`)).toBe(true)
        expect(/Apache ECharts<\/a> \d+\.\d+\.\d+/.test(html)).toBe(true)
    })

    it('refuses --html without a file', () => {
        const bad = runCli(['replay/demo', '--html'])
        expect(bad.status).toBe(2)
        expect(bad.stderr).toContain('--html FILE')
    })
})
