import type { Evidence, Partner, Signal } from './model.ts'
import { isProvenEscalation } from './signals.ts'

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
