/**
 * The values of a ServiceNow export, the one place the replay reads them, and the Row every stage keeps them in.
 * Raw values (the Table API's default sysparm_display_value=false, a list's Export > JSON or XML) are strings; a
 * reference is the sys_id, in the Table API also as `{"link", "value"}`, and with sysparm_display_value=all as
 * `{"display_value", "value"}`; a list export with displayvalue=all adds `dv_<field>` beside each field.
 * ServiceNow docs: "Table API" (sysparm_display_value, sysparm_exclude_reference_link), "Export data from a list",
 * "Query parameters for display value and header".
 */
import { SnapshotError } from './errors.ts'

/** A record as the replay keeps it: every value a string, '' for empty. */
export type Row = Record<string, string>

/** A record as parsed from a file, before its values are read. */
export type RawRow = Record<string, unknown>

/** How a table file was exported: Table API JSON, a list's Export > JSON, or Export > XML (or a record export). */
export type TableForm = 'table-api' | 'list-json' | 'xml'

export function isObject(value: unknown): value is RawRow {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Raw values: strings, `{"link","value"}` and `{"display_value","value"}` objects, and (tolerated) JSON booleans,
 * numbers and null. A list export with displayvalue=all adds `dv_<field>` beside each field: those are skipped.
 */
export function normalizeRow(raw: RawRow, file: string, index: number, form: TableForm = 'table-api'): Row {
    const row: Row = {}
    // for-in rather than Object.entries: every row and event passes here, and parsed objects have no inherited keys.
    for (const field in raw) {
        if (form === 'list-json' && field.startsWith('dv_') && field.slice(3) in raw) continue
        row[field] = normalizeValue(raw[field], file, index, field)
    }
    return row
}

/** Whether a parsed record is a Row already (most are): then it is kept as parsed rather than copied. */
export function onlyStrings(raw: RawRow): boolean {
    for (const field in raw) if (typeof raw[field] !== 'string') return false
    return true
}

export function normalizeValue(value: unknown, file: string, index: number, field: string): string {
    if (value === null || value === undefined) return ''
    if (typeof value === 'string') return value
    if (typeof value === 'boolean' || typeof value === 'number') return String(value)
    if (isObject(value) && 'value' in value) return normalizeValue(value.value, file, index, field)
    throw new SnapshotError(file, index, `field "${field}" has a value of the wrong shape: ${JSON.stringify(value).slice(0, 80)}`)
}

/**
 * A true/false field: "true" in an export, "1" where GlideRecord.getValue reads a boolean back (the app's own rule,
 * src/server/glide/records.ts isActive), or a JSON true that a built module hands back.
 */
export function isTrue(value: unknown): boolean {
    return value === true || value === 'true' || value === '1'
}

/**
 * A true/false column whose default is true (`active`) in an export that may leave it out or empty: true unless it
 * says "false" (tables.ts DEFAULTED_COLUMNS tells the admin so once per file).
 */
export function isTrueUnlessFalse(value: string | undefined): boolean {
    return value !== 'false'
}
