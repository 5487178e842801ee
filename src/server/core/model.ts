/** The design's vocabulary as types: no Glide here, so the core runs anywhere. */

export type Signal = 'red_flag' | 'partner_opener' | 'partner_handoff' | 'department'

export type Outcome =
    | 'rerouted'
    | 'kept_specialty'
    | 'no_target'
    | 'boomerang_blocked'
    | 'boomerang_warned'
    | 'sent_to_partner'
    | 'error'

/** Signals in precedence order: the first that holds names the decision and its Partner. */
export const SIGNAL_PRECEDENCE: readonly Signal[] = ['red_flag', 'partner_handoff', 'partner_opener', 'department']

/** Signals that make a ticket an escalation no matter the department policy. */
export const ESCALATION_SIGNALS: readonly Signal[] = ['red_flag', 'partner_handoff', 'partner_opener']

export interface Group {
    id: string
    name: string
    active?: boolean
}

export interface Partner {
    id: string
    name: string
    /** The Partner's own ServiceNow queue, if it uses ServiceNow. */
    supportGroup: Group | null
    supportStream: string
    contact: string
}

/** One signal that holds for a ticket, with the Partner it points at. */
export interface Evidence {
    signal: Signal
    partner: Partner
    /** The red-flag note, when the evidence is a red flag. */
    note?: string
}

export interface Route {
    id: string
    order: number
    description: string
    condition: string
    /** null when the route's group no longer exists. */
    group: Group | null
}

export interface Decision {
    outcome: Outcome
    signal: Signal | null
    partner: Partner | null
    fromGroup: Group | null
    toGroup: Group | null
    route: Route | null
    reason: string
}
