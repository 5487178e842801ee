import { gs, GlideRecord } from '@servicenow/glide'
import type { Decision } from '../core/model.ts'
import { addPending, pendingRow, readPending, type PendingRow } from '../core/pending.ts'
import { ticketLabel, TABLE } from './records.ts'
import { STAMP_FIELD } from './stamp.ts'

/**
 * Records a decision for reports now (one write); returns the row's sys_id or null if it could not be written. For
 * decisions outside a save (Send to IT Partner after its update) and the fail-open error row.
 */
export function logDecision(ticket: GlideRecord, decision: Decision): string | null {
    return insertRow(ticket.getUniqueValue(), pendingRow(decision))
}

/**
 * A before rule's decision, recorded by the after rule "IT Partner decision log" only if the save happens. It travels in the ticket's own hidden column, tagged with the sys_mod_count this save will have, so the
 * column changes in every save that decides something and the after rule sees that with changes() ("Scoped
 * GlideElement - changes()", Xanadu to Zurich: after rules run before the previous values are reset). No session or
 * module state: neither is documented to reach the after rules of the same save only.
 */
export function queueDecision(ticket: GlideRecord, decision: Decision): void {
    const save = ticket.isNewRecord() ? '0' : String(Number(ticket.getValue('sys_mod_count') || '0') + 1)
    ticket.setValue(STAMP_FIELD.pending, addPending(ticket.getValue(STAMP_FIELD.pending) || '', save, decision))
}

/** After rule: writes the decisions this save carried (one write each); a column it cannot read is logged. */
export function recordPending(ticket: GlideRecord): number {
    const column = ticket.getValue(STAMP_FIELD.pending)
    const pending = readPending(column)
    if (!pending) {
        if (column) gs.error('IT Partner Routing: the pending decisions of {0} are unreadable; no decision row written: {1}', ticketLabel(ticket), column.slice(0, 200))
        return 0
    }
    for (const row of pending.rows) insertRow(ticket.getUniqueValue(), row)
    return pending.rows.length
}

function insertRow(task: string, values: PendingRow): string | null {
    const row = new GlideRecord(TABLE.decision)
    row.initialize()
    row.setValue('task', task)
    row.setValue('partner', values.partner)
    row.setValue('signal', values.signal)
    row.setValue('outcome', values.outcome)
    row.setValue('from_group', values.from_group)
    row.setValue('to_group', values.to_group)
    row.setValue('route', values.route)
    row.setValue('reason', values.reason)
    return row.insert()
}

/**
 * Adds the app's text to the work note the save carries (the platform journals it with the save). In a before rule a
 * journal field holds the entry being added and setting it replaces that entry, so the agent's text is kept first.
 */
export function addWorkNote(ticket: GlideRecord, text: string): void {
    const pending = ticket.getValue('work_notes')
    ticket.setValue('work_notes', pending ? pending + '\n\n' + text : text)
}
