import { gs, type GlideRecord } from '@servicenow/glide'
import { logDecision } from '../glide/decision-log.ts'
import { groupField, ticketLabel } from '../glide/records.ts'

/**
 * Behaviour 6: a routing error never aborts or rolls back a save. The ticket keeps the assignment it came with,
 * the error is logged with the ticket number, and an `error` decision is recorded where it can be.
 */
export function failOpen(step: string, ticket: GlideRecord, work: () => void): void {
    const group = ticket.getValue('assignment_group') || ''
    const notes = ticket.getValue('work_notes') || ''
    try {
        work()
    } catch (error) {
        const label = safely('read the ticket number', () => ticketLabel(ticket)) ?? '(unknown ticket)'
        ticket.setValue('assignment_group', group)
        // The pending work note as it came: the agent's text, without anything the app added.
        ticket.setValue('work_notes', notes)
        gs.error('IT Partner Routing: {0} failed on {1}; the ticket was saved unchanged. {2}', step, label, describe(error))
        safely('record the error decision', () =>
            logDecision(ticket, {
                outcome: 'error',
                signal: null,
                partner: null,
                fromGroup: groupField(ticket, 'assignment_group'),
                toGroup: null,
                route: null,
                reason: `${step} failed: ${describe(error)}`,
            }),
        )
    }
}

function describe(error: unknown): string {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error)
}

function safely<T>(what: string, work: () => T): T | undefined {
    try {
        return work()
    } catch (error) {
        gs.error('IT Partner Routing: could not {0}: {1}', what, describe(error))
        return undefined
    }
}
