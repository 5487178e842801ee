/** Display values: a record's (its table's display field, rendered) and a field's. */
import type { Database } from './database.ts'
import type { Row } from './util.ts'

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
    const row = db.followReference(def.reference, value)
    return row ? displayOf(db, row.table, row.values) : ''
}
