/**
 * The history's events in a compact form, and read back in replay order. A million events kept as objects for the
 * whole replay would take several hundred MB: an event is kept as its shape (field names, shared by all events with
 * the same fields) and its values (cells), which are the strings the rows shared.
 */
import { Interner } from '../intern.ts'
import type { Row } from '../values.ts'

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

/** Incident columns an insert does not carry: the platform sets them on the save. */
export const isPlatformColumn = (field: string) => field.startsWith('sys_')

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
export class EventStoreBuilder {
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

    /** The number of the ticket whose insert is event `id`. */
    numberOf(id: number): string {
        return this.extra[id]
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

export function compare(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0
}

/** By update count; an unknown count (NaN) after the known ones. */
export function compareCheckpoints(a: number, b: number): number {
    if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) === Number.isNaN(b) ? 0 : Number.isNaN(a) ? 1 : -1
    return a - b
}
