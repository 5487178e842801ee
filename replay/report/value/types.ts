/** The value's shapes (types only, no imports: the report page's script type-checks against them too). */

export interface PartnerValue {
    partner: string
    /** Partner escalations (tickets) of this Partner. */
    escalations: number
    skipped_tier1: number
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
    partner_escalations: number
    skipped_tier1: number
    tier1_groups_skipped: number
    hops: { actual: number; app: number; saved: number }
    /** Hours in tier-1 queues saved, to 0.1 h; null when no event carries a time ("no times in the events"). */
    tier1_hours_saved: number | null
    tier1_time: {
        /** Events whose time could be read (their own `at`, or the record's date fields). */
        events_with_time: number
        /** Events that carried a time the replay could not read. */
        unreadable_times: number
        /** Tier-1 stays that count but whose hours are not known (an event without a time, or time going back). */
        stays_not_measured: number
        /** Tickets still in a tier-1 group at their last event while the app had them elsewhere: not counted. */
        stays_still_open: number
    }
    boomerangs_stopped: number
    boomerangs_warned: number
    /** Partners by Partner escalations, largest first. */
    by_partner: PartnerValue[]
    /** Tickets of department clients with no decision (a person decides), by Partner: not escalations. */
    department_clients: { partner: string; tickets: number }[]
}

/** One ticket's paths and figures, as `--tickets` writes them (one JSON object per line). */
export interface TicketValue {
    number: string
    partner_escalation: boolean
    partner: string | null
    signal: string | null
    actual_path: string[]
    app_path: string[]
    actual_hops: number
    app_hops: number
    hops_saved: number
    tier1_groups_skipped: number
    skipped_tier1: boolean
    /** null when the events carry no time, or a counted stay of this ticket could not be measured. */
    tier1_hours_saved: number | null
    boomerangs_stopped: number
}
