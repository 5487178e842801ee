import type { EventResult } from './engine/engine.ts'

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
    private readonly summary: ReplaySummary = {
        events: 0,
        byOutcome: {},
        byPartnerSignal: {},
        flows: {},
        boomerangsBlocked: 0,
        boomerangsWarned: 0,
    }

    /** `from` is where the ticket's group was before the event: group_before on insert, the group it had on update. */
    add(result: EventResult, from: string | null): void {
        const summary = this.summary
        summary.events++
        count(summary.byOutcome, result.outcome)
        if (result.partner) count(summary.byPartnerSignal, `${result.partner} · ${result.signal ?? 'no signal'}`)
        if (from !== result.group_after) count(summary.flows, `${from ?? '-'} → ${result.group_after ?? '-'}`)
        if (result.outcome === 'boomerang_blocked') summary.boomerangsBlocked++
        if (result.outcome === 'boomerang_warned') summary.boomerangsWarned++
    }

    result(): ReplaySummary {
        return this.summary
    }
}

function count(counts: Record<string, number>, key: string): void {
    counts[key] = (counts[key] ?? 0) + 1
}
