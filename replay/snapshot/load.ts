import { existsSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { SnapshotError } from './errors.ts'
import { findTableFile, isObject, MAX_SNAPSHOT_BYTES, readTableFile, type TableForm } from './read.ts'
import { jsonArrayElements } from './stream.ts'

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
] as const

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
}

export interface UpdateEvent {
    index: number
    table: string
    action: 'update'
    number: string
    set: Row
    /** The sys_user who saves the update ('' when the event names none). */
    user: string
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
}

/** Reads and checks a snapshot folder. Throws SnapshotError naming the file and row for anything unusable. */
export function loadSnapshot(dir: string, options: LoadOptions = {}): Snapshot {
    if (!existsSync(dir)) throw new SnapshotError(dir, null, 'snapshot folder does not exist')
    if (!statSync(dir).isDirectory()) throw new SnapshotError(dir, null, 'is a file; expected the snapshot folder')
    const tables = new Map<string, Row[]>()
    const files = new Map<string, string>()
    const read = (table: string, required: boolean) => {
        const rows = readTable(dir, table, required, options, files)
        if (rows) tables.set(table, rows)
    }
    checkTotalSize(dir)
    for (const table of REQUIRED_TABLES) read(table, true)
    for (const table of OPTIONAL_TABLES) read(table, false)
    const references = mergeReferences(BASE_REFERENCES, options.references ?? {})
    const ids = new Map<string, Set<string>>()
    for (const [table, rows] of tables) ids.set(table, new Set(rows.map((row) => row.sys_id)))
    const names = new DisplayNames(tables, files)
    for (const [table, rows] of tables) checkReferences(files.get(table)!, rows, references[table] ?? {}, ids, names)
    const events = readEvents(dir, tables, ids, names, options)
    return { dir, tables, files, events }
}

function mergeReferences(...maps: Record<string, Record<string, string>>[]): Record<string, Record<string, string>> {
    const merged: Record<string, Record<string, string>> = {}
    for (const map of maps) for (const [table, columns] of Object.entries(map)) merged[table] = { ...merged[table], ...columns }
    return merged
}

/**
 * Refuses a snapshot whose table files together exceed MAX_SNAPSHOT_BYTES before reading any, naming the file that
 * does. events.json is not counted: it is read one event at a time.
 */
function checkTotalSize(dir: string): void {
    let total = 0
    for (const table of [...REQUIRED_TABLES, ...OPTIONAL_TABLES]) {
        const file = findTableFile(dir, table)
        if (file) total += add(file)
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
    const file = findTableFile(dir, table)
    if (!file) {
        if (required) throw new SnapshotError(`${table}.json`, null, `missing (expected ${join(dir, table + '.json')} or ${table}.xml)`)
        return undefined
    }
    files.set(table, file)
    options.progress?.(`reading ${file} (${sizeText(statSync(join(dir, file)).size)})`)
    const { form, rows: raws } = readTableFile(dir, table, file)
    if (form === 'table-api' && options.noWebServiceAccess?.has(table)) {
        throw new SnapshotError(
            file,
            null,
            `is a Table API export ({"result":[...]}), but the app's ${table} has web service access off, so the instance answers such a request with 403. ` +
                'Export it from the list (Export > JSON or Export > XML) instead',
        )
    }
    const seen = new Set<string>()
    return raws.map((raw, index) => {
        const row = normalizeRow(raw, file, index, form)
        if (table !== 'sys_properties' || row.sys_id) {
            if (!row.sys_id) throw new SnapshotError(file, index, 'has no sys_id')
            if (seen.has(row.sys_id)) throw new SnapshotError(file, index, `duplicate sys_id ${row.sys_id}`)
            seen.add(row.sys_id)
        }
        if (table === 'sys_properties' && !row.name) throw new SnapshotError(file, index, 'a property row needs a name')
        return row
    })
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

function readEvents(
    dir: string,
    tables: Map<string, Row[]>,
    ids: Map<string, Set<string>>,
    names: DisplayNames,
    options: LoadOptions,
): EventList {
    const file = 'events.json'
    const path = join(dir, file)
    if (!existsSync(path)) throw new SnapshotError(file, null, `missing (expected ${path})`)
    const stat = statSync(path)
    if (stat.isDirectory()) throw new SnapshotError(file, null, 'is a folder; expected the events file')
    options.progress?.(`checking ${file} (${sizeText(stat.size)})`)
    const numbers = new Set<string>()
    for (const row of tables.get('incident') ?? []) if (row.number) numbers.add(row.number)
    // Numbers for inserts without one start above every number in the snapshot: known only after reading all events,
    // so the file is read ahead once, when the first such insert (or an update naming an unknown number) needs it.
    let firstGenerated: number | null = null
    const generatedFrom = () => (firstGenerated ??= nextNumber(numbers, dir, file))
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
    for (const raw of jsonArrayElements(dir, file)) {
        const index = count++
        if (index > 0 && index % 100_000 === 0) options.progress?.(`checked ${index.toLocaleString('en-US')} events`)
        const event = toEvent(raw, index, () => generatedFrom() + unnumbered++, users)
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
    return new EventFile(dir, file, count, used, firstGenerated ?? 0)
}

/**
 * One event in its replay form; throws EventError for a shape the replay cannot use, and for a user not in `users`
 * when given. `generated` numbers an insert without one.
 */
function toEvent(raw: unknown, index: number, generated: () => number, users?: ReadonlySet<string>): ReplayEvent {
    const file = 'events.json'
    if (!isObject(raw)) throw new EventError(index, null, 'wrong shape: an event must be an object')
    const table = raw.table
    const given = isObject(raw.record) && typeof raw.record.number === 'string' ? raw.record.number : typeof raw.number === 'string' ? raw.number : null
    if (typeof table !== 'string' || !EVENT_TABLES.has(table)) {
        throw new EventError(index, given, `unknown table ${JSON.stringify(table)} (expected one of ${[...EVENT_TABLES].join(', ')})`)
    }
    const user = raw.user === undefined || raw.user === null ? '' : normalizeValue(raw.user, file, index, 'user')
    if (user && users && !users.has(user)) throw new EventError(index, given, `user "${user}" is not in the snapshot's sys_user export`)
    if (raw.action === 'insert') {
        if (!isObject(raw.record)) throw new EventError(index, given, 'wrong shape: an insert needs a "record" object')
        const record = normalizeRow(raw.record, file, index)
        const number = record.number || `INC${String(generated()).padStart(7, '0')}`
        record.number = number
        return { index, table, action: 'insert', number, record, user: user || record.opened_by || record.caller_id || '' }
    }
    if (raw.action === 'update') {
        if (typeof raw.number !== 'string' || !raw.number) throw new EventError(index, null, 'an update needs a "number"')
        if (!isObject(raw.set)) throw new EventError(index, raw.number, 'wrong shape: an update needs a "set" object')
        const set = normalizeRow(raw.set, file, index)
        return { index, table, action: 'update', number: raw.number, set, user }
    }
    throw new EventError(index, given, `unknown action ${JSON.stringify(raw.action)} (expected "insert" or "update")`)
}

/** Distinct values kept by EventFile's interning: bounds its memory when most values are unique (free text). */
const MAX_INTERNED = 200_000

/**
 * The checked events, read again from the file on each iteration (one event in memory at a time): a million events
 * do not fit in memory as objects. Only what the checks found is kept: the count and the fields used by table.
 */
class EventFile implements EventList {
    constructor(
        private readonly dir: string,
        private readonly file: string,
        readonly length: number,
        readonly fields: ReadonlyMap<string, ReadonlySet<string>>,
        private readonly firstGenerated: number,
    ) {}

    *[Symbol.iterator](): Iterator<ReplayEvent> {
        let index = 0
        let unnumbered = 0
        // JSON.parse makes a new string for every value; the embedded instance keeps each saved ticket, so repeated
        // values (the same caller, group, category) share one string instead.
        const interned = new Map<string, string>()
        const intern = (values: Row) => {
            for (const field in values) {
                if (field === 'number') continue
                const value = values[field]
                const known = interned.get(value)
                if (known !== undefined) values[field] = known
                else if (interned.size < MAX_INTERNED) interned.set(value, value)
            }
        }
        for (const raw of jsonArrayElements(this.dir, this.file)) {
            if (index >= this.length) break
            const event = toEvent(raw, index++, () => this.firstGenerated + unnumbered++)
            intern(event.action === 'insert' ? event.record : event.set)
            yield event
        }
        if (index !== this.length) throw new SnapshotError(this.file, null, 'changed while the replay was reading it; run the replay again')
    }
}

/** An event the replay cannot use: names its position in events.json and its number when it has one. */
class EventError extends SnapshotError {
    constructor(index: number, number: string | null, detail: string) {
        super('events.json', index, number ? `(${number}) ${detail}` : detail, 'event')
    }
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

/** The first generated number: above every INC number in the snapshot (incident rows and events), at least INC0010001. */
function nextNumber(numbers: Set<string>, dir: string, file: string): number {
    let max = 10000
    const consider = (number: unknown) => {
        const value = typeof number === 'string' ? numberValue(number) : null
        if (value !== null) max = Math.max(max, value)
    }
    numbers.forEach(consider)
    try {
        for (const event of jsonArrayElements(dir, file)) if (isObject(event) && isObject(event.record)) consider(event.record.number)
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
