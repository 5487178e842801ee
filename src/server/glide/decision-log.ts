import { GlideRecord } from '@servicenow/glide'
import type { Decision } from '../core/model.ts'
import { TABLE } from './records.ts'

/** Records a decision for reports (one write); returns the row's sys_id or null if it could not be written. */
export function logDecision(ticket: GlideRecord, decision: Decision): string | null {
    const row = new GlideRecord(TABLE.decision)
    row.initialize()
    row.setValue('task', ticket.getUniqueValue())
    row.setValue('partner', decision.partner?.id ?? '')
    row.setValue('signal', decision.signal ?? '')
    row.setValue('outcome', decision.outcome)
    row.setValue('from_group', decision.fromGroup?.id ?? '')
    row.setValue('to_group', decision.toGroup?.id ?? '')
    row.setValue('route', decision.route?.id ?? '')
    row.setValue('reason', decision.reason.slice(0, 1000))
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
