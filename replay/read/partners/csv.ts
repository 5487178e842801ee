/**
 * A spreadsheet saved as CSV, read as the platform's CSV data source reads it ("File type data sources": header row
 * first, comma-delimited, fields quoted with "..." and "" for a quote inside). Excel saves "CSV" with the list
 * separator of the computer's region, which is ";" in many (where "," is the decimal mark): a header row with ";" and
 * no "," is read with ";" between fields.
 */
import { SnapshotError } from '../errors.ts'
import type { Row } from '../values.ts'

export interface CsvTable {
    /** Staging column names, in header order (see stagingColumn). */
    columns: string[]
    /** One object per data row, by staging column; `line` is the row's line number in the file (header = 1). */
    rows: { line: number; values: Row }[]
}

/**
 * The import set column the platform creates for a header: "u_" and the header in lower case, each run of other
 * characters one underscore ("IT Partner" -> u_it_partner); the rule src/fluent/import/department-import.now.ts cites
 * ("Dictionary entry form", "Import sets key concepts") and test/artifacts/imports.test.ts checks.
 */
export function stagingColumn(header: string): string {
    return 'u_' + header.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '')
}

export function parseCsv(file: string, text: string): CsvTable {
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
    const records = splitRecords(file, body, separatorOf(body))
    const header = records.shift()
    if (!header || header.fields.every((field) => !field.trim())) throw new SnapshotError(file, null, 'is empty: expected a header row first')
    const columns = header.fields.map(stagingColumn)
    const rows = records
        .filter((record) => record.fields.some((field) => field.trim()))
        .map((record) => ({ line: record.line, values: Object.fromEntries(columns.map((column, index) => [column, record.fields[index] ?? ''])) }))
    return { columns, rows }
}

/** "," unless the header row has ";" and no ",". */
function separatorOf(text: string): string {
    const end = text.search(/[\r\n]/)
    const header = end < 0 ? text : text.slice(0, end)
    return header.includes(';') && !header.includes(',') ? ';' : ','
}

function splitRecords(file: string, text: string, separator: string): { line: number; fields: string[] }[] {
    const records: { line: number; fields: string[] }[] = []
    let fields: string[] = []
    let field = ''
    let line = 1
    let start = 1
    let quoted = false
    for (let index = 0; index < text.length; index++) {
        const char = text[index]
        if (quoted) {
            if (char === '"' && text[index + 1] === '"') {
                field += '"'
                index++
            } else if (char === '"') {
                quoted = false
            } else {
                if (char === '\n') line++
                field += char
            }
        } else if (char === '"' && !field) {
            quoted = true
        } else if (char === separator) {
            fields.push(field)
            field = ''
        } else if (char === '\n' || char === '\r') {
            if (char === '\r' && text[index + 1] === '\n') index++
            fields.push(field)
            records.push({ line: start, fields })
            fields = []
            field = ''
            start = ++line
        } else {
            field += char
        }
    }
    if (quoted) throw new SnapshotError(file, null, `line ${start}: a quoted field is not closed`)
    if (field || fields.length) {
        fields.push(field)
        records.push({ line: start, fields })
    }
    return records
}
