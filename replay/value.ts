/**
 * What the app would have saved (issue 15 item 3): per ticket, the groups it really went to (the actual path) against
 * the groups the app would have given it (the app path), and from both the summary a manager reads. Each figure is
 * defined in docs/replay.md ("What the app would have saved"). Streaming: fed one event at a time, it keeps one
 * small state per ticket and never the events.
 */
import { groupMatches, parseConfig } from '../src/server/core/config.ts'
import type { EventResult } from './engine/engine.ts'
import type { ReplayEvent, Row } from './snapshot/load.ts'
import type { PartnerValue, TicketValue, ValueSummary } from './value-summary.ts'

export type { PartnerValue, TicketValue, ValueSummary }

/** Outcomes of a decision the app took because it treated the ticket as a Partner escalation. */
export const ESCALATION_OUTCOMES: ReadonlySet<string> = new Set(['rerouted', 'kept_specialty', 'no_target', 'boomerang_blocked', 'boomerang_warned'])

const HOUR = 3_600_000
const NONE = -1

interface TicketState {
    partner: string | null
    signal: string | null
    escalation: boolean
    department: string | null
    /** Stations: group ids, no empty group, no group twice in a row. */
    actual: number[]
    app: number[]
    actualGroup: number
    appGroup: number
    /** Time of the ticket's last event (ms), or null when it had none. */
    lastTime: number | null
    inStay: boolean
    /** Counted time of the current tier-1 stay (ms), committed when the stay ends with a move out of tier 1. */
    pending: number
    pendingCounts: boolean
    pendingUnmeasured: boolean
    saved: number
    unmeasured: number
    boomerangs: number
}

/**
 * A date-time as the instance stores it (`YYYY-MM-DD hh:mm:ss`, UTC) or ISO 8601 (with `T`, an optional zone): ms
 * since 1970, or null when it is not one.
 */
export function timeOf(value: string | undefined): number | null {
    const match = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec((value ?? '').trim())
    if (!match) return null
    const [, y, mo, d, h, mi, s, zone] = match
    const local = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0))
    const check = new Date(local)
    if (check.getUTCDate() !== Number(d) || check.getUTCHours() !== Number(h) || Number(mi) > 59 || Number(s ?? 0) > 59) return null
    if (!zone || zone === 'Z') return local
    const offset = (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2))) * 60_000
    return zone[0] === '+' ? local - offset : local + offset
}

/** When the event's save really happened: its `at`, else the insert's opened_at / sys_created_on, the update's sys_updated_on. */
export function eventTimeText(event: ReplayEvent): string | undefined {
    if (event.at) return event.at
    if (event.action === 'insert') return event.record.opened_at || event.record.sys_created_on || undefined
    return event.set.sys_updated_on || undefined
}

/** Whether a group name is a tier-1 group, per the effective `tier1_groups` (names ignoring case, or sys_ids). */
export function tier1Test(properties: readonly Row[], groups: readonly Row[]): (name: string) => boolean {
    const given = properties.find((row) => row.name === 'x_bu_itpartner.tier1_groups')?.value
    const { config } = parseConfig({ tier1Groups: given ?? null })
    const ids = new Map<string, string>()
    for (const group of groups) if (group.name && !ids.has(group.name)) ids.set(group.name, group.sys_id)
    return (name) => config.tier1Groups.some((entry) => groupMatches({ id: ids.get(name) ?? name, name }, entry))
}

export class ValueTracker {
    private readonly tickets = new Map<string, TicketState>()
    private readonly names: string[] = []
    private readonly ids = new Map<string, number>()
    private readonly tier1: boolean[] = []
    private eventsWithTime = 0
    private unreadableTimes = 0
    private warned = 0
    private events = 0
    private readonly outcomes: Record<string, number> = {}

    /**
     * @param isTier1 whether a group (by name) is a tier-1 group
     * @param initial the group of each ticket of the snapshot's incident export, by number (updates may name them)
     */
    constructor(
        private readonly isTier1: (name: string) => boolean,
        private readonly initial: ReadonlyMap<string, string | null> = new Map(),
    ) {}

    add(result: EventResult, event: ReplayEvent): void {
        this.events++
        this.outcomes[result.outcome] = (this.outcomes[result.outcome] ?? 0) + 1
        let ticket = this.tickets.get(result.number)
        if (!ticket) {
            const start = result.action === 'update' ? this.group(this.initial.get(result.number) ?? null) : NONE
            ticket = {
                partner: null,
                signal: null,
                escalation: false,
                department: null,
                actual: start === NONE ? [] : [start],
                app: start === NONE ? [] : [start],
                actualGroup: start,
                appGroup: start,
                lastTime: null,
                inStay: start !== NONE && this.tier1[start],
                pending: 0,
                pendingCounts: false,
                pendingUnmeasured: false,
                saved: 0,
                unmeasured: 0,
                boomerangs: 0,
            }
            this.tickets.set(result.number, ticket)
        }
        const text = eventTimeText(event)
        const time = timeOf(text)
        if (time !== null) this.eventsWithTime++
        else if (text) this.unreadableTimes++
        // The time since the ticket's previous event counts when the ticket really sat in tier 1 while the app had it
        // in another group.
        if (ticket.inStay && this.elsewhere(ticket.appGroup)) {
            ticket.pendingCounts = true
            if (time !== null && ticket.lastTime !== null && time >= ticket.lastTime) ticket.pending += time - ticket.lastTime
            else ticket.pendingUnmeasured = true
        }
        // An update that does not set the group leaves the real ticket where it was (group_before is then the app's group).
        const setsGroup = event.action === 'insert' || Object.prototype.hasOwnProperty.call(event.set, 'assignment_group')
        const actual = setsGroup ? this.group(result.group_before) : ticket.actualGroup
        const app = this.group(result.group_after)
        station(ticket.actual, actual)
        station(ticket.app, app)
        const inTier1 = actual !== NONE && this.tier1[actual]
        if (ticket.inStay && !inTier1) {
            if (ticket.pendingCounts) {
                if (ticket.pendingUnmeasured) ticket.unmeasured++
                else ticket.saved += ticket.pending
            }
        }
        if (ticket.inStay !== inTier1) {
            ticket.pending = 0
            ticket.pendingCounts = false
            ticket.pendingUnmeasured = false
        }
        ticket.inStay = inTier1
        ticket.actualGroup = actual
        ticket.appGroup = app
        ticket.lastTime = time
        if (ESCALATION_OUTCOMES.has(result.outcome) && !ticket.escalation) {
            ticket.escalation = true
            ticket.partner = result.partner
            ticket.signal = result.signal
        }
        if (result.outcome === 'none' && result.signal === 'department' && result.partner) ticket.department = result.partner
        if (result.blocked) ticket.boomerangs++
        if (result.outcome === 'boomerang_warned') this.warned++
    }

    /** The summary of every ticket seen so far. */
    summary(): ValueSummary {
        const timed = this.eventsWithTime > 0
        const partners = new Map<string, PartnerValue>()
        const departments = new Map<string, number>()
        let escalations = 0
        let skipped = 0
        let groupsSkipped = 0
        let actualHops = 0
        let appHops = 0
        let saved = 0
        let unmeasured = 0
        let open = 0
        let boomerangs = 0
        for (const [number, ticket] of this.tickets) {
            boomerangs += ticket.boomerangs
            if (!ticket.escalation) {
                if (ticket.department) departments.set(ticket.department, (departments.get(ticket.department) ?? 0) + 1)
                continue
            }
            const value = this.ticketValue(number, ticket, timed)
            escalations++
            if (value.skipped_tier1) skipped++
            groupsSkipped += value.tier1_groups_skipped
            actualHops += value.actual_hops
            appHops += value.app_hops
            saved += ticket.saved
            unmeasured += ticket.unmeasured
            if (ticket.inStay && (ticket.pendingCounts || this.elsewhere(ticket.appGroup))) open++
            const name = ticket.partner ?? '(no Partner)'
            let partner = partners.get(name)
            if (!partner) {
                partner = { partner: name, escalations: 0, skipped_tier1: 0, hops_saved: 0, tier1_hours_saved: timed ? 0 : null, boomerangs_stopped: 0 }
                partners.set(name, partner)
            }
            partner.escalations++
            if (value.skipped_tier1) partner.skipped_tier1++
            partner.hops_saved += value.hops_saved
            if (partner.tier1_hours_saved !== null) partner.tier1_hours_saved = hours(partner.tier1_hours_saved * HOUR + ticket.saved)
            partner.boomerangs_stopped += ticket.boomerangs
        }
        const summary: Omit<ValueSummary, 'sentence'> = {
            events: this.events,
            by_outcome: { ...this.outcomes },
            tickets: this.tickets.size,
            partner_escalations: escalations,
            skipped_tier1: skipped,
            tier1_groups_skipped: groupsSkipped,
            hops: { actual: actualHops, app: appHops, saved: actualHops - appHops },
            tier1_hours_saved: timed ? hours(saved) : null,
            tier1_time: {
                events_with_time: this.eventsWithTime,
                unreadable_times: this.unreadableTimes,
                stays_not_measured: unmeasured,
                stays_still_open: open,
            },
            boomerangs_stopped: boomerangs,
            boomerangs_warned: this.warned,
            by_partner: [...partners.values()].sort((a, b) => b.escalations - a.escalations || a.partner.localeCompare(b.partner)),
            department_clients: [...departments]
                .map(([partner, tickets]) => ({ partner, tickets }))
                .sort((a, b) => b.tickets - a.tickets || a.partner.localeCompare(b.partner)),
        }
        return { sentence: valueSentence(summary), ...summary }
    }

    /** Every ticket seen, in the order of its first event. */
    *ticketValues(): Generator<TicketValue> {
        const timed = this.eventsWithTime > 0
        for (const [number, ticket] of this.tickets) yield this.ticketValue(number, ticket, timed)
    }

    private ticketValue(number: string, ticket: TicketState, timed: boolean): TicketValue {
        const actualHops = Math.max(0, ticket.actual.length - 1)
        const appHops = Math.max(0, ticket.app.length - 1)
        const actualTier1 = ticket.actual.filter((id) => this.tier1[id]).length
        const appTier1 = ticket.app.filter((id) => this.tier1[id]).length
        const skippedGroups = ticket.escalation ? Math.max(0, actualTier1 - appTier1) : 0
        return {
            number,
            partner_escalation: ticket.escalation,
            partner: ticket.partner ?? ticket.department,
            signal: ticket.signal ?? (ticket.department ? 'department' : null),
            actual_path: ticket.actual.map((id) => this.names[id]),
            app_path: ticket.app.map((id) => this.names[id]),
            actual_hops: actualHops,
            app_hops: appHops,
            hops_saved: actualHops - appHops,
            tier1_groups_skipped: skippedGroups,
            skipped_tier1: skippedGroups > 0,
            tier1_hours_saved: timed && !ticket.unmeasured ? hours(ticket.saved) : null,
            boomerangs_stopped: ticket.boomerangs,
        }
    }

    /** A group the app would have had the ticket in instead of tier 1: a group, and not a tier-1 one. */
    private elsewhere(group: number): boolean {
        return group !== NONE && !this.tier1[group]
    }

    private group(name: string | null): number {
        if (!name) return NONE
        let id = this.ids.get(name)
        if (id === undefined) {
            id = this.names.length
            this.names.push(name)
            this.tier1.push(this.isTier1(name))
            this.ids.set(name, id)
        }
        return id
    }
}

/** Adds a station to a path: a group, unless it is empty or the same as the last one. */
function station(path: number[], group: number): void {
    if (group !== NONE && path[path.length - 1] !== group) path.push(group)
}

function hours(ms: number): number {
    return Math.round(ms / (HOUR / 10)) / 10
}

/** A count with thousands separators. */
export function formatCount(value: number): string {
    return value.toLocaleString('en-US', { maximumFractionDigits: 1 })
}

function plural(count: number, one: string, many = `${one}s`): string {
    return `${formatCount(count)} ${count === 1 ? one : many}`
}

/** "N Partner escalations would have skipped tier 1; M hops and H hours in tier-1 queues saved; K boomerangs stopped." */
export function valueSentence(summary: Omit<ValueSummary, 'sentence'>): string {
    const skipped = `${plural(summary.skipped_tier1, 'Partner escalation')} would have skipped tier 1`
    const hops = plural(summary.hops.saved, 'hop')
    const saved =
        summary.tier1_hours_saved === null
            ? `${hops} saved (hours in tier-1 queues: no times in the events)`
            : `${hops} and ${plural(summary.tier1_hours_saved, 'hour')} in tier-1 queues saved`
    return `${skipped}; ${saved}; ${plural(summary.boomerangs_stopped, 'boomerang')} stopped.`
}
