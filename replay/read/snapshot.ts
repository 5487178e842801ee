import { existsSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { SnapshotError } from './errors.ts'
import { eventsFromHistory, rawDateTime } from './history/events.ts'
import { readPartnerLists } from './partners/lists.ts'
import { tableParts } from './export/files.ts'
import { findTableFile, isObject, MAX_SNAPSHOT_BYTES, readTableFile, type TableForm } from './export/formats.ts'
import { Interner } from './intern.ts'
import { jsonArrayElements } from './events/stream.ts'

export type Row = Record<string, string>

/** Tables a snapshot must contain (an empty `{"result":[]}` is fine). */
export const REQUIRED_TABLES = [
    'sys_user',
    'cmn_department',
    'sys_user_group',
    'x_bu_itpartner_partner',
    'x_bu_itpartner_department',
    'x_bu_itpartner_red_flag',
    'x_bu_itpartner_route',
] as const

/** Tables read when present. `incident` (existing tickets that update events may name) is a replay extension. */
export const OPTIONAL_TABLES = [
    'sys_user_grmember',
    'sys_user_has_role',
    'sys_user_role',
    'sys_properties',
    'sysrule_assignment',
    'x_bu_itpartner_decision',
    'incident',
    'sys_dictionary',
    'sys_audit',
] as const

/** The app's own tables: absent before the app is installed, so an absent file is an empty table (with a warning). */
const APP_TABLE = /^x_bu_itpartner_/

/** Tables an event may name: task tables. Business rules of the app run on incident. */
export const EVENT_TABLES = new Set(['incident', 'problem', 'change_request', 'sc_request', 'sc_req_item', 'sc_task'])

/** Reference columns the replay checks, by table: column -> target table. App tables add theirs from sys_dictionary. */
export const BASE_REFERENCES: Record<string, Record<string, string>> = {
    sys_user: { department: 'cmn_department' },
    sys_user_grmember: { user: 'sys_user', group: 'sys_user_group' },
    sys_user_has_role: { user: 'sys_user' },
    sysrule_assignment: { group: 'sys_user_group', user: 'sys_user' },
    x_bu_itpartner_partner: { support_group: 'sys_user_group' },
    x_bu_itpartner_department: { department: 'cmn_department', partner: 'x_bu_itpartner_partner' },
    x_bu_itpartner_red_flag: { user: 'sys_user', partner: 'x_bu_itpartner_partner' },
    x_bu_itpartner_route: { assignment_group: 'sys_user_group' },
    x_bu_itpartner_decision: {
        partner: 'x_bu_itpartner_partner',
        from_group: 'sys_user_group',
        to_group: 'sys_user_group',
        route: 'x_bu_itpartner_route',
    },
    incident: { caller_id: 'sys_user', opened_by: 'sys_user', assigned_to: 'sys_user', assignment_group: 'sys_user_group' },
}

/** Ticket columns checked in events (any event table). */
export const TICKET_REFERENCES: Record<string, string> = BASE_REFERENCES.incident

export interface InsertEvent {
    index: number
    table: string
    action: 'insert'
    number: string
    record: Row
    /** Who saves it: record.opened_by if present, else record.caller_id (the design's opener is the submitter). */
    user: string
    /** When the real save happened (`YYYY-MM-DD hh:mm:ss`, UTC), when the event says. */
    at?: string
}

export interface UpdateEvent {
    index: number
    table: string
    action: 'update'
    number: string
    set: Row
    /** The sys_user who saves the update ('' when the event names none). */
    user: string
    /** When the real save happened (`YYYY-MM-DD hh:mm:ss`, UTC), when the event says. */
    at?: string
}

export type ReplayEvent = InsertEvent | UpdateEvent

/** The events of a snapshot, checked when loaded; each iteration reads them again in order. */
export interface EventList extends Iterable<ReplayEvent> {
    readonly length: number
    /** Fields the events set, by table. */
    readonly fields: ReadonlyMap<string, ReadonlySet<string>>
}

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

export interface LoadOptions {
    /** Extra reference columns (from the built app's sys_dictionary), merged over BASE_REFERENCES. */
    references?: Record<string, Record<string, string>>
    /**
     * Fields an event may set on a table (with the table's ancestors), or null when the table's fields are unknown.
     * Given the snapshot's own tables, so columns of an export (incident.json, sys_dictionary.json) count too.
     */
    eventFields?: (table: string, tables: Map<string, Row[]>) => ReadonlySet<string> | null
    /**
     * Tables whose web service access is off in the built app: the instance answers a Table API export of them
     * with 403, so a `{"result":[...]}` file of such a table cannot have come from this app.
     */
    noWebServiceAccess?: ReadonlySet<string>
    /** Told before each file is read (the CLI shows it once the load takes long). */
    progress?: (message: string) => void
    /** Told each snapshot warning as it is found; loadSnapshot collects them in Snapshot.warnings. */
    warn?: (message: string) => void
    /**
     * The tickets as they are, no events (the backfill's dry run): incident.json is required and stays a table,
     * events.json and sys_audit are not read.
     */
    ticketsOnly?: boolean
}

/**
 * Columns an export may leave out, and what the replay then takes (the instance's default for the field), by table:
 * a missing column is one warning per file. Checked on the first row: an export has the same columns in every row.
 */
export const DEFAULTED_COLUMNS: Record<string, Record<string, string>> = {
    sys_user: {
        department: "no user has a department, so no ticket gets a Partner from its caller's department",
        active: 'every user counts as active',
        name: 'users are shown by user_name',
    },
    cmn_department: { name: 'departments are shown by sys_id' },
    sys_user_group: { name: 'groups are shown by sys_id, and tier1_groups names match no group', active: 'every group counts as active' },
    x_bu_itpartner_partner: { name: 'Partners are shown by sys_id', active: 'every Partner counts as active' },
    x_bu_itpartner_department: { active: 'every Partner department row counts as active' },
    x_bu_itpartner_red_flag: { active: 'every red flag counts as active' },
    x_bu_itpartner_route: { active: 'every route counts as active', order: 'every route has order 0', table: 'every route applies to incident' },
}

/** Columns without which a table's rows mean nothing: a missing one is an error (exit 2). */
export const REQUIRED_COLUMNS: Record<string, string[]> = {
    x_bu_itpartner_department: ['department', 'partner'],
    x_bu_itpartner_red_flag: ['user', 'partner'],
    x_bu_itpartner_route: ['assignment_group', 'condition'],
    sys_user_grmember: ['user', 'group'],
    sys_user_has_role: ['user', 'role'],
    sys_dictionary: ['name', 'element'],
}

/** Date columns the replay reads (the page's weekly chart, `at` of an event): raw values are `YYYY-MM-DD hh:mm:ss`. */
const DATE_FIELDS = ['at', 'opened_at', 'sys_created_on', 'sys_updated_on'] as const

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
    checkTotalSize(dir)
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
    // sys_ids of the tables a reference names (not of a million tickets that nothing references).
    const targets = new Set(['sys_user', ...Object.values(references).flatMap((columns) => Object.values(columns))])
    const ids = new Map<string, Set<string>>()
    for (const [table, rows] of tables) if (targets.has(table)) ids.set(table, new Set(rows.map((row) => row.sys_id)))
    const names = new DisplayNames(tables, files)
    for (const [table, rows] of tables) checkReferences(files.get(table)!, rows, references[table] ?? {}, ids, names)
    const dates = new DateCheck(warn)
    for (const [index, row] of (tables.get('incident') ?? []).entries()) dates.check(files.get('incident')!, index, 'row', row.number, row)
    dates.report()
    if (options.ticketsOnly) {
        if (!tables.has('incident')) throw new SnapshotError('incident.json', null, `missing (expected ${join(dir, 'incident.json')}: the tickets to backfill)`)
        tables.delete('sys_audit')
        files.delete('sys_audit')
        return { dir, tables, files, events: NO_EVENTS, warnings }
    }
    const pages = (function* () {
        const table = 'incident'
        const file = files.get(table)!
        const seen = new Set<string>()
        const shared = new SharedValues()
        let index = 0
        try {
            for (const part of incidentParts) {
                const rows = readPart(dir, table, part, { ...options, warn: tell }, seen, shared)
                for (const row of rows) {
                    checkRow(file, index, row, references[table] ?? {}, ids, names)
                    dates.check(file, index++, 'row', row.number, row)
                }
                yield rows
            }
        } finally {
            held?.forEach(tell)
            held = null
        }
        dates.report()
    })()
    const source = eventSource(dir, tables, files, warn, pages)
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

function mergeReferences(...maps: Record<string, Record<string, string>>[]): Record<string, Record<string, string>> {
    const merged: Record<string, Record<string, string>> = {}
    for (const map of maps) for (const [table, columns] of Object.entries(map)) merged[table] = { ...merged[table], ...columns }
    return merged
}

/** Refuses a snapshot whose files together exceed MAX_SNAPSHOT_BYTES before reading any, naming the file that does. */
function checkTotalSize(dir: string): void {
    let total = 0
    for (const table of [...REQUIRED_TABLES, ...OPTIONAL_TABLES]) {
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

function sizeText(bytes: number): string {
    return bytes < 2 ** 20 ? `${Math.ceil(bytes / 1024)} KB` : `${Math.round(bytes / 2 ** 20)} MB`
}

/** One table's rows, read and checked on their own (no reference check). */
export function readTable(dir: string, table: string, required: boolean, options: LoadOptions, files: Map<string, string>): Row[] | undefined {
    const parts = tableFiles(dir, table, files)
    if (!parts.length) {
        if (required) throw new SnapshotError(`${table}.json`, null, `missing (expected ${join(dir, table + '.json')} or ${table}.xml)`)
        return undefined
    }
    const seen = new Set<string>()
    const shared = new SharedValues()
    return parts.flatMap((part) => readPart(dir, table, part, options, seen, shared))
}

/** The files of a table (the export, or its pages in order), named in `files` when there are any. */
function tableFiles(dir: string, table: string, files: Map<string, string>): string[] {
    const file = findTableFile(dir, table)
    const parts = file ? [file] : tableParts(dir, table)
    if (parts.length) files.set(table, parts.length > 1 ? `${table}.*.json` : parts[0])
    return parts
}

/** Distinct values of one column that SharedValues keeps: past it the column is taken as unique (sys_id, number, text). */
const MAX_SHARED_PER_COLUMN = 50_000

/**
 * JSON.parse makes a new string for every value: equal values of a column (the same caller, group, category in a
 * million ticket rows) share one instead, which the events built from the rows then share too.
 */
class SharedValues {
    /** By column: its values so far, or null once it has too many to be worth sharing. */
    private readonly columns = new Map<string, Map<string, string> | null>()

    share(row: Row): void {
        for (const field in row) {
            let values = this.columns.get(field)
            if (values === null) continue
            if (!values) this.columns.set(field, (values = new Map()))
            const value = row[field]
            const known = values.get(value)
            if (known !== undefined) row[field] = known
            else if (values.size < MAX_SHARED_PER_COLUMN) values.set(value, value)
            else this.columns.set(field, null)
        }
    }
}

/** One file of a table: the whole export, or one page of it. `seen` holds the sys_ids of the table's earlier pages. */
function readPart(dir: string, table: string, file: string, options: LoadOptions, seen: Set<string>, shared: SharedValues): Row[] {
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

/**
 * Dates in a display format (`05/12/2026 10:00:00 AM`, `2026-12-05 10:00:00 AM`) where the replay expects the raw
 * `YYYY-MM-DD hh:mm:ss` (UTC): a list exported with display values. Counted per file, reported once with the first.
 */
class DateCheck {
    private first: string | null = null
    private count = 0

    constructor(private readonly warn: (message: string) => void) {}

    check(file: string, index: number, unit: 'row' | 'event', number: string | undefined, ...values: (Record<string, unknown> | undefined)[]): void {
        for (const value of values) {
            if (!value) continue
            for (const field of DATE_FIELDS) {
                const date = value[field]
                if (typeof date !== 'string' || !date || isRawDate(date)) continue
                this.count++
                this.first ??= `${file}: ${unit} ${index + 1}${number ? ` (${number})` : ''} has ${field} "${date.slice(0, 40)}"`
            }
        }
    }

    /** Reports what was found since the last report. */
    report(): void {
        if (!this.first) return
        this.warn(
            `${this.first}${this.count > 1 ? ` and ${this.count - 1} more date${this.count === 2 ? '' : 's'}` : ''} not in the raw format ` +
                'YYYY-MM-DD hh:mm:ss (UTC): display values, in the exporting user\'s date format and time zone, which the replay cannot read reliably. ' +
                'Export raw values (the Table API default, or the list\'s Export > JSON or Export > XML)',
        )
        this.first = null
        this.count = 0
    }
}

/** `YYYY-MM-DD hh:mm:ss` (or ISO with T): checked by characters, as it runs on every event. */
function isRawDate(date: string): boolean {
    const c = (i: number) => date.charCodeAt(i)
    const digit = (i: number) => c(i) >= 48 && c(i) <= 57
    return (
        date.length >= 19 && digit(0) && digit(3) && c(4) === 45 && c(7) === 45 && (c(10) === 32 || c(10) === 84) && c(13) === 58 && c(16) === 58 &&
        (date.length === 19 || !/[AP]M\s*$/i.test(date))
    )
}

/**
 * Raw values: strings, `{"link","value"}` and `{"display_value","value"}` objects, and (tolerated) JSON booleans,
 * numbers and null. A list export with displayvalue=all adds `dv_<field>` beside each field: those are skipped.
 */
export function normalizeRow(raw: Record<string, unknown>, file: string, index: number, form: TableForm = 'table-api'): Row {
    const row: Row = {}
    // for-in rather than Object.entries: every row and event passes here, and parsed objects have no inherited keys.
    for (const field in raw) {
        if (form === 'list-json' && field.startsWith('dv_') && field.slice(3) in raw) continue
        row[field] = normalizeValue(raw[field], file, index, field)
    }
    return row
}

function onlyStrings(raw: Record<string, unknown>): boolean {
    for (const field in raw) if (typeof raw[field] !== 'string') return false
    return true
}

function normalizeValue(value: unknown, file: string, index: number, field: string): string {
    if (value === null || value === undefined) return ''
    if (typeof value === 'string') return value
    if (typeof value === 'boolean' || typeof value === 'number') return String(value)
    if (isObject(value) && 'value' in value) return normalizeValue(value.value, file, index, field)
    throw new SnapshotError(file, index, `field "${field}" has a value of the wrong shape: ${JSON.stringify(value).slice(0, 80)}`)
}

function checkReferences(
    file: string,
    rows: Row[],
    columns: Record<string, string>,
    ids: Map<string, Set<string>>,
    names: DisplayNames,
): void {
    rows.forEach((row, index) => checkRow(file, index, row, columns, ids, names))
}

/** Names of each table's rows (read lazily), to recognise a display value where a sys_id belongs. */
class DisplayNames {
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

function checkRow(
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

interface EventSource {
    /** What error messages name: `events.json`, or the history files the events were built from. */
    file: string
    /** The raw events in order, read anew on each call (events.json is streamed, never held whole). */
    elements: () => Iterable<unknown>
    /** Built from incident + sys_audit: the incident rows are the events' inserts. */
    history: { columns: ReadonlySet<string> } | null
}

/**
 * events.json when the folder has one; otherwise the events built from the incident export and its audit history
 * (sys_audit), said on stderr with their count.
 */
function eventSource(
    dir: string,
    tables: Map<string, Row[]>,
    files: Map<string, string>,
    warn: (message: string) => void,
    pages: Iterable<Row[]>,
): EventSource {
    const file = 'events.json'
    const path = join(dir, file)
    if (existsSync(path)) {
        if (statSync(path).isDirectory()) throw new SnapshotError(file, null, 'is a folder; expected the events file')
        if (tables.has('sys_audit')) warn(`events.json given: its events are replayed, ${files.get('sys_audit')} is not read`)
        return { file, elements: () => jsonArrayElements(dir, file), history: null }
    }
    if (!tables.has('incident')) {
        throw new SnapshotError(file, null, `missing (expected ${path}, or incident.json with sys_audit.json to build the events from the tickets' history)`)
    }
    const audit = files.get('sys_audit') ?? null
    const from = [files.get('incident')!, audit].filter(Boolean).join(' and ')
    const history = eventsFromHistory(pages, tables.get('sys_audit') ?? [], tables.get('sys_user') ?? [], { incident: files.get('incident')!, audit })
    history.warnings.forEach(warn)
    warn(
        `no events.json: replaying ${history.events.length.toLocaleString('en-US')} events built from ${from} ` +
            `(${history.inserts.toLocaleString('en-US')} inserts, ${history.updates.toLocaleString('en-US')} updates)` +
            (audit ? '' : '; without sys_audit.json every ticket is inserted with its current values and never updated'),
    )
    return { file: `events built from ${from}`, elements: () => history.events, history: { columns: history.columns } }
}

/**
 * Checks every event once (shape, users, numbers, fields, references, dates) and returns them as an EventList that
 * reads them again on each iteration: a million events do not fit in memory as objects.
 */
function readEvents(
    dir: string,
    source: EventSource,
    tables: Map<string, Row[]>,
    ids: Map<string, Set<string>>,
    names: DisplayNames,
    options: LoadOptions,
    dates: DateCheck,
): EventList {
    const { file } = source
    if (!source.history) options.progress?.(`checking ${file} (${sizeText(statSync(join(dir, file)).size)})`)
    const numbers = new Set<string>()
    if (!source.history) for (const row of tables.get('incident') ?? []) if (row.number) numbers.add(row.number)
    const EventError = eventError(file)
    // Numbers for inserts without one start above every number in the snapshot: known only after reading all events,
    // so the events are read ahead once, when the first such insert (or an update naming an unknown number) needs it.
    let firstGenerated: number | null = null
    const generatedFrom = () => (firstGenerated ??= nextNumber(numbers, source.elements))
    let unnumbered = 0
    const users = ids.get('sys_user')!
    const fieldsOf = new Map<string, ReadonlySet<string> | null>()
    const used = new Map<string, Set<string>>()
    const checkFields = (table: string, index: number, number: string, values: Row, what: string) => {
        if (!used.has(table)) used.set(table, new Set())
        const fields = used.get(table)!
        for (const field in values) fields.add(field)
        if (!fieldsOf.has(table)) fieldsOf.set(table, options.eventFields?.(table, tables) ?? null)
        const known = fieldsOf.get(table)
        if (!known) return
        for (const field of Object.keys(values)) {
            if (known.has(field) || field === 'number') continue
            throw new EventError(
                index,
                number,
                `${what} field "${field}": ${table} has no such field${suggest(field, known)}. ` +
                    'A field of your instance that the replay does not know can be declared in sys_dictionary.json (name, element)',
            )
        }
    }
    let count = 0
    for (const raw of source.elements()) {
        const index = count++
        if (index > 0 && index % 100_000 === 0) options.progress?.(`checked ${index.toLocaleString('en-US')} events`)
        if (isObject(raw)) {
            const given = isObject(raw.record) && typeof raw.record.number === 'string' ? raw.record.number : typeof raw.number === 'string' ? raw.number : undefined
            dates.check(file, index, 'event', given, raw, isObject(raw.record) ? raw.record : undefined, isObject(raw.set) ? raw.set : undefined)
        }
        const event = toEvent(raw, index, EventError, file, () => generatedFrom() + unnumbered++, users)
        const { table } = event
        if (event.action === 'insert') {
            const { number, record } = event
            if (numbers.has(number)) throw new EventError(index, number, `number ${number} already exists`)
            checkFields(table, index, number, record, 'record')
            checkRow(file, index, record, TICKET_REFERENCES, ids, names, `(${number}) record field`, 'event')
            numbers.add(number)
        } else {
            if (!numbers.has(event.number)) {
                const generated = numberValue(event.number)
                const first = generated === null ? null : generatedFrom()
                if (first === null || generated! < first || generated! >= first + unnumbered) {
                    throw new EventError(index, event.number, `unknown number ${event.number}: no earlier insert event or incident export row has it`)
                }
            }
            checkFields(table, index, event.number, event.set, 'set')
            checkRow(file, index, event.set, TICKET_REFERENCES, ids, names, `(${event.number}) set field`, 'event')
        }
    }
    // A number, not the closure: the closure would keep every ticket number in memory for the whole replay.
    return new CheckedEvents(source, count, used, firstGenerated ?? 0)
}

/**
 * One event in its replay form; throws EventError for a shape the replay cannot use, and for a user not in `users`
 * when given. `generated` numbers an insert without one.
 */
function toEvent(raw: unknown, index: number, EventError: EventErrorClass, file: string, generated: () => number, users?: ReadonlySet<string>): ReplayEvent {
    if (!isObject(raw)) throw new EventError(index, null, 'wrong shape: an event must be an object')
    const at = atOf(raw.at, index, EventError)
    const table = raw.table
    const given = isObject(raw.record) && typeof raw.record.number === 'string' ? raw.record.number : typeof raw.number === 'string' ? raw.number : null
    if (typeof table !== 'string' || !EVENT_TABLES.has(table)) {
        throw new EventError(index, given, `unknown table ${JSON.stringify(table)} (expected one of ${[...EVENT_TABLES].join(', ')})`)
    }
    const user = raw.user === undefined || raw.user === null ? '' : normalizeValue(raw.user, file, index, 'user')
    if (user && users && !users.has(user)) throw new EventError(index, given, `user "${user}" is not in the snapshot's sys_user export`)
    if (raw.action === 'insert') {
        if (!isObject(raw.record)) throw new EventError(index, given, 'wrong shape: an insert needs a "record" object')
        const record = eventRow(raw.record, file, index)
        const number = record.number || `INC${String(generated()).padStart(7, '0')}`
        record.number = number
        return { index, table, action: 'insert', number, record, user: user || record.opened_by || record.caller_id || '', ...at }
    }
    if (raw.action === 'update') {
        if (typeof raw.number !== 'string' || !raw.number) throw new EventError(index, null, 'an update needs a "number"')
        if (!isObject(raw.set)) throw new EventError(index, raw.number, 'wrong shape: an update needs a "set" object')
        const set = eventRow(raw.set, file, index)
        return { index, table, action: 'update', number: raw.number, set, user, ...at }
    }
    throw new EventError(index, given, `unknown action ${JSON.stringify(raw.action)} (expected "insert" or "update")`)
}

/** An event's values as a Row: the parsed object itself when its values are all strings already (most are), else a copy. */
function eventRow(raw: Record<string, unknown>, file: string, index: number): Row {
    return onlyStrings(raw) ? (raw as Row) : normalizeRow(raw, file, index)
}

const NO_EVENTS: EventList = Object.assign([] as ReplayEvent[], { fields: new Map<string, ReadonlySet<string>>() })

/**
 * The checked events, read again from their source on each iteration (one event in memory at a time from
 * events.json). Only what the checks found is kept: the count and the fields used by table.
 */
class CheckedEvents implements EventList {
    constructor(
        private readonly source: EventSource,
        readonly length: number,
        readonly fields: ReadonlyMap<string, ReadonlySet<string>>,
        private readonly firstGenerated: number,
    ) {}

    *[Symbol.iterator](): Iterator<ReplayEvent> {
        const { file } = this.source
        const EventError = eventError(file)
        let index = 0
        let unnumbered = 0
        // The embedded instance keeps each saved ticket: repeated values (the same caller, group, category) share one
        // string. Events built from the history share them already (EventStoreBuilder).
        const interned = this.source.history ? null : new Interner()
        for (const raw of this.source.elements()) {
            if (index >= this.length) break
            const event = toEvent(raw, index++, EventError, file, () => this.firstGenerated + unnumbered++)
            if (interned) {
                const values = event.action === 'insert' ? event.record : event.set
                for (const field in values) if (field !== 'number') values[field] = interned.of(values[field])
            }
            yield event
        }
        if (index !== this.length) throw new SnapshotError(file, null, 'changed while the replay was reading it; run the replay again')
    }
}

type EventErrorClass = new (index: number, number: string | null, detail: string) => SnapshotError

/** An event the replay cannot use: names its position in `file` (events.json) and its number when it has one. */
function eventError(file: string): EventErrorClass {
    return class EventError extends SnapshotError {
        constructor(index: number, number: string | null, detail: string) {
            super(file, index, number ? `(${number}) ${detail}` : detail, 'event')
        }
    }
}

/** An event's optional `at`, as `YYYY-MM-DD hh:mm:ss` (ISO in UTC is accepted). */
function atOf(value: unknown, index: number, EventError: EventErrorClass): { at?: string } {
    if (value === undefined || value === null || value === '') return {}
    const at = typeof value === 'string' ? rawDateTime(value) : null
    // A display-format date is warned about once by DateCheck; the event keeps no time rather than a wrong one.
    if (!at && typeof value === 'string' && !isRawDate(value) && /\d/.test(value) && /[AP]M$|\//.test(value.trim())) return {}
    if (!at) throw new EventError(index, null, `"at" holds ${JSON.stringify(value)}, not a date-time YYYY-MM-DD hh:mm:ss (UTC)`)
    return { at }
}

/** " (did you mean x?)" for a field one or two edits or a swap away from a known one. */
function suggest(field: string, known: ReadonlySet<string>): string {
    let best: string | null = null
    let bestDistance = 3
    for (const candidate of known) {
        const distance = editDistance(field, candidate)
        if (distance < bestDistance) {
            best = candidate
            bestDistance = distance
        }
    }
    return best ? ` (did you mean ${best}?)` : ''
}

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
function editDistance(a: string, b: string): number {
    if (Math.abs(a.length - b.length) > 2) return 3
    const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)])
    for (let j = 1; j <= b.length; j++) rows[0][j] = j
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1
            rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost)
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1)
        }
    }
    return rows[a.length][b.length]
}

/** The first generated number: above every INC number in the snapshot, and at least INC0010001. */
function nextNumber(numbers: Set<string>, elements: () => Iterable<unknown>): number {
    let max = 10000
    const consider = (number: unknown) => {
        const value = typeof number === 'string' ? numberValue(number) : null
        if (value !== null) max = Math.max(max, value)
    }
    numbers.forEach(consider)
    try {
        for (const event of elements()) if (isObject(event) && isObject(event.record)) consider(event.record.number)
    } catch (error) {
        // The events check reports a bad file at the event where it is bad.
        if (!(error instanceof SnapshotError)) throw error
    }
    return max + 1
}

function numberValue(number: string): number | null {
    const match = /^INC(\d+)$/.exec(number)
    return match ? Number(match[1]) : null
}
