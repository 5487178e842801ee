/** The report page's data as the replay embeds it and the page script reads it (types only: both sides use them). */
import type { ValueSummary } from '../value/types.ts'

/** A configuration problem to show before the results (the configuration check's findings, or property problems). */
export interface Finding {
    severity: string
    message: string
}

export interface Choice {
    value: string
    label: string
}

/** The outcomes and signals as the decision table labels them (read from dist/app), in the table's order. */
export interface Labels {
    outcomes: Choice[]
    signals: Choice[]
}

export interface Series {
    outcome: string
    values: number[]
}

export interface Stacked {
    categories: string[]
    series: Series[]
}

export interface ReportData {
    title: string
    events: number
    decisions: number
    outcomes: (Choice & { count: number })[]
    signals: Choice[]
    /** What the app would have saved; null when the replay did not count it. */
    value: ValueSummary | null
    /**
     * The app's real moves: events with a decision whose group after the app differs from the group before it, not
     * blocked. Node ids are "from:" or "to:" and the group; a link per outcome.
     */
    flow: { nodes: { id: string; name: string }[]; links: { source: string; target: string; outcome: string; value: number }[] }
    /** Blocked attempts: the group the save asked for and the group the ticket kept, with their events. */
    blocked: { rows: { asked: string; kept: string; count: number }[]; others: number }
    /** Partner escalations (tickets) by Partner, largest first: series skipped_tier1, went_straight and other_escalations. */
    byPartner: Stacked
    /** Department clients with no decision (tickets) by Partner: series department. */
    departments: Stacked
    bySignal: Stacked
    /** Decisions per week of the ticket's opened_at (or sys_created_on); null when no event carries one. */
    weeks: (Stacked & { undated: number }) | null
    /**
     * The Partner escalations behind the value figures, in the order of their first event (the first MAX_TABLE_ROWS);
     * null when the replay did not count the value. Texts are indexes into table.strings.
     */
    tickets: {
        /** Per ticket: number, partner, signal, actual path, app path (groups joined by " → "), flags (1 went straight,
         *  2 skipped tier 1, 4 still in tier 1), tier-1 stations skipped, actual hops, app hops, hops saved, hours saved in
         *  tenths (-1: no times in the events), boomerangs stopped, moot tier-1 moves. */
        rows: number[][]
        /** Partner escalations after the first MAX_TABLE_ROWS: counted in the figures, not listed. */
        omitted: number
    } | null
    table: {
        /** Every distinct text once; rows (and ticket rows) hold indexes into it (0 is the empty text). */
        strings: string[]
        /** Per event: number, action, outcome, group before, group after, partner, signal, blocked (0/1), reason,
         *  banner, work notes, warnings, replay notes, the group an update's ticket had. */
        rows: number[][]
        /** Events after the first MAX_TABLE_ROWS, counted in the charts but not listed. */
        omitted: number
    }
}
