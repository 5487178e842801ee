/**
 * Checks every event once, before the replay starts (its shape, user, number, fields, references and dates), so a
 * bad event stops the replay before any ticket is saved, with its position in the file; keeps only what the checks
 * found, and reads the events again for the replay.
 */
import { statSync } from 'node:fs'
import { join } from 'node:path'
import type { DateCheck } from '../date-check.ts'
import { SnapshotError } from '../errors.ts'
import { sizeText } from '../export/files.ts'
import { Interner } from '../intern.ts'
import { checkRow, type DisplayNames } from '../references.ts'
import { TICKET_REFERENCES } from '../tables.ts'
import { isObject, type Row } from '../values.ts'
import { eventError, toEvent, type EventList, type ReplayEvent } from './event.ts'
import type { EventSource } from './source.ts'
import { suggest } from './suggest.ts'

export interface CheckOptions {
    /**
     * Fields an event may set on a table (with the table's ancestors), or null when the table's fields are unknown.
     * Given the snapshot's own tables, so columns of an export (incident.json, sys_dictionary.json) count too.
     */
    eventFields?: (table: string, tables: Map<string, Row[]>) => ReadonlySet<string> | null
    /** Told the file being checked and every 100,000 events. */
    progress?: (message: string) => void
}

/**
 * Checks every event once (shape, users, numbers, fields, references, dates) and returns them as an EventList that
 * reads them again on each iteration: a million events do not fit in memory as objects.
 */
export function readEvents(
    dir: string,
    source: EventSource,
    tables: Map<string, Row[]>,
    ids: Map<string, Set<string>>,
    names: DisplayNames,
    options: CheckOptions,
    dates: DateCheck,
): EventList {
    const { file } = source
    if (!source.history) options.progress?.(`checking ${file} (${sizeText(statSync(join(dir, file)).size)})`)
    const numbers = new Set<string>()
    if (!source.history) for (const row of tables.get('incident') ?? []) if (row.number) numbers.add(row.number)
    const EventError = eventError(file)
    // Numbers for inserts without one start above every number in the snapshot: known only after reading all events,
    // so the events are read ahead once, when the first such insert (or an update naming an unknown number) needs it.
    let firstGenerated: number | null = null
    const generatedFrom = () => (firstGenerated ??= nextNumber(numbers, source.elements))
    let unnumbered = 0
    const users = ids.get('sys_user')!
    const fieldsOf = new Map<string, ReadonlySet<string> | null>()
    const used = new Map<string, Set<string>>()
    const checkFields = (table: string, index: number, number: string, values: Row, what: string) => {
        if (!used.has(table)) used.set(table, new Set())
        const fields = used.get(table)!
        for (const field in values) fields.add(field)
        if (!fieldsOf.has(table)) fieldsOf.set(table, options.eventFields?.(table, tables) ?? null)
        const known = fieldsOf.get(table)
        if (!known) return
        for (const field of Object.keys(values)) {
            if (known.has(field) || field === 'number') continue
            throw new EventError(
                index,
                number,
                `${what} field "${field}": ${table} has no such field${suggest(field, known)}. ` +
                    'A field of your instance that the replay does not know can be declared in sys_dictionary.json (name, element)',
            )
        }
    }
    let count = 0
    for (const raw of source.elements()) {
        const index = count++
        if (index > 0 && index % 100_000 === 0) options.progress?.(`checked ${index.toLocaleString('en-US')} events`)
        if (isObject(raw)) {
            const given = isObject(raw.record) && typeof raw.record.number === 'string' ? raw.record.number : typeof raw.number === 'string' ? raw.number : undefined
            dates.check(file, index, 'event', given, raw, isObject(raw.record) ? raw.record : undefined, isObject(raw.set) ? raw.set : undefined)
        }
        const event = toEvent(raw, index, EventError, file, () => generatedFrom() + unnumbered++, users)
        const { table } = event
        if (event.action === 'insert') {
            const { number, record } = event
            if (numbers.has(number)) throw new EventError(index, number, `number ${number} already exists`)
            checkFields(table, index, number, record, 'record')
            checkRow(file, index, record, TICKET_REFERENCES, ids, names, `(${number}) record field`, 'event')
            numbers.add(number)
        } else {
            if (!numbers.has(event.number)) {
                const generated = numberValue(event.number)
                const first = generated === null ? null : generatedFrom()
                if (first === null || generated! < first || generated! >= first + unnumbered) {
                    throw new EventError(index, event.number, `unknown number ${event.number}: no earlier insert event or incident export row has it`)
                }
            }
            checkFields(table, index, event.number, event.set, 'set')
            checkRow(file, index, event.set, TICKET_REFERENCES, ids, names, `(${event.number}) set field`, 'event')
        }
    }
    // A number, not the closure: the closure would keep every ticket number in memory for the whole replay.
    return new CheckedEvents(source, count, used, firstGenerated ?? 0)
}

/**
 * The checked events, read again from their source on each iteration (one event in memory at a time from
 * events.json). Only what the checks found is kept: the count and the fields used by table.
 */
class CheckedEvents implements EventList {
    constructor(
        private readonly source: EventSource,
        readonly length: number,
        readonly fields: ReadonlyMap<string, ReadonlySet<string>>,
        private readonly firstGenerated: number,
    ) {}

    *[Symbol.iterator](): Iterator<ReplayEvent> {
        const { file } = this.source
        const EventError = eventError(file)
        let index = 0
        let unnumbered = 0
        // The embedded instance keeps each saved ticket: repeated values (the same caller, group, category) share one
        // string. Events built from the history share them already (EventStoreBuilder).
        const interned = this.source.history ? null : new Interner()
        for (const raw of this.source.elements()) {
            if (index >= this.length) break
            const event = toEvent(raw, index++, EventError, file, () => this.firstGenerated + unnumbered++)
            if (interned) {
                const values = event.action === 'insert' ? event.record : event.set
                for (const field in values) if (field !== 'number') values[field] = interned.of(values[field])
            }
            yield event
        }
        if (index !== this.length) throw new SnapshotError(file, null, 'changed while the replay was reading it; run the replay again')
    }
}

/** The first generated number: above every INC number in the snapshot, and at least INC0010001. */
function nextNumber(numbers: Set<string>, elements: () => Iterable<unknown>): number {
    let max = 10000
    const consider = (number: unknown) => {
        const value = typeof number === 'string' ? numberValue(number) : null
        if (value !== null) max = Math.max(max, value)
    }
    numbers.forEach(consider)
    try {
        for (const event of elements()) if (isObject(event) && isObject(event.record)) consider(event.record.number)
    } catch (error) {
        // The events check reports a bad file at the event where it is bad.
        if (!(error instanceof SnapshotError)) throw error
    }
    return max + 1
}

function numberValue(number: string): number | null {
    const match = /^INC(\d+)$/.exec(number)
    return match ? Number(match[1]) : null
}
