/** Row storage: one Map by sys_id per physical table, plus lazily built equality indexes per (table, field). */
import { equalityKey } from './match.ts'
import type { Schema } from './schema.ts'
import type { Row } from './util.ts'

export interface StoredRow {
    /** Physical table: the record's class (an incident row lives in 'incident', not 'task'). */
    readonly table: string
    /** Insertion sequence: the default order and the tie-breaker of every sort. */
    readonly seq: number
    /**
     * Never changed in place: an update replaces the object, so records positioned on the row can share it as
     * their snapshot instead of copying it.
     */
    values: Readonly<Row>
}

/** Equality key -> rows of one field. Keys use the query matcher's equality (case-insensitive, booleans by truth). */
export interface EqualityIndex {
    readonly isBoolean: boolean
    readonly rows: ReadonlyMap<string, ReadonlySet<StoredRow>>
}

interface Index extends EqualityIndex {
    readonly rows: Map<string, Set<StoredRow>>
}

export class Store {
    readonly #schema: Schema
    readonly #tables = new Map<string, Map<string, StoredRow>>()
    readonly #indexes = new Map<string, Map<string, Index>>()
    /** Per table: the row maps of it and its descendants that exist (task has dozens of tables, a replay fills one). */
    readonly #filled = new Map<string, Map<string, StoredRow>[]>()
    /** The schema version the indexes and #filled were made for. */
    #schemaVersion: number
    #seq = 0

    constructor(schema: Schema) {
        this.#schema = schema
        this.#schemaVersion = schema.version
    }

    /** Rows of one physical table, in insertion order. */
    rowsOf(table: string): IterableIterator<StoredRow> {
        return (this.#tables.get(table) ?? new Map<string, StoredRow>()).values()
    }

    size(table: string): number {
        return this.#tables.get(table)?.size ?? 0
    }

    /** A row of the table or of a table extending it. */
    find(table: string, sysId: string): StoredRow | undefined {
        for (const rows of this.#filledOf(table)) {
            const row = rows.get(sysId)
            if (row) return row
        }
        return undefined
    }

    /** Drops what a schema change may have made stale: a field may have changed type (e.g. to boolean), which changes its index keys; a new table may extend one. */
    #sameSchema(): void {
        if (this.#schemaVersion === this.#schema.version) return
        this.#indexes.clear()
        this.#filled.clear()
        this.#schemaVersion = this.#schema.version
    }

    #filledOf(table: string): Map<string, StoredRow>[] {
        this.#sameSchema()
        let filled = this.#filled.get(table)
        if (!filled) {
            filled = []
            for (const t of this.#schema.descendants(table)) {
                const rows = this.#tables.get(t)
                if (rows) filled.push(rows)
            }
            this.#filled.set(table, filled)
        }
        return filled
    }

    /** Stores a row, taking `values` over (the caller must not change it afterwards); `values.sys_id` must be set and unique within the table's hierarchy. */
    insert(table: string, values: Row): StoredRow {
        const sysId = values.sys_id
        if (!sysId) throw new Error(`Store.insert: ${table} row without sys_id`)
        const root = this.#schema.ancestors(table).at(-1) ?? table
        let rows = this.#tables.get(table)
        if (!rows) {
            rows = new Map()
            this.#tables.set(table, rows)
            this.#filled.clear()
        }
        if (this.find(root, sysId)) throw new Error(`Store.insert: duplicate sys_id ${sysId} in ${table}`)
        const row: StoredRow = { table, seq: ++this.#seq, values }
        rows.set(sysId, row)
        for (const [field, index] of this.#indexesOf(table)) add(index, keyOf(index, values[field]), row)
        return row
    }

    /** Applies changed values to a stored row (as a new values object), keeping indexes current. */
    update(row: StoredRow, changes: Readonly<Row>): void {
        const indexes = this.#indexesOf(row.table)
        for (const field in changes) {
            const index = indexes.get(field)
            if (index) {
                remove(index, keyOf(index, row.values[field]), row)
                add(index, keyOf(index, changes[field]), row)
            }
        }
        row.values = { ...row.values, ...changes }
    }

    delete(row: StoredRow): boolean {
        const rows = this.#tables.get(row.table)
        if (rows?.get(row.values.sys_id) !== row) return false
        rows.delete(row.values.sys_id)
        for (const [field, index] of this.#indexesOf(row.table)) remove(index, keyOf(index, row.values[field]), row)
        return true
    }

    /** The rows of the physical table having one of the values in `field`, via the index. */
    lookup(table: string, field: string, values: readonly string[]): StoredRow[] {
        const index = this.#index(table, field)
        const out: StoredRow[] = []
        for (const key of new Set(values.map((v) => keyOf(index, v)))) for (const row of index.rows.get(key) ?? []) out.push(row)
        return out
    }

    /** The equality index of a physical table's field, built on first use. */
    index(table: string, field: string): EqualityIndex {
        return this.#index(table, field)
    }

    #indexesOf(table: string): Map<string, Index> {
        this.#sameSchema()
        let byField = this.#indexes.get(table)
        if (!byField) {
            byField = new Map()
            this.#indexes.set(table, byField)
        }
        return byField
    }

    #index(table: string, field: string): Index {
        const byField = this.#indexesOf(table)
        let index = byField.get(field)
        if (!index) {
            index = { isBoolean: this.#schema.field(table, field)?.type === 'boolean', rows: new Map() }
            for (const row of this.rowsOf(table)) add(index, keyOf(index, row.values[field]), row)
            byField.set(field, index)
        }
        return index
    }
}

export function keyOf(index: EqualityIndex, value: string | undefined): string {
    return equalityKey(value ?? '', index.isBoolean, false)
}

function add(index: Index, key: string, row: StoredRow): void {
    let rows = index.rows.get(key)
    if (!rows) {
        rows = new Set()
        index.rows.set(key, rows)
    }
    rows.add(row)
}

function remove(index: Index, key: string, row: StoredRow): void {
    const rows = index.rows.get(key)
    if (!rows) return
    rows.delete(row)
    if (rows.size === 0) index.rows.delete(key)
}
