import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { SnapshotError } from './errors.ts'

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

export interface Snapshot {
    dir: string
    /** Rows by table, values normalized to strings. */
    tables: Map<string, Row[]>
    events: ReplayEvent[]
}

export interface LoadOptions {
    /** Extra reference columns (from the built app's sys_dictionary), merged over BASE_REFERENCES. */
    references?: Record<string, Record<string, string>>
}

/** Reads and checks a snapshot folder. Throws SnapshotError naming the file and row for anything unusable. */
export function loadSnapshot(dir: string, options: LoadOptions = {}): Snapshot {
    if (!existsSync(dir)) throw new SnapshotError(dir, null, 'snapshot folder does not exist')
    const tables = new Map<string, Row[]>()
    for (const table of REQUIRED_TABLES) tables.set(table, readTable(dir, table, true)!)
    for (const table of OPTIONAL_TABLES) {
        const rows = readTable(dir, table, false)
        if (rows) tables.set(table, rows)
    }
    const references = mergeReferences(BASE_REFERENCES, options.references ?? {})
    const ids = new Map<string, Set<string>>()
    for (const [table, rows] of tables) ids.set(table, new Set(rows.map((row) => row.sys_id)))
    for (const [table, rows] of tables) checkReferences(`${table}.json`, rows, references[table] ?? {}, ids)
    const events = readEvents(dir, tables, ids)
    return { dir, tables, events }
}

function mergeReferences(...maps: Record<string, Record<string, string>>[]): Record<string, Record<string, string>> {
    const merged: Record<string, Record<string, string>> = {}
    for (const map of maps) for (const [table, columns] of Object.entries(map)) merged[table] = { ...merged[table], ...columns }
    return merged
}

function readJson(dir: string, file: string, required: boolean): unknown {
    const path = join(dir, file)
    if (!existsSync(path)) {
        if (required) throw new SnapshotError(file, null, `missing (expected ${path})`)
        return undefined
    }
    const text = readFileSync(path, 'utf8')
    try {
        return JSON.parse(text)
    } catch (error) {
        throw new SnapshotError(file, null, `not valid JSON: ${(error as Error).message}`)
    }
}

function readTable(dir: string, table: string, required: boolean): Row[] | undefined {
    const file = `${table}.json`
    const data = readJson(dir, file, required)
    if (data === undefined) return undefined
    if (!isObject(data) || !Array.isArray(data.result)) {
        throw new SnapshotError(file, null, 'wrong shape: expected the Table API form {"result":[...]}')
    }
    const seen = new Set<string>()
    return data.result.map((raw: unknown, index: number) => {
        if (!isObject(raw)) throw new SnapshotError(file, index, 'wrong shape: a row must be an object')
        const row = normalizeRow(raw, file, index)
        if (table !== 'sys_properties' || row.sys_id) {
            if (!row.sys_id) throw new SnapshotError(file, index, 'has no sys_id')
            if (seen.has(row.sys_id)) throw new SnapshotError(file, index, `duplicate sys_id ${row.sys_id}`)
            seen.add(row.sys_id)
        }
        if (table === 'sys_properties' && !row.name) throw new SnapshotError(file, index, 'a property row needs a name')
        return row
    })
}

/** Table API raw values: strings, `{"link","value"}` references, and (tolerated) JSON booleans, numbers and null. */
export function normalizeRow(raw: Record<string, unknown>, file: string, index: number): Row {
    const row: Row = {}
    for (const [field, value] of Object.entries(raw)) row[field] = normalizeValue(value, file, index, field)
    return row
}

function normalizeValue(value: unknown, file: string, index: number, field: string): string {
    if (value === null || value === undefined) return ''
    if (typeof value === 'string') return value
    if (typeof value === 'boolean' || typeof value === 'number') return String(value)
    if (isObject(value) && 'value' in value) return normalizeValue(value.value, file, index, field)
    throw new SnapshotError(file, index, `field "${field}" has a value of the wrong shape: ${JSON.stringify(value).slice(0, 80)}`)
}

function checkReferences(file: string, rows: Row[], columns: Record<string, string>, ids: Map<string, Set<string>>): void {
    rows.forEach((row, index) => checkRow(file, index, row, columns, ids))
}

function checkRow(
    file: string,
    index: number,
    row: Row,
    columns: Record<string, string>,
    ids: Map<string, Set<string>>,
    what = 'field',
): void {
    for (const [field, target] of Object.entries(columns)) {
        const value = row[field]
        if (!value) continue
        const known = ids.get(target)
        if (known && !known.has(value)) {
            throw new SnapshotError(
                file,
                index,
                `${what} "${field}" references ${target} "${value}", which is not in ${target}.json${row.sys_id ? ` (row sys_id ${row.sys_id})` : ''}`,
            )
        }
    }
}

function readEvents(dir: string, tables: Map<string, Row[]>, ids: Map<string, Set<string>>): ReplayEvent[] {
    const file = 'events.json'
    const data = readJson(dir, file, true)
    const list = Array.isArray(data) ? data : isObject(data) && Array.isArray(data.result) ? data.result : null
    if (!list) throw new SnapshotError(file, null, 'wrong shape: expected a JSON array of events')
    const numbers = new Set<string>()
    for (const row of tables.get('incident') ?? []) if (row.number) numbers.add(row.number)
    let next = nextNumber(numbers, list)
    const users = ids.get('sys_user')!
    return list.map((raw: unknown, index: number): ReplayEvent => {
        if (!isObject(raw)) throw new SnapshotError(file, index, 'wrong shape: an event must be an object')
        const table = raw.table
        if (typeof table !== 'string' || !EVENT_TABLES.has(table)) {
            throw new SnapshotError(file, index, `unknown table ${JSON.stringify(table)} (expected one of ${[...EVENT_TABLES].join(', ')})`)
        }
        const user = raw.user === undefined || raw.user === null ? '' : normalizeValue(raw.user, file, index, 'user')
        if (user && !users.has(user)) throw new SnapshotError(file, index, `user "${user}" is not in sys_user.json`)
        if (raw.action === 'insert') {
            if (!isObject(raw.record)) throw new SnapshotError(file, index, 'wrong shape: an insert needs a "record" object')
            const record = normalizeRow(raw.record, file, index)
            checkRow(file, index, record, TICKET_REFERENCES, ids, 'record field')
            let number = record.number
            if (number) {
                if (numbers.has(number)) throw new SnapshotError(file, index, `number ${number} already exists`)
            } else {
                while (numbers.has(`INC${String(next).padStart(7, '0')}`)) next++
                number = `INC${String(next++).padStart(7, '0')}`
            }
            numbers.add(number)
            record.number = number
            return { index, table, action: 'insert', number, record, user: user || record.opened_by || record.caller_id || '' }
        }
        if (raw.action === 'update') {
            if (typeof raw.number !== 'string' || !raw.number) throw new SnapshotError(file, index, 'an update needs a "number"')
            if (!numbers.has(raw.number)) {
                throw new SnapshotError(file, index, `unknown number ${raw.number}: no earlier insert event or incident.json row has it`)
            }
            if (!isObject(raw.set)) throw new SnapshotError(file, index, 'wrong shape: an update needs a "set" object')
            const set = normalizeRow(raw.set, file, index)
            checkRow(file, index, set, TICKET_REFERENCES, ids, 'set field')
            return { index, table, action: 'update', number: raw.number, set, user }
        }
        throw new SnapshotError(file, index, `unknown action ${JSON.stringify(raw.action)} (expected "insert" or "update")`)
    })
}

/** The first generated number: above every INC number in the snapshot, and at least INC0010001. */
function nextNumber(numbers: Set<string>, events: unknown[]): number {
    let max = 10000
    const consider = (number: unknown) => {
        const match = typeof number === 'string' ? /^INC(\d+)$/.exec(number) : null
        if (match) max = Math.max(max, Number(match[1]))
    }
    numbers.forEach(consider)
    for (const event of events) if (isObject(event) && isObject(event.record)) consider(event.record.number)
    return max + 1
}

function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
}
