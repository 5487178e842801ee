import { GlideRecord } from '@servicenow/glide'
import { stampFor, type Stamp } from '../core/stamp.ts'
import { findEvidence } from './evidence.ts'
import { ticketLabel } from './records.ts'
import { STAMP_FIELD } from './stamp.ts'

/**
 * The next batch of open incidents after `after` in sys_id order (keyset paging: one bounded query per batch, and
 * tickets stamped meanwhile neither move nor repeat), or only the open incident `only` when given. Returns the
 * queried record, to iterate with next().
 */
export function openTicketBatch(after: string, size: number, only = ''): GlideRecord {
    const ticket = new GlideRecord('incident')
    ticket.addQuery('active', true)
    if (only) ticket.addQuery('sys_id', only)
    if (after) ticket.addQuery('sys_id', '>', after)
    ticket.orderBy('sys_id')
    ticket.setLimit(size)
    ticket.query()
    return ticket
}

/** The stamp a saved ticket's evidence gives: red flags, its recorded hand-offs, the opener's membership, the department. */
export function evidenceStamp(ticket: GlideRecord): Stamp {
    const evidence = findEvidence(
        { caller: ticket.getValue('caller_id') || '', opener: ticket.getValue('opened_by') || '', ticket: ticketLabel(ticket) },
        { history: ticket.getUniqueValue(), openerMembership: true, department: true },
    )
    return stampFor(evidence)
}

/** The stamp as the column values a writer sets. */
export function stampValues(stamp: Stamp): { [field: string]: string | boolean } {
    return { [STAMP_FIELD.partner]: stamp.partner, [STAMP_FIELD.signal]: stamp.signal, [STAMP_FIELD.escalation]: stamp.escalation }
}
