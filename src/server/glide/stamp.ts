import type { GlideRecord } from '@servicenow/glide'
import type { Signal } from '../core/model.ts'
import type { Stamp } from '../core/stamp.ts'
import { isActive } from './records.ts'

/** The app's columns on incident (src/fluent/tables/incident.now.ts). */
export const STAMP_FIELD = {
    partner: 'x_bu_itpartner_partner',
    signal: 'x_bu_itpartner_signal',
    escalation: 'x_bu_itpartner_escalation',
    hops: 'x_bu_itpartner_hops',
    boomerangs: 'x_bu_itpartner_boomerangs',
} as const

/** The stamp a ticket carries (no query: its own fields). */
export function readStamp(ticket: GlideRecord): Stamp {
    return {
        partner: ticket.getValue(STAMP_FIELD.partner) || '',
        signal: (ticket.getValue(STAMP_FIELD.signal) || '') as Signal | '',
        escalation: isActive(ticket.getValue(STAMP_FIELD.escalation)),
    }
}

/** Sets the stamp on the record being saved (no write of its own: the save carries it). */
export function writeStamp(ticket: GlideRecord, stamp: Stamp): void {
    ticket.setValue(STAMP_FIELD.partner, stamp.partner)
    ticket.setValue(STAMP_FIELD.signal, stamp.signal)
    ticket.setValue(STAMP_FIELD.escalation, stamp.escalation)
}
