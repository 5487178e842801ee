/** GlideFilter: does a record (with its unsaved values) match an encoded query? */
import { parseEncodedQuery, prune, termsOf, type Expr, type QueryProblem } from './encoded-query.ts'
import { FILTER_MATCH, evaluate, matchTerm, type MatchOptions, type Resolver } from './match.ts'
import { fromPlatformRecord, type GlideRecord, type PlatformGlideRecord } from './record.ts'
import { STATE, type RecordState } from './state.ts'
import type { Schema } from './schema.ts'
import { pathParts, type Row } from './util.ts'

/** Reads a record's current values; dot-walks read referenced rows (counted as reference reads, once per record). */
class RecordResolver implements Resolver {
    readonly #s: RecordState
    /** Referenced rows by path prefix; created on the first dot-walk. */
    #refs: Map<string, Readonly<Row> | null> | null = null

    constructor(s: RecordState) {
        this.#s = s
    }

    value(field: string): string {
        if (!field.includes('.')) return this.#s.values[field] ?? ''
        const parts = pathParts(field)
        const schema = this.#s.db.schema
        const refs = (this.#refs ??= new Map())
        let table = this.#s.table
        let values: Readonly<Row> | null = this.#s.values
        let path = ''
        for (let i = 0; i < parts.length - 1 && values; i++) {
            path = i === 0 ? parts[0] : path + '.' + parts[i]
            const target = schema.referenceTable(table, parts[i])
            if (!target) return ''
            if (!refs.has(path)) refs.set(path, this.#s.db.readReference(target, values[parts[i]] ?? '')?.values ?? null)
            values = refs.get(path) ?? null
            table = target
        }
        return values?.[parts[parts.length - 1]] ?? ''
    }

    isBoolean(field: string): boolean {
        return this.#s.db.schema.resolvePath(this.#s.table, field)?.type === 'boolean'
    }

    previous(field: string): string | undefined {
        return field.includes('.') ? undefined : this.#s.original[field] ?? ''
    }
}

/** A condition as it runs on one table: invalid terms dropped, and why. */
interface Condition {
    readonly expr: Expr | null
    readonly problems: readonly QueryProblem[]
}

const CACHE_LIMIT = 5000

/** Conditions per schema and table; every record saved checks the same few, and a schema change may validate more terms. */
const conditions = new WeakMap<Schema, { version: number; size: number; byTable: Map<string, Map<string, Condition>> }>()

function conditionOn(schema: Schema, table: string, filter: string): Condition {
    let cache = conditions.get(schema)
    if (!cache || cache.version !== schema.version) {
        cache = { version: schema.version, size: 0, byTable: new Map() }
        conditions.set(schema, cache)
    }
    // By table, then by filter: no key string to build and hash per check.
    let byFilter = cache.byTable.get(table)
    if (!byFilter) {
        byFilter = new Map()
        cache.byTable.set(table, byFilter)
    }
    let condition = byFilter.get(filter)
    if (!condition) {
        const parsed = parseEncodedQuery(filter)
        const problems: QueryProblem[] = [...parsed.problems]
        const expr = prune(parsed.expr, (t) => {
            const ok =
                schema.resolvePath(table, t.field) !== undefined &&
                ((t.op !== 'SAMEAS' && t.op !== 'NSAMEAS') || schema.resolvePath(table, t.value) !== undefined)
            if (!ok) problems.push({ kind: 'unknown_field', term: `${t.field}${t.op}${t.value}`, message: `invalid term "${t.field}${t.op}${t.value}" on ${table}` })
            return ok
        })
        condition = { expr, problems }
        if (cache.size >= CACHE_LIMIT) {
            for (const entries of cache.byTable.values()) entries.clear()
            cache.size = 0
        }
        byFilter.set(filter, condition)
        cache.size++
    }
    return condition
}

/** FILTER_MATCH after setCaseSensitive(false). */
const CASE_INSENSITIVE: MatchOptions = { caseSensitive: false, sqlNulls: false }

function check(gr: GlideRecord | PlatformGlideRecord, filter: string, matchAll: boolean, caseSensitive: boolean): boolean {
    const s = fromPlatformRecord(gr)[STATE]
    const { expr, problems } = conditionOn(s.db.schema, s.table, filter ?? '')
    if (problems.length > 0) s.db.warnQuery(s.table, filter, problems)
    const resolver = new RecordResolver(s)
    const options = caseSensitive ? FILTER_MATCH : CASE_INSENSITIVE
    if (matchAll) return evaluate(expr, resolver, options)
    const terms = termsOf(expr)
    return terms.length === 0 || terms.some((t) => matchTerm(t, resolver, options))
}

export class GlideFilter {
    readonly #filter: string
    readonly #title: string
    #caseSensitive = true

    constructor(filter: string, title: string) {
        this.#filter = filter
        this.#title = title
    }

    getFilter(): string {
        return this.#filter
    }

    getTitle(): string {
        return this.#title
    }

    setCaseSensitive(caseSensitive: boolean): void {
        this.#caseSensitive = caseSensitive
    }

    /** Evaluates this filter; matchAll false accepts a record meeting any single condition. */
    match(gr: GlideRecord | PlatformGlideRecord, matchAll: boolean): boolean {
        return check(gr, this.#filter, matchAll, this.#caseSensitive)
    }

    /** True when the record's current values meet the filter (empty filter: true); case-sensitive, as documented. */
    static checkRecord(gr: GlideRecord | PlatformGlideRecord, filter: string, match = true): boolean {
        return check(gr, filter, match, true)
    }
}
