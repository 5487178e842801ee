/**
 * The replay's events built from what an instance keeps: the incident rows and their audit history (sys_audit).
 *
 * sys_audit holds one row per changed field of an audited record: tablename, fieldname, documentkey (the record's
 * sys_id), user (the user name of who saved), oldvalue and newvalue (sys_ids for references, UTC for dates) and
 * record_checkpoint (the record's update count), kept forever; incident is audited by default. Inserts are not
 * audited unless glide.sys.audit_inserts is true, which adds rows of update 0 holding the initial values.
 * Docs (Xanadu, Yokohama, Zurich): platform-security "Viewing Sys Audit and Audit Relationship Change tables"
 * (c_UnderstandingTheSysAuditTable), "Auditing" (c_AuditedTables), "Differences between Audit and History Sets"
 * (c_DiffBtwnAuditHistSets: sys_history_line is a cache dropped after 28 days), "Tracking inserts"
 * (c_TrackingInserts), HistoryWalker scoped API (record_checkpoint).
 */
import { SnapshotError } from '../snapshot/errors.ts'
import type { Row } from '../snapshot/load.ts'

/** An event in the form of events.json, with the time of the real save. */
export interface HistoryEvent {
    table: 'incident'
    action: 'insert' | 'update'
    at: string
    number?: string
    record?: Row
    set?: Row
    user?: string
}

export interface History {
    events: HistoryEvent[]
    inserts: number
    updates: number
    /** One line each, for stderr: rows left out and why. */
    warnings: string[]
}

export interface HistoryFiles {
    incident: string
    audit: string | null
}

/** Incident columns an insert does not carry: the platform sets them on the save. */
const PLATFORM_COLUMNS = /^sys_/

/** sys_audit user values that are no person: the save is replayed in a system session. */
const SYSTEM_USERS = new Set(['', 'system', 'guest'])

/** `YYYY-MM-DD hh:mm:ss` (the raw export form, UTC) or ISO 8601 in UTC, as `YYYY-MM-DD hh:mm:ss`; null when neither. */
export function rawDateTime(value: string): string | null {
    const match = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})(?:\.\d+)?Z?$/.exec(value.trim())
    if (!match) return null
    const text = `${match[1]} ${match[2]}`
    return Number.isNaN(Date.parse(`${match[1]}T${match[2]}Z`)) ? null : text
}

function dateOf(file: string, index: number, row: Row, fields: string[]): string {
    const field = fields.find((name) => row[name])
    if (!field) throw new SnapshotError(file, index, `has no ${fields.join(' or ')}: the replay needs the time of each save`)
    const at = rawDateTime(row[field])
    if (!at) {
        throw new SnapshotError(
            file,
            index,
            `field "${field}" holds "${row[field]}", not a date-time in the instance's raw form YYYY-MM-DD hh:mm:ss (UTC): ` +
                'export raw values (sysparm_display_value=false, or the list\'s Export > JSON or XML)',
        )
    }
    return at
}

interface AuditEntry {
    ticket: string
    field: string
    oldvalue: string
    newvalue: string
    at: string
    /** record_checkpoint: the ticket's update count; NaN when the export has no such column. */
    checkpoint: number
    user: string
    sysId: string
}

interface Save {
    ticket: string
    at: string
    checkpoint: number
    user: string
    sysId: string
    values: Row
}

/**
 * One insert per incident with the values it was opened with, then one update per save in its audit history, all in
 * time order. A save is the audit rows of one ticket with the same record_checkpoint (without that column: the same
 * time and user). Equal times are ordered insert first, then by update count, number and sys_id.
 */
export function eventsFromHistory(incidents: Row[], audits: Row[], users: Row[], files: HistoryFiles): History {
    const tickets = new Map<string, { row: Row; at: string }>()
    const columns = new Set<string>()
    incidents.forEach((row, index) => {
        if (!row.number) throw new SnapshotError(files.incident, index, 'has no number')
        tickets.set(row.sys_id, { row, at: dateOf(files.incident, index, row, ['opened_at', 'sys_created_on']) })
        for (const field in row) if (!PLATFORM_COLUMNS.test(field)) columns.add(field)
    })
    const names = new UserNames(users)
    const unknownTickets = new Set<string>()
    let otherTables = 0
    let otherFields = 0
    const entries: AuditEntry[] = []
    audits.forEach((audit, index) => {
        const file = files.audit!
        for (const column of ['documentkey', 'fieldname']) {
            if (!(column in audit)) throw new SnapshotError(file, index, `has no "${column}" column: export sys_audit with the columns docs/replay.md lists`)
        }
        if (audit.tablename && audit.tablename !== 'incident') return void otherTables++
        const at = dateOf(file, index, audit, ['sys_created_on'])
        if (!tickets.has(audit.documentkey)) return void unknownTickets.add(audit.documentkey)
        if (!columns.has(audit.fieldname)) return void otherFields++
        const checkpoint = audit.record_checkpoint ? Number(audit.record_checkpoint) : NaN
        entries.push({
            ticket: audit.documentkey,
            field: audit.fieldname,
            oldvalue: audit.oldvalue ?? '',
            newvalue: audit.newvalue ?? '',
            at,
            checkpoint,
            user: names.idOf(audit.user ?? ''),
            sysId: audit.sys_id ?? '',
        })
    })
    entries.sort((a, b) => compare(a.at, b.at) || compareCheckpoints(a.checkpoint, b.checkpoint) || compare(a.sysId, b.sysId))

    // The value at insert: update 0's new value (glide.sys.audit_inserts), else the first change's old value.
    const initial = new Map<string, Row>()
    const saves = new Map<string, Save>()
    for (const entry of entries) {
        let values = initial.get(entry.ticket)
        if (!values) initial.set(entry.ticket, (values = {}))
        if (entry.checkpoint === 0) {
            values[entry.field] = entry.newvalue
            continue
        }
        if (!(entry.field in values)) values[entry.field] = entry.oldvalue
        const key = `${entry.ticket}\u0000${Number.isNaN(entry.checkpoint) ? `${entry.at}\u0000${entry.user}` : entry.checkpoint}`
        let save = saves.get(key)
        if (!save) saves.set(key, (save = { ticket: entry.ticket, at: entry.at, checkpoint: entry.checkpoint, user: entry.user, sysId: entry.sysId, values: {} }))
        save.values[entry.field] = entry.newvalue
    }

    type Keyed = { event: HistoryEvent; order: string; rank: number; checkpoint: number; number: string; sysId: string }
    const keyed: Keyed[] = []
    for (const [sysId, { row, at }] of tickets) {
        const record: Row = {}
        for (const field in row) if (!PLATFORM_COLUMNS.test(field)) record[field] = row[field]
        Object.assign(record, initial.get(sysId))
        keyed.push({ event: { table: 'incident', action: 'insert', at, record }, order: at, rank: 0, checkpoint: -1, number: row.number, sysId })
    }
    for (const save of saves.values()) {
        const ticket = tickets.get(save.ticket)!
        const event: HistoryEvent = { table: 'incident', action: 'update', at: save.at, number: ticket.row.number, set: save.values }
        if (save.user) event.user = save.user
        // A save stamped before its ticket's opened_at (clock skew, an edited opened_at) still follows the insert.
        const order = save.at < ticket.at ? ticket.at : save.at
        keyed.push({ event, order, rank: 1, checkpoint: save.checkpoint, number: ticket.row.number, sysId: save.sysId })
    }
    keyed.sort(
        (a, b) =>
            compare(a.order, b.order) ||
            a.rank - b.rank ||
            compareCheckpoints(a.checkpoint, b.checkpoint) ||
            compare(a.number, b.number) ||
            compare(a.sysId, b.sysId),
    )

    const warnings: string[] = []
    if (unknownTickets.size) {
        warnings.push(
            `${files.audit}: audit rows of ${unknownTickets.size} ticket(s) not in ${files.incident} (e.g. documentkey ${first(unknownTickets)}) are left out: ` +
                'tickets opened before the export window, or missing from the incident export',
        )
    }
    if (otherFields) warnings.push(`${files.audit}: ${otherFields} audit row(s) of incident fields that ${files.incident} does not have are left out`)
    if (otherTables) warnings.push(`${files.audit}: ${otherTables} audit row(s) of other tables than incident are left out`)
    if (names.unknown.size) {
        warnings.push(
            `${files.audit}: ${names.unknown.size} user name(s) not in the sys_user export (e.g. "${first(names.unknown)}"): ` +
                'their saves are replayed in a system session without roles',
        )
    }
    return { events: keyed.map((entry) => entry.event), inserts: tickets.size, updates: saves.size, warnings }
}

/** sys_audit's user column holds the user name of who saved; a sys_id is taken as is. */
class UserNames {
    readonly unknown = new Set<string>()
    private readonly ids: Set<string>
    private readonly byName: Map<string, string>

    constructor(users: Row[]) {
        this.ids = new Set(users.map((user) => user.sys_id))
        this.byName = new Map(users.filter((user) => user.user_name).map((user) => [user.user_name, user.sys_id]))
    }

    idOf(value: string): string {
        if (SYSTEM_USERS.has(value)) return ''
        if (this.ids.has(value)) return value
        const id = this.byName.get(value)
        if (id) return id
        this.unknown.add(value)
        return ''
    }
}

function compare(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0
}

/** By update count; an unknown count (NaN) after the known ones. */
function compareCheckpoints(a: number, b: number): number {
    if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) === Number.isNaN(b) ? 0 : Number.isNaN(a) ? 1 : -1
    return a - b
}

function first(values: Set<string>): string {
    return values.values().next().value ?? ''
}
