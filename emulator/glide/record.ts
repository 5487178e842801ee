/**
 * GlideRecord over the embedded database, and the platform's side of a record: creating one on a database, the
 * `previous` image, the save after before-rules. Its conditions are built by conditions.ts, its state is state.ts.
 */
import type { GlideRecord as PlatformGlideRecord } from '@servicenow/glide'
import { activeInstance } from './active.ts'
import { GlideQueryCondition, NONE, buildQuery, conditionFrom, fieldCondition, writtenQuery, type BuiltQuery, type JoinNode } from './conditions.ts'
import type { Database } from './database.ts'
import { displayOf, fieldDisplay } from './display.ts'
import { GlideElement } from './element.ts'
import { createTerm, toEncodedQuery, type Term } from './encoded-query.ts'
import { STATE, NO_VALUES, clearPosition, positionOn, writable, type RecordOperation, type RecordState } from './state.ts'
import type { StoredRow } from './storage.ts'
import { pathParts, toGlideString, type Row } from './util.ts'
import { isEncodedQueryValid } from './validate.ts'

export type { PlatformGlideRecord, RecordOperation }

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

/** A record of `table` on `row`, or on no row: the record getRefRecord returns. */
function openRecord(db: Database, table: string, row: StoredRow | undefined): GlideRecord {
    const gr = createRecord(db, table)
    if (row) positionOn(gr, row)
    return gr
}

/** The same record typed as @servicenow/glide declares it: app modules are compiled against those declarations. */
export function asPlatformRecord(gr: GlideRecord): PlatformGlideRecord {
    return gr as unknown as PlatformGlideRecord
}

/** Back from the declared type; throws for anything this implementation did not create. */
export function fromPlatformRecord(gr: PlatformGlideRecord | GlideRecord): GlideRecord {
    if (!(gr instanceof GlideRecord)) throw new TypeError('not a record of the embedded Glide instance')
    return gr
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
            const row = s.db.insertRow(s.table, validValues(s), s.sysFields)
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
            s.db.updateRow(row, changed, s.sysFields)
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
            sysFields: true,
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
        return buildQuery(s.db.schema, s.table, s.items, s.orderBy, s.limit)
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
            s.db.access.checkTable(s.table, 'read')
            for (const join of built.spec.joins) s.db.access.checkTable(join.table, 'read')
            if (built.problems.length > 0) s.db.warnQuery(s.table, writtenQuery(s.items, s.orderBy), built.problems)
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
        if (s.valid) {
            s.db.access.checkTable(s.table, 'read')
            s.results = value === undefined ? this.#byId(toGlideString(nameOrId)) : this.#byField(nameOrId, value)
        }
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
        const { expr, problems } = fieldCondition(s.db.schema, s.table, field, value)
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
        clearPosition(this[STATE])
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
    getElement(field: string): GlideElement<GlideRecord> | null {
        const target = this.#walk(field)
        if (!target) return null
        if (!target.row) return new GlideElement<GlideRecord>(this, target.field, openRecord)
        return new GlideElement(openRecord(this[STATE].db, target.table, target.row), target.field, openRecord)
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
            row = s.db.followReference(target, values[parts[i]] ?? '')
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
        s.db.access.checkTable(s.table, 'create')
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
        s.db.access.checkTable(s.table, 'write')
        s.operation = 'update'
        const previous = previousImage(s.db, s.table, s.stored)
        return persist(this, previous) ? s.values.sys_id : null
    }

    deleteRecord(): boolean {
        const s = this[STATE]
        s.db.countWrite()
        if (!s.stored) return false
        s.db.access.checkTable(s.table, 'delete')
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
        const refusal = s.db.access.apiRefusal('setAbortAction', s.table)
        if (refusal !== null) {
            s.db.access.report(refusal)
            return
        }
        s.aborted = abort
    }

    isActionAborted(): boolean {
        return this[STATE].aborted
    }

    /**
     * Whether saves run business rules (the instance's save handler). Refused to scoped code on another scope's record
     * ("GlideRecord - Scoped": it "can't be set for cross-scoped applications"); the refusal stops the script.
     */
    setWorkflow(enabled: boolean): void {
        const s = this[STATE]
        const refusal = s.db.access.apiRefusal('setWorkflow', s.table)
        if (refusal !== null) {
            s.db.access.report(refusal)
            throw new Error(refusal)
        }
        s.workflow = enabled
    }

    /**
     * Whether saves stamp the system fields ("GlideRecord - Global"). Not in the scoped API: from an app scope the call
     * fails as Rhino fails a missing method ("Cannot find function {0} in object {1}.", emulator/README.md).
     */
    autoSysFields(enabled: boolean): void {
        const s = this[STATE]
        if (s.db.access.scope !== 'global') throw new TypeError('Cannot find function autoSysFields in object [object GlideRecord].')
        s.sysFields = enabled
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
