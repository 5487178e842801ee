/**
 * The references between a snapshot's tables: every reference a row or an event holds names a row of the snapshot.
 * A name where a sys_id belongs is told apart (the file was exported with display values), since the fix differs.
 */
import { SnapshotError } from './errors.ts'
import type { Row } from './values.ts'

/** Reference columns by table (column -> target table): the later maps add to and override the earlier ones. */
export function mergeReferences(...maps: Record<string, Record<string, string>>[]): Record<string, Record<string, string>> {
    const merged: Record<string, Record<string, string>> = {}
    for (const map of maps) for (const [table, columns] of Object.entries(map)) merged[table] = { ...merged[table], ...columns }
    return merged
}

/** The sys_ids of sys_user and of every table a reference names (not of a million tickets that nothing references). */
export function referencedIds(tables: Map<string, Row[]>, references: Record<string, Record<string, string>>): Map<string, Set<string>> {
    const targets = new Set(['sys_user', ...Object.values(references).flatMap((columns) => Object.values(columns))])
    const ids = new Map<string, Set<string>>()
    for (const [table, rows] of tables) if (targets.has(table)) ids.set(table, new Set(rows.map((row) => row.sys_id)))
    return ids
}

/** Names of each table's rows (read lazily), to recognise a display value where a sys_id belongs. */
export class DisplayNames {
    private readonly byTable = new Map<string, Set<string>>()

    constructor(
        private readonly tables: Map<string, Row[]>,
        private readonly files: Map<string, string>,
    ) {}

    fileOf(table: string): string {
        return this.files.get(table) ?? `${table}.json`
    }

    has(table: string, value: string): boolean {
        let names = this.byTable.get(table)
        if (!names) {
            names = new Set()
            for (const row of this.tables.get(table) ?? []) {
                for (const field of ['name', 'user_name', 'number', 'description']) if (row[field]) names.add(row[field])
            }
            this.byTable.set(table, names)
        }
        return names.has(value)
    }
}

/**
 * Checks the references of one row (or an event's values: `what` and `unit` name them in the message). Throws
 * SnapshotError for a value that is not the sys_id of a row of its target table, when that table is in `ids`.
 */
export function checkRow(
    file: string,
    index: number,
    row: Row,
    columns: Record<string, string>,
    ids: Map<string, Set<string>>,
    names: DisplayNames,
    what = 'field',
    unit: 'row' | 'event' = 'row',
): void {
    for (const field in columns) {
        const value = row[field]
        if (!value) continue
        const target = columns[field]
        const known = ids.get(target)
        if (known && !known.has(value)) {
            if (names.has(target, value)) {
                throw new SnapshotError(
                    file,
                    index,
                    `${what} "${field}" holds "${value}", the name of a ${target} row, not its sys_id: the file was exported with display values, ` +
                        'which cannot be joined to other tables. Export raw values instead (the Table API default, or the list\'s Export > JSON or Export > XML)',
                    unit,
                )
            }
            throw new SnapshotError(
                file,
                index,
                `${what} "${field}" references ${target} "${value}", which is not in ${names.fileOf(target)}${row.sys_id ? ` (row sys_id ${row.sys_id})` : ''}`,
                unit,
            )
        }
    }
}
