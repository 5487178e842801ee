import { gs, type GlideRecord } from '@servicenow/glide'
import { recordPending } from '../glide/decision-log.ts'
import { ticketLabel } from '../glide/records.ts'
import { STAMP_FIELD } from '../glide/stamp.ts'

/**
 * Business rule "IT Partner decision log" (after insert/update): writes the decision rows the before rules of this
 * save queued on the ticket, so a row exists only for a save that happened. Its filter condition
 * already asks for a change of the column; the script asks again, so a rule edited to run always writes nothing twice.
 */
export function recordDecisions(current: GlideRecord, _previous: GlideRecord | null): void {
    try {
        if (!current.getElement(STAMP_FIELD.pending).changes()) return
        recordPending(current)
    } catch (error) {
        gs.error('IT Partner Routing: recording the decisions of {0} failed: {1}', ticketLabel(current), String(error))
    }
}
