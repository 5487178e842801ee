import type { GlideRecord } from '@servicenow/glide'
import { ESCALATION_SIGNALS, type Evidence, type Signal } from '../core/model.ts'
import type { PingPong } from '../core/ping-pong.ts'
import type { Stamp } from '../core/stamp.ts'
import { isActive, partnerFrom } from './records.ts'

/** The app's columns on incident (src/fluent/tables/incident.now.ts). */
export const STAMP_FIELD = {
    partner: 'x_bu_itpartner_partner',
    signal: 'x_bu_itpartner_signal',
    escalation: 'x_bu_itpartner_escalation',
    hops: 'x_bu_itpartner_hops',
    boomerangs: 'x_bu_itpartner_boomerangs',
    pingPong: 'x_bu_itpartner_ping_pong',
    /** Hidden: the decisions of the save in progress, for the after rule (decision-log.ts). */
    pending: 'x_bu_itpartner_pending_decision',
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

/** The ticket's ping-pong counters (no query). */
export function readCounts(ticket: GlideRecord): { hops: number; boomerangs: number } {
    return { hops: Number(ticket.getValue(STAMP_FIELD.hops) || '0'), boomerangs: Number(ticket.getValue(STAMP_FIELD.boomerangs) || '0') }
}

/** Sets the counters and the ping-pong flag on the record being saved (the save carries them). */
export function writeCounts(ticket: GlideRecord, counts: PingPong): void {
    ticket.setValue(STAMP_FIELD.hops, counts.hops)
    ticket.setValue(STAMP_FIELD.boomerangs, counts.boomerangs)
    ticket.setValue(STAMP_FIELD.pingPong, counts.pingPong)
}

/**
 * The proven escalation the ticket's stamp records, with its Partner (one reference read, no query); null when the
 * stamp is no proven escalation or its Partner is gone or inactive (then the caller looks for evidence itself).
 */
export function stampedEscalation(ticket: GlideRecord): Evidence | null {
    const stamp = readStamp(ticket)
    if (!stamp.escalation || !stamp.partner || !ESCALATION_SIGNALS.includes(stamp.signal as Signal)) return null
    const partner = ticket.getElement(STAMP_FIELD.partner).getRefRecord()
    if (!partner.isValidRecord() || !isActive(partner.getValue('active'))) return null
    return { signal: stamp.signal as Signal, partner: partnerFrom(partner) }
}
