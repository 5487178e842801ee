/**
 * What the app would have saved: per ticket, the groups it really went to (the actual path) against the groups the app
 * would have given it (the app path), and from both the summary a manager reads. Each figure is defined in
 * docs/replay.md ("What the app would have saved"). Streaming: fed one event at a time, it keeps one small state per
 * ticket and never the events.
 */
import { timeOf } from '../../read/datetime.ts'
import { eventTimeText, type ReplayEvent } from '../../read/events/event.ts'
import type { EventResult } from '../../run/engine.ts'
import { valueSentence } from './sentence.ts'
import type { PartnerValue, TicketValue, ValueSummary } from './types.ts'

/** Outcomes of a decision the app took because it treated the ticket as a Partner escalation. */
export const ESCALATION_OUTCOMES: ReadonlySet<string> = new Set(['rerouted', 'kept_specialty', 'no_target', 'boomerang_blocked', 'boomerang_warned'])

const HOUR = 3_600_000
const NONE = -1

/** Flags of a ticket. */
const ESCALATION = 1
const IN_STAY = 2
const STAY_COUNTS = 4
const STAY_UNMEASURED = 8

/**
 * Ticket numbers as compact keys: a number like the first one seen (same prefix, same length, digits after the
 * prefix) is kept as a number, any other as its text. At a million tickets this halves the index's memory.
 */
class TicketIndex {
    private readonly index = new Map<string | number, number>()
    private readonly texts = new Map<number, string>()
    private prefix: string | null = null
    private width = 0

    get size(): number {
        return this.index.size
    }

    get(number: string): number | undefined {
        return this.index.get(this.key(number))
    }

    add(number: string): number {
        if (this.prefix === null) {
            this.prefix = /^\D*/.exec(number)![0]
            this.width = number.length
        }
        const id = this.index.size
        const key = this.key(number)
        this.index.set(key, id)
        if (typeof key === 'string') this.texts.set(id, number)
        return id
    }

    /** The numbers by id, in the order they were added. */
    *numbers(): Generator<[string, number]> {
        for (const [key, id] of this.index) yield [typeof key === 'string' ? key : this.prefix! + String(key).padStart(this.width - this.prefix!.length, '0'), id]
    }

    /** Read digit by digit: looked up twice per event, where a slice, a regex and Number() cost a few percent. */
    private key(number: string): string | number {
        const prefix = this.prefix ?? ''
        if (number.length !== this.width || !number.startsWith(prefix)) return number
        const digits = number.length - prefix.length
        if (digits === 0 || digits > 15) return number
        let value = 0
        for (let i = prefix.length; i < number.length; i++) {
            const digit = number.charCodeAt(i) - 48
            if (digit < 0 || digit > 9) return number
            value = value * 10 + digit
        }
        return value
    }
}

/** Per-ticket state in columns (typed arrays by ticket id), grown by doubling: a few dozen bytes per ticket. */
class Columns {
    capacity = 1024
    actualGroup = new Int32Array(this.capacity)
    appGroup = new Int32Array(this.capacity)
    /** The last station of each path, and the stations and tier-1 stations each path has. */
    actualLast = new Int32Array(this.capacity)
    appLast = new Int32Array(this.capacity)
    actualStations = new Int32Array(this.capacity)
    appStations = new Int32Array(this.capacity)
    actualTier1 = new Int32Array(this.capacity)
    appTier1 = new Int32Array(this.capacity)
    /** Time of the ticket's last event (ms), NaN when it had none. */
    lastTime = new Float64Array(this.capacity)
    /** Counted time of the current tier-1 stay (ms), committed when the stay ends with a move out of tier 1. */
    pending = new Float64Array(this.capacity)
    saved = new Float64Array(this.capacity)
    unmeasured = new Int32Array(this.capacity)
    boomerangs = new Int32Array(this.capacity)
    flags = new Uint8Array(this.capacity)
    /** Interned texts (-1: none): the Partner and signal of the first escalation decision; a department row's Partner. */
    partner = new Int32Array(this.capacity)
    signal = new Int32Array(this.capacity)
    department = new Int32Array(this.capacity)

    ensure(id: number): void {
        if (id < this.capacity) return
        const capacity = this.capacity * 2
        for (const [name, column] of Object.entries(this) as [keyof this, unknown][]) {
            if (!ArrayBuffer.isView(column)) continue
            const grown = new (column.constructor as Int32ArrayConstructor)(capacity)
            grown.set(column as Int32Array)
            ;(this[name] as unknown) = grown
        }
        this.capacity = capacity
    }
}

export class ValueTracker {
    private readonly ids = new TicketIndex()
    private readonly columns = new Columns()
    /** Paths of two stations or more, by ticket id; kept only for ticketValues() (a one-station path is its last). */
    private readonly paths = new Map<number, { actual: number[]; app: number[] }>()
    private readonly names: string[] = []
    private readonly groupIds = new Map<string, number>()
    private readonly tier1: boolean[] = []
    private readonly texts: string[] = []
    private readonly textIds = new Map<string, number>()
    private eventsWithTime = 0
    private unreadableTimes = 0
    private warned = 0
    private events = 0
    private readonly outcomes: Record<string, number> = {}
    /** The last number looked up and its id. */
    private lookedNumber: string | null = null
    private lookedId: number | undefined

    /**
     * @param isTier1 whether a group (by name) is a tier-1 group
     * @param initial the group of each ticket of the snapshot's incident export, by number (updates may name them)
     * @param keepPaths keep each ticket's full paths, for ticketValues() (`--tickets`)
     */
    constructor(
        private readonly isTier1: (name: string) => boolean,
        private readonly initial: ReadonlyMap<string, string | null> = new Map(),
        private readonly keepPaths = true,
    ) {}

    /** The group a ticket has in the replay before its next event (its exported group before its first), by name. */
    had(number: string): string | null {
        const id = this.idOf(number)
        if (id === undefined) return this.initial.get(number) ?? null
        const group = this.columns.appGroup[id]
        return group === NONE ? null : this.names[group]
    }

    add(result: EventResult, event: ReplayEvent): void {
        this.events++
        this.outcomes[result.outcome] = (this.outcomes[result.outcome] ?? 0) + 1
        const c = this.columns
        let id = this.idOf(result.number)
        if (id === undefined) {
            id = this.ids.add(result.number)
            this.lookedId = id
            c.ensure(id)
            const start = result.action === 'update' ? this.group(this.initial.get(result.number) ?? null) : NONE
            c.actualGroup[id] = c.appGroup[id] = c.actualLast[id] = c.appLast[id] = start
            c.lastTime[id] = NaN
            c.partner[id] = c.signal[id] = c.department[id] = NONE
            if (start !== NONE) {
                c.actualStations[id] = c.appStations[id] = 1
                if (this.tier1[start]) {
                    c.actualTier1[id] = c.appTier1[id] = 1
                    c.flags[id] |= IN_STAY
                }
            }
        }
        const text = eventTimeText(event)
        const time = timeOf(text)
        if (time !== null) this.eventsWithTime++
        else if (text) this.unreadableTimes++
        // The time since the ticket's previous event counts when the ticket really sat in tier 1 while the app had it
        // in another group.
        if (c.flags[id] & IN_STAY && this.elsewhere(c.appGroup[id])) {
            c.flags[id] |= STAY_COUNTS
            const last = c.lastTime[id]
            if (time !== null && !Number.isNaN(last) && time >= last) c.pending[id] += time - last
            else c.flags[id] |= STAY_UNMEASURED
        }
        // An update that does not set the group leaves the real ticket where it was (group_before is then the app's group).
        const setsGroup = event.action === 'insert' || Object.prototype.hasOwnProperty.call(event.set, 'assignment_group')
        const actual = setsGroup ? this.group(result.group_before) : c.actualGroup[id]
        const app = this.group(result.group_after)
        this.station(id, 'actual', actual)
        this.station(id, 'app', app)
        const inTier1 = actual !== NONE && this.tier1[actual]
        const wasInTier1 = (c.flags[id] & IN_STAY) !== 0
        if (wasInTier1 && !inTier1 && c.flags[id] & STAY_COUNTS) {
            if (c.flags[id] & STAY_UNMEASURED) c.unmeasured[id]++
            else c.saved[id] += c.pending[id]
        }
        if (wasInTier1 !== inTier1) {
            c.pending[id] = 0
            c.flags[id] &= ~(STAY_COUNTS | STAY_UNMEASURED)
        }
        c.flags[id] = inTier1 ? c.flags[id] | IN_STAY : c.flags[id] & ~IN_STAY
        c.actualGroup[id] = actual
        c.appGroup[id] = app
        c.lastTime[id] = time ?? NaN
        if (ESCALATION_OUTCOMES.has(result.outcome) && !(c.flags[id] & ESCALATION)) {
            c.flags[id] |= ESCALATION
            c.partner[id] = this.text(result.partner)
            c.signal[id] = this.text(result.signal)
        }
        if (result.outcome === 'none' && result.signal === 'department' && result.partner) c.department[id] = this.text(result.partner)
        if (result.blocked) c.boomerangs[id]++
        if (result.outcome === 'boomerang_warned') this.warned++
    }

    /** The ticket id of a number; the last one looked up is kept, as had() and add() ask for the same ticket in turn. */
    private idOf(number: string): number | undefined {
        if (number !== this.lookedNumber) {
            this.lookedNumber = number
            this.lookedId = this.ids.get(number)
        }
        return this.lookedId
    }

    /** The summary of every ticket seen so far. */
    summary(): ValueSummary {
        const timed = this.eventsWithTime > 0
        const c = this.columns
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
        for (let id = 0; id < this.ids.size; id++) {
            boomerangs += c.boomerangs[id]
            if (!(c.flags[id] & ESCALATION)) {
                const department = c.department[id]
                if (department !== NONE) departments.set(this.texts[department], (departments.get(this.texts[department]) ?? 0) + 1)
                continue
            }
            const figures = this.figures(id)
            escalations++
            if (figures.groupsSkipped > 0) skipped++
            groupsSkipped += figures.groupsSkipped
            actualHops += figures.actualHops
            appHops += figures.appHops
            saved += c.saved[id]
            unmeasured += c.unmeasured[id]
            if (c.flags[id] & IN_STAY && (c.flags[id] & STAY_COUNTS || this.elsewhere(c.appGroup[id]))) open++
            const name = c.partner[id] === NONE ? '(no Partner)' : this.texts[c.partner[id]]
            let partner = partners.get(name)
            if (!partner) {
                partner = { partner: name, escalations: 0, skipped_tier1: 0, hops_saved: 0, tier1_hours_saved: timed ? 0 : null, boomerangs_stopped: 0 }
                partners.set(name, partner)
            }
            partner.escalations++
            if (figures.groupsSkipped > 0) partner.skipped_tier1++
            partner.hops_saved += figures.actualHops - figures.appHops
            if (partner.tier1_hours_saved !== null) partner.tier1_hours_saved += c.saved[id]
            partner.boomerangs_stopped += c.boomerangs[id]
        }
        for (const partner of partners.values()) if (partner.tier1_hours_saved !== null) partner.tier1_hours_saved = hours(partner.tier1_hours_saved)
        const summary: Omit<ValueSummary, 'sentence'> = {
            events: this.events,
            by_outcome: { ...this.outcomes },
            tickets: this.ids.size,
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

    /** Every ticket seen, in the order of its first event (needs keepPaths). */
    *ticketValues(): Generator<TicketValue> {
        if (!this.keepPaths) throw new Error('ValueTracker: ticketValues() needs keepPaths')
        const timed = this.eventsWithTime > 0
        const c = this.columns
        for (const [number, id] of this.ids.numbers()) {
            const figures = this.figures(id)
            const escalation = (c.flags[id] & ESCALATION) !== 0
            const department = c.department[id]
            const partner = escalation ? c.partner[id] : department
            const path = (last: number, stations: number, kept: number[] | undefined) => (kept ?? (stations ? [last] : [])).map((group) => this.names[group])
            const kept = this.paths.get(id)
            yield {
                number,
                partner_escalation: escalation,
                partner: partner === NONE ? null : this.texts[partner],
                signal: escalation ? (c.signal[id] === NONE ? null : this.texts[c.signal[id]]) : department === NONE ? null : 'department',
                actual_path: path(c.actualLast[id], c.actualStations[id], kept?.actual),
                app_path: path(c.appLast[id], c.appStations[id], kept?.app),
                actual_hops: figures.actualHops,
                app_hops: figures.appHops,
                hops_saved: figures.actualHops - figures.appHops,
                tier1_groups_skipped: figures.groupsSkipped,
                skipped_tier1: figures.groupsSkipped > 0,
                tier1_hours_saved: timed && !c.unmeasured[id] ? hours(c.saved[id]) : null,
                boomerangs_stopped: c.boomerangs[id],
            }
        }
    }

    private figures(id: number): { actualHops: number; appHops: number; groupsSkipped: number } {
        const c = this.columns
        return {
            actualHops: Math.max(0, c.actualStations[id] - 1),
            appHops: Math.max(0, c.appStations[id] - 1),
            groupsSkipped: c.flags[id] & ESCALATION ? Math.max(0, c.actualTier1[id] - c.appTier1[id]) : 0,
        }
    }

    /** Adds a station to a path: a group, unless it is empty or the same as the path's last one. */
    private station(id: number, side: 'actual' | 'app', group: number): void {
        const c = this.columns
        const last = side === 'actual' ? c.actualLast : c.appLast
        const stations = side === 'actual' ? c.actualStations : c.appStations
        if (group === NONE || (stations[id] > 0 && last[id] === group)) return
        if (this.keepPaths && stations[id] >= 1) {
            let kept = this.paths.get(id)
            if (!kept) {
                kept = { actual: c.actualStations[id] ? [c.actualLast[id]] : [], app: c.appStations[id] ? [c.appLast[id]] : [] }
                this.paths.set(id, kept)
            }
            kept[side].push(group)
        } else if (this.keepPaths && this.paths.has(id)) {
            this.paths.get(id)![side].push(group)
        }
        last[id] = group
        stations[id]++
        if (this.tier1[group]) (side === 'actual' ? c.actualTier1 : c.appTier1)[id]++
    }

    /** A group the app would have had the ticket in instead of tier 1: a group, and not a tier-1 one. */
    private elsewhere(group: number): boolean {
        return group !== NONE && !this.tier1[group]
    }

    private group(name: string | null): number {
        if (!name) return NONE
        let id = this.groupIds.get(name)
        if (id === undefined) {
            id = this.names.length
            this.names.push(name)
            this.tier1.push(this.isTier1(name))
            this.groupIds.set(name, id)
        }
        return id
    }

    private text(value: string | null): number {
        if (!value) return NONE
        let id = this.textIds.get(value)
        if (id === undefined) {
            id = this.texts.length
            this.texts.push(value)
            this.textIds.set(value, id)
        }
        return id
    }
}

function hours(ms: number): number {
    return Math.round(ms / (HOUR / 10)) / 10
}
