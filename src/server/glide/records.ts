import type { GlideRecord } from '@servicenow/glide'
import type { Group, Partner } from '../core/model.ts'

/** The app's tables, by the design's names. */
export const TABLE = {
    partner: 'x_bu_itpartner_partner',
    department: 'x_bu_itpartner_department',
    redFlag: 'x_bu_itpartner_red_flag',
    route: 'x_bu_itpartner_route',
    decision: 'x_bu_itpartner_decision',
} as const

/** A reference field as a Group, read from the record's reference cache (no query). */
export function groupField(record: GlideRecord, field: string): Group | null {
    const id = record.getValue(field)
    return id ? { id, name: record.getDisplayValue(field) || id } : null
}

/** A reference field's group with its active flag, or null when the group no longer exists. */
export function groupWithStatus(record: GlideRecord, field: string): Group | null {
    if (!record.getValue(field)) return null
    const group = record.getElement(field).getRefRecord()
    if (!group.isValidRecord()) return null
    return { id: group.getUniqueValue(), name: group.getValue('name') || '', active: isActive(group.getValue('active')) }
}

/** A Partner row (positioned GlideRecord on x_bu_itpartner_partner) as the core's Partner. */
export function partnerFrom(record: GlideRecord): Partner {
    return {
        id: record.getUniqueValue(),
        name: record.getValue('name') || '',
        supportGroup: groupField(record, 'support_group'),
        supportStream: record.getValue('support_stream') || '',
        contact: record.getValue('contact') || '',
    }
}

/** The Partner a row of another app table references, or null when it is gone. */
export function referencedPartner(record: GlideRecord): Partner | null {
    const partner = record.getElement('partner').getRefRecord()
    return partner.isValidRecord() ? partnerFrom(partner) : null
}

/** A task's number for log lines, falling back to its sys_id. */
export function ticketLabel(record: GlideRecord): string {
    return record.getValue('number') || record.getUniqueValue() || '(new ticket)'
}

/** Booleans read back as "1"/"0" on the platform and as "true"/"false" in Table API exports. */
export function isActive(value: string | null): boolean {
    return value === 'true' || value === '1'
}
