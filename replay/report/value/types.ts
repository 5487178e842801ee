/**
 * The value's shapes (types only, no imports: the report page's script type-checks against them too). Each figure is
 * defined in docs/replay.md ("What the app would have saved"); every total is the sum of the per-ticket figures.
 */

export interface PartnerValue {
    partner: string
    /** Partner escalations (tickets) of this Partner. */
    escalations: number
    went_straight: number
    skipped_tier1: number
    tier1_stations_skipped: number
    hops_saved: number
    /** null when no event carries a time. */
    tier1_hours_saved: number | null
    boomerangs_stopped: number
}

export interface ValueSummary {
    /** The figures in one sentence, as the text report, the JSON summary and the page show it. */
    sentence: string
    events: number
    by_outcome: Record<string, number>
    tickets: number
    /** The stamp signals that made a ticket a Partner escalation (department too under department_policy = escalate). */
    partner_escalation_signals: string[]
    partner_escalations: number
    went_straight: number
    skipped_tier1: number
    tier1_stations_skipped: number
    /** Hops of the Partner escalations' actual paths, of their app paths, and the difference. */
    hops: { actual: number; app: number; saved: number }
    /** Hours in tier-1 queues saved, to 0.1 h; null when no event carries a time ("no times in the events"). */
    tier1_hours_saved: number | null
    tier1_time: {
        /** Events whose time could be read (their own `at`, or the record's date fields). */
        events_with_time: number
        /** Events that carried a time the replay could not read. */
        unreadable_times: number
        /** Tier-1 stays of Partner escalations that count but whose hours are not known (an event without a time, or time going back). */
        stays_not_measured: number
        /** Partner escalations still in a tier-1 group at their last event while the app had them elsewhere: their hours are not counted. */
        escalations_still_in_tier1: number
    }
    boomerangs_stopped: number
    boomerangs_warned: number
    moot_tier1_moves: number
    /** Partners by Partner escalations, largest first. */
    by_partner: PartnerValue[]
    /** Tickets whose stamp names a department's Partner and that are no Partner escalation (a person decides), by Partner. */
    department_clients: { partner: string; tickets: number }[]
}

/** One ticket's paths and figures, as `--tickets` writes them (one JSON object per line). */
export interface TicketValue {
    number: string
    partner_escalation: boolean
    went_straight: boolean
    partner: string | null
    signal: string | null
    actual_path: string[]
    app_path: string[]
    actual_hops: number
    app_hops: number
    /** The saving figures below are 0 (false) for a ticket that is no Partner escalation. */
    hops_saved: number
    tier1_stations_skipped: number
    skipped_tier1: boolean
    /** Measured hours, to 0.1 h; null when the events carry no time at all. */
    tier1_hours_saved: number | null
    tier1_stays_not_measured: number
    still_in_tier1: boolean
    boomerangs_stopped: number
    boomerangs_warned: number
    moot_tier1_moves: number
}
