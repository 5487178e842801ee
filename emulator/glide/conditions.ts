/**
 * The conditions a script adds to a GlideRecord (addQuery, addOrCondition, addJoinQuery...) and the query they make,
 * with invalid terms dropped as the platform drops them. Holds no record: GlideRecord keeps the items and calls these.
 */
import { and, createTerm, or, parseEncodedQuery, prune, toEncodedQuery, type Expr, type OrderBy, type QueryProblem, type Term } from './encoded-query.ts'
import { CHANGE_OPERATORS } from './operators.ts'
import type { JoinSpec, QuerySpec } from './query.ts'
import type { Schema } from './schema.ts'
import { toGlideString } from './util.ts'

/** A condition added by script: (base AND ands...) OR ors... */
export interface CondNode {
    readonly base: Expr | null
    readonly problems: readonly QueryProblem[]
    readonly ands: CondNode[]
    readonly ors: CondNode[]
}

export interface JoinNode {
    readonly kind: 'join'
    readonly table: string
    readonly primaryField: string
    readonly joinField: string
    readonly conds: CondNode[]
}

export type QueryItem = { readonly kind: 'cond'; readonly node: CondNode } | JoinNode

/** Shared by the many conditions and queries with no problems or no order: every query builds several. */
export const NONE: readonly never[] = Object.freeze([])

/** A term whose field (and SAMEAS target) the table has; change operators belong to conditions, not queries. */
function fieldValid(schema: Schema, table: string, t: Term): boolean {
    if (CHANGE_OPERATORS.has(t.op) || !schema.resolvePath(table, t.field)) return false
    return (t.op !== 'SAMEAS' && t.op !== 'NSAMEAS') || schema.resolvePath(table, t.value) !== undefined
}

/** Script arguments -> condition: (encodedQuery) | (field, value) | (field, operator, value). */
export function conditionFrom(args: readonly unknown[]): { node: CondNode; orderBy: readonly OrderBy[] } {
    // addQuery('field', undefined) reaches the platform as the one-argument form: an invalid term, dropped.
    if (args.length < 2 || (args.length === 2 && args[1] === undefined)) {
        const parsed = parseEncodedQuery(toGlideString(args[0]))
        return { node: { base: parsed.expr, problems: parsed.problems, ands: [], ors: [] }, orderBy: parsed.orderBy }
    }
    const two = args.length === 2
    const term = createTerm(toGlideString(args[0]), two ? '=' : toGlideString(args[1]), toGlideString(two ? args[1] : args[2]))
    const node: CondNode =
        term.kind === 'term'
            ? { base: term, problems: NONE, ands: [], ors: [] }
            : { base: null, problems: [term], ands: [], ors: [] }
    return { node, orderBy: NONE }
}

/** Returned by addQuery and friends: adds OR / AND conditions to the one it stands for. */
export class GlideQueryCondition {
    readonly #target: CondNode | JoinNode

    constructor(target: CondNode | JoinNode) {
        this.#target = target
    }

    /** ORs a condition with this one. */
    addOrCondition(...args: unknown[]): GlideQueryCondition {
        if ('kind' in this.#target) throw new Error('addOrCondition on an addJoinQuery condition is not supported')
        const { node } = conditionFrom(args)
        this.#target.ors.push(node)
        return new GlideQueryCondition(node)
    }

    /** ANDs a condition with this one; on an addJoinQuery condition it filters the join table's rows. */
    addCondition(...args: unknown[]): GlideQueryCondition {
        const { node } = conditionFrom(args)
        if ('kind' in this.#target) this.#target.conds.push(node)
        else this.#target.ands.push(node)
        return new GlideQueryCondition(node)
    }
}

export interface BuiltQuery {
    readonly spec: QuerySpec
    readonly problems: readonly (QueryProblem | string)[]
}

/** Parse problems of a node and its nested conditions, in the order they were added. */
function collectProblems(node: CondNode, problems: (QueryProblem | string)[]): void {
    for (const problem of node.problems) problems.push(problem)
    for (const n of node.ands) collectProblems(n, problems)
    for (const n of node.ors) collectProblems(n, problems)
}

/** (base AND ands...) OR ors..., keeping the terms `keep` accepts. */
function nodeExpr(node: CondNode, keep: (t: Term) => boolean): Expr | null {
    const base = prune(node.base, keep)
    if (node.ands.length === 0 && node.ors.length === 0) return base
    return or([and([base, ...node.ands.map((n) => nodeExpr(n, keep))]), ...node.ors.map((n) => nodeExpr(n, keep))])
}

/** The nodes ANDed on `table`, as the platform runs them: invalid terms dropped and listed in `problems`. */
function validConditions(nodes: readonly CondNode[], schema: Schema, table: string, problems: (QueryProblem | string)[]): Expr | null {
    for (const node of nodes) collectProblems(node, problems)
    const keep = validTerms(schema, table, problems)
    return and(nodes.map((node) => nodeExpr(node, keep)))
}

/** Keeps the terms valid on `table`, listing the others in `problems`. */
export function validTerms(schema: Schema, table: string, problems: (QueryProblem | string)[]): (t: Term) => boolean {
    return (t) => {
        if (fieldValid(schema, table, t)) return true
        problems.push(`invalid term "${t.field}${t.op}${t.value}" on ${table}`)
        return false
    }
}

/** get(field, value)'s condition on `table`: invalid terms dropped and listed in `problems`. */
export function fieldCondition(schema: Schema, table: string, field: unknown, value: unknown): { expr: Expr | null; problems: (QueryProblem | string)[] } {
    const { node } = conditionFrom([field, value])
    const problems: (QueryProblem | string)[] = [...node.problems]
    return { expr: prune(node.base, validTerms(schema, table, problems)), problems }
}

function joinLabel(join: JoinNode, table: string): string {
    return `join ${join.table}.${join.joinField} = ${table}.${join.primaryField}`
}

function conditionNodes(items: readonly QueryItem[]): CondNode[] {
    const nodes: CondNode[] = []
    for (const item of items) if (item.kind === 'cond') nodes.push(item.node)
    return nodes
}

/** The query a record's items, order and limit make on `table`, as the platform runs it (invalid terms dropped). */
export function buildQuery(schema: Schema, table: string, items: readonly QueryItem[], order: readonly OrderBy[], limit: number | null): BuiltQuery {
    const problems: (QueryProblem | string)[] = []
    const main = validConditions(conditionNodes(items), schema, table, problems)
    const joins: JoinSpec[] = []
    for (const item of items) {
        if (item.kind !== 'join') continue
        if (!schema.hasTable(item.table)) problems.push(`${joinLabel(item, table)}: unknown table`)
        else if (!schema.field(table, item.primaryField) || !schema.field(item.table, item.joinField))
            problems.push(`${joinLabel(item, table)}: unknown field`)
        else
            joins.push({
                table: item.table,
                primaryField: item.primaryField,
                joinField: item.joinField,
                expr: validConditions(item.conds, schema, item.table, problems),
            })
    }
    const orderBy = order.length === 0 ? NONE : order.filter((o) => {
        const ok = schema.resolvePath(table, o.field) !== undefined
        if (!ok) problems.push(`invalid order field "${o.field}" on ${table}`)
        return ok
    })
    return { spec: { expr: main, orderBy, limit, joins }, problems }
}

/** The query as written, invalid terms included: what a warning quotes. */
export function writtenQuery(items: readonly QueryItem[], orderBy: readonly OrderBy[]): string {
    return toEncodedQuery(and(conditionNodes(items).map((n) => nodeExpr(n, () => true))), orderBy)
}
