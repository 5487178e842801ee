/**
 * What the app would have saved: per ticket, the groups it really went to (the actual path) against the groups the app
 * would have given it (the app path), and from both the summary a manager reads. Each figure is defined in
 * docs/replay.md ("What the app would have saved") after design.md's "Value figures"; every total is the sum of the
 * per-ticket figures (one function gives both). Streaming: fed one event at a time, it keeps one small state per
 * ticket and never the events.
 */
import { ESCALATION_SIGNALS } from '../../../src/server/core/model.ts'
import { timeOf } from '../../read/datetime.ts'
import { eventTimeText, type ReplayEvent } from '../../read/events/event.ts'
import type { EventResult } from '../../run/engine.ts'
import { Columns, FLAG, NONE, TicketIndex } from './columns.ts'
import type { ValueRules } from './rules.ts'
import { valueSentence } from './sentence.ts'
import type { PartnerValue, TicketValue, ValueSummary } from './types.ts'

/** A tenth of an hour (ms): hours are counted per ticket in tenths, so that the totals are sums of what tickets show. */
const TENTH = 360_000

/** What a group is to the value: tier 1, a Partner's own queue, or (anything else) an escalation group. */
const TIER1 = 1
const PARTNER_GROUP = 2
const ESCALATION_GROUP = 3

/** One ticket's figures; those of a ticket that is no Partner escalation are 0 but its hops. */
interface Figures {
    escalation: boolean
    wentStraight: boolean
    skipped: boolean
    actualHops: number
    appHops: number
    hopsSaved: number
    stationsSkipped: number
    tenths: number
    notMeasured: number
    stillInTier1: boolean
    boomerangs: number
    warned: number
    moot: number
}

export class ValueTracker {
    private readonly ids = new TicketIndex()
    private readonly columns = new Columns()
    /** Paths of two stations or more, by ticket id; kept only for ticketValues() (a one-station path is its last). */
    private readonly paths = new Map<number, { actual: number[]; app: number[] }>()
    private readonly names: string[] = []
    private readonly groupIds = new Map<string, number>()
    /** TIER1, PARTNER_GROUP or ESCALATION_GROUP, by group id. */
    private readonly kinds: number[] = []
    private readonly texts: string[] = []
    private readonly textIds = new Map<string, number>()
    private readonly escalationSignals: ReadonlySet<string>
    private eventsWithTime = 0
    private unreadableTimes = 0
    private events = 0
    private readonly outcomes: Record<string, number> = {}
    /** The last number looked up and its id. */
    private lookedNumber: string | null = null
    private lookedId: number | undefined

    /**
     * @param initial the group of each ticket of the snapshot's incident export, by number (updates may name them)
     * @param keepPaths keep each ticket's full paths, for ticketValues() (`--tickets`)
     */
    constructor(
        private readonly rules: ValueRules,
        private readonly initial: ReadonlyMap<string, string | null> = new Map(),
        private readonly keepPaths = true,
    ) {
        this.escalationSignals = new Set<string>([...ESCALATION_SIGNALS, ...(rules.departmentEscalates ? ['department'] : [])])
    }

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
            c.actualGroup[id] = c.appGroup[id] = c.actualLast[id] = c.appLast[id] = NONE
            c.lastTime[id] = NaN
            c.partner[id] = c.signal[id] = c.department[id] = NONE
            const start = result.action === 'update' ? this.group(this.initial.get(result.number) ?? null) : NONE
            if (start !== NONE) {
                c.actualGroup[id] = c.appGroup[id] = start
                this.station(id, true, start)
                this.station(id, false, start)
                if (this.kinds[start] === TIER1) c.flags[id] |= FLAG.IN_STAY
            }
        }
        const text = eventTimeText(event)
        const time = timeOf(text)
        if (time !== null) this.eventsWithTime++
        else if (text) this.unreadableTimes++
        // The time since the ticket's previous event counts when the ticket really sat in tier 1 while the app had it
        // in another group.
        if (c.flags[id] & FLAG.IN_STAY && this.elsewhere(c.appGroup[id])) {
            c.flags[id] |= FLAG.STAY_COUNTS
            const last = c.lastTime[id]
            if (time !== null && !Number.isNaN(last) && time >= last) c.pending[id] += time - last
            else c.flags[id] |= FLAG.STAY_UNMEASURED
        }
        // Whether the real ticket had reached an escalation group before this event's move.
        const reached = (c.flags[id] & FLAG.ACTUAL_REACHED) !== 0
        // An update that does not set the group leaves the real ticket where it was (group_before is then the app's group).
        const setsGroup = event.action === 'insert' || Object.prototype.hasOwnProperty.call(event.set, 'assignment_group')
        const actual = setsGroup ? this.group(result.group_before) : c.actualGroup[id]
        const app = this.group(result.group_after)
        this.station(id, true, actual)
        this.station(id, false, app)
        const inTier1 = actual !== NONE && this.kinds[actual] === TIER1
        const wasInTier1 = (c.flags[id] & FLAG.IN_STAY) !== 0
        if (wasInTier1 && !inTier1 && c.flags[id] & FLAG.STAY_COUNTS) {
            if (c.flags[id] & FLAG.STAY_UNMEASURED) c.unmeasured[id]++
            else c.saved[id] += c.pending[id]
        }
        if (wasInTier1 !== inTier1) {
            c.pending[id] = 0
            c.flags[id] &= ~(FLAG.STAY_COUNTS | FLAG.STAY_UNMEASURED)
        }
        c.flags[id] = inTier1 ? c.flags[id] | FLAG.IN_STAY : c.flags[id] & ~FLAG.IN_STAY
        c.actualGroup[id] = actual
        c.appGroup[id] = app
        c.lastTime[id] = time ?? NaN
        // The stamp says what the ticket is, whether or not the app had to move it: its last escalation stamp names the
        // Partner and signal, as the instance's lists and reports show them.
        const stamp = result.stamp
        if (stamp?.signal) {
            if (this.escalationSignals.has(stamp.signal)) {
                c.flags[id] |= FLAG.ESCALATION
                c.partner[id] = this.text(stamp.partner)
                c.signal[id] = this.text(stamp.signal)
            } else if (stamp.signal === 'department') {
                c.department[id] = this.text(stamp.partner)
            }
        }
        // A move the app blocked is a boomerang only if the real ticket had reached an escalation group before it;
        // earlier, it was tier-1 triage that the app's reroute had made moot.
        if (result.blocked) {
            if (reached) c.boomerangs[id]++
            else c.moot[id]++
        } else if (result.outcome === 'boomerang_warned' && reached) {
            c.warned[id]++
        }
    }

    /** The ticket id of a number; the last one looked up is kept, as had() and add() ask for the same ticket in turn. */
    private idOf(number: string): number | undefined {
        if (number !== this.lookedNumber) {
            this.lookedNumber = number
            this.lookedId = this.ids.get(number)
        }
        return this.lookedId
    }

    /** The summary of every ticket seen so far: the sums of the figures ticketValues() gives per ticket. */
    summary(): ValueSummary {
        const timed = this.eventsWithTime > 0
        const c = this.columns
        const partners = new Map<string, PartnerValue & { tenths: number }>()
        const departments = new Map<string, number>()
        const totals = { escalations: 0, straight: 0, skipped: 0, stations: 0, actualHops: 0, appHops: 0, saved: 0, tenths: 0, notMeasured: 0, still: 0, boomerangs: 0, warned: 0, moot: 0 }
        for (let id = 0; id < this.ids.size; id++) {
            const figures = this.figures(id)
            if (!figures.escalation) {
                const department = c.department[id]
                if (department !== NONE) departments.set(this.texts[department], (departments.get(this.texts[department]) ?? 0) + 1)
                continue
            }
            totals.escalations++
            if (figures.wentStraight) totals.straight++
            if (figures.skipped) totals.skipped++
            totals.stations += figures.stationsSkipped
            totals.actualHops += figures.actualHops
            totals.appHops += figures.appHops
            totals.saved += figures.hopsSaved
            totals.tenths += figures.tenths
            totals.notMeasured += figures.notMeasured
            if (figures.stillInTier1) totals.still++
            totals.boomerangs += figures.boomerangs
            totals.warned += figures.warned
            totals.moot += figures.moot
            const name = c.partner[id] === NONE ? '(no Partner)' : this.texts[c.partner[id]]
            let partner = partners.get(name)
            if (!partner) {
                partner = { partner: name, escalations: 0, went_straight: 0, skipped_tier1: 0, tier1_stations_skipped: 0, hops_saved: 0, tier1_hours_saved: null, boomerangs_stopped: 0, tenths: 0 }
                partners.set(name, partner)
            }
            partner.escalations++
            if (figures.wentStraight) partner.went_straight++
            if (figures.skipped) partner.skipped_tier1++
            partner.tier1_stations_skipped += figures.stationsSkipped
            partner.hops_saved += figures.hopsSaved
            partner.tenths += figures.tenths
            partner.boomerangs_stopped += figures.boomerangs
        }
        const byPartner = [...partners.values()]
            .map(({ tenths, ...partner }) => ({ ...partner, tier1_hours_saved: timed ? tenths / 10 : null }))
            .sort((a, b) => b.escalations - a.escalations || a.partner.localeCompare(b.partner))
        const summary: Omit<ValueSummary, 'sentence'> = {
            events: this.events,
            by_outcome: { ...this.outcomes },
            tickets: this.ids.size,
            partner_escalation_signals: [...this.escalationSignals],
            partner_escalations: totals.escalations,
            went_straight: totals.straight,
            skipped_tier1: totals.skipped,
            tier1_stations_skipped: totals.stations,
            hops: { actual: totals.actualHops, app: totals.appHops, saved: totals.saved },
            tier1_hours_saved: timed ? totals.tenths / 10 : null,
            tier1_time: {
                events_with_time: this.eventsWithTime,
                unreadable_times: this.unreadableTimes,
                stays_not_measured: totals.notMeasured,
                escalations_still_in_tier1: totals.still,
            },
            boomerangs_stopped: totals.boomerangs,
            boomerangs_warned: totals.warned,
            moot_tier1_moves: totals.moot,
            by_partner: byPartner,
            department_clients: [...departments]
                .map(([partner, tickets]) => ({ partner, tickets }))
                .sort((a, b) => b.tickets - a.tickets || a.partner.localeCompare(b.partner)),
        }
        return { sentence: valueSentence(summary), ...summary }
    }

    /**
     * Every ticket seen, in the order of its first event (needs keepPaths); with `escalationsOnly`, the Partner
     * escalations only (the page lists no other, and a million other tickets need not be made to be dropped).
     */
    *ticketValues(escalationsOnly = false): Generator<TicketValue> {
        if (!this.keepPaths) throw new Error('ValueTracker: ticketValues() needs keepPaths')
        const timed = this.eventsWithTime > 0
        const c = this.columns
        for (const [number, id] of this.ids.numbers()) {
            if (escalationsOnly && !(c.flags[id] & FLAG.ESCALATION)) continue
            const figures = this.figures(id)
            const partner = figures.escalation ? c.partner[id] : c.department[id]
            const path = (last: number, stations: number, kept: number[] | undefined) => (kept ?? (stations ? [last] : [])).map((group) => this.names[group])
            const kept = this.paths.get(id)
            yield {
                number,
                partner_escalation: figures.escalation,
                went_straight: figures.wentStraight,
                partner: partner === NONE ? null : this.texts[partner],
                signal: figures.escalation ? (c.signal[id] === NONE ? null : this.texts[c.signal[id]]) : c.department[id] === NONE ? null : 'department',
                actual_path: path(c.actualLast[id], c.actualStations[id], kept?.actual),
                app_path: path(c.appLast[id], c.appStations[id], kept?.app),
                actual_hops: figures.actualHops,
                app_hops: figures.appHops,
                hops_saved: figures.hopsSaved,
                tier1_stations_skipped: figures.stationsSkipped,
                skipped_tier1: figures.skipped,
                tier1_hours_saved: timed ? figures.tenths / 10 : null,
                tier1_stays_not_measured: figures.notMeasured,
                still_in_tier1: figures.stillInTier1,
                boomerangs_stopped: figures.boomerangs,
                boomerangs_warned: figures.warned,
                moot_tier1_moves: figures.moot,
            }
        }
    }

    private figures(id: number): Figures {
        const c = this.columns
        const flags = c.flags[id]
        const escalation = (flags & FLAG.ESCALATION) !== 0
        const actualHops = Math.max(0, c.actualStations[id] - 1)
        const appHops = Math.max(0, c.appStations[id] - 1)
        return {
            escalation,
            wentStraight: escalation && (flags & FLAG.ACTUAL_REACHED) !== 0 && (flags & FLAG.ACTUAL_TIER1_FIRST) === 0,
            skipped: escalation && (flags & FLAG.ACTUAL_TIER1_FIRST) !== 0 && (flags & FLAG.APP_REACHED) !== 0 && (flags & FLAG.APP_TIER1_FIRST) === 0,
            actualHops,
            appHops,
            hopsSaved: escalation ? actualHops - appHops : 0,
            stationsSkipped: escalation ? Math.max(0, c.actualTier1[id] - c.appTier1[id]) : 0,
            tenths: escalation ? Math.round(c.saved[id] / TENTH) : 0,
            notMeasured: escalation ? c.unmeasured[id] : 0,
            stillInTier1: escalation && (flags & FLAG.IN_STAY) !== 0 && ((flags & FLAG.STAY_COUNTS) !== 0 || this.elsewhere(c.appGroup[id])),
            boomerangs: escalation ? c.boomerangs[id] : 0,
            warned: escalation ? c.warned[id] : 0,
            moot: escalation ? c.moot[id] : 0,
        }
    }

    /**
     * Adds a station to the actual or the app path: a group, unless it is empty or the same as the path's last one.
     * Notes whether the path reached an escalation group, and whether a tier-1 station came before it.
     */
    private station(id: number, actual: boolean, group: number): void {
        const c = this.columns
        const last = actual ? c.actualLast : c.appLast
        const stations = actual ? c.actualStations : c.appStations
        if (group === NONE || (stations[id] > 0 && last[id] === group)) return
        if (this.keepPaths && stations[id] >= 1) {
            let kept = this.paths.get(id)
            if (!kept) {
                kept = { actual: c.actualStations[id] ? [c.actualLast[id]] : [], app: c.appStations[id] ? [c.appLast[id]] : [] }
                this.paths.set(id, kept)
            }
            kept[actual ? 'actual' : 'app'].push(group)
        }
        last[id] = group
        stations[id]++
        const reached = actual ? FLAG.ACTUAL_REACHED : FLAG.APP_REACHED
        const kind = this.kinds[group]
        if (kind === TIER1) {
            ;(actual ? c.actualTier1 : c.appTier1)[id]++
            if (!(c.flags[id] & reached)) c.flags[id] |= actual ? FLAG.ACTUAL_TIER1_FIRST : FLAG.APP_TIER1_FIRST
        } else if (kind === ESCALATION_GROUP) {
            c.flags[id] |= reached
        }
    }

    /** A group the app would have had the ticket in instead of tier 1: a group, and not a tier-1 one. */
    private elsewhere(group: number): boolean {
        return group !== NONE && this.kinds[group] !== TIER1
    }

    private group(name: string | null): number {
        if (!name) return NONE
        let id = this.groupIds.get(name)
        if (id === undefined) {
            id = this.names.length
            this.names.push(name)
            this.kinds.push(this.rules.isTier1(name) ? TIER1 : this.rules.isPartnerGroup?.(name) ? PARTNER_GROUP : ESCALATION_GROUP)
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
