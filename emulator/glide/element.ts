/** GlideElement: one field of a GlideRecord. */
import { equalityKey } from './encoded-query.ts'
import { STATE, createRecord, positionOn, type GlideRecord } from './record.ts'
import { toGlideString } from './util.ts'

export class GlideElement {
    readonly #record: GlideRecord
    readonly #name: string

    constructor(record: GlideRecord, name: string) {
        this.#record = record
        this.#name = name
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
    getRefRecord(): GlideRecord {
        const s = this.#record[STATE]
        const table = this.getReferenceTable()
        const gr = createRecord(s.db, table)
        const row = table ? s.db.readReference(table, s.values[this.#name] ?? '') : undefined
        if (row) positionOn(gr, row)
        return gr
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
