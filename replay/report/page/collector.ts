/**
 * The report page's data: replay results aggregated for the charts, and the per-event table in a compact form
 * (every text stored once, rows as indexes into it), so that 100,000 events stay a page a browser opens.
 */
import type { EventResult } from '../../run/engine.ts'
import { dayOf } from '../../read/datetime.ts'
import type { ReplayEvent } from '../../read/events/event.ts'
import type { Row } from '../../read/values.ts'
import type { TicketValue, ValueSummary } from '../value/types.ts'
import type { Choice, Labels, ReportData, Stacked } from './data.ts'

export const NO_DECISION = 'none'
export const NO_GROUP = '(no group)'
export const NO_SIGNAL = '(no signal)'
/** Between the groups of a path on the page. */
export const PATH_SEPARATOR = ' → '
/** Bits of a ticket row's flags (ReportData.tickets). */
export const TICKET_FLAG = { wentStraight: 1, skippedTier1: 2, stillInTier1: 4 } as const
/** Charts keep the largest categories and fold the rest into one, so they stay readable at any size. */
const MAX_GROUPS = 12
const MAX_PARTNERS = 15
/** Blocked attempts listed one by one (the largest); the rest are counted together. */
const MAX_BLOCKED = 15
/** At most this many weeks are drawn (the latest ones). */
const MAX_WEEKS = 156
/**
 * The events table keeps the first this many events (the charts and counts take every event): a million rows would
 * hold the replay's memory and make a page of hundreds of MB that a browser cannot open.
 */
export const MAX_TABLE_ROWS = 100_000

/** The Monday (UTC) that starts a date's ISO week, as YYYY-MM-DD. */
export function weekOf(date: Date): string {
    const monday = new Date(date.getTime() - ((date.getUTCDay() + 6) % 7) * 86_400_000)
    return monday.toISOString().slice(0, 10)
}

/** Collects results one by one (the replay streams them) and builds the page's data at the end. */
export class ReportCollector {
    private readonly strings = new Map<string, number>([['', 0]])
    private readonly rows: number[][] = []
    private events = 0
    private readonly outcomeCounts = new Map<string, number>()
    /** The app's real moves: "before\nafter\noutcome" -> events. */
    private readonly flows = new Map<string, number>()
    /** Blocked attempts: "asked\nkept" -> events. */
    private readonly blocked = new Map<string, number>()
    private readonly signalCounts = new Map<string, Map<string, number>>()
    private readonly weekCounts = new Map<string, Map<string, number>>()
    /** The date each ticket was opened, from its insert event or the snapshot's incident rows. */
    private readonly opened = new Map<string, Date>()
    private undated = 0
    private decisions = 0

    constructor(
        private readonly labels: Labels,
        tickets: Row[] = [],
        private readonly maxRows = MAX_TABLE_ROWS,
    ) {
        for (const ticket of tickets) this.noteOpened(ticket.number, ticket)
    }

    /** `had`: the group an update's ticket had before it (the value tracker knows each ticket's group). */
    add(result: EventResult, event?: ReplayEvent, had: string | null = null): void {
        if (event?.action === 'insert') this.noteOpened(result.number, event.record)
        this.events++
        const outcome = result.outcome || NO_DECISION
        bump(this.outcomeCounts, outcome)
        if (outcome !== NO_DECISION) {
            this.decisions++
            // A blocked attempt is no move: the ticket kept its group. It is listed apart.
            if (result.blocked) bump(this.blocked, `${result.group_before ?? NO_GROUP}\n${result.group_after ?? NO_GROUP}`)
            else if (result.group_before !== result.group_after) bump(this.flows, `${result.group_before ?? NO_GROUP}\n${result.group_after ?? NO_GROUP}\n${outcome}`)
            const opened = this.opened.get(result.number)
            if (opened) bump2(this.weekCounts, weekOf(opened), outcome)
            else this.undated++
        }
        if (result.signal || outcome !== NO_DECISION) bump2(this.signalCounts, result.signal ?? NO_SIGNAL, outcome)
        if (this.rows.length >= this.maxRows) return
        this.rows.push([
            this.text(result.number),
            this.text(result.action),
            this.text(outcome),
            this.text(result.group_before),
            this.text(result.group_after),
            this.text(result.partner),
            this.text(result.signal),
            result.blocked ? 1 : 0,
            this.text(result.reason),
            this.text(result.banner),
            this.text(result.work_notes),
            this.text(result.warnings.join('\n')),
            this.text((result.notes ?? []).join('\n')),
            this.text(result.action === 'update' ? had : null),
        ])
    }

    /**
     * The page's data; `value` is what the app would have saved (null when the replay did not count it), `tickets` the
     * tickets behind it, of which the Partner escalations are listed.
     */
    finish(title: string, value: ValueSummary | null = null, tickets: Iterable<TicketValue> = []): ReportData {
        const outcomes = this.outcomeOrder()
        const partners = new Map(
            (value?.by_partner ?? []).map((one) => [
                one.partner,
                new Map([
                    ['skipped_tier1', one.skipped_tier1],
                    ['went_straight', one.went_straight],
                    ['other_escalations', one.escalations - one.skipped_tier1 - one.went_straight],
                ]),
            ]),
        )
        const departments = new Map((value?.department_clients ?? []).map((one) => [one.partner, new Map([['department', one.tickets]])]))
        const kinds = (...values: string[]) => values.map((kind) => ({ value: kind, label: kind }))
        return {
            title,
            events: this.events,
            decisions: this.decisions,
            outcomes: outcomes.map((choice) => ({ ...choice, count: this.outcomeCounts.get(choice.value) ?? 0 })),
            signals: this.labels.signals,
            value,
            flow: this.flow(),
            blocked: this.blockedAttempts(),
            byPartner: stacked(partners, kinds('skipped_tier1', 'went_straight', 'other_escalations'), MAX_PARTNERS, 'other Partners'),
            departments: stacked(departments, kinds('department'), MAX_PARTNERS, 'other Partners'),
            bySignal: stacked(this.signalCounts, outcomes, Infinity, '', this.labels.signals.map((choice) => choice.value).concat(NO_SIGNAL)),
            weeks: this.weeks(outcomes),
            tickets: value ? this.ticketRows(tickets) : null,
            table: { strings: [...this.strings.keys()], rows: this.rows, omitted: this.events - this.rows.length },
        }
    }

    /** The Partner escalations, the first maxRows of them, as rows of ReportData.tickets (texts into the strings). */
    private ticketRows(tickets: Iterable<TicketValue>): NonNullable<ReportData['tickets']> {
        const rows: number[][] = []
        let omitted = 0
        for (const ticket of tickets) {
            if (!ticket.partner_escalation) continue
            if (rows.length >= this.maxRows) {
                omitted++
                continue
            }
            const flags = (ticket.went_straight ? TICKET_FLAG.wentStraight : 0) | (ticket.skipped_tier1 ? TICKET_FLAG.skippedTier1 : 0) | (ticket.still_in_tier1 ? TICKET_FLAG.stillInTier1 : 0)
            rows.push([
                this.text(ticket.number),
                this.text(ticket.partner),
                this.text(ticket.signal),
                this.text(ticket.actual_path.join(PATH_SEPARATOR)),
                this.text(ticket.app_path.join(PATH_SEPARATOR)),
                flags,
                ticket.tier1_stations_skipped,
                ticket.actual_hops,
                ticket.app_hops,
                ticket.hops_saved,
                ticket.tier1_hours_saved === null ? -1 : Math.round(ticket.tier1_hours_saved * 10),
                ticket.boomerangs_stopped,
                ticket.moot_tier1_moves,
            ])
        }
        return { rows, omitted }
    }

    private noteOpened(number: string | undefined, record: Row): void {
        const date = dayOf(record.opened_at) ?? dayOf(record.sys_created_on)
        if (number && date) this.opened.set(number, date)
    }

    private text(value: string | null | undefined): number {
        const key = value ?? ''
        let index = this.strings.get(key)
        if (index === undefined) {
            index = this.strings.size
            this.strings.set(key, index)
        }
        return index
    }

    /** The table's outcomes in its order, then any other value seen (a newer engine's), then "none" last. */
    private outcomeOrder(): Choice[] {
        const known = this.labels.outcomes.filter((choice) => choice.value !== NO_DECISION)
        const extra = [...this.outcomeCounts.keys()]
            .filter((value) => value !== NO_DECISION && !known.some((choice) => choice.value === value))
            .map((value) => ({ value, label: value }))
        return [...known, ...extra, { value: NO_DECISION, label: 'No decision' }]
    }

    /** The largest blocked attempts ("asked for X, kept Y"), and how many events the others are. */
    private blockedAttempts(): ReportData['blocked'] {
        const sorted = [...this.blocked].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        return {
            rows: sorted.slice(0, MAX_BLOCKED).map(([key, count]) => {
                const [asked, kept] = key.split('\n')
                return { asked, kept, count }
            }),
            others: sorted.slice(MAX_BLOCKED).reduce((sum, [, count]) => sum + count, 0),
        }
    }

    /** Sankey nodes per side ("from:" / "to:"), so a group on both sides does not make a cycle; one link per outcome. */
    private flow(): ReportData['flow'] {
        const from = new Map<string, number>()
        const to = new Map<string, number>()
        for (const [key, count] of this.flows) {
            const [before, after] = key.split('\n')
            bump(from, before, count)
            bump(to, after, count)
        }
        const keepFrom = top(from, MAX_GROUPS)
        const keepTo = top(to, MAX_GROUPS)
        const links = new Map<string, number>()
        for (const [key, count] of this.flows) {
            const [before, after, outcome] = key.split('\n')
            const source = 'from:' + (keepFrom.has(before) ? before : 'other groups')
            const target = 'to:' + (keepTo.has(after) ? after : 'other groups')
            bump(links, `${source}\n${target}\n${outcome}`, count)
        }
        const nodes = new Map<string, string>()
        const result: ReportData['flow'] = { nodes: [], links: [] }
        for (const [key, value] of links) {
            const [source, target, outcome] = key.split('\n')
            nodes.set(source, source.slice(5))
            nodes.set(target, target.slice(3))
            result.links.push({ source, target, outcome, value })
        }
        result.nodes = [...nodes].map(([id, name]) => ({ id, name }))
        return result
    }

    private weeks(outcomes: Choice[]): ReportData['weeks'] {
        if (!this.weekCounts.size) return null
        const seen = [...this.weekCounts.keys()].sort()
        const all: string[] = []
        const last = Date.parse(seen[seen.length - 1])
        for (let time = Date.parse(seen[0]); time <= last; time += 7 * 86_400_000) all.push(new Date(time).toISOString().slice(0, 10))
        const weeks = all.slice(-MAX_WEEKS)
        const series = outcomes
            .map((choice) => ({ outcome: choice.value, values: weeks.map((week) => this.weekCounts.get(week)?.get(choice.value) ?? 0) }))
            .filter((one) => one.values.some((value) => value > 0))
        return { categories: weeks, series, undated: this.undated }
    }
}

function bump(map: Map<string, number>, key: string, by = 1): void {
    map.set(key, (map.get(key) ?? 0) + by)
}

function bump2(map: Map<string, Map<string, number>>, key: string, inner: string): void {
    let counts = map.get(key)
    if (!counts) map.set(key, (counts = new Map()))
    bump(counts, inner)
}

/** The `limit` keys with the largest counts (ties by name). */
function top(counts: Map<string, number>, limit: number): Set<string> {
    return new Set(
        [...counts]
            .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
            .slice(0, limit)
            .map(([key]) => key),
    )
}

/** Categories (largest first, or in `order`) × outcomes; categories past `limit` fold into `other`. */
function stacked(counts: Map<string, Map<string, number>>, outcomes: Choice[], limit: number, other: string, order?: string[]): Stacked {
    const totals = new Map([...counts].map(([key, inner]) => [key, [...inner.values()].reduce((a, b) => a + b, 0)]))
    let categories = order
        ? order.filter((key) => counts.has(key)).concat([...counts.keys()].filter((key) => !order.includes(key)))
        : [...top(totals, Infinity)]
    const folded = categories.slice(limit)
    categories = categories.slice(0, limit)
    const value = (category: string, outcome: string) => counts.get(category)?.get(outcome) ?? 0
    const used = outcomes.filter((choice) => [...counts.values()].some((inner) => inner.has(choice.value)))
    const series = used.map((choice) => {
        const values = categories.map((category) => value(category, choice.value))
        if (folded.length) values.push(folded.reduce((sum, category) => sum + value(category, choice.value), 0))
        return { outcome: choice.value, values }
    })
    return { categories: folded.length ? [...categories, other] : categories, series }
}
