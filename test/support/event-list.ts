import type { EventList, ReplayEvent } from '../../replay/read/events/event.ts'

/** Events held in memory as the EventList a loaded snapshot gives (the loader streams events.json instead). */
export function eventList(events: ReplayEvent[]): EventList {
    const fields = new Map<string, Set<string>>()
    for (const event of events) {
        if (!fields.has(event.table)) fields.set(event.table, new Set())
        for (const field of Object.keys(event.action === 'insert' ? event.record : event.set)) fields.get(event.table)!.add(field)
    }
    return Object.assign([...events], { fields })
}
