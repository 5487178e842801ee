/**
 * Where each exported ticket stands before the replay: the readable report and the value figures start an update's
 * ticket from it.
 */
import type { Snapshot } from '../read/snapshot.ts'

/** The group of each ticket of the snapshot's incident export, by number. */
export function ticketGroups(snapshot: Snapshot): Map<string, string | null> {
    const names = new Map((snapshot.tables.get('sys_user_group') ?? []).map((group) => [group.sys_id, group.name || group.sys_id]))
    const groups = new Map<string, string | null>()
    for (const ticket of snapshot.tables.get('incident') ?? []) {
        if (ticket.number) groups.set(ticket.number, ticket.assignment_group ? (names.get(ticket.assignment_group) ?? ticket.assignment_group) : null)
    }
    return groups
}
