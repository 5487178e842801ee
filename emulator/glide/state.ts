/**
 * A GlideRecord's internal state and the moves every part of the Glide API makes on it (positioning on a row, copying
 * before a change). Its own module so that GlideElement and GlideFilter reach a record's state without importing
 * GlideRecord, which creates elements.
 */
import type { QueryItem } from './conditions.ts'
import type { Database } from './database.ts'
import type { OrderBy } from './encoded-query.ts'
import type { StoredRow } from './storage.ts'
import type { Row } from './util.ts'

/** Key of a record's internal state; not exported from index.ts, so app code cannot reach it. */
export const STATE = Symbol('glide.record')

export type RecordOperation = '' | 'insert' | 'update' | 'delete'

export interface RecordState {
    readonly db: Database
    readonly table: string
    readonly valid: boolean
    readonly items: QueryItem[]
    readonly orderBy: OrderBy[]
    limit: number | null
    results: readonly StoredRow[]
    cursor: number
    /** Working values, including unsaved changes; write through writable(). */
    values: Readonly<Row>
    /** Values as loaded (or the previous image for business-rule records): what changes() compares with. */
    original: Readonly<Row>
    /** `values` is also a stored row's or `original`'s object, so it is copied before the first change. */
    shared: boolean
    /** The stored row this record is positioned on. */
    stored: StoredRow | null
    isNew: boolean
    operation: RecordOperation
    aborted: boolean
    workflow: boolean
    /** autoSysFields: saves stamp the system fields. */
    sysFields: boolean
    /** Previous images ignore setValue. */
    readOnly: boolean
}

/** Anything carrying a record's state: a GlideRecord. */
export interface HasState {
    readonly [STATE]: RecordState
}

/** The values of a record on no row; `shared`, so the first setValue copies it. */
export const NO_VALUES: Readonly<Row> = Object.freeze({})

/** Positions a record on a stored row, as next() does. */
export function positionOn(record: HasState, row: StoredRow): void {
    const s = record[STATE]
    // Stored values are replaced, never changed in place (see StoredRow), so sharing them is a snapshot.
    s.values = row.values
    s.original = row.values
    s.shared = true
    s.stored = row
    s.isNew = false
    s.operation = ''
    s.aborted = false
}

/** Leaves the record on no row. */
export function clearPosition(s: RecordState): void {
    s.values = NO_VALUES
    s.original = NO_VALUES
    s.shared = true
    s.stored = null
    s.isNew = false
}

/** The record's values, ready to change. */
export function writable(s: RecordState): Row {
    if (s.shared) {
        s.values = { ...s.values }
        s.shared = false
    }
    return s.values as Row
}
