/**
 * Reads one table of a snapshot in any form an admin gets from an instance: Table API JSON (`{"result":[...]}`),
 * a list's Export > JSON (`{"records":[...]}`), or Export > XML / a record export (root `<xml>` or `<unload>`).
 * Export formats: ServiceNow docs "Export data from a list" and "Query parameters for display value and header"
 * (JSON exports raw values unless displayvalue=true; CSV exports display values by default).
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { SnapshotError } from '../errors.ts'
import { parseExportXml, XmlError, type ExportXml } from './xml.ts'

/** Largest table file read (bytes): bounds what one file can take in memory once parsed. */
export const MAX_FILE_BYTES = 256 * 1024 * 1024

/** Largest snapshot (all table files together; events.json is streamed): parsed rows take several times their text in memory. */
export const MAX_SNAPSHOT_BYTES = 512 * 1024 * 1024

export type RawRow = Record<string, unknown>

export type TableForm = 'table-api' | 'list-json' | 'xml'

export interface RawTable {
    file: string
    form: TableForm
    rows: RawRow[]
    /** Records of an unload marked action="DELETE": skipped, not live rows. */
    deleted?: number
}

/** Spreadsheet exports: named so the message can say which export to use instead. */
const REFUSED_EXTENSIONS = ['csv', 'xlsx', 'xls']

/** Finds `<table>.json` or `<table>.xml`; refuses both at once, a folder in its place, and spreadsheet exports. */
export function findTableFile(dir: string, table: string): string | null {
    const found = ['json', 'xml'].map((ext) => `${table}.${ext}`).filter((file) => existsSync(join(dir, file)))
    if (found.length > 1) {
        throw new SnapshotError(found.join(' and '), null, `table ${table} is given twice; keep one of the files`)
    }
    for (const ext of REFUSED_EXTENSIONS) {
        const file = `${table}.${ext}`
        if (!found.length && existsSync(join(dir, file))) {
            throw new SnapshotError(
                file,
                null,
                `${ext.toUpperCase()} exports are not read: they hold display values (names), which cannot be joined to other tables' sys_ids. ` +
                    `Export the list as JSON (Export > JSON) or XML (Export > XML) instead`,
            )
        }
    }
    if (!found.length) return null
    const path = join(dir, found[0])
    const stat = statSync(path)
    if (stat.isDirectory()) throw new SnapshotError(found[0], null, 'is a folder; expected the table export file')
    if (stat.size > MAX_FILE_BYTES) {
        throw new SnapshotError(
            found[0],
            null,
            `${megabytes(stat.size)} is over the replay's limit of ${megabytes(MAX_FILE_BYTES)} per table file; ` +
                'export only the columns the replay reads (docs/replay.md lists them) or fewer rows',
        )
    }
    return found[0]
}

function megabytes(bytes: number): string {
    return `${Math.round(bytes / (1024 * 1024))} MB`
}

/** Text of a file in UTF-8 (with or without BOM) or UTF-16 (either byte order, with BOM or detected). */
export function readText(dir: string, file: string): string {
    const bytes = readFileSync(join(dir, file))
    if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.toString('utf8', 3)
    if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.toString('utf16le', 2)
    if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return swapBytes(bytes.subarray(2)).toString('utf16le')
    // UTF-16 without a BOM: the first character is ASCII ('{', '[' or '<'), so one of its two bytes is zero.
    if (bytes.length >= 2 && bytes[0] !== 0 && bytes[1] === 0) return bytes.toString('utf16le')
    if (bytes.length >= 2 && bytes[0] === 0 && bytes[1] !== 0) return swapBytes(bytes).toString('utf16le')
    return bytes.toString('utf8')
}

function swapBytes(bytes: Buffer): Buffer {
    const copy = Buffer.from(bytes.subarray(0, bytes.length - (bytes.length % 2)))
    return copy.swap16()
}

/** Reads a JSON file (events.json, or a table in JSON). */
export function readJsonFile(dir: string, file: string): unknown {
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
export function misnamed(text: string): string | null {
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

export function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
}
