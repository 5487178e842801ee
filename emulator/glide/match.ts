/** The matcher: does a record (through a Resolver) satisfy a term or a condition tree? Pure: no instance state. */
import type { Expr, Term } from './encoded-query.ts'

const NUMERIC_RE = /^-?\d+(?:\.\d+)?$/

/** Field access for matching: values are strings, '' when empty or not reachable. */
export interface Resolver {
    value(field: string): string
    /** Booleans compare by truth: '' and 'false' and '0' are all false. */
    isBoolean(field: string): boolean
    /** Previous-image value for change operators; undefined when the record has no previous image. */
    previous(field: string): string | undefined
}

export interface MatchOptions {
    readonly caseSensitive: boolean
    /** SQL semantics: an empty value never satisfies <, >, LIKE, STARTSWITH, ENDSWITH (NULL comparisons). */
    readonly sqlNulls: boolean
}

/** GlideRecord queries: case-insensitive (the database collation), empty values behave as NULL. */
export const QUERY_MATCH: MatchOptions = { caseSensitive: false, sqlNulls: true }
/** GlideFilter: case-sensitive, empty values compare as ''. */
export const FILTER_MATCH: MatchOptions = { caseSensitive: true, sqlNulls: false }

function truth(value: string): string {
    return value === 'true' || value === '1' ? 'true' : 'false'
}

/** Key under which equal values meet; the equality index uses it too, so index and matcher agree. */
export function equalityKey(value: string, isBoolean: boolean, caseSensitive: boolean): string {
    if (isBoolean) return truth(value)
    return caseSensitive ? value : value.toLowerCase()
}

function fold(value: string, o: MatchOptions): string {
    return o.caseSensitive ? value : value.toLowerCase()
}

function equal(a: string, b: string, bool: boolean, o: MatchOptions): boolean {
    return a === b || equalityKey(a, bool, o.caseSensitive) === equalityKey(b, bool, o.caseSensitive)
}

function inList(a: string, list: readonly string[], bool: boolean, o: MatchOptions): boolean {
    for (const v of list) if (equal(a, v, bool, o)) return true
    return false
}

function compare(a: string, b: string, o: MatchOptions): number {
    if (NUMERIC_RE.test(a) && NUMERIC_RE.test(b)) return Number(a) - Number(b)
    const x = fold(a, o)
    const y = fold(b, o)
    return x < y ? -1 : x > y ? 1 : 0
}

/** Does the record satisfy one term? Negative operators (!=, NOT IN, NOT LIKE) also match empty values. */
export function matchTerm(t: Term, r: Resolver, o: MatchOptions): boolean {
    const a = r.value(t.field)
    const bool = r.isBoolean(t.field)
    switch (t.op) {
        case '=':
            return t.value === '' ? a === '' : equal(a, t.value, bool, o)
        case '!=':
            return t.value === '' ? a !== '' : !equal(a, t.value, bool, o)
        case 'IN':
            return inList(a, t.list, bool, o)
        case 'NOT IN':
            return !inList(a, t.list, bool, o)
        case 'LIKE':
            return !(o.sqlNulls && a === '') && fold(a, o).includes(fold(t.value, o))
        case 'NOT LIKE':
            return a === '' || !fold(a, o).includes(fold(t.value, o))
        case 'STARTSWITH':
            return !(o.sqlNulls && a === '') && fold(a, o).startsWith(fold(t.value, o))
        case 'ENDSWITH':
            return !(o.sqlNulls && a === '') && fold(a, o).endsWith(fold(t.value, o))
        case '>':
        case '<':
        case '>=':
        case '<=': {
            if (o.sqlNulls && a === '') return false
            const c = compare(a, t.value, o)
            return t.op === '>' ? c > 0 : t.op === '<' ? c < 0 : t.op === '>=' ? c >= 0 : c <= 0
        }
        case 'ISEMPTY':
        case 'EMPTYSTRING':
            return a === ''
        case 'ISNOTEMPTY':
            return a !== ''
        case 'ANYTHING':
            return true
        case 'SAMEAS':
            return equal(a, r.value(t.value), bool, o)
        case 'NSAMEAS':
            return !equal(a, r.value(t.value), bool, o)
        case 'VALCHANGES':
        case 'CHANGESFROM':
        case 'CHANGESTO': {
            const before = r.previous(t.field)
            if (before === undefined || equal(a, before, bool, FILTER_MATCH)) return false
            if (t.op === 'VALCHANGES') return true
            return equal(t.op === 'CHANGESFROM' ? before : a, t.value, bool, FILTER_MATCH)
        }
    }
}

/** Evaluates a tree; null (no condition) matches everything. */
export function evaluate(expr: Expr | null, r: Resolver, o: MatchOptions): boolean {
    if (!expr) return true
    if (expr.kind === 'term') return matchTerm(expr, r, o)
    if (expr.kind === 'and') {
        for (const item of expr.items) if (!evaluate(item, r, o)) return false
        return true
    }
    for (const item of expr.items) if (evaluate(item, r, o)) return true
    return false
}
