/** The counts that end the readable report: outcomes, Partners and signals, moves between groups, boomerangs. */
import type { EventResult } from '../../run/engine.ts'

/** What a whole replay did, for the summary after the results (counts only; the results keep the details). */
export interface ReplaySummary {
    events: number
    byOutcome: Record<string, number>
    /** "Partner · signal" -> events whose decision or banner named that Partner and signal. */
    byPartnerSignal: Record<string, number>
    /** "from → to" -> events that moved a ticket between those groups ('-' for no group). */
    flows: Record<string, number>
    boomerangsBlocked: number
    boomerangsWarned: number
}

/**
 * Tracks each ticket's group across events, so an update can show the group the ticket had before the save.
 * Starts from the snapshot's tickets (incident.json), given as number -> group name.
 */
export class GroupHistory {
    private readonly groups: Map<string, string | null>

    constructor(initial: Map<string, string | null> = new Map()) {
        this.groups = new Map(initial)
    }

    /** The group the ticket had before this event (null on insert or when it had none). */
    had(result: EventResult): string | null {
        return result.action === 'insert' ? null : (this.groups.get(result.number) ?? null)
    }

    record(result: EventResult): void {
        this.groups.set(result.number, result.group_after)
    }
}

export class SummaryBuilder {
    private events = 0
    private boomerangsBlocked = 0
    private boomerangsWarned = 0
    private readonly byOutcome = new Map<string, number>()
    /** Counted by Partner, then signal (null: no signal), and by from, then to: no key text made per event. */
    private readonly byPartnerSignal = new Map<string, Map<string | null, number>>()
    private readonly flows = new Map<string | null, Map<string | null, number>>()

    /** `from` is where the ticket's group was before the event: group_before on insert, the group it had on update. */
    add(result: EventResult, from: string | null): void {
        this.events++
        this.byOutcome.set(result.outcome, (this.byOutcome.get(result.outcome) ?? 0) + 1)
        if (result.partner) count(this.byPartnerSignal, result.partner, result.signal)
        if (from !== result.group_after) count(this.flows, from, result.group_after)
        if (result.outcome === 'boomerang_blocked') this.boomerangsBlocked++
        if (result.outcome === 'boomerang_warned') this.boomerangsWarned++
    }

    result(): ReplaySummary {
        const byPartnerSignal: Record<string, number> = {}
        for (const [partner, signals] of this.byPartnerSignal) {
            for (const [signal, events] of signals) add(byPartnerSignal, `${partner} · ${signal ?? 'no signal'}`, events)
        }
        const flows: Record<string, number> = {}
        for (const [from, tos] of this.flows) for (const [to, events] of tos) add(flows, `${from ?? '-'} → ${to ?? '-'}`, events)
        return {
            events: this.events,
            byOutcome: Object.fromEntries(this.byOutcome),
            byPartnerSignal,
            flows,
            boomerangsBlocked: this.boomerangsBlocked,
            boomerangsWarned: this.boomerangsWarned,
        }
    }
}

function count<K>(counts: Map<K, Map<string | null, number>>, outer: K, inner: string | null): void {
    let counted = counts.get(outer)
    if (!counted) counts.set(outer, (counted = new Map()))
    counted.set(inner, (counted.get(inner) ?? 0) + 1)
}

/** Adds rather than sets: two pairs can make the same text (a group named "-", a signal named "no signal"). */
function add(counts: Record<string, number>, key: string, events: number): void {
    counts[key] = (counts[key] ?? 0) + events
}
