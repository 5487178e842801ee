/** The embedded instance: database, session, properties, roles, messages and logs behind GlideRecord and gs. */
import type { CrossScopeAccess } from './access.ts'
import { activeInstance, setActiveInstance, type ActiveInstance, type LogLevel, type Session } from './active.ts'
import { Database, type Counters, type DatabaseOptions, type QueryWarning, type SaveHandler } from './database.ts'
import { createTerm, type Term } from './encoded-query.ts'
import { asPlatformRecord, commitRecord, createRecord, fromPlatformRecord, previousImage, type GlideRecord, type PlatformGlideRecord } from './record.ts'
import { STATE, positionOn } from './state.ts'
import { Schema } from './schema.ts'
import type { StoredRow } from './storage.ts'
import { formatMessage, type Row } from './util.ts'

export type InstanceOptions = DatabaseOptions

/**
 * "Disable GlideRecord Scope Fencing Legacy Behavior" (Instance Security Hardening Settings, Xanadu to Zurich): when
 * true, "cross scope access falls back onto legacy behavior (insecure)"; Security Center recommends false.
 */
export const LEGACY_SCRIPT_ACCESS = 'glide.record.legacy_cross_scope_access_policy_in_script'

/** LogEntry.source of the lines the platform itself writes (not the app's gs calls). */
export const PLATFORM_SOURCE = 'platform'

export type { LogLevel, Session }

export interface LogEntry {
    readonly level: LogLevel
    readonly message: string
    /** gs.log's source argument. */
    readonly source?: string
}

export class Instance implements ActiveInstance {
    readonly db: Database
    readonly messages: { readonly info: string[]; readonly error: string[] } = { info: [], error: [] }
    readonly logs: LogEntry[] = []
    /** The session user; an empty userId is a system session with no roles. */
    session: Session = { userId: '', userName: 'system' }

    readonly #translations = new Map<string, string>()
    /** GlideSession client data, per session user (a user's sessions share it here). */
    readonly #clientData = new Map<string, Map<string, string>>()
    readonly #roles = new Map<string, ReadonlySet<string>>()
    /** Stored property values by name ('' when absent): rules read every property on every save. */
    readonly #properties = new Map<string, string>()
    #propertiesSchema = -1

    constructor(schema: Schema = new Schema(), options: InstanceOptions = {}) {
        this.db = new Database(schema, options)
        this.db.actor = () => this.session.userName || 'system'
        this.db.platformLog = (message) => this.log('error', message, PLATFORM_SOURCE)
        // The emulator's instance is hardened: the property reads false unless a test sets it (the platform's fallback is true).
        this.db.legacyScriptAccess = () => this.getProperty(LEGACY_SCRIPT_ACCESS, 'false') === 'true'
        this.db.onChange((table) => {
            if (table === 'sys_user_has_role' || table === 'sys_user_role') this.#roles.clear()
            if (this.schema.isA(table, 'sys_properties')) {
                this.#properties.clear()
                this.db.access.invalidate()
            }
        })
    }

    /** Makes `instance` the one module code reaches through `import { GlideRecord, gs } from '@servicenow/glide'`. */
    static activate(instance: Instance): Instance {
        setActiveInstance(instance)
        return instance
    }

    static deactivate(): void {
        setActiveInstance(null)
    }

    /** The active instance; throws when none is. */
    static active(): Instance {
        const instance = activeInstance()
        if (!(instance instanceof Instance)) throw new TypeError('the active Glide instance is not an Instance')
        return instance
    }

    activate(): this {
        setActiveInstance(this)
        return this
    }

    /**
     * The scope every Glide call of app code is made from: an installed app's scope (emulator/app/install.ts), 'global'
     * before one is installed (global code needs no privileges, but another scope's table still has its Application
     * Access: access.ts).
     */
    get callingScope(): string {
        return this.db.access.scope
    }

    set callingScope(scope: string) {
        this.db.access.scope = scope
    }

    /** The cross-scope policy app code runs under: its mode, the calling app's privileges, what Tracking recorded. */
    get crossScope(): CrossScopeAccess {
        return this.db.access
    }

    get schema(): Schema {
        return this.db.schema
    }

    get counters(): Counters {
        return this.db.counters
    }

    get queryWarnings(): readonly QueryWarning[] {
        return this.db.queryWarnings
    }

    resetCounters(): void {
        this.db.resetCounters()
    }

    withoutCounting<T>(fn: () => T): T {
        return this.db.withoutCounting(fn)
    }

    /** Runs business rules around app saves (see SaveEvent); null saves directly. */
    setSaveHandler(handler: SaveHandler | null): void {
        this.db.saveHandler = handler
    }

    // ---- data

    /** Bulk-loads rows in the Table API's raw form (not counted); returns their sys_ids. */
    load(table: string, rows: readonly Record<string, unknown>[]): string[] {
        return this.db.load(table, rows)
    }

    /** Copies of the rows of the table and the tables extending it, in insertion order. */
    rows(table: string): Row[] {
        return this.#stored(table).map((row) => ({ ...row.values }))
    }

    /** A copy of one row of the table (or a table extending it). */
    row(table: string, sysId: string): Row | undefined {
        const row = this.db.store.find(table, sysId)
        return row ? { ...row.values } : undefined
    }

    #stored(table: string): StoredRow[] {
        return this.schema
            .descendants(table)
            .flatMap((t) => [...this.db.store.rowsOf(t)])
            .sort((a, b) => a.seq - b.seq)
    }

    #select(table: string, field: string, value: string): StoredRow[] {
        const term = createTerm(field, '=', value) as Term
        return this.withoutCounting(() => this.db.execute(table, { expr: term, orderBy: [], limit: null, joins: [] }))
    }

    // ---- session and roles

    /** Runs as the given sys_user (user_name and time_zone from its row when loaded). */
    setUser(userId: string): void {
        const user = this.db.store.find('sys_user', userId)
        this.session = { userId, userName: user?.values.user_name || userId, timeZone: user?.values.time_zone || undefined }
    }

    /** Role names of a user from sys_user_has_role; a role value matching no sys_user_role row is taken as the name. */
    rolesOf(userId: string): ReadonlySet<string> {
        let roles = this.#roles.get(userId)
        if (!roles) {
            const names = new Set<string>()
            for (const grant of this.#select('sys_user_has_role', 'user', userId)) {
                const role = grant.values.role ?? ''
                const name = this.db.store.find('sys_user_role', role)?.values.name || role
                if (name) names.add(name)
            }
            roles = names
            this.#roles.set(userId, roles)
        }
        return roles
    }

    /** Admin passes every check, as on the platform; `role` may list several names separated by commas. */
    hasRole(role: string, userId: string = this.session.userId): boolean {
        if (!userId) return false
        const roles = this.rolesOf(userId)
        if (roles.has('admin')) return true
        for (const part of role.split(',')) {
            const name = part.trim()
            if (name !== '' && roles.has(name)) return true
        }
        return false
    }

    /** Grants roles by name, creating sys_user_role rows as needed (not counted). */
    grantRoles(userId: string, roleNames: readonly string[]): void {
        for (const name of roleNames) {
            const role = this.#select('sys_user_role', 'name', name)[0] ?? this.db.insertRow('sys_user_role', { name })
            this.db.insertRow('sys_user_has_role', { user: userId, role: role.values.sys_id })
        }
    }

    /** The session user's client data (GlideSession putClientData / getClientData). */
    clientData(userId: string = this.session.userId): Map<string, string> {
        let data = this.#clientData.get(userId)
        if (!data) {
            data = new Map()
            this.#clientData.set(userId, data)
        }
        return data
    }

    // ---- properties

    /**
     * A sys_properties value. Absent or empty: `alt`, or null without one (the platform stores '' as NULL
     * and its property cache treats NULL as missing). Served from the property cache, so not counted.
     */
    getProperty<T>(name: string, alt?: T): string | T | null {
        if (this.#propertiesSchema !== this.schema.version) {
            // A schema change can make rows of a new subtable properties.
            this.#properties.clear()
            this.#propertiesSchema = this.schema.version
        }
        let value = this.#properties.get(name)
        if (value === undefined) {
            value = this.#select('sys_properties', 'name', name)[0]?.values.value ?? ''
            this.#properties.set(name, value)
        }
        if (value !== '') return value
        return alt === undefined ? null : alt
    }

    setProperty(name: string, value: string): void {
        const row = this.#select('sys_properties', 'name', name)[0]
        if (row) this.db.updateRow(row, { value })
        else this.db.insertRow('sys_properties', { name, value })
    }

    // ---- messages and logs

    /** Registers translations used by gs.getMessage. */
    addMessages(messages: Readonly<Record<string, string>>): void {
        for (const [key, text] of Object.entries(messages)) this.#translations.set(key, text)
    }

    getMessage(key: string, args?: unknown): string {
        const list = args === undefined || args === null ? [] : Array.isArray(args) ? args : [args]
        return formatMessage(this.#translations.get(key) ?? key, list)
    }

    log(level: LogLevel, message: string, source?: string): void {
        this.logs.push(source === undefined ? { level, message } : { level, message, source })
    }

    /** Clears captured messages and logs. */
    clearOutput(): void {
        this.messages.info.length = 0
        this.messages.error.length = 0
        this.logs.length = 0
    }

    // ---- business-rule records

    /** `current` of an insert: a new record (sys_id assigned, defaults applied), not yet stored. */
    recordForInsert(table: string, values: Readonly<Record<string, unknown>> = {}): PlatformGlideRecord {
        const current = createRecord(this.db, table)
        current.newRecord()
        for (const [name, value] of Object.entries(values)) current.setValue(name, value)
        current[STATE].operation = 'insert'
        return asPlatformRecord(current)
    }

    /** `current` (the stored row with `changes` applied, not yet stored) and a read-only `previous` of an update. */
    recordForUpdate(
        table: string,
        sysId: string,
        changes: Readonly<Record<string, unknown>> = {},
    ): { current: PlatformGlideRecord; previous: PlatformGlideRecord } {
        const row = this.#existing(table, sysId)
        const current = createRecord(this.db, table)
        positionOn(current, row)
        for (const [name, value] of Object.entries(changes)) current.setValue(name, value)
        current[STATE].operation = 'update'
        return { current: asPlatformRecord(current), previous: asPlatformRecord(previousImage(this.db, table, row)) }
    }

    /** `current` of a display rule: the stored record. */
    recordForDisplay(table: string, sysId: string): PlatformGlideRecord {
        const current = createRecord(this.db, table)
        positionOn(current, this.#existing(table, sysId))
        return asPlatformRecord(current)
    }

    #existing(table: string, sysId: string): StoredRow {
        const row = this.db.store.find(table, sysId)
        if (!row) throw new Error(`No ${table} record with sys_id ${sysId}`)
        return row
    }

    /** The platform's save of a pending insert/update/delete (not an app write); false when aborted. */
    commit(current: PlatformGlideRecord | GlideRecord): boolean {
        return commitRecord(fromPlatformRecord(current))
    }
}
