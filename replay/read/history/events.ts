/**
 * The replay's events built from what an instance keeps: the incident rows and their audit history (sys_audit).
 *
 * sys_audit holds one row per changed field of an audited record: tablename, fieldname, documentkey (the record's
 * sys_id), user (the user name of who saved), oldvalue and newvalue (sys_ids for references, UTC for dates) and
 * record_checkpoint (the record's update count), kept forever; incident is audited by default. Inserts are not
 * audited unless glide.sys.audit_inserts is true, which adds rows of update 0 holding the initial values.
 * Docs (Xanadu, Yokohama, Zurich): platform-security "Viewing Sys Audit and Audit Relationship Change tables"
 * (c_UnderstandingTheSysAuditTable), "Auditing" (c_AuditedTables), "Differences between Audit and History Sets"
 * (c_DiffBtwnAuditHistSets: sys_history_line is a cache dropped after 28 days), "Tracking inserts"
 * (c_TrackingInserts), HistoryWalker scoped API (record_checkpoint).
 */
import { SnapshotError } from '../errors.ts'
import { Interner } from '../intern.ts'
import type { Row } from '../snapshot.ts'

/** An event in the form of events.json, with the time of the real save. */
export interface HistoryEvent {
    table: 'incident'
    action: 'insert' | 'update'
    at: string
    number?: string
    record?: Row
    set?: Row
    user?: string
}

export interface History {
    events: EventStore
    inserts: number
    updates: number
    /** The incident export's columns that the events may carry (not the sys_ ones). */
    columns: ReadonlySet<string>
    /** One line each, for stderr: rows left out and why. */
    warnings: string[]
}

export interface HistoryFiles {
    incident: string
    audit: string | null
}

/** Incident columns an insert does not carry: the platform sets them on the save. */
const isPlatformColumn = (field: string) => field.startsWith('sys_')

/** sys_audit user values that are no person: the save is replayed in a system session. */
const SYSTEM_USERS = new Set(['', 'system', 'guest'])

/** `YYYY-MM-DD hh:mm:ss` (the raw export form, UTC) or ISO 8601 in UTC, as `YYYY-MM-DD hh:mm:ss`; null when neither. */
export function rawDateTime(value: string): string | null {
    if (value.length === 19 && value.charCodeAt(10) === 32 && value.startsWith(checkedDay) && isClockTime(value)) return value
    const match = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})(?:\.\d+)?Z?$/.exec(value.trim())
    if (!match) return null
    if (Number.isNaN(Date.parse(`${match[1]}T${match[2]}Z`))) return null
    checkedDay = match[1]
    // The value itself when already in that form: a million tickets then hold one string for opened_at and `at`.
    const text = `${match[1]} ${match[2]}`
    return text === value ? value : text
}

/**
 * The day of the last date rawDateTime read (Date.parse accepted it): times of a history come in order, so most of
 * a million fall on the day before them, and the regular expression and Date.parse then run once a day, not once a
 * time (3 times per event: the history, the check, the replay).
 */
let checkedDay = '\u0000'

/** hh:mm:ss at 11..18 of `YYYY-MM-DD hh:mm:ss`, each in range (Date.parse accepts all of these, and more). */
function isClockTime(value: string): boolean {
    const two = (at: number, max: number) => {
        const tens = value.charCodeAt(at) - 48
        const ones = value.charCodeAt(at + 1) - 48
        return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 && tens * 10 + ones <= max
    }
    return value.charCodeAt(13) === 58 && value.charCodeAt(16) === 58 && two(11, 23) && two(14, 59) && two(17, 59)
}

function dateOf(file: string, index: number, row: Row, fields: string[]): string {
    const field = fields.find((name) => row[name])
    if (!field) throw new SnapshotError(file, index, `has no ${fields.join(' or ')}: the replay needs the time of each save`)
    const at = rawDateTime(row[field])
    if (!at) {
        throw new SnapshotError(
            file,
            index,
            `field "${field}" holds "${row[field]}", not a date-time in the instance's raw form YYYY-MM-DD hh:mm:ss (UTC): ` +
                'export raw values (sysparm_display_value=false, or the list\'s Export > JSON or XML)',
        )
    }
    return at
}

interface AuditEntry {
    ticket: string
    field: string
    oldvalue: string
    newvalue: string
    at: string
    /** record_checkpoint: the ticket's update count; NaN when the export has no such column. */
    checkpoint: number
    /** sys_audit's user column as exported; the sys_user it names once the entry is kept. */
    user: string
    sysId: string
}

interface Save {
    ticket: string
    at: string
    checkpoint: number
    user: string
    sysId: string
    values: Row
}

/**
 * One insert per incident with the values it was opened with, then one update per save in its audit history, all in
 * time order. A save is the audit rows of one ticket with the same record_checkpoint (without that column: the same
 * time and user). Equal times are ordered insert first, then by update count, number and sys_id.
 *
 * The audit history is read first (it is small); the incident rows come one page at a time from `pages`, and each
 * page is emptied once its inserts are built, before the next is read: a million ticket rows are never held together,
 * nor beside their events. Empties `audits` too.
 */
export function eventsFromHistory(pages: Iterable<Row[]>, audits: Row[], users: Row[], files: HistoryFiles): History {
    let otherTables = 0
    const entries: AuditEntry[] = []
    audits.forEach((audit, index) => {
        const file = files.audit!
        for (const column of ['documentkey', 'fieldname']) {
            if (!(column in audit)) throw new SnapshotError(file, index, `has no "${column}" column: export sys_audit with the columns docs/replay.md lists`)
        }
        if (audit.tablename && audit.tablename !== 'incident') return void otherTables++
        entries.push({
            ticket: audit.documentkey,
            field: audit.fieldname,
            oldvalue: audit.oldvalue ?? '',
            newvalue: audit.newvalue ?? '',
            at: dateOf(file, index, audit, ['sys_created_on']),
            checkpoint: audit.record_checkpoint ? Number(audit.record_checkpoint) : NaN,
            user: audit.user ?? '',
            sysId: audit.sys_id ?? '',
        })
    })
    audits.length = 0
    // The value at insert: update 0's new value (glide.sys.audit_inserts), else the first change's old value. Each
    // field's value depends on that field's entries only, so the incident columns, known after the last page, filter
    // it when the insert is built.
    // Sorted once: the entries kept after the pages are a subset, still in this order.
    entries.sort(byTime)
    const initial = new Map<string, Row>()
    for (const entry of entries) {
        let values = initial.get(entry.ticket)
        if (!values) initial.set(entry.ticket, (values = {}))
        if (entry.checkpoint === 0) values[entry.field] = entry.newvalue
        else if (!(entry.field in values)) values[entry.field] = entry.oldvalue
    }

    /** sys_id -> the ticket's position in the incident export, which is also its insert's event id. */
    const tickets = new Map<string, number>()
    const columns = new Set<string>()
    const store = new EventStoreBuilder()
    const sysIds: string[] = []
    /** Inserts whose values at insert have fields their row lacks: kept if a later row has the column. */
    const lacking: number[] = []
    let index = 0
    for (const page of pages) {
        for (const row of page) {
            if (!row.number) throw new SnapshotError(files.incident, index, 'has no number')
            tickets.set(row.sys_id, index)
            const at = dateOf(files.incident, index, row, ['opened_at', 'sys_created_on'])
            for (const field in row) if (!isPlatformColumn(field)) columns.add(field)
            if (store.addInsert(row, initial.get(row.sys_id), at)) lacking.push(index)
            sysIds.push(row.sys_id)
            index++
        }
        page.length = 0
    }
    for (const id of lacking) store.addColumns(id, initial.get(sysIds[id])!, columns)

    const names = new UserNames(users)
    const unknownTickets = new Set<string>()
    let otherFields = 0
    const kept = entries.filter((entry) => {
        if (!tickets.has(entry.ticket)) return void unknownTickets.add(entry.ticket)
        if (!columns.has(entry.field)) return void otherFields++
        entry.user = names.idOf(entry.user)
        return true
    })
    const saves = new Map<string, Save>()
    for (const entry of kept) {
        if (entry.checkpoint === 0) continue
        const key = `${entry.ticket}\u0000${Number.isNaN(entry.checkpoint) ? `${entry.at}\u0000${entry.user}` : entry.checkpoint}`
        let save = saves.get(key)
        if (!save) saves.set(key, (save = { ticket: entry.ticket, at: entry.at, checkpoint: entry.checkpoint, user: entry.user, sysId: entry.sysId, values: {} }))
        save.values[entry.field] = entry.newvalue
    }
    for (const save of saves.values()) {
        store.addUpdate(tickets.get(save.ticket)!, save.values, save.at, save.checkpoint, save.user)
        sysIds.push(save.sysId)
    }

    const warnings: string[] = []
    if (unknownTickets.size) {
        warnings.push(
            `${files.audit}: audit rows of ${unknownTickets.size} ticket(s) not in ${files.incident} (e.g. documentkey ${first(unknownTickets)}) are left out: ` +
                'tickets opened before the export window, or missing from the incident export',
        )
    }
    if (otherFields) warnings.push(`${files.audit}: ${otherFields} audit row(s) of incident fields that ${files.incident} does not have are left out`)
    if (otherTables) warnings.push(`${files.audit}: ${otherTables} audit row(s) of other tables than incident are left out`)
    if (names.unknown.size) {
        warnings.push(
            `${files.audit}: ${names.unknown.size} user name(s) not in the sys_user export (e.g. "${first(names.unknown)}"): ` +
                'their saves are replayed in a system session without roles',
        )
    }
    return { events: store.done(sysIds), inserts: tickets.size, updates: saves.size, columns, warnings }
}

/** Audit entries by time, update count and sys_id (a stable sort keeps the export's order beyond). */
function byTime(a: AuditEntry, b: AuditEntry): number {
    return compare(a.at, b.at) || compareCheckpoints(a.checkpoint, b.checkpoint) || compare(a.sysId, b.sysId)
}

/** Unsigned 32-bit numbers appended one at a time. */
class U32List {
    private data = new Uint32Array(1024)
    length = 0

    push(value: number): void {
        if (this.length === this.data.length) {
            const grown = new Uint32Array(this.data.length * 2)
            grown.set(this.data)
            this.data = grown
        }
        this.data[this.length++] = value
    }

    get(index: number): number {
        return this.data[index]
    }

    set(index: number, value: number): void {
        this.data[index] = value
    }

    /** The numbers, in an array of their own length. */
    done(): Uint32Array {
        return this.data.slice(0, this.length)
    }
}

/** What the events are built from, gathered one event at a time; `done` sorts them into an EventStore. */
class EventStoreBuilder {
    private readonly shapes: string[][] = []
    private readonly shapeIds = new Map<string, number>()
    private readonly shapeOf = new U32List()
    private readonly cellStart = new U32List()
    private readonly cells: string[] = []
    private readonly at: string[] = []
    private readonly ticket = new U32List()
    private readonly extra: string[] = []
    private readonly checkpoints: number[] = []
    private inserts = 0
    /** The field names of the event being added. */
    private readonly fields: string[] = []
    private lastShape = -1
    /** Page rows and audit rows are parsed anew: cells share one string per value (the events live for the whole run). */
    private readonly interned = new Interner()

    /**
     * Adds a ticket's insert: the row's fields but the platform's, with the values at insert (`initial`) over them.
     * Inserts come before updates, in the incidents' order. Nothing is made per row but its cells. True when `initial`
     * has fields the row lacks: `addColumns` adds those of them that the export has, once all its rows are read.
     */
    addInsert(row: Row, initial: Row | undefined, at: string): boolean {
        const fields = this.fields
        fields.length = 0
        const start = this.cells.length
        for (const field in row) {
            if (isPlatformColumn(field)) continue
            fields.push(field)
            const value = initial && Object.hasOwn(initial, field) ? initial[field] : row[field]
            // A number is unique: kept as it is, it leaves the interner's room to values that repeat.
            this.cells.push(field === 'number' ? value : this.interned.of(value))
        }
        let lacking = false
        for (const field in initial) if (!Object.hasOwn(row, field)) lacking = true
        const id = this.add(start, at, -1)
        this.ticket.push(id)
        this.extra.push(row.number)
        this.inserts++
        return lacking
    }

    /** Appends to insert `id` the fields of `initial` that it lacks and `columns` has: its cells move to the end. */
    addColumns(id: number, initial: Row, columns: ReadonlySet<string>): void {
        const fields = this.fields
        fields.length = 0
        fields.push(...this.shapes[this.shapeOf.get(id)])
        const start = this.cells.length
        for (let cell = this.cellStart.get(id), end = cell + fields.length; cell < end; cell++) this.cells.push(this.cells[cell])
        for (const field in initial) {
            if (!columns.has(field) || fields.includes(field)) continue
            fields.push(field)
            this.cells.push(this.interned.of(initial[field]))
        }
        if (this.cells.length === start + this.shapes[this.shapeOf.get(id)].length) {
            this.cells.length = start
            return
        }
        this.shapeOf.set(id, this.shape())
        this.cellStart.set(id, start)
    }

    addUpdate(ticket: number, set: Row, at: string, checkpoint: number, user: string): void {
        const fields = this.fields
        fields.length = 0
        const start = this.cells.length
        for (const field in set) {
            fields.push(field)
            this.cells.push(this.interned.of(set[field]))
        }
        this.add(start, at, checkpoint)
        this.ticket.push(ticket)
        this.extra.push(user)
    }

    /**
     * The events in replay order: by time (an update never before its ticket's insert), an insert before updates,
     * then by update count, number and `sysIds` (by event id: the ticket's, the audit row's).
     */
    done(sysIds: string[]): EventStore {
        const { at, extra, inserts } = this
        const ticket = this.ticket.done()
        const checkpoints = Float64Array.from(this.checkpoints)
        // A save stamped before its ticket's opened_at (clock skew, an edited opened_at) still follows the insert.
        const orderAt = at.map((own, id) => (own < at[ticket[id]] ? at[ticket[id]] : own))
        const order = new Uint32Array(at.length).map((_, id) => id)
        order.sort(
            (a, b) =>
                compare(orderAt[a], orderAt[b]) ||
                Number(a >= inserts) - Number(b >= inserts) ||
                compareCheckpoints(checkpoints[a], checkpoints[b]) ||
                compare(extra[ticket[a]], extra[ticket[b]]) ||
                compare(sysIds[a], sysIds[b]),
        )
        return new EventStore({ shapes: this.shapes, shapeOf: this.shapeOf.done(), cellStart: this.cellStart.done(), cells: this.cells, at, ticket, extra, inserts, order })
    }

    /** Ends an event whose cells from `start` on were pushed, with its field names in `fields`. */
    private add(start: number, at: string, checkpoint: number): number {
        this.shapeOf.push(this.shape())
        this.cellStart.push(start)
        this.checkpoints.push(checkpoint)
        return this.at.push(at) - 1
    }

    /** The id of the shape in `fields`: most events have the shape of the one before. */
    private shape(): number {
        const { fields } = this
        const last = this.shapes[this.lastShape]
        if (last?.length === fields.length) {
            let same = true
            for (let i = 0; same && i < fields.length; i++) same = last[i] === fields[i]
            if (same) return this.lastShape
        }
        const key = fields.join('\u0000')
        let shape = this.shapeIds.get(key)
        if (shape === undefined) {
            shape = this.shapes.push([...fields]) - 1
            this.shapeIds.set(key, shape)
        }
        return (this.lastShape = shape)
    }
}

interface StoredEvents {
    /** Field names of records and sets, in their order; an event's values are `cells` from `cellStart[id]` on. */
    shapes: string[][]
    shapeOf: Uint32Array
    cellStart: Uint32Array
    cells: string[]
    at: string[]
    /** An update's ticket (the id of its insert); an insert's own id. */
    ticket: Uint32Array
    /** An insert's number; an update's user ('' for none). */
    extra: string[]
    /** Events 0 .. inserts - 1 are the inserts, the rest the updates. */
    inserts: number
    /** Event ids in replay order. */
    order: Uint32Array
}

/**
 * The history's events in order, made anew on each iteration from a compact form (a million events kept as objects
 * for the whole replay would take several hundred MB): no ticket row, each record or set as its shape (field names,
 * shared by all with the same fields) and its values, which are the strings the rows shared (SharedValues).
 */
export class EventStore implements Iterable<HistoryEvent> {
    constructor(private readonly stored: StoredEvents) {}

    get length(): number {
        return this.stored.order.length
    }

    *[Symbol.iterator](): Iterator<HistoryEvent> {
        const { at, ticket, extra, inserts, order } = this.stored
        for (const id of order) {
            if (id < inserts) {
                yield { table: 'incident', action: 'insert', at: at[id], record: this.values(id) }
                continue
            }
            const event: HistoryEvent = { table: 'incident', action: 'update', at: at[id], number: extra[ticket[id]], set: this.values(id) }
            if (extra[id]) event.user = extra[id]
            yield event
        }
    }

    private values(id: number): Row {
        const { shapes, shapeOf, cellStart, cells } = this.stored
        let cell = cellStart[id]
        const row: Row = {}
        for (const field of shapes[shapeOf[id]]) row[field] = cells[cell++]
        return row
    }
}

/** sys_audit's user column holds the user name of who saved; a sys_id is taken as is. */
class UserNames {
    readonly unknown = new Set<string>()
    private readonly ids: Set<string>
    private readonly byName: Map<string, string>

    constructor(users: Row[]) {
        this.ids = new Set(users.map((user) => user.sys_id))
        this.byName = new Map(users.filter((user) => user.user_name).map((user) => [user.user_name, user.sys_id]))
    }

    idOf(value: string): string {
        if (SYSTEM_USERS.has(value)) return ''
        if (this.ids.has(value)) return value
        const id = this.byName.get(value)
        if (id) return id
        this.unknown.add(value)
        return ''
    }
}

function compare(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0
}

/** By update count; an unknown count (NaN) after the known ones. */
function compareCheckpoints(a: number, b: number): number {
    if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) === Number.isNaN(b) ? 0 : Number.isNaN(a) ? 1 : -1
    return a - b
}

function first(values: Set<string>): string {
    return values.values().next().value ?? ''
}
