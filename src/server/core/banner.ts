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
    /** Send to IT Partner applies: a department client whose Partner has a support group. */
    canSendToPartner: boolean
}

export interface DepartmentClient {
    partner: Partner
    department: string
}

/** The banner for a ticket: an escalation outranks the caller's department. */
export function bannerFor(escalation: Evidence | null, departmentClient: DepartmentClient | null): Banner | null {
    if (isProvenEscalation(escalation)) {
        return {
            ...partnerFields(escalation.partner),
            kind: 'escalation',
            signal: escalation.signal,
            note: escalation.note ?? '',
            department: departmentClient?.department ?? '',
            canSendToPartner: false,
        }
    }
    if (departmentClient) {
        const fields = partnerFields(departmentClient.partner)
        return {
            ...fields,
            kind: 'department',
            signal: 'department',
            note: '',
            department: departmentClient.department,
            canSendToPartner: !!fields.supportGroupId,
        }
    }
    return null
}

function partnerFields(partner: Partner) {
    return {
        partner: partner.name,
        supportGroup: partner.supportGroup?.name ?? '',
        supportGroupId: partner.supportGroup?.id ?? '',
        supportStream: partner.supportStream,
        contact: partner.contact,
    }
}
