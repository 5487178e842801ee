/**
 * The rows of one table file in any form an admin gets from an instance: Table API JSON (`{"result":[...]}`), a
 * list's Export > JSON (`{"records":[...]}`), or Export > XML / a record export (root `<xml>` or `<unload>`).
 * Export formats: ServiceNow docs "Export data from a list" and "Query parameters for display value and header"
 * (JSON exports raw values unless displayvalue=true; CSV exports display values by default).
 */
import { SnapshotError } from '../errors.ts'
import { isObject, type RawRow, type TableForm } from '../values.ts'
import { readText } from './files.ts'
import { parseExportXml, XmlError, type ExportXml } from './xml.ts'

export interface RawTable {
    file: string
    form: TableForm
    rows: RawRow[]
    /** Records of an unload marked action="DELETE": skipped, not live rows. */
    deleted?: number
}

/** Reads a JSON file (events.json, or a table in JSON). */
function readJsonFile(dir: string, file: string): unknown {
    const text = readText(dir, file)
    try {
        return JSON.parse(text)
    } catch (error) {
        throw new SnapshotError(file, null, misnamed(text) ?? `not valid JSON: ${(error as Error).message}`)
    }
}

/**
 * What a file that does not parse as its extension says really is: an HTML page (the sign-in page a browser or curl
 * gets without a session) or a CSV export saved under .json/.xml. Only called once parsing failed.
 */
function misnamed(text: string): string | null {
    const start = text.slice(0, 1000).trimStart()
    if (/^(<!doctype html|<html[\s>])/i.test(start) || /<html[\s>]/i.test(start.slice(0, 300))) {
        return (
            'is an HTML page (a login page?), not an export: the download was not signed in or got an error page. ' +
            'Export again from the list (Export > JSON or Export > XML) while signed in, or with the Table API and credentials'
        )
    }
    const line = start.split(/\r?\n/, 1)[0]
    if (!/^[{[<]/.test(line) && /^"?[\w .]+"?([,;\t]"?[\w .]+"?)+$/.test(line)) {
        return (
            'is a CSV export saved under another extension: CSV holds display values (names), which cannot be joined to other tables\' sys_ids. ' +
            'Export the list as JSON (Export > JSON) or XML (Export > XML) instead'
        )
    }
    return null
}

/** The rows of a table file, whatever its form. */
export function readTableFile(dir: string, table: string, file: string): RawTable {
    if (file.endsWith('.xml')) return { file, form: 'xml', ...readXmlRows(table, file, readText(dir, file)) }
    const data = readJsonFile(dir, file)
    if (isObject(data) && Array.isArray(data.result)) return { file, form: 'table-api', rows: rowsOf(file, data.result) }
    if (isObject(data) && Array.isArray(data.records)) return { file, form: 'list-json', rows: rowsOf(file, data.records) }
    if (isObject(data) && isObject(data.error)) {
        const { message, detail } = data.error
        throw new SnapshotError(
            file,
            null,
            `holds an API error, not records: "${[message, detail].filter(Boolean).join(': ')}"` +
                (/auth/i.test(`${message} ${detail}`) ? ' (the export was not signed in; export again with credentials, or from the list)' : ''),
        )
    }
    throw new SnapshotError(
        file,
        null,
        'wrong shape: expected the Table API form {"result":[...]} or a list export (Export > JSON) {"records":[...]}',
    )
}

function rowsOf(file: string, list: unknown[]): RawRow[] {
    list.forEach((row, index) => {
        if (!isObject(row)) throw new SnapshotError(file, index, 'wrong shape: a row must be an object')
    })
    return list as RawRow[]
}

/**
 * Export > XML writes `<xml><table>...</table>...</xml>`; a record export writes `<unload><table action="...">`.
 * A field is `<field>value</field>`, `<field display_value="Name">sys_id</field>` for a reference, `<field/>` when empty.
 * Elements not named after the table (an unload's deletes of related records) are not rows.
 */
function readXmlRows(table: string, file: string, text: string): { rows: RawRow[]; deleted: number } {
    let parsed: ExportXml
    try {
        parsed = parseExportXml(text)
    } catch (error) {
        if (!(error instanceof XmlError)) throw error
        throw new SnapshotError(file, null, misnamed(text) ?? `not valid XML: ${error.message}`)
    }
    if (parsed.root !== 'xml' && parsed.root !== 'unload') {
        throw new SnapshotError(
            file,
            null,
            misnamed(text) ?? `wrong shape: expected a list's Export > XML (root <xml>) or a record export (root <unload>)`,
        )
    }
    let deleted = 0
    const rows = parsed.records
        .filter((record) => {
            if (record.name !== table) return false
            if (record.action?.toUpperCase() !== 'DELETE') return true
            deleted++
            return false
        })
        .map((record, index) => {
            const row: RawRow = {}
            for (const [field, value] of record.fields) {
                if (field in row) throw new SnapshotError(file, index, `field "${field}" appears twice in one record`)
                row[field] = value
            }
            return row
        })
    return { rows, deleted }
}
