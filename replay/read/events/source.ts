/**
 * Where a snapshot's events come from: its events.json, or, without one, the tickets' own history (the incident
 * export and its sys_audit rows), built into the same events.
 */
import { existsSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { SnapshotError } from '../errors.ts'
import { eventsFromHistory } from '../history/events.ts'
import type { ReferenceCheck } from '../history/missing.ts'
import type { Row } from '../values.ts'
import { jsonArrayElements } from './stream.ts'

export interface EventSource {
    /** What error messages name: `events.json`, or the history files the events were built from. */
    file: string
    /** The raw events in order, read anew on each call (events.json is streamed, never held whole). */
    elements: () => Iterable<unknown>
    /** Built from incident + sys_audit: the incident rows are the events' inserts; stand-ins for records they name that the export lacks. */
    history: { columns: ReadonlySet<string>; standIns: ReadonlyMap<string, Row[]> } | null
}

/**
 * events.json when the folder has one; otherwise the events built from the incident export (its rows come page by
 * page from `pages`) and its audit history (sys_audit), said as a warning with their count.
 */
export function eventSource(
    dir: string,
    tables: Map<string, Row[]>,
    files: Map<string, string>,
    warn: (message: string) => void,
    pages: Iterable<Row[]>,
    references: ReferenceCheck,
): EventSource {
    const file = 'events.json'
    const path = join(dir, file)
    if (existsSync(path)) {
        if (statSync(path).isDirectory()) throw new SnapshotError(file, null, 'is a folder; expected the events file')
        if (tables.has('sys_audit')) warn(`events.json given: its events are replayed, ${files.get('sys_audit')} is not read`)
        return { file, elements: () => jsonArrayElements(dir, file), history: null }
    }
    if (!tables.has('incident')) {
        throw new SnapshotError(file, null, `missing (expected ${path}, or incident.json with sys_audit.json to build the events from the tickets' history)`)
    }
    const audit = files.get('sys_audit') ?? null
    const from = [files.get('incident')!, audit].filter(Boolean).join(' and ')
    const history = eventsFromHistory(pages, tables.get('sys_audit') ?? [], tables.get('sys_user') ?? [], { incident: files.get('incident')!, audit }, references)
    history.warnings.forEach(warn)
    warn(
        `no events.json: replaying ${history.events.length.toLocaleString('en-US')} events built from ${from} ` +
            `(${history.inserts.toLocaleString('en-US')} inserts, ${history.updates.toLocaleString('en-US')} updates)` +
            (audit ? '' : '; without sys_audit.json every ticket is inserted with its current values and never updated'),
    )
    return { file: `events built from ${from}`, elements: () => history.events, history: { columns: history.columns, standIns: history.standIns } }
}
