/**
 * Where a table's export is in the snapshot folder, and whether it may be read: `<table>.json` or `<table>.xml`, or
 * the pages of a table exported page by page (the Table API loop in docs/replay.md), `<table>.<n>.json` (or `.xml`),
 * read in the order of n. Also the text of a file in any encoding an export is saved in, and the size limits.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { emptyFileError, SnapshotError } from '../errors.ts'

/** Largest table file read (bytes): bounds what one file can take in memory once parsed. */
export const MAX_FILE_BYTES = 256 * 1024 * 1024

/** Largest snapshot (all table files together; events.json is streamed): parsed rows take several times their text in memory. */
export const MAX_SNAPSHOT_BYTES = 512 * 1024 * 1024

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
            `${sizeText(stat.size)} is over the replay's limit of ${sizeText(MAX_FILE_BYTES)} per table file; ` +
                'export only the columns the replay reads (docs/replay.md lists them) or fewer rows',
        )
    }
    return found[0]
}

/** The pages `<table>.<n>.json` / `.xml` of a table, in the order of n. */
export function tableParts(dir: string, table: string): string[] {
    const pattern = new RegExp(`^${table.replace(/[.]/g, '\\.')}\\.(\\d+)\\.(json|xml)$`)
    return readdirSync(dir)
        .map((file) => ({ file, match: pattern.exec(file) }))
        .filter((entry) => entry.match)
        .sort((a, b) => Number(a.match![1]) - Number(b.match![1]) || a.file.localeCompare(b.file))
        .map((entry) => entry.file)
}

/** The files of a table (the export, or its pages in order), named in `files` when there are any. */
export function tableFiles(dir: string, table: string, files: Map<string, string>): string[] {
    const file = findTableFile(dir, table)
    const parts = file ? [file] : tableParts(dir, table)
    if (parts.length) files.set(table, parts.length > 1 ? `${table}.*.json` : parts[0])
    return parts
}

/** Refuses a snapshot whose files together exceed MAX_SNAPSHOT_BYTES before reading any, naming the file that does. */
export function checkTotalSize(dir: string, tables: readonly string[]): void {
    let total = 0
    for (const table of tables) {
        const file = findTableFile(dir, table)
        for (const part of file ? [file] : tableParts(dir, table)) total += add(part)
    }
    function add(file: string): number {
        const size = statSync(join(dir, file)).size
        if (total + size > MAX_SNAPSHOT_BYTES) {
            throw new SnapshotError(
                file,
                null,
                `brings the snapshot to ${sizeText(total + size)}, over the replay's limit of ${sizeText(MAX_SNAPSHOT_BYTES)} for all files together; ` +
                    'export only the columns the replay reads (docs/replay.md lists them) or fewer rows',
            )
        }
        return size
    }
}

/** A file size as messages show it: KB under a MB, else MB. */
export function sizeText(bytes: number): string {
    return bytes < 2 ** 20 ? `${Math.ceil(bytes / 1024)} KB` : `${Math.round(bytes / 2 ** 20)} MB`
}

/** Text of a file in UTF-8 (with or without BOM) or UTF-16 (either byte order, with BOM or detected). */
export function readText(dir: string, file: string): string {
    const bytes = readFileSync(join(dir, file))
    if (!bytes.length) throw emptyFileError(file)
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
