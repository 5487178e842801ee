import type { Evidence, Partner, Signal } from './model.ts'
import { isProvenEscalation } from './signals.ts'
import type { Stamp } from './stamp.ts'

/** Exactly what the form banner shows; it travels in g_scratchpad and the GlideAjax answer. */
export interface Banner {
    kind: 'escalation' | 'department'
    partner: string
    signal: Signal
    note: string
    supportGroup: string
    supportGroupId: string
    supportStream: string
    contact: string
    department: string
    /** Send to IT Partner applies: a department client whose Partner has a support group the ticket is not in. */
    canSendToPartner: boolean
}

export interface DepartmentClient {
    partner: Partner
    department: string
}

/**
 * The banner for a ticket: an escalation outranks the caller's department. `ticketGroup` is the ticket's assignment
 * group: a ticket already in the Partner's group is not offered Send to IT Partner.
 */
export function bannerFor(escalation: Evidence | null, departmentClient: DepartmentClient | null, ticketGroup = ''): Banner | null {
    if (isProvenEscalation(escalation)) {
        return banner('escalation', escalation.partner, escalation.signal, escalation.note ?? '', departmentClient?.department ?? '', false)
    }
    if (departmentClient) {
        const partner = departmentClient.partner
        const canSend = !!partner.supportGroup && partner.supportGroup.id !== ticketGroup
        return banner('department', partner, 'department', '', departmentClient.department, canSend)
    }
    return null
}

// Built field by field: the display rule runs on every form load and object spread is a slow path in the JIT.
function banner(kind: Banner['kind'], partner: Partner, signal: Signal, note: string, department: string, canSendToPartner: boolean): Banner {
    return {
        kind,
        partner: partner.name,
        signal,
        note,
        supportGroup: partner.supportGroup?.name ?? '',
        supportGroupId: partner.supportGroup?.id ?? '',
        supportStream: partner.supportStream,
        contact: partner.contact,
        department,
        canSendToPartner,
    }
}

/** What the banner from a stamp needs besides the stamp: the red flags of caller and opener (one query) and the stamped Partner. */
export interface StampFacts {
    callerFlag: Evidence | null
    openerFlag: Evidence | null
    /** The stamped Partner when it exists and is active, else null; asked only when no red flag settles it. */
    stampedPartner: () => Partner | null
}

/**
 * The escalation a ticket's stamp proves, or null when the stamp cannot be trusted and the lookups must
 * decide: a caller's red flag the stamp does not name (it outranks every other signal), a red_flag stamp whose flag
 * is gone, an opener's red flag of another Partner, or a stamped Partner that is gone or inactive. Never a wrong banner.
 */
export function escalationFromStamp(stamp: Stamp, facts: StampFacts): Evidence | null {
    if (!stamp.escalation || !stamp.partner || !stamp.signal || stamp.signal === 'department') return null
    const { callerFlag, openerFlag } = facts
    if (callerFlag) return stamp.signal === 'red_flag' && callerFlag.partner.id === stamp.partner ? callerFlag : null
    if (stamp.signal === 'red_flag') return null
    if (stamp.signal === 'partner_opener' && openerFlag) {
        return openerFlag.partner.id === stamp.partner ? { ...openerFlag, signal: 'partner_opener' } : null
    }
    const partner = facts.stampedPartner()
    return partner && partner.id === stamp.partner ? { signal: stamp.signal, partner } : null
}
