/** GlideFilter: does a record (with its unsaved values) match an encoded query? */
import { termsOf, evaluate, matchTerm, parseEncodedQuery, prune, type MatchOptions, type QueryProblem, type Resolver } from './encoded-query.ts'
import { fromPlatformRecord, type PlatformGlideRecord } from './platform.ts'
import { STATE, type GlideRecord, type RecordState } from './record.ts'
import type { Row } from './util.ts'

/** Reads a record's current values; dot-walks read referenced rows (counted as reference reads, once per record). */
class RecordResolver implements Resolver {
    readonly #s: RecordState
    readonly #refs = new Map<string, Row | null>()

    constructor(s: RecordState) {
        this.#s = s
    }

    value(field: string): string {
        if (!field.includes('.')) return this.#s.values[field] ?? ''
        const parts = field.split('.')
        const schema = this.#s.db.schema
        let table = this.#s.table
        let values: Row | null = this.#s.values
        for (let i = 0; i < parts.length - 1 && values; i++) {
            const path = parts.slice(0, i + 1).join('.')
            const target = schema.referenceTable(table, parts[i])
            if (!target) return ''
            if (!this.#refs.has(path)) this.#refs.set(path, this.#s.db.readReference(target, values[parts[i]] ?? '')?.values ?? null)
            values = this.#refs.get(path) ?? null
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

function check(gr: GlideRecord | PlatformGlideRecord, filter: string, matchAll: boolean, caseSensitive: boolean): boolean {
    const s = fromPlatformRecord(gr)[STATE]
    const schema = s.db.schema
    const parsed = parseEncodedQuery(filter ?? '')
    const problems: QueryProblem[] = [...parsed.problems]
    const expr = prune(parsed.expr, (t) => {
        const ok =
            schema.resolvePath(s.table, t.field) !== undefined &&
            ((t.op !== 'SAMEAS' && t.op !== 'NSAMEAS') || schema.resolvePath(s.table, t.value) !== undefined)
        if (!ok) problems.push({ kind: 'unknown_field', term: `${t.field}${t.op}${t.value}`, message: `invalid term "${t.field}${t.op}${t.value}" on ${s.table}` })
        return ok
    })
    if (problems.length > 0) s.db.warnQuery(s.table, filter, problems)
    const resolver = new RecordResolver(s)
    const options: MatchOptions = { caseSensitive, sqlNulls: false }
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
