/** Query execution over the store: index selection, matching, joins, ordering and limits. */
import {
    QUERY_MATCH,
    equalityKey,
    equalityTerms,
    evaluate,
    type Expr,
    type OrderBy,
    type Resolver,
} from './encoded-query.ts'
import type { Schema } from './schema.ts'
import type { Store, StoredRow } from './storage.ts'

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
        const parts = field.split('.')
        let table = this.#table
        let current: Record<string, string> = values
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
    readonly isBoolean: boolean
}

/** Runs a query against `table` and every table extending it. */
export function executeQuery(store: Store, schema: Schema, table: string, spec: QuerySpec, stats: QueryStats): StoredRow[] {
    const resolver = new RowResolver(store, schema, table)
    const constraints: Constraint[] = spec.joins.map((join) => {
        const isBoolean = resolver.isBoolean(join.primaryField)
        const rows = executeQuery(store, schema, join.table, { expr: join.expr, orderBy: [], limit: null, joins: [] }, stats)
        const keys = new Set<string>()
        for (const row of rows) {
            const value = row.values[join.joinField] ?? ''
            // SQL joins never match on NULL.
            if (value !== '') keys.add(equalityKey(value, isBoolean, false))
        }
        return { field: join.primaryField, keys, isBoolean }
    })
    const lookups = [
        ...equalityTerms(spec.expr).map((t) => ({ field: t.field, values: t.op === '=' ? [t.value] : t.list })),
        ...constraints.map((c) => ({ field: c.field, values: [...c.keys] })),
    ]
    const out: StoredRow[] = []
    for (const physical of schema.descendants(table)) {
        let candidates: Iterable<StoredRow> = store.rowsOf(physical)
        let size = store.size(physical)
        if (size === 0) continue
        let best: (typeof lookups)[number] | undefined
        for (const lookup of lookups) {
            const n = store.count(physical, lookup.field, lookup.values)
            if (n < size) {
                size = n
                best = lookup
            }
        }
        if (best) candidates = store.lookup(physical, best.field, best.values)
        stats.rowsScanned += size
        for (const row of candidates) {
            resolver.row = row
            if (!evaluate(spec.expr, resolver, QUERY_MATCH)) continue
            if (constraints.every((c) => c.keys.has(equalityKey(row.values[c.field] ?? '', c.isBoolean, false)))) out.push(row)
        }
    }
    // Index hits and subtables arrive out of insertion order.
    out.sort((a, b) => a.seq - b.seq)
    const ordered = spec.orderBy.length > 0 ? sortRows(out, spec.orderBy, resolver) : out
    return spec.limit !== null && spec.limit >= 0 ? ordered.slice(0, spec.limit) : ordered
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
