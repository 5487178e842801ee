/**
 * The platform's persistence layer: stamps system fields, numbers tasks, turns journal fields into
 * sys_journal_field rows, counts what app code asks for, and tells listeners which tables changed.
 */
import type { GlideRecord as PlatformGlideRecord } from '@servicenow/glide'
import { CrossScopeAccess, type TrackingMode } from './access.ts'
import type { QueryProblem } from './encoded-query.ts'
import { executeQuery, type QuerySpec, type QueryStats } from './query.ts'
import { Schema } from './schema.ts'
import { Store, type StoredRow } from './storage.ts'
import { Clock, IdSource, toGlideString, type Row } from './util.ts'

export interface Counters {
    /** GlideRecord.query() and GlideRecord.get() calls. */
    queries: number
    /** GlideRecord insert(), update() and deleteRecord() calls. */
    writes: number
    /** Referenced records read through a dot-walk, a reference's display value or getRefRecord(). */
    referenceReads: number
    /** Rows the matcher examined (debug: shows whether queries used an index). */
    rowsScanned: number
    /** Queries per GlideRecord table. */
    byTable: Record<string, number>
}

export interface QueryWarning {
    readonly table: string
    /** The query as written, invalid terms included. */
    readonly query: string
    /** Why terms were dropped. */
    readonly problems: readonly string[]
}

export type SaveOperation = 'insert' | 'update' | 'delete'

/** A save requested by app code through GlideRecord. */
export interface SaveEvent {
    readonly operation: SaveOperation
    /** The record being saved; the handler saves it with Instance.commit(current). */
    readonly current: PlatformGlideRecord
    /** Read-only image of the stored row (update, delete); null for insert. */
    readonly previous: PlatformGlideRecord | null
}

/** Runs business rules around an app save; returns whether the record was saved. */
export type SaveHandler = (event: SaveEvent) => boolean

export interface DatabaseOptions {
    /** Seed of the sys_id generator. Default 1. */
    readonly seed?: number
    /** Instance clock start, 'YYYY-MM-DD HH:mm:ss' UTC; every stamp advances it one second. */
    readonly startTime?: string
    /**
     * The installed app's runtime access tracking. Default 'enforcing', what an app installed on a target instance
     * gets whatever it was built with (KB0717945); 'tracking' and 'none' are the looser modes, opt-in.
     */
    readonly crossScope?: TrackingMode
}

const NUMBER_DIGITS = 7
const FIRST_NUMBER = 10001

/** A raw Table API value: a string, a number or boolean, null, or a reference object {link, value}. */
function rawValue(value: unknown): string {
    if (value !== null && typeof value === 'object' && 'value' in value) return toGlideString((value as { value: unknown }).value)
    return toGlideString(value)
}

export class Database {
    readonly schema: Schema
    readonly store: Store
    readonly counters: Counters = { queries: 0, writes: 0, referenceReads: 0, rowsScanned: 0, byTable: {} }
    /** Queries and conditions that had terms dropped, once per distinct query. */
    readonly queryWarnings: QueryWarning[] = []
    saveHandler: SaveHandler | null = null
    /** Name stamped into sys_created_by / sys_updated_by. */
    actor: () => string = () => 'system'
    /** Where the platform's own log lines go (the instance's system log). */
    platformLog: (message: string) => void = () => {}
    /** The property glide.record.legacy_cross_scope_access_policy_in_script is true (the instance reads it). */
    legacyScriptAccess: () => boolean = () => false
    /** The cross-scope policy app code's Glide calls are checked against, and the scope they are made from. */
    readonly access: CrossScopeAccess

    readonly #ids: IdSource
    readonly #clock: Clock
    readonly #numbers = new Map<string, number>()
    readonly #listeners = new Set<(table: string) => void>()
    readonly #warned = new Set<string>()
    readonly #uncounted: QueryStats = { rowsScanned: 0 }
    #paused = 0

    constructor(schema: Schema = new Schema(), options: DatabaseOptions = {}) {
        this.schema = schema
        this.store = new Store(schema)
        this.#ids = new IdSource(options.seed ?? 1)
        this.#clock = new Clock(options.startTime ?? '2025-01-01 00:00:00')
        this.access = new CrossScopeAccess(schema, (message) => this.platformLog(message), () => this.legacyScriptAccess(), options.crossScope)
    }

    /** gs.daysAgoStart on this instance's clock, in the given time zone (the server's, UTC, by default). */
    daysAgoStart(days: number, timeZone = 'UTC'): string {
        return this.#clock.daysAgoStart(days, timeZone)
    }

    /** The instance clock's current time (the last stamp), in milliseconds since 1970 UTC; does not advance it. */
    now(): number {
        return this.#clock.now()
    }

    get counting(): boolean {
        return this.#paused === 0
    }

    /** Runs fn with counters frozen: platform work that app code did not ask for. */
    withoutCounting<T>(fn: () => T): T {
        this.#paused++
        try {
            return fn()
        } finally {
            this.#paused--
        }
    }

    resetCounters(): void {
        Object.assign(this.counters, { queries: 0, writes: 0, referenceReads: 0, rowsScanned: 0, byTable: {} })
    }

    countQuery(table: string): void {
        if (!this.counting) return
        this.counters.queries++
        this.counters.byTable[table] = (this.counters.byTable[table] ?? 0) + 1
    }

    countWrite(): void {
        if (this.counting) this.counters.writes++
    }

    /** Reads a referenced row (counted as a reference read); undefined for an empty or broken reference. */
    readReference(table: string, sysId: string): StoredRow | undefined {
        if (!sysId) return undefined
        if (this.counting) this.counters.referenceReads++
        return this.store.find(table, sysId)
    }

    /** A referenced row app code reads (a dot-walk, a reference's display value, getRefRecord): a read of its table. */
    followReference(table: string, sysId: string): StoredRow | undefined {
        if (!sysId) return undefined
        this.access.checkTable(table, 'read')
        return this.readReference(table, sysId)
    }

    execute(table: string, spec: QuerySpec): StoredRow[] {
        return executeQuery(this.store, this.schema, table, spec, this.counting ? this.counters : this.#uncounted)
    }

    newSysId(): string {
        return this.#ids.next()
    }

    onChange(listener: (table: string) => void): void {
        this.#listeners.add(listener)
    }

    warnQuery(table: string, query: string, problems: readonly (QueryProblem | string)[]): void {
        const texts = problems.map((p) => (typeof p === 'string' ? p : p.message))
        const key = `${table}\u0000${query}\u0000${texts.join('\u0000')}`
        if (this.#warned.has(key)) return
        this.#warned.add(key)
        this.queryWarnings.push({ table, query, problems: texts })
    }

    /** The table a row of `table` is stored in: its sys_class_name when that extends `table`. */
    physicalTable(table: string, className: string | undefined): string {
        return className && className !== table && this.schema.isA(className, table) ? className : table
    }

    /**
     * Bulk load in the Table API's raw form. Absent columns get their dictionary defaults (as a Table API
     * insert would); unknown tables and columns are added to the schema as strings.
     */
    load(table: string, rows: readonly Record<string, unknown>[]): string[] {
        if (!this.schema.hasTable(table)) this.schema.define(table)
        const prepared = rows.map((raw) => {
            const values: Row = {}
            for (const [name, value] of Object.entries(raw)) values[name] = rawValue(value)
            return { physical: this.physicalTable(table, values.sys_class_name), values }
        })
        const unknown = new Map<string, Set<string>>()
        for (const { physical, values } of prepared)
            for (const name of Object.keys(values))
                if (!this.schema.field(physical, name)) {
                    const names = unknown.get(physical) ?? new Set<string>()
                    names.add(name)
                    unknown.set(physical, names)
                }
        for (const [physical, names] of unknown)
            this.schema.define(physical, { fields: Object.fromEntries([...names].map((n) => [n, 'string' as const])) })
        const touched = new Set<string>()
        const ids = prepared.map(({ physical, values: given }) => {
            const values: Row = { ...this.schema.defaults(physical), ...given }
            values.sys_id ||= this.newSysId()
            if (this.schema.isExtensible(physical)) values.sys_class_name = physical
            values.sys_created_on ||= this.#clock.tick()
            this.#noteNumber(values.number)
            this.store.insert(physical, values)
            touched.add(physical)
            return values.sys_id
        })
        for (const t of touched) this.#notify(t)
        return ids
    }

    /**
     * Inserts a record as the platform does: defaults, system fields (unless `stamp` is false: autoSysFields(false)),
     * number, journal entries.
     */
    insertRow(table: string, values: Row, stamp = true): StoredRow {
        const physical = this.physicalTable(table, values.sys_class_name)
        const row: Row = { ...this.schema.defaults(physical), ...values }
        row.sys_id ||= this.newSysId()
        if (this.schema.isExtensible(physical)) row.sys_class_name = physical
        if (stamp) {
            const now = this.#clock.tick()
            row.sys_created_on ||= now
            row.sys_updated_on = now
            row.sys_created_by ||= this.actor()
            row.sys_updated_by = this.actor()
            row.sys_mod_count = '0'
        }
        const prefix = this.schema.numberPrefix(physical)
        if (prefix && this.schema.field(physical, 'number') && !row.number) row.number = this.#nextNumber(prefix)
        this.#noteNumber(row.number)
        const journal = this.#takeJournal(physical, row)
        const stored = this.store.insert(physical, row)
        this.#writeJournal(stored, journal)
        this.#notify(physical)
        return stored
    }

    /** Saves changed values (and the system fields, unless `stamp` is false); returns false when nothing differs from the stored row. */
    updateRow(row: StoredRow, values: Row, stamp = true): boolean {
        const changes: Row = {}
        for (const [name, value] of Object.entries(values)) if ((row.values[name] ?? '') !== value) changes[name] = value
        const journal = this.#takeJournal(row.table, changes)
        for (const name of Object.keys(journal)) if (row.values[name] === '') delete changes[name]
        if (Object.keys(changes).length === 0 && Object.keys(journal).length === 0) return false
        if (stamp) {
            changes.sys_updated_on = this.#clock.tick()
            changes.sys_updated_by = this.actor()
            changes.sys_mod_count = String(Number(row.values.sys_mod_count || '0') + 1)
        }
        this.store.update(row, changes)
        this.#writeJournal(row, journal)
        this.#notify(row.table)
        return true
    }

    deleteRow(row: StoredRow): boolean {
        const deleted = this.store.delete(row)
        if (deleted) this.#notify(row.table)
        return deleted
    }

    /** Moves non-empty journal values out of `values` (the field itself always reads back empty). */
    #takeJournal(table: string, values: Row): Row {
        const journal: Row = {}
        for (const name of this.schema.journalFields(table)) {
            if (!(name in values)) continue
            if (values[name] !== '') journal[name] = values[name]
            values[name] = ''
        }
        return journal
    }

    #writeJournal(row: StoredRow, journal: Row): void {
        for (const [element, value] of Object.entries(journal)) {
            const now = this.#clock.tick()
            this.store.insert('sys_journal_field', {
                sys_id: this.newSysId(),
                element_id: row.values.sys_id,
                element,
                name: row.table,
                value,
                sys_created_on: now,
                sys_created_by: this.actor(),
            })
        }
        if (Object.keys(journal).length > 0) this.#notify('sys_journal_field')
    }

    #nextNumber(prefix: string): string {
        const n = Math.max(this.#numbers.get(prefix) ?? 0, FIRST_NUMBER - 1) + 1
        this.#numbers.set(prefix, n)
        return prefix + String(n).padStart(NUMBER_DIGITS, '0')
    }

    /** Remembers loaded numbers so generated ones never collide with them. */
    #noteNumber(number: string | undefined): void {
        const match = number ? /^([A-Z]+)(\d+)$/.exec(number) : null
        if (!match) return
        const n = Number(match[2])
        if (n > (this.#numbers.get(match[1]) ?? 0)) this.#numbers.set(match[1], n)
    }

    #notify(table: string): void {
        for (const listener of this.#listeners) listener(table)
    }
}
