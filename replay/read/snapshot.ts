/**
 * Reads a snapshot folder into what the replay runs: the tables (rows by table, every value a string) and the
 * checked events. In the order it reads: each table's export (export/), the IT Partner lists saved as CSV when the
 * app's tables are not exported (partners/), the references between tables, then the events: events.json, or the
 * events built from the tickets' history (history/), each checked once (events/). Anything unusable throws a
 * SnapshotError naming the file and row.
 */
import { existsSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { DateCheck } from './date-check.ts'
import { SnapshotError } from './errors.ts'
import { readEvents, type CheckOptions } from './events/check.ts'
import { NO_EVENTS, type EventList } from './events/event.ts'
import { eventSource } from './events/source.ts'
import { checkTotalSize, tableFiles } from './export/files.ts'
import { readPart, readTable, type ReadOptions } from './export/rows.ts'
import { SharedValues } from './intern.ts'
import { MissingRecords, type ReferenceCheck } from './history/missing.ts'
import { readPartnerLists } from './partners/lists.ts'
import { checkRow, DisplayNames, mergeReferences, referencedIds } from './references.ts'
import { APP_TABLE, BASE_REFERENCES, OPTIONAL_TABLES, REQUIRED_TABLES } from './tables.ts'
import type { Row } from './values.ts'

export interface Snapshot {
    dir: string
    /** What the replay reads in a way the admin should know (a missing column, skipped rows, display-format dates). */
    warnings: string[]
    /** Rows by table, values normalized to strings. */
    tables: Map<string, Row[]>
    /** The file each table was read from (`<table>.json` or `<table>.xml`). */
    files: Map<string, string>
    events: EventList
}

export interface LoadOptions extends ReadOptions, CheckOptions {
    /** Extra reference columns (from the built app's sys_dictionary), merged over BASE_REFERENCES. */
    references?: Record<string, Record<string, string>>
    /**
     * The tickets as they are, no events (the backfill's dry run): incident.json is required and stays a table,
     * events.json and sys_audit are not read.
     */
    ticketsOnly?: boolean
}

/** Reads and checks a snapshot folder. Throws SnapshotError naming the file and row for anything unusable. */
export function loadSnapshot(dir: string, options: LoadOptions = {}): Snapshot {
    if (!existsSync(dir)) throw new SnapshotError(dir, null, 'snapshot folder does not exist')
    if (!statSync(dir).isDirectory()) throw new SnapshotError(dir, null, 'is a file; expected the snapshot folder')
    const tables = new Map<string, Row[]>()
    const files = new Map<string, string>()
    const warnings: string[] = []
    const tell = (message: string) => {
        warnings.push(message)
        options.warn?.(message)
    }
    /** Warnings said after the history's incident pages, which are read last but whose warnings come in table order. */
    let held: string[] | null = null
    const warn = (message: string) => (held ? held.push(message) : tell(message))
    const read = (table: string, required: boolean) => {
        const rows = readTable(dir, table, required, { ...options, warn }, files)
        if (rows) tables.set(table, rows)
    }
    checkTotalSize(dir, [...REQUIRED_TABLES, ...OPTIONAL_TABLES])
    // Without events.json the incident rows are the events' inserts: read page by page once the rest is loaded.
    const history = !options.ticketsOnly && !existsSync(join(dir, 'events.json'))
    let incidentParts: string[] = []
    for (const table of REQUIRED_TABLES) read(table, !APP_TABLE.test(table))
    for (const table of OPTIONAL_TABLES) {
        if (history && table === 'incident') {
            incidentParts = tableFiles(dir, table, files)
            if (incidentParts.length) {
                tables.set(table, [])
                held = []
            }
        } else read(table, false)
    }
    const lists = readPartnerLists(dir, tables, tables.get('sys_user')!, tables.get('cmn_department')!)
    for (const [table, rows] of lists.tables) {
        tables.set(table, rows)
        files.set(table, lists.files.get(table)!)
    }
    lists.warnings.forEach(warn)
    const absent = REQUIRED_TABLES.filter((table) => !tables.has(table))
    if (absent.length) warn(`no ${absent.map((table) => `${table}.json`).join(', ')}: taken as empty (the app's tables before it is installed)`)
    for (const table of absent) {
        tables.set(table, [])
        files.set(table, `${table}.json`)
    }
    const references = mergeReferences(BASE_REFERENCES, options.references ?? {})
    const ids = referencedIds(tables, references)
    const names = new DisplayNames(tables, files)
    const check: ReferenceCheck = {
        columns: references.incident ?? {},
        has: (table, id) => ids.get(table)?.has(id) ?? true,
        isName: (table, value) => names.has(table, value),
        fileOf: (table) => names.fileOf(table),
    }
    const addStandIns = (standIns: ReadonlyMap<string, Row[]>) => {
        for (const [table, rows] of standIns) {
            tables.get(table)!.push(...rows)
            for (const row of rows) ids.get(table)!.add(row.sys_id)
        }
    }
    for (const [table, rows] of tables) {
        if (table === 'incident') continue
        const file = files.get(table)!
        rows.forEach((row, index) => checkRow(file, index, row, references[table] ?? {}, ids, names))
    }
    // The tickets' own groups and users may have been deleted since, like those of their history (history/missing.ts).
    const tickets = new MissingRecords(check, { incident: files.get('incident') ?? 'incident.json', audit: null })
    for (const [index, row] of (tables.get('incident') ?? []).entries()) tickets.incidentRow(index, row)
    tickets.warnings().forEach(warn)
    addStandIns(tickets.standIns())
    const dates = new DateCheck(warn)
    for (const [index, row] of (tables.get('incident') ?? []).entries()) dates.check(files.get('incident')!, index, 'row', row.number, row)
    dates.report()
    if (options.ticketsOnly) {
        if (!tables.has('incident')) throw new SnapshotError('incident.json', null, `missing (expected ${join(dir, 'incident.json')}: the tickets to backfill)`)
        tables.delete('sys_audit')
        files.delete('sys_audit')
        return { dir, tables, files, events: NO_EVENTS, warnings }
    }
    // The history's incident rows, page by page as the events are built from them; their references are checked as
    // the history is built (a group or user deleted since is no error there).
    const pages = (function* () {
        const table = 'incident'
        const file = files.get(table)!
        const seen = new Set<string>()
        const shared = new SharedValues()
        let index = 0
        try {
            for (const part of incidentParts) {
                const rows = readPart(dir, table, part, { ...options, warn: tell }, seen, shared)
                for (const row of rows) dates.check(file, index++, 'row', row.number, row)
                yield rows
            }
        } finally {
            held?.forEach(tell)
            held = null
        }
        dates.report()
    })()
    const source = eventSource(dir, tables, files, warn, pages, check)
    addStandIns(source.history?.standIns ?? new Map())
    // The history is in the events now; the embedded instance does not need it. Its rows go before the events are
    // checked: with a million tickets they take as much memory as the replay.
    tables.delete('sys_audit')
    files.delete('sys_audit')
    let checked = tables
    if (source.history) {
        // The tickets are the events' inserts, not tickets that exist before the replay. Their export's columns
        // still count as fields the events may set.
        tables.delete('incident')
        files.delete('incident')
        checked = new Map(tables).set('incident', [Object.fromEntries([...source.history.columns].map((column) => [column, '']))])
    }
    const events = readEvents(dir, source, checked, ids, names, options, dates)
    dates.report()
    return { dir, tables, files, events, warnings }
}
