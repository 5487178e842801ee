/** GlideElement: one field of a GlideRecord. */
import type { Database } from './database.ts'
import { equalityKey } from './match.ts'
import { STATE, type HasState } from './state.ts'
import type { StoredRow } from './storage.ts'
import { toGlideString } from './util.ts'

/** What an element uses of its record. */
export interface ElementRecord extends HasState {
    getValue(field: string): string | null
    getDisplayValue(field?: string): string
    setValue(field: string, value: unknown): void
    getTableName(): string
}

/**
 * Opens a record of `table` positioned on `row` (on no row when undefined): getRefRecord's record, made by the caller
 * that creates elements, so this module does not depend on GlideRecord.
 */
export type OpenRecord<R> = (db: Database, table: string, row: StoredRow | undefined) => R

export class GlideElement<R extends ElementRecord = ElementRecord> {
    readonly #record: R
    readonly #name: string
    readonly #open: OpenRecord<R>

    constructor(record: R, name: string, open: OpenRecord<R>) {
        this.#record = record
        this.#name = name
        this.#open = open
    }

    getName(): string {
        return this.#name
    }

    getTableName(): string {
        return this.#record.getTableName()
    }

    /** The stored value; null when empty, like GlideRecord.getValue. */
    getValue(): string | null {
        return this.#record.getValue(this.#name)
    }

    toString(): string {
        return this.#record.getValue(this.#name) ?? ''
    }

    getDisplayValue(): string {
        return this.#record.getDisplayValue(this.#name)
    }

    nil(): boolean {
        return this.#record.getValue(this.#name) === null
    }

    setValue(value: unknown): void {
        this.#record.setValue(this.#name, value)
    }

    getReferenceTable(): string {
        const s = this.#record[STATE]
        return s.db.schema.referenceTable(s.table, this.#name) ?? ''
    }

    /** A record positioned on the referenced row (a reference read), or one with isValidRecord() false. */
    getRefRecord(): R {
        const s = this.#record[STATE]
        const table = this.getReferenceTable()
        const row = table ? s.db.followReference(table, s.values[this.#name] ?? '') : undefined
        return this.#open(s.db, table, row)
    }

    /** The value differs from the one loaded (for business-rule records: from the previous image). */
    changes(): boolean {
        const s = this.#record[STATE]
        return !this.#same(s.values[this.#name] ?? '', s.original[this.#name] ?? '')
    }

    changesTo(value: unknown): boolean {
        const s = this.#record[STATE]
        return this.changes() && this.#same(s.values[this.#name] ?? '', toGlideString(value))
    }

    changesFrom(value: unknown): boolean {
        const s = this.#record[STATE]
        return this.changes() && this.#same(s.original[this.#name] ?? '', toGlideString(value))
    }

    #same(a: string, b: string): boolean {
        const s = this.#record[STATE]
        const isBoolean = s.db.schema.field(s.table, this.#name)?.type === 'boolean'
        return equalityKey(a, isBoolean, true) === equalityKey(b, isBoolean, true)
    }
}
