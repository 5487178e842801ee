/** Query execution over the store: index selection, matching, joins, ordering and limits. */
import type { Expr, OrderBy } from './encoded-query.ts'
import { QUERY_MATCH, equalityKey, evaluate, type Resolver } from './match.ts'
import type { Schema } from './schema.ts'
import { keyOf, type Store, type StoredRow } from './storage.ts'
import { pathParts } from './util.ts'

/** addJoinQuery: keep primary rows for which a matching join-table row has joinField = primaryField. */
export interface JoinSpec {
    readonly table: string
    readonly primaryField: string
    readonly joinField: string
    readonly expr: Expr | null
}

/** A query with invalid terms already removed. */
export interface QuerySpec {
    readonly expr: Expr | null
    readonly orderBy: readonly OrderBy[]
    readonly limit: number | null
    readonly joins: readonly JoinSpec[]
}

export interface QueryStats {
    rowsScanned: number
}

/** Reads a stored row's fields for the matcher; dot-walks follow references in storage (a SQL join, not counted). */
export class RowResolver implements Resolver {
    row: StoredRow | undefined
    readonly #store: Store
    readonly #schema: Schema
    readonly #table: string

    constructor(store: Store, schema: Schema, table: string) {
        this.#store = store
        this.#schema = schema
        this.#table = table
    }

    value(field: string): string {
        const values = this.row?.values
        if (!values) return ''
        if (!field.includes('.')) return values[field] ?? ''
        const parts = pathParts(field)
        let table = this.#table
        let current: Readonly<Record<string, string>> = values
        for (let i = 0; i < parts.length - 1; i++) {
            const target = this.#schema.referenceTable(table, parts[i])
            const id = current[parts[i]]
            const next = target && id ? this.#store.find(target, id) : undefined
            if (!target || !next) return ''
            table = target
            current = next.values
        }
        return current[parts[parts.length - 1]] ?? ''
    }

    isBoolean(field: string): boolean {
        return this.#schema.resolvePath(this.#table, field)?.type === 'boolean'
    }

    previous(): undefined {
        return undefined
    }
}

interface Constraint {
    readonly field: string
    readonly keys: ReadonlySet<string>
    /** keys as a list, for index lookups. */
    readonly keyList: readonly string[]
    readonly isBoolean: boolean
}

/** Rows an index lookup yields: a superset of the matching rows (the matcher still checks every term). */
interface Candidates {
    /** Upper bound of the rows: sets of different fields (OR alternatives) may share rows. */
    readonly size: number
    readonly sets: readonly ReadonlySet<StoredRow>[]
}

/** Runs a query against `table` and every table extending it. */
export function executeQuery(store: Store, schema: Schema, table: string, spec: QuerySpec, stats: QueryStats): StoredRow[] {
    const resolver = new RowResolver(store, schema, table)
    const constraints: Constraint[] = spec.joins.map((join) => {
        const isBoolean = resolver.isBoolean(join.primaryField)
        const keys = new Set<string>()
        for (const row of matching(store, schema, join.table, join.expr, [], stats)) {
            const value = row.values[join.joinField] ?? ''
            // SQL joins never match on NULL.
            if (value !== '') keys.add(equalityKey(value, isBoolean, false))
        }
        return { field: join.primaryField, keys, keyList: [...keys], isBoolean }
    })
    const out = matching(store, schema, table, spec.expr, constraints, stats, resolver)
    // Index hits and subtables arrive out of insertion order.
    if (!inSeqOrder(out)) out.sort((a, b) => a.seq - b.seq)
    const ordered = spec.orderBy.length > 0 && out.length > 1 ? sortRows(out, spec.orderBy, resolver) : out
    return spec.limit !== null && spec.limit >= 0 && spec.limit < ordered.length ? ordered.slice(0, spec.limit) : ordered
}

/** The rows of the table and its subtables meeting expr and the join constraints, in no particular order. */
function matching(
    store: Store,
    schema: Schema,
    table: string,
    expr: Expr | null,
    constraints: readonly Constraint[],
    stats: QueryStats,
    resolver = new RowResolver(store, schema, table),
): StoredRow[] {
    const out: StoredRow[] = []
    for (const physical of schema.descendants(table)) {
        const size = store.size(physical)
        if (size === 0) continue
        let best = expr && indexed(store, physical, expr)
        for (const c of constraints) {
            const hit = indexHits(store, physical, c.field, c.keyList)
            if (!best || hit.size < best.size) best = hit
        }
        let rows: Iterable<StoredRow> = store.rowsOf(physical)
        if (best && best.size < size) {
            const distinct = union(best.sets)
            stats.rowsScanned += distinct.size
            rows = distinct
        } else stats.rowsScanned += size
        for (const row of rows) {
            resolver.row = row
            if (evaluate(expr, resolver, QUERY_MATCH) && meets(row, constraints)) out.push(row)
        }
    }
    return out
}

function meets(row: StoredRow, constraints: readonly Constraint[]): boolean {
    for (const c of constraints) if (!c.keys.has(equalityKey(row.values[c.field] ?? '', c.isBoolean, false))) return false
    return true
}

/**
 * Index candidates for expr on one physical table, or null when a scan is needed: an equality (= or IN on a
 * plain field) uses its index, an AND its smallest item's candidates, an OR the union of its items' candidates
 * when each has some.
 */
function indexed(store: Store, physical: string, expr: Expr): Candidates | null {
    if (expr.kind === 'term') {
        if ((expr.op !== '=' && expr.op !== 'IN') || expr.field.includes('.')) return null
        return indexHits(store, physical, expr.field, expr.op === '=' ? [expr.value] : expr.list)
    }
    if (expr.kind === 'and') {
        let best: Candidates | null = null
        for (const item of expr.items) {
            const hit = indexed(store, physical, item)
            if (hit && (!best || hit.size < best.size)) best = hit
        }
        return best
    }
    const sets: ReadonlySet<StoredRow>[] = []
    let size = 0
    for (const item of expr.items) {
        const hit = indexed(store, physical, item)
        if (!hit) return null
        sets.push(...hit.sets)
        size += hit.size
    }
    return { size, sets }
}

const NO_HITS: Candidates = { size: 0, sets: [] }

/** The index entries of field for the given values: one set per distinct key, so the sets are disjoint. */
function indexHits(store: Store, physical: string, field: string, values: readonly string[]): Candidates {
    const index = store.index(physical, field)
    if (values.length === 1) {
        const rows = index.rows.get(keyOf(index, values[0]))
        return rows ? { size: rows.size, sets: [rows] } : NO_HITS
    }
    // Values with one key (other case, other boolean spelling) share a set. Lists are short (a caller and an opener):
    // a list and includes() cost less than a Set per query; long ones get the Set.
    const sets: ReadonlySet<StoredRow>[] = []
    const seen = values.length > 16 ? new Set<ReadonlySet<StoredRow>>() : null
    let size = 0
    for (const value of values) {
        const rows = index.rows.get(keyOf(index, value))
        if (!rows || (seen ? seen.has(rows) : sets.includes(rows))) continue
        seen?.add(rows)
        sets.push(rows)
        size += rows.size
    }
    return { size, sets }
}

/** Each candidate row once. */
function union(sets: readonly ReadonlySet<StoredRow>[]): ReadonlySet<StoredRow> {
    if (sets.length === 1) return sets[0]
    const all = new Set<StoredRow>()
    for (const set of sets) for (const row of set) all.add(row)
    return all
}

function inSeqOrder(rows: readonly StoredRow[]): boolean {
    for (let i = 1; i < rows.length; i++) if (rows[i - 1].seq > rows[i].seq) return false
    return true
}

const NUMERIC_RE = /^-?\d+(?:\.\d+)?$/

/** Stable sort by the order terms: numeric when both values are numeric, else case-insensitive text. */
function sortRows(rows: StoredRow[], orderBy: readonly OrderBy[], resolver: RowResolver): StoredRow[] {
    const decorated = rows.map((row) => {
        resolver.row = row
        return { row, keys: orderBy.map((o) => resolver.value(o.field)) }
    })
    decorated.sort((a, b) => {
        for (let i = 0; i < orderBy.length; i++) {
            const x = a.keys[i]
            const y = b.keys[i]
            let c: number
            if (NUMERIC_RE.test(x) && NUMERIC_RE.test(y)) c = Number(x) - Number(y)
            else {
                const lx = x.toLowerCase()
                const ly = y.toLowerCase()
                c = lx < ly ? -1 : lx > ly ? 1 : 0
            }
            if (c !== 0) return orderBy[i].desc ? -c : c
        }
        return a.row.seq - b.row.seq
    })
    return decorated.map((d) => d.row)
}
