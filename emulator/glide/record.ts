/** GlideRecord and GlideQueryCondition over the embedded database. */
import { activeInstance } from './active.ts'
import type { Database } from './database.ts'
import { GlideElement } from './element.ts'
import {
    CHANGE_OPERATORS,
    and,
    createTerm,
    isEncodedQueryValid,
    or,
    parseEncodedQuery,
    prune,
    toEncodedQuery,
    type Expr,
    type OrderBy,
    type QueryProblem,
    type Term,
} from './encoded-query.ts'
import type { JoinSpec, QuerySpec } from './query.ts'
import { asPlatformRecord } from './platform.ts'
import type { Schema } from './schema.ts'
import type { StoredRow } from './storage.ts'
import { pathParts, toGlideString, type Row } from './util.ts'

/** Key of a record's internal state; not exported from index.ts, so app code cannot reach it. */
export const STATE = Symbol('glide.record')

export type RecordOperation = '' | 'insert' | 'update' | 'delete'

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

type QueryItem = { readonly kind: 'cond'; readonly node: CondNode } | JoinNode

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
    /** Previous images ignore setValue. */
    readOnly: boolean
}

let bindTo: Database | null = null

/** A GlideRecord on a given database, whether or not its instance is active. */
export function createRecord(db: Database, table: string): GlideRecord {
    bindTo = db
    try {
        return new GlideRecord(table)
    } finally {
        bindTo = null
    }
}

/** Positions a record on a stored row, as next() does. */
export function positionOn(gr: GlideRecord, row: StoredRow): void {
    const s = gr[STATE]
    // Stored values are replaced, never changed in place (see StoredRow), so sharing them is a snapshot.
    s.values = row.values
    s.original = row.values
    s.shared = true
    s.stored = row
    s.isNew = false
    s.operation = ''
    s.aborted = false
}

/** The record's values, ready to change. */
function writable(s: RecordState): Row {
    if (s.shared) {
        s.values = { ...s.values }
        s.shared = false
    }
    return s.values as Row
}

/** A read-only image of a stored row: the `previous` of business rules. */
export function previousImage(db: Database, table: string, row: StoredRow): GlideRecord {
    const gr = createRecord(db, table)
    positionOn(gr, row)
    gr[STATE].readOnly = true
    return gr
}

/**
 * Saves a record's pending operation as the platform does after before-rules, unless the action was
 * aborted. Not counted as an app write. The record keeps its original values, so after-rules still see changes().
 */
export function commitRecord(gr: GlideRecord): boolean {
    const s = gr[STATE]
    if (s.aborted) return false
    switch (s.operation) {
        case 'insert': {
            if (s.stored) throw new Error(`commit: ${s.table} ${s.stored.values.sys_id} is already inserted`)
            const row = s.db.insertRow(s.table, validValues(s))
            s.stored = row
            s.values = row.values
            s.shared = true
            s.isNew = false
            return true
        }
        case 'update': {
            const row = s.stored
            if (!row || s.db.store.find(row.table, row.values.sys_id) !== row) return false
            const changed: Row = {}
            for (const name in s.values)
                if (s.values[name] !== (s.original[name] ?? '') && s.db.schema.field(s.table, name)) changed[name] = s.values[name]
            s.db.updateRow(row, changed)
            s.values = row.values
            s.shared = true
            return true
        }
        case 'delete': {
            const deleted = s.stored !== null && s.db.deleteRow(s.stored)
            s.stored = null
            return deleted
        }
        case '':
            throw new Error(`commit: the ${s.table} record has no pending insert, update or delete`)
    }
}

/** Values of fields the record's table has (setValue already ignores others; loaded rows may carry more). */
function validValues(s: RecordState): Row {
    const out: Row = {}
    for (const name in s.values) if (s.db.schema.field(s.table, name)) out[name] = s.values[name]
    return out
}

/** Runs an app save: counted, through the save handler (business rules) when one is set and workflow is on. */
function persist(gr: GlideRecord, previous: GlideRecord | null): boolean {
    const s = gr[STATE]
    // An abort belongs to one save: the rules of this save decide it afresh.
    s.aborted = false
    const operation = s.operation as Exclude<RecordOperation, ''>
    const handler = s.db.saveHandler
    const saved =
        handler && s.workflow
            ? handler({ operation, current: asPlatformRecord(gr), previous: previous && asPlatformRecord(previous) })
            : commitRecord(gr)
    if (saved && operation !== 'delete') {
        s.original = s.values
        s.shared = true
    }
    return saved
}

function fieldValid(schema: Schema, table: string, t: Term): boolean {
    if (CHANGE_OPERATORS.has(t.op) || !schema.resolvePath(table, t.field)) return false
    return (t.op !== 'SAMEAS' && t.op !== 'NSAMEAS') || schema.resolvePath(table, t.value) !== undefined
}

/** Script arguments -> condition: (encodedQuery) | (field, value) | (field, operator, value). */
function conditionFrom(args: readonly unknown[]): { node: CondNode; orderBy: readonly OrderBy[] } {
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

/** Shared by the many conditions and queries with no problems or no order: every query builds several. */
const NONE: readonly never[] = Object.freeze([])

/** The values of a record on no row; `shared`, so the first setValue copies it. */
const NO_VALUES: Readonly<Row> = Object.freeze({})

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

interface BuiltQuery {
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
function validTerms(schema: Schema, table: string, problems: (QueryProblem | string)[]): (t: Term) => boolean {
    return (t) => {
        if (fieldValid(schema, table, t)) return true
        problems.push(`invalid term "${t.field}${t.op}${t.value}" on ${table}`)
        return false
    }
}

function joinLabel(join: JoinNode, table: string): string {
    return `join ${join.table}.${join.joinField} = ${table}.${join.primaryField}`
}

export class GlideRecord {
    readonly [STATE]: RecordState

    constructor(table: string) {
        const db = bindTo ?? activeInstance().db
        this[STATE] = {
            db,
            table,
            valid: db.schema.hasTable(table),
            items: [],
            orderBy: [],
            limit: null,
            results: NONE,
            cursor: -1,
            values: NO_VALUES,
            original: NO_VALUES,
            shared: true,
            stored: null,
            isNew: false,
            operation: '',
            aborted: false,
            workflow: true,
            readOnly: false,
        }
    }

    // ---- query building

    addQuery(encodedQuery: string): GlideQueryCondition
    addQuery(field: string, value: unknown): GlideQueryCondition
    addQuery(field: string, operator: string, value: unknown): GlideQueryCondition
    addQuery(...args: unknown[]): GlideQueryCondition {
        const { node, orderBy } = conditionFrom(args)
        this[STATE].items.push({ kind: 'cond', node })
        this[STATE].orderBy.push(...orderBy)
        return new GlideQueryCondition(node)
    }

    addEncodedQuery(query: string): void {
        this.addQuery(toGlideString(query))
    }

    addActiveQuery(): GlideQueryCondition {
        return this.addQuery('active', '=', 'true')
    }

    addInactiveQuery(): GlideQueryCondition {
        return this.addQuery('active', '=', 'false')
    }

    addNullQuery(field: string): GlideQueryCondition {
        return this.addQuery(field, 'ISEMPTY', '')
    }

    addNotNullQuery(field: string): GlideQueryCondition {
        return this.addQuery(field, 'ISNOTEMPTY', '')
    }

    /** Keeps rows for which a joinTable row (matching the returned condition's addCondition terms) has joinTableField = primaryField. */
    addJoinQuery(joinTable: string, primaryField?: string, joinTableField?: string): GlideQueryCondition {
        const join: JoinNode = {
            kind: 'join',
            table: joinTable,
            primaryField: primaryField || 'sys_id',
            joinField: joinTableField || 'sys_id',
            conds: [],
        }
        this[STATE].items.push(join)
        return new GlideQueryCondition(join)
    }

    orderBy(field: string): void {
        this[STATE].orderBy.push({ field, desc: false })
    }

    orderByDesc(field: string): void {
        this[STATE].orderBy.push({ field, desc: true })
    }

    setLimit(limit: number): void {
        this[STATE].limit = limit
    }

    /** The query with invalid terms dropped, as the platform runs it. */
    getEncodedQuery(): string {
        const { spec } = this.#build()
        return toEncodedQuery(spec.expr, spec.orderBy)
    }

    #build(): BuiltQuery {
        const s = this[STATE]
        const schema = s.db.schema
        const problems: (QueryProblem | string)[] = []
        const main = validConditions(this.#conditionNodes(), schema, s.table, problems)
        const joins: JoinSpec[] = []
        for (const item of s.items) {
            if (item.kind !== 'join') continue
            if (!schema.hasTable(item.table)) problems.push(`${joinLabel(item, s.table)}: unknown table`)
            else if (!schema.field(s.table, item.primaryField) || !schema.field(item.table, item.joinField))
                problems.push(`${joinLabel(item, s.table)}: unknown field`)
            else
                joins.push({
                    table: item.table,
                    primaryField: item.primaryField,
                    joinField: item.joinField,
                    expr: validConditions(item.conds, schema, item.table, problems),
                })
        }
        const orderBy = s.orderBy.length === 0 ? NONE : s.orderBy.filter((o) => {
            const ok = schema.resolvePath(s.table, o.field) !== undefined
            if (!ok) problems.push(`invalid order field "${o.field}" on ${s.table}`)
            return ok
        })
        return { spec: { expr: main, orderBy, limit: s.limit, joins }, problems }
    }

    #conditionNodes(): CondNode[] {
        const nodes: CondNode[] = []
        for (const item of this[STATE].items) if (item.kind === 'cond') nodes.push(item.node)
        return nodes
    }

    /** The query as written, invalid terms included: what a warning quotes. */
    #written(): string {
        return toEncodedQuery(and(this.#conditionNodes().map((n) => nodeExpr(n, () => true))), this[STATE].orderBy)
    }

    // ---- running queries

    /** Runs the query (optionally adding field = value first); counted as one query. */
    query(...args: unknown[]): void {
        const s = this[STATE]
        if (args.length > 0) this.addQuery(...(args as [string, unknown]))
        s.db.countQuery(s.table)
        s.results = NONE
        if (s.valid) {
            const built = this.#build()
            if (built.problems.length > 0) s.db.warnQuery(s.table, this.#written(), built.problems)
            s.results = s.db.execute(s.table, built.spec)
        }
        s.cursor = -1
        this.#clear()
    }

    /**
     * get(sysId): by sys_id, then by display value, as the platform does with one argument;
     * get(field, value): the first record with field = value. Counted as one query; next() moves on.
     */
    get(nameOrId: unknown, value?: unknown): boolean {
        const s = this[STATE]
        s.db.countQuery(s.table)
        s.results = NONE
        s.cursor = -1
        if (s.valid) s.results = value === undefined ? this.#byId(toGlideString(nameOrId)) : this.#byField(nameOrId, value)
        return this.next()
    }

    #byId(id: string): StoredRow[] {
        const s = this[STATE]
        if (id === '') return []
        const row = s.db.store.find(s.table, id)
        if (row) return [row]
        const display = createTerm(s.db.schema.displayField(s.table), '=', id) as Term
        return s.db.execute(s.table, { expr: display, orderBy: [], limit: null, joins: [] })
    }

    #byField(field: unknown, value: unknown): StoredRow[] {
        const s = this[STATE]
        const { node } = conditionFrom([field, value])
        const problems: (QueryProblem | string)[] = [...node.problems]
        const expr = prune(node.base, (t) => {
            const ok = fieldValid(s.db.schema, s.table, t)
            if (!ok) problems.push(`invalid term "${t.field}${t.op}${t.value}" on ${s.table}`)
            return ok
        })
        if (problems.length > 0) s.db.warnQuery(s.table, `${toGlideString(field)}=${toGlideString(value)}`, problems)
        return s.db.execute(s.table, { expr, orderBy: [], limit: null, joins: [] })
    }

    next(): boolean {
        const s = this[STATE]
        if (s.cursor + 1 >= s.results.length) {
            s.cursor = s.results.length
            this.#clear()
            return false
        }
        s.cursor++
        positionOn(this, s.results[s.cursor])
        return true
    }

    hasNext(): boolean {
        const s = this[STATE]
        return s.cursor + 1 < s.results.length
    }

    getRowCount(): number {
        return this[STATE].results.length
    }

    #clear(): void {
        const s = this[STATE]
        s.values = NO_VALUES
        s.original = NO_VALUES
        s.shared = true
        s.stored = null
        s.isNew = false
    }

    // ---- field access

    /** The stored string value; null when empty or not a field. Dot-walks count one reference read per hop. */
    getValue(field: string): string | null {
        if (!field.includes('.')) {
            // The common case, without #walk's allocations.
            const s = this[STATE]
            const value = s.db.schema.field(s.table, field) ? s.values[field] ?? '' : ''
            return value === '' ? null : value
        }
        const target = this.#walk(field)
        const value = target ? target.values[target.field] ?? '' : ''
        return value === '' ? null : value
    }

    /** No argument: the record's display value. A reference: the referenced record's display value (a reference read). */
    getDisplayValue(field?: string): string {
        const s = this[STATE]
        if (field === undefined) return displayOf(s.db, this.getRecordClassName(), s.values)
        const target = this.#walk(field)
        return target ? fieldDisplay(s.db, target.table, target.values, target.field) : ''
    }

    /** The field's element; null when the table has no such field. Dot-walks position a record on the referenced row. */
    getElement(field: string): GlideElement | null {
        const target = this.#walk(field)
        if (!target) return null
        if (!target.row) return new GlideElement(this, target.field)
        const owner = createRecord(this[STATE].db, target.table)
        positionOn(owner, target.row)
        return new GlideElement(owner, target.field)
    }

    /** Follows a (possibly dot-walked) field to the values holding its last part; `row` is set when it left this record. */
    #walk(path: string): { table: string; values: Readonly<Row>; field: string; row?: StoredRow } | null {
        const s = this[STATE]
        const schema = s.db.schema
        const parts = pathParts(path)
        let table = s.table
        let values = s.values
        let row: StoredRow | undefined
        for (let i = 0; i < parts.length - 1; i++) {
            const target = schema.referenceTable(table, parts[i])
            if (!target) return null
            row = s.db.readReference(target, values[parts[i]] ?? '')
            if (!row) return null
            table = row.table
            values = row.values
        }
        const field = parts[parts.length - 1]
        if (!schema.field(table, field)) return null
        return row ? { table, values, field, row } : { table, values, field }
    }

    /** The sys_id; '' for a new record that has none yet. */
    getUniqueValue(): string {
        return this[STATE].values.sys_id ?? ''
    }

    /** Sets a field (coerced to a string; null/undefined become ''). Fields the table lacks are ignored, as on the platform. */
    setValue(field: string, value: unknown): void {
        const s = this[STATE]
        if (s.readOnly || !s.db.schema.field(s.table, field)) return
        writable(s)[field] = toGlideString(value)
    }

    // ---- writing

    /** An empty new record with the dictionary defaults. */
    initialize(): void {
        const s = this[STATE]
        this.#clear()
        s.values = s.valid ? { ...s.db.schema.defaults(s.table) } : {}
        s.shared = false
        s.isNew = true
        s.operation = ''
        s.aborted = false
    }

    /** initialize() plus a new sys_id. */
    newRecord(): void {
        this.initialize()
        writable(this[STATE]).sys_id = this[STATE].db.newSysId()
    }

    /** Inserts the current values; returns the sys_id, or null when the table is invalid or the insert was aborted. */
    insert(): string | null {
        const s = this[STATE]
        s.db.countWrite()
        return s.valid ? this.#insert() : null
    }

    #insert(): string | null {
        const s = this[STATE]
        if (!s.values.sys_id) writable(s).sys_id = s.db.newSysId()
        s.operation = 'insert'
        s.isNew = true
        return persist(this, null) ? s.values.sys_id : null
    }

    /** Saves changes; a record never inserted is inserted, as on the platform. */
    update(): string | null {
        const s = this[STATE]
        s.db.countWrite()
        if (!s.valid) return null
        if (!s.stored) return this.#insert()
        s.operation = 'update'
        const previous = previousImage(s.db, s.table, s.stored)
        return persist(this, previous) ? s.values.sys_id : null
    }

    deleteRecord(): boolean {
        const s = this[STATE]
        s.db.countWrite()
        if (!s.stored) return false
        s.operation = 'delete'
        return persist(this, previousImage(s.db, s.table, s.stored))
    }

    /**
     * Refused for a record of a table outside the calling scope, as on the platform ("Example business rule
     * scripts": setAbortAction() "can only be executed from the same scope as the record whose action is being
     * aborted"): the platform logs the cross-scope refusal and the save goes on.
     */
    setAbortAction(abort: boolean): void {
        const s = this[STATE]
        if (!s.db.inCallingScope(s.table)) {
            s.db.platformLog(
                `Access to api 'setAbortAction' from scope '${s.db.callingScope}' has been refused due to the api's cross-scope access policy`,
            )
            return
        }
        s.aborted = abort
    }

    isActionAborted(): boolean {
        return this[STATE].aborted
    }

    /** Whether saves run business rules (the instance's save handler). */
    setWorkflow(enabled: boolean): void {
        this[STATE].workflow = enabled
    }

    /** 'insert', 'update' or 'delete' while saving (and for business-rule records); '' otherwise. */
    operation(): RecordOperation {
        return this[STATE].operation
    }

    // ---- record facts

    isNewRecord(): boolean {
        return this[STATE].isNew
    }

    isValidRecord(): boolean {
        return this[STATE].stored !== null
    }

    isValid(): boolean {
        return this[STATE].valid
    }

    /** The query is valid on this record's table (encoded-query.ts, isEncodedQueryValid). Not a query: not counted. */
    isEncodedQueryValid(query: string): boolean {
        const s = this[STATE]
        return isEncodedQueryValid(query ?? '', s.table, s.db.schema)
    }

    isValidField(field: string): boolean {
        const s = this[STATE]
        return s.db.schema.field(s.table, field) !== undefined
    }

    getTableName(): string {
        return this[STATE].table
    }

    getRecordClassName(): string {
        const s = this[STATE]
        return s.values.sys_class_name || s.stored?.table || s.table
    }

    canRead(): boolean {
        return true
    }

    canWrite(): boolean {
        return true
    }

    canCreate(): boolean {
        return true
    }

    canDelete(): boolean {
        return true
    }
}

/** The display value of a record: its table's display field, rendered. */
export function displayOf(db: Database, table: string, values: Readonly<Row>): string {
    return fieldDisplay(db, table, values, db.schema.displayField(table))
}

/** A field's display value: references show the referenced record's display value, booleans 'true'/'false'. */
export function fieldDisplay(db: Database, table: string, values: Readonly<Row>, field: string): string {
    const def = db.schema.field(table, field)
    const value = values[field] ?? ''
    if (def?.type === 'boolean') return value === 'true' || value === '1' ? 'true' : 'false'
    if (def?.type !== 'reference' || !def.reference || value === '') return value
    const row = db.readReference(def.reference, value)
    return row ? displayOf(db, row.table, row.values) : ''
}
