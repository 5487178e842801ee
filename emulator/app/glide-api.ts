/**
 * The embedded Glide implementation's instance API as the app runtime and its callers use it (emulator/glide is its one
 * implementation; this file only describes the part of its surface they call, so they stay decoupled from its internals).
 */
import type { Privilege } from '../glide/access.ts'
import type { TableSpec } from '../glide/schema.ts'

export type Row = Record<string, string>

export interface GlideRecordLike {
    getValue(field: string): string | null
    setValue(field: string, value: unknown): void
    getDisplayValue(field?: string): string
    getUniqueValue(): string
    getTableName(): string
    isNewRecord(): boolean
    isActionAborted(): boolean
}

/** A table as the schema defines it (scope, parent, display field, columns). */
export type TableDefinition = TableSpec

export interface StoredRowLike {
    seq: number
    values: Readonly<Row>
}

export interface InstanceLike {
    activate(): unknown
    load(table: string, rows: Row[]): unknown
    rows(table: string): Row[]
    row(table: string, id: string): Row | null | undefined
    schema: {
        define(table: string, definition: TableDefinition): void
        field(table: string, name: string): unknown
        hasTable(table: string): boolean
        isA(table: string, base: string): boolean
    }
    db: {
        store: {
            size(table: string): number
            find(table: string, id: string): StoredRowLike | undefined
            lookup(table: string, field: string, values: readonly string[]): StoredRowLike[]
        }
    }
    /** The scope app code's Glide calls are made from. */
    callingScope: string
    /** The cross-scope policy app code runs under. */
    crossScope: { appName: string; privileges: readonly Privilege[] }
    setProperty(name: string, value: string): void
    session: { userId: string; userName: string }
    recordForInsert(table: string, values: Row): GlideRecordLike
    recordForUpdate(table: string, sysId: string, changes: Row): { current: GlideRecordLike; previous: GlideRecordLike }
    recordForDisplay(table: string, sysId: string): GlideRecordLike
    commit(current: GlideRecordLike): boolean
    counters: { queries: number; writes: number; referenceReads: number }
    resetCounters(): void
    messages: { info: string[]; error: string[] }
    logs: { level: string; message: string }[]
    clearOutput(): void
}

export interface GlideModule {
    Instance: new (schema?: unknown) => InstanceLike
    GlideFilter: { checkRecord(record: GlideRecordLike, condition: string): boolean }
    /** `global` as the app's scripts see it (global script includes). */
    globalScope(instance: InstanceLike): object
    [name: string]: unknown
}

let loaded: GlideModule | null = null

/** The embedded Glide module, loaded once; built sys_modules importing '@servicenow/glide' get this same object. */
export function glideModule(): GlideModule {
    // Copied into a plain object: the transpiled module's exports are getters, read on every Glide call the app makes.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    if (!loaded) loaded = { ...(require('../glide/index.ts') as GlideModule) }
    return loaded
}
