import type { Evidence, Signal } from './model.ts'
import { isProvenEscalation } from './signals.ts'

/** The Partner on the ticket (the stamp): what the app found, kept on the ticket itself for lists, Workspace and reports. */
export interface Stamp {
    /** sys_id of the IT Partner, or '' when the ticket has none. */
    partner: string
    signal: Signal | ''
    /** A proven escalation (red flag, Partner opener or hand-off); a department client never is. */
    escalation: boolean
}

export const NO_STAMP: Stamp = { partner: '', signal: '', escalation: false }

/** The stamp the strongest evidence gives a ticket; no evidence clears it. */
export function stampFor(evidence: Evidence | null): Stamp {
    if (!evidence) return NO_STAMP
    return { partner: evidence.partner.id, signal: evidence.signal, escalation: isProvenEscalation(evidence) }
}

export function sameStamp(a: Stamp, b: Stamp): boolean {
    return a.partner === b.partner && a.signal === b.signal && a.escalation === b.escalation
}
