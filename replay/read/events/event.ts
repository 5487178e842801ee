/**
 * An event as the replay runs it: an insert of a ticket or an update of one, as events.json writes it or as the
 * history builds it, read from its raw JSON form into that shape (or refused with its position in the file).
 */
import { isDisplayDateTime, rawDateTime } from '../datetime.ts'
import { SnapshotError } from '../errors.ts'
import { isObject, normalizeRow, normalizeValue, onlyStrings, type RawRow, type Row } from '../values.ts'

/** Tables an event may name: task tables. Business rules of the app run on incident. */
export const EVENT_TABLES = new Set(['incident', 'problem', 'change_request', 'sc_request', 'sc_req_item', 'sc_task'])

export interface InsertEvent {
    index: number
    table: string
    action: 'insert'
    number: string
    record: Row
    /** Who saves it: record.opened_by if present, else record.caller_id (the design's opener is the submitter). */
    user: string
    /** When the real save happened (`YYYY-MM-DD hh:mm:ss`, UTC), when the event says. */
    at?: string
}

export interface UpdateEvent {
    index: number
    table: string
    action: 'update'
    number: string
    set: Row
    /** The sys_user who saves the update ('' when the event names none). */
    user: string
    /** When the real save happened (`YYYY-MM-DD hh:mm:ss`, UTC), when the event says. */
    at?: string
}

export type ReplayEvent = InsertEvent | UpdateEvent

/** The events of a snapshot, checked when loaded; each iteration reads them again in order. */
export interface EventList extends Iterable<ReplayEvent> {
    readonly length: number
    /** Fields the events set, by table. */
    readonly fields: ReadonlyMap<string, ReadonlySet<string>>
}

export const NO_EVENTS: EventList = Object.assign([] as ReplayEvent[], { fields: new Map<string, ReadonlySet<string>>() })

export type EventErrorClass = new (index: number, number: string | null, detail: string) => SnapshotError

/** An event the replay cannot use: names its position in `file` (events.json) and its number when it has one. */
export function eventError(file: string): EventErrorClass {
    return class EventError extends SnapshotError {
        constructor(index: number, number: string | null, detail: string) {
            super(file, index, number ? `(${number}) ${detail}` : detail, 'event')
        }
    }
}

/**
 * One event in its replay form; throws EventError for a shape the replay cannot use, and for a user not in `users`
 * when given. `generated` numbers an insert without one.
 */
export function toEvent(raw: unknown, index: number, EventError: EventErrorClass, file: string, generated: () => number, users?: ReadonlySet<string>): ReplayEvent {
    if (!isObject(raw)) throw new EventError(index, null, 'wrong shape: an event must be an object')
    const at = atOf(raw.at, index, EventError)
    const table = raw.table
    const given = isObject(raw.record) && typeof raw.record.number === 'string' ? raw.record.number : typeof raw.number === 'string' ? raw.number : null
    if (typeof table !== 'string' || !EVENT_TABLES.has(table)) {
        throw new EventError(index, given, `unknown table ${JSON.stringify(table)} (expected one of ${[...EVENT_TABLES].join(', ')})`)
    }
    const user = raw.user === undefined || raw.user === null ? '' : normalizeValue(raw.user, file, index, 'user')
    if (user && users && !users.has(user)) throw new EventError(index, given, `user "${user}" is not in the snapshot's sys_user export`)
    if (raw.action === 'insert') {
        if (!isObject(raw.record)) throw new EventError(index, given, 'wrong shape: an insert needs a "record" object')
        const record = eventRow(raw.record, file, index)
        const number = record.number || `INC${String(generated()).padStart(7, '0')}`
        record.number = number
        return { index, table, action: 'insert', number, record, user: user || record.opened_by || record.caller_id || '', ...at }
    }
    if (raw.action === 'update') {
        if (typeof raw.number !== 'string' || !raw.number) throw new EventError(index, null, 'an update needs a "number"')
        if (!isObject(raw.set)) throw new EventError(index, raw.number, 'wrong shape: an update needs a "set" object')
        const set = eventRow(raw.set, file, index)
        return { index, table, action: 'update', number: raw.number, set, user, ...at }
    }
    throw new EventError(index, given, `unknown action ${JSON.stringify(raw.action)} (expected "insert" or "update")`)
}

/** An event's values as a Row: the parsed object itself when its values are all strings already (most are), else a copy. */
function eventRow(raw: RawRow, file: string, index: number): Row {
    return onlyStrings(raw) ? (raw as Row) : normalizeRow(raw, file, index)
}

/** An event's optional `at`, as `YYYY-MM-DD hh:mm:ss` (ISO in UTC is accepted). */
function atOf(value: unknown, index: number, EventError: EventErrorClass): { at?: string } {
    if (value === undefined || value === null || value === '') return {}
    const at = typeof value === 'string' ? rawDateTime(value) : null
    // A display-format date is warned about once by DateCheck; the event keeps no time rather than a wrong one.
    if (!at && typeof value === 'string' && isDisplayDateTime(value)) return {}
    if (!at) throw new EventError(index, null, `"at" holds ${JSON.stringify(value)}, not a date-time YYYY-MM-DD hh:mm:ss (UTC)`)
    return { at }
}

/** When the event's save really happened: its `at`, else the insert's opened_at / sys_created_on, the update's sys_updated_on. */
export function eventTimeText(event: ReplayEvent): string | undefined {
    if (event.at) return event.at
    if (event.action === 'insert') return event.record.opened_at || event.record.sys_created_on || undefined
    return event.set.sys_updated_on || undefined
}
