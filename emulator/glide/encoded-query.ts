/**
 * Encoded query strings: parser, AST, matcher, serializer and validator. Pure: no instance state.
 *
 * Grammar: groups separated by ^NQ are OR-ed; inside a group, terms separated by ^ are AND-ed and a term
 * written ^ORterm is OR-ed with the term before it, so OR binds tighter than AND (a^b^ORc = a AND (b OR c)).
 * ORDERBYfield / ORDERBYDESCfield set the order, EQ ends the query.
 */
import type { Schema } from './schema.ts'

export type Operator =
    | '='
    | '!='
    | 'IN'
    | 'NOT IN'
    | 'LIKE'
    | 'NOT LIKE'
    | 'STARTSWITH'
    | 'ENDSWITH'
    | '>'
    | '<'
    | '>='
    | '<='
    | 'ISEMPTY'
    | 'ISNOTEMPTY'
    | 'ANYTHING'
    | 'EMPTYSTRING'
    | 'SAMEAS'
    | 'NSAMEAS'
    | 'VALCHANGES'
    | 'CHANGESFROM'
    | 'CHANGESTO'

/** Longest first, so a prefix never shadows a longer operator. */
const OPERATORS: readonly Operator[] = [
    'ISNOTEMPTY',
    'EMPTYSTRING',
    'CHANGESFROM',
    'VALCHANGES',
    'STARTSWITH',
    'CHANGESTO',
    'ANYTHING',
    'ENDSWITH',
    'NOT LIKE',
    'ISEMPTY',
    'NSAMEAS',
    'NOT IN',
    'SAMEAS',
    'LIKE',
    'IN',
    '!=',
    '>=',
    '<=',
    '=',
    '>',
    '<',
]

const OPERATOR_SET: ReadonlySet<string> = new Set(OPERATORS)

/** Operators that take no value. */
const UNARY = new Set<Operator>(['ISEMPTY', 'ISNOTEMPTY', 'ANYTHING', 'EMPTYSTRING', 'VALCHANGES'])

/** Operators that compare with the previous image: valid in conditions (GlideFilter), not in queries. */
export const CHANGE_OPERATORS: ReadonlySet<Operator> = new Set<Operator>(['VALCHANGES', 'CHANGESFROM', 'CHANGESTO'])

/** Script operator names accepted by addQuery besides the encoded ones. */
const SCRIPT_ALIASES: ReadonlyMap<string, Operator> = new Map<string, Operator>([
    ['CONTAINS', 'LIKE'],
    ['DOES NOT CONTAIN', 'NOT LIKE'],
])

const FIELD_RE = /^[a-z0-9_]+(?:\.[a-z0-9_]+)*/
const FIELD_ONLY_RE = /^[a-z0-9_]+(?:\.[a-z0-9_]+)*$/
const NUMERIC_RE = /^-?\d+(?:\.\d+)?$/

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

function termText(t: Term): string {
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

export interface ValidateOptions {
    /** 'query' rejects change operators (VALCHANGES...), which only conditions support. Default 'condition'. */
    readonly context?: 'query' | 'condition'
}

/** Problems an admin should fix: malformed terms, unknown operators, fields the table does not have. */
export function validateEncodedQuery(
    query: string,
    table: string,
    schema: Schema,
    options: ValidateOptions = {},
): QueryProblem[] {
    if (!schema.hasTable(table))
        return [{ kind: 'unknown_field', term: query, message: `unknown table "${table}"` }]
    const parsed = parseEncodedQuery(query)
    const problems = [...parsed.problems]
    for (const t of parsed.terms) {
        const text = termText(t)
        if (!schema.resolvePath(table, t.field))
            problems.push({ kind: 'unknown_field', term: text, message: `unknown field "${t.field}" on ${table}` })
        else if ((t.op === 'SAMEAS' || t.op === 'NSAMEAS') && !schema.resolvePath(table, t.value))
            problems.push({ kind: 'unknown_field', term: text, message: `unknown field "${t.value}" on ${table}` })
        if (options.context === 'query' && CHANGE_OPERATORS.has(t.op))
            problems.push({ kind: 'unsupported', term: text, message: `${t.op} is only valid in conditions ("${text}")` })
    }
    for (const o of parsed.orderBy)
        if (!schema.resolvePath(table, o.field))
            problems.push({ kind: 'unknown_field', term: `ORDERBY${o.field}`, message: `unknown order field "${o.field}" on ${table}` })
    return problems
}

/**
 * Operators the platform accepts in conditions and queries that the matcher does not evaluate (ServiceNow docs,
 * "Operators available for filters and queries"; `MATCHES PATTERN` and `IN HIERARCHY` as issue 17 names them).
 */
const PLATFORM_ONLY_OPERATORS = [
    'GT_OR_EQUALS_FIELD',
    'LT_OR_EQUALS_FIELD',
    'GT_FIELD',
    'LT_FIELD',
    'MORETHAN',
    'LESSTHAN',
    'RELATIVEGT',
    'RELATIVELT',
    'RELATIVEGE',
    'RELATIVELE',
    'RELATIVEEE',
    'DATEPART',
    'BETWEEN',
    'NOTON',
    'ON',
    'DYNAMIC',
    'DOESNOTHAVE',
    'EXCLUDING',
    'MATCHES PATTERN',
    'IN HIERARCHY',
    'INSTANCEOF',
]

/** Related-list blocks (their terms name another table), search terms and tag terms: accepted as they are. */
function withoutUncheckedTerms(query: string): string {
    const kept: string[] = []
    let related = false
    for (const token of query.split('^')) {
        if (token.startsWith('RLQUERY')) related = true
        else if (token === 'ENDRLQUERY') related = false
        else if (!related && !/^(OR|NQ)?(123TEXTQUERY321|123TEXTINDEXGROUP321|sys_tags\.)/.test(token)) kept.push(token)
    }
    return kept.join('^')
}

/**
 * GlideRecord.isEncodedQueryValid(query) on `table` ("GlideRecord - Scoped", Xanadu to Zurich): false when a term is
 * malformed, names a field the table lacks (dot-walks resolved through references), or uses an operator the platform
 * does not have; true for terms the matcher only drops (javascript: values, related-list and search terms, the
 * operators above), since the platform accepts them.
 */
export function isEncodedQueryValid(query: string, table: string, schema: Schema): boolean {
    if (!schema.hasTable(table)) return false
    const parsed = parseEncodedQuery(withoutUncheckedTerms(query))
    const known = (path: string) => !!schema.resolvePath(table, path)
    for (const t of parsed.terms) {
        if (!known(t.field)) return false
        if ((t.op === 'SAMEAS' || t.op === 'NSAMEAS') && !known(t.value)) return false
    }
    for (const o of parsed.orderBy) if (!known(o.field)) return false
    for (const problem of parsed.problems) {
        if (problem.kind === 'malformed') return false
        const field = FIELD_RE.exec(problem.term)?.[0]
        if (!field) continue
        const rest = problem.term.slice(field.length)
        if (problem.kind === 'unknown_operator' && !PLATFORM_ONLY_OPERATORS.some((op) => rest.startsWith(op))) return false
        if (!known(field)) return false
    }
    return true
}
