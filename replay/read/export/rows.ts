/**
 * One table's rows, read from its export (the whole file, or its pages) and checked on their own: every row has a
 * sys_id, no sys_id twice, the columns the replay needs are there. References between tables are checked once every
 * table is read (../references.ts).
 */
import { statSync } from 'node:fs'
import { join } from 'node:path'
import { SnapshotError } from '../errors.ts'
import { SharedValues } from '../intern.ts'
import { DEFAULTED_COLUMNS, REQUIRED_COLUMNS } from '../tables.ts'
import { normalizeRow, onlyStrings, type Row } from '../values.ts'
import { sizeText, tableFiles } from './files.ts'
import { readTableFile } from './formats.ts'

export interface ReadOptions {
    /**
     * Tables whose web service access is off in the built app: the instance answers a Table API export of them
     * with 403, so a `{"result":[...]}` file of such a table cannot have come from this app.
     */
    noWebServiceAccess?: ReadonlySet<string>
    /** Told before each file is read (the CLI shows it once the load takes long). */
    progress?: (message: string) => void
    /** Told each warning as it is found. */
    warn?: (message: string) => void
}

/** One table's rows; undefined when the folder has no file of it and it is not required. Names its file in `files`. */
export function readTable(dir: string, table: string, required: boolean, options: ReadOptions, files: Map<string, string>): Row[] | undefined {
    const parts = tableFiles(dir, table, files)
    if (!parts.length) {
        if (required) throw new SnapshotError(`${table}.json`, null, `missing (expected ${join(dir, table + '.json')} or ${table}.xml)`)
        return undefined
    }
    const seen = new Set<string>()
    const shared = new SharedValues()
    return parts.flatMap((part) => readPart(dir, table, part, options, seen, shared))
}

/** One file of a table: the whole export, or one page of it. `seen` holds the sys_ids of the table's earlier pages. */
export function readPart(dir: string, table: string, file: string, options: ReadOptions, seen: Set<string>, shared: SharedValues): Row[] {
    options.progress?.(`reading ${file} (${sizeText(statSync(join(dir, file)).size)})`)
    const { form, rows: raws, deleted } = readTableFile(dir, table, file)
    if (deleted) {
        options.warn?.(`${file}: skipped ${deleted} row${deleted === 1 ? '' : 's'} with action="DELETE" (records the export deletes, not live rows)`)
    }
    if (form === 'table-api' && options.noWebServiceAccess?.has(table)) {
        throw new SnapshotError(
            file,
            null,
            `is a Table API export ({"result":[...]}), but the app's ${table} has web service access off, so the instance answers such a request with 403. ` +
                'Export it from the list (Export > JSON or Export > XML) instead',
        )
    }
    const rows = raws.map((raw, index) => {
        // A row of strings only is kept as parsed: a copy would double what a million ticket rows take while loading.
        const row = form !== 'list-json' && onlyStrings(raw) ? (raw as Row) : normalizeRow(raw, file, index, form)
        if (table !== 'sys_properties' || row.sys_id) {
            if (!row.sys_id) throw new SnapshotError(file, index, 'has no sys_id')
            if (seen.has(row.sys_id)) throw new SnapshotError(file, index, `duplicate sys_id ${row.sys_id}`)
            seen.add(row.sys_id)
        }
        if (table === 'sys_properties' && !row.name) throw new SnapshotError(file, index, 'a property row needs a name')
        shared.share(row)
        return row
    })
    if (rows.length) checkColumns(file, table, rows[0], options.warn)
    return rows
}

/** A column the replay reads that the export left out: an error, or one warning saying what the replay takes instead. */
function checkColumns(file: string, table: string, first: Row, warn: ((message: string) => void) | undefined): void {
    for (const column of REQUIRED_COLUMNS[table] ?? []) {
        if (!(column in first)) throw new SnapshotError(file, null, `has no column "${column}", which the replay needs; export it with this column`)
    }
    const defaulted = DEFAULTED_COLUMNS[table] ?? {}
    for (const column in defaulted) {
        if (!(column in first)) warn?.(`${file} has no column "${column}": ${defaulted[column]}. Export it with this column to replay what the instance has`)
    }
}
