/**
 * Encoded query strings: parser, AST and serializer. Pure: no instance state. The matcher is match.ts, the validators
 * validate.ts, the operator lists operators.ts.
 *
 * Grammar: groups separated by ^NQ are OR-ed; inside a group, terms separated by ^ are AND-ed and a term
 * written ^ORterm is OR-ed with the term before it, so OR binds tighter than AND (a^b^ORc = a AND (b OR c)).
 * ORDERBYfield / ORDERBYDESCfield set the order, EQ ends the query.
 */
import { OPERATORS, OPERATOR_SET, SCRIPT_ALIASES, UNARY, type Operator } from './operators.ts'

export type { Operator }

export const FIELD_RE = /^[a-z0-9_]+(?:\.[a-z0-9_]+)*/
const FIELD_ONLY_RE = /^[a-z0-9_]+(?:\.[a-z0-9_]+)*$/

export interface Term {
    readonly kind: 'term'
    /** Field name, possibly dot-walked ('caller_id.department'). */
    readonly field: string
    readonly op: Operator
    readonly value: string
    /** The comma-separated values of IN / NOT IN, trimmed, empties dropped. */
    readonly list: readonly string[]
}

export interface Junction {
    readonly kind: 'and' | 'or'
    readonly items: readonly Expr[]
}

export type Expr = Term | Junction

export interface OrderBy {
    readonly field: string
    readonly desc: boolean
}

export type ProblemKind = 'malformed' | 'unknown_operator' | 'unsupported' | 'unknown_field'

export interface QueryProblem {
    readonly kind: ProblemKind
    /** The term as written. */
    readonly term: string
    readonly message: string
}

export interface ParsedQuery {
    /** No parse errors (unknown fields are only found by validateEncodedQuery, which knows the table). */
    readonly ok: boolean
    /** Condition tree; null when the query has no usable condition (matches every row). */
    readonly expr: Expr | null
    readonly orderBy: readonly OrderBy[]
    /** Every term, in order. */
    readonly terms: readonly Term[]
    readonly errors: readonly string[]
    readonly problems: readonly QueryProblem[]
    /** Distinct field names used by terms and ORDERBY, as written (dot-walks included). */
    readonly fields: readonly string[]
}

/** Builds a term from script arguments (addQuery); returns an error message when the operator is unknown. */
export function createTerm(field: string, operator: string, value: string): Term | QueryProblem {
    let op = operators.get(operator)
    if (op === undefined) {
        const upper = operator.toUpperCase()
        const named = (SCRIPT_ALIASES.get(upper) ?? upper) as Operator
        op = OPERATOR_SET.has(named) ? named : null
        if (operators.size < CACHE_LIMIT) operators.set(operator, op)
    }
    if (op === null) {
        const text = `${field}${operator}${value}`
        return { kind: 'unknown_operator', term: text, message: `unknown operator "${operator}" in "${text}"` }
    }
    if (!fieldName(field)) return { kind: 'malformed', term: `${field}${operator}${value}`, message: `invalid field name "${field}"` }
    return makeTerm(field, op, UNARY.has(op) ? '' : value)
}

/** Script operators as written -> the operator (null: unknown), and field names already checked: app code adds the same few terms on every save. */
const operators = new Map<string, Operator | null>()
const fieldNames = new Map<string, boolean>()

function fieldName(field: string): boolean {
    let ok = fieldNames.get(field)
    if (ok === undefined) {
        ok = FIELD_ONLY_RE.test(field)
        if (fieldNames.size < CACHE_LIMIT) fieldNames.set(field, ok)
    }
    return ok
}

/** Shared by every term that is not IN / NOT IN. */
const NO_LIST: readonly string[] = Object.freeze([])

function makeTerm(field: string, op: Operator, value: string): Term {
    return { kind: 'term', field, op, value, list: op === 'IN' || op === 'NOT IN' ? splitList(value) : NO_LIST }
}

function splitList(value: string): string[] {
    const out: string[] = []
    for (const part of value.split(',')) {
        const v = part.trim()
        if (v !== '') out.push(v)
    }
    return out
}

function parseTerm(text: string): Term | QueryProblem {
    const field = FIELD_RE.exec(text)?.[0]
    if (!field) {
        const kind = /^[A-Z]/.test(text) ? 'unsupported' : 'malformed'
        return { kind, term: text, message: kind === 'unsupported' ? `unsupported clause "${text}"` : `malformed term "${text}"` }
    }
    const rest = text.slice(field.length)
    // INSTANCEOF and IN HIERARCHY would otherwise parse as IN with the value 'STANCEOF...' or ' HIERARCHY...'.
    const longer = ['INSTANCEOF', 'IN HIERARCHY'].find((candidate) => rest.startsWith(candidate))
    if (longer) return { kind: 'unsupported', term: text, message: `unsupported operator "${longer}" in "${text}"` }
    const op = OPERATORS.find((candidate) => rest.startsWith(candidate))
    if (!op) {
        const word = /^[A-Z_]+/.exec(rest)?.[0]
        return word
            ? { kind: 'unknown_operator', term: text, message: `unknown operator "${word}" in "${text}"` }
            : { kind: 'malformed', term: text, message: `malformed term "${text}"` }
    }
    const value = rest.slice(op.length)
    if (value.startsWith('javascript:'))
        return { kind: 'unsupported', term: text, message: `javascript: values are not evaluated ("${text}")` }
    return makeTerm(field, op, UNARY.has(op) ? '' : value)
}

/** AND of the items, dropping nulls (dropped terms) and flattening; null when nothing is left. */
export function and(items: readonly (Expr | null)[]): Expr | null {
    return junction('and', items)
}

/** OR of the items, dropping nulls (dropped terms) and flattening; null when nothing is left. */
export function or(items: readonly (Expr | null)[]): Expr | null {
    return junction('or', items)
}

function junction(kind: 'and' | 'or', items: readonly (Expr | null)[]): Expr | null {
    // Queries build junctions all the time: the usual shapes (nothing to drop or flatten) skip the list building.
    let kept = 0
    let last: Expr | null = null
    for (const item of items) {
        if (!item) continue
        if (item.kind === kind) {
            kept = -1
            break
        }
        kept++
        last = item
    }
    if (kept === 0) return null
    if (kept === 1) return last
    if (kept === items.length) return { kind, items: items.slice() as Expr[] }
    const flat: Expr[] = []
    for (const item of items) {
        if (!item) continue
        if (item.kind === kind) flat.push(...item.items)
        else flat.push(item)
    }
    if (flat.length === 0) return null
    return flat.length === 1 ? flat[0] : { kind, items: flat }
}

const cache = new Map<string, ParsedQuery>()
const CACHE_LIMIT = 5000

/** Parses an encoded query once; results are cached by string and must not be mutated. */
export function parseEncodedQuery(query: string): ParsedQuery {
    const hit = cache.get(query)
    if (hit) return hit
    const parsed = parseUncached(query)
    if (cache.size >= CACHE_LIMIT) cache.clear()
    cache.set(query, parsed)
    return parsed
}

function parseUncached(query: string): ParsedQuery {
    // Failed terms stay as null placeholders, so a following ^OR attaches to them and not to the term before.
    const groups: (Term | null)[][][] = [[]]
    const orderBy: OrderBy[] = []
    const terms: Term[] = []
    const problems: QueryProblem[] = []
    const addTerm = (text: string, orWithPrevious: boolean): void => {
        const parsed = parseTerm(text)
        const term = parsed.kind === 'term' ? parsed : null
        if (parsed.kind === 'term') terms.push(parsed)
        else problems.push(parsed)
        const clauses = groups[groups.length - 1]
        if (orWithPrevious && clauses.length > 0) clauses[clauses.length - 1].push(term)
        else clauses.push([term])
    }
    for (const token of query.split('^')) {
        if (token === '' || token === 'EQ') continue
        const order = /^ORDERBY(DESC)?(.*)$/.exec(token)
        if (order) {
            if (FIELD_ONLY_RE.test(order[2])) orderBy.push({ field: order[2], desc: order[1] !== undefined })
            else problems.push({ kind: 'malformed', term: token, message: `malformed order "${token}"` })
        } else if (token.startsWith('NQ')) {
            groups.push([])
            if (token.length > 2) addTerm(token.slice(2), false)
        } else if (token.startsWith('OR')) {
            addTerm(token.slice(2), true)
        } else {
            addTerm(token, false)
        }
    }
    const expr = or(groups.map((clauses) => and(clauses.map((alternatives) => or(alternatives)))))
    const fields = [...new Set([...terms.map((t) => t.field), ...orderBy.map((o) => o.field)])]
    const errors = problems.map((p) => p.message)
    return { ok: problems.length === 0, expr, orderBy, terms, errors, problems, fields }
}

/** Removes terms `keep` rejects, the platform's treatment of invalid query terms; null when nothing is left. */
export function prune(expr: Expr | null, keep: (term: Term) => boolean): Expr | null {
    if (!expr) return null
    if (expr.kind === 'term') return keep(expr) ? expr : null
    const items = expr.items.map((item) => prune(item, keep))
    return expr.kind === 'and' ? and(items) : or(items)
}

/** Every term of the tree, left to right. */
export function termsOf(expr: Expr | null): Term[] {
    if (!expr) return []
    if (expr.kind === 'term') return [expr]
    return expr.items.flatMap(termsOf)
}

/** Serializes a tree (and order) back to an encoded query; nested shapes are expanded into ^NQ groups. */
export function toEncodedQuery(expr: Expr | null, orderBy: readonly OrderBy[] = []): string {
    const groups = expr ? toGroups(expr) : []
    const body = groups
        .map((clauses) => clauses.map((alternatives) => alternatives.map(termText).join('^OR')).join('^'))
        .join('^NQ')
    const order = orderBy.map((o) => `${o.desc ? 'ORDERBYDESC' : 'ORDERBY'}${o.field}`)
    return [body, ...order].filter((part) => part !== '').join('^')
}

export function termText(t: Term): string {
    return `${t.field}${t.op}${t.value}`
}

/** Groups (OR) of clauses (AND) of alternatives (OR): the only shape an encoded query can express. */
function toGroups(expr: Expr): Term[][][] {
    if (expr.kind === 'term') return [[[expr]]]
    if (expr.kind === 'or') {
        if (expr.items.every((item) => item.kind === 'term')) return [[expr.items as Term[]]]
        return expr.items.flatMap(toGroups)
    }
    let product: Term[][][] = [[]]
    for (const item of expr.items) {
        const itemGroups = toGroups(item)
        product = product.flatMap((left) => itemGroups.map((right) => [...left, ...right]))
    }
    return product
}
