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
import { rawDateTime } from '../datetime.ts'
import { SnapshotError } from '../errors.ts'
import type { Row } from '../values.ts'
import { MissingRecords, type ReferenceCheck } from './missing.ts'
import { compare, compareCheckpoints, EventStoreBuilder, isPlatformColumn, type EventStore } from './store.ts'

export interface History {
    events: EventStore
    inserts: number
    updates: number
    /** The incident export's columns that the events may carry (not the sys_ ones). */
    columns: ReadonlySet<string>
    /** One line each, for stderr: rows left out and why, records named but not exported. */
    warnings: string[]
    /** Rows that stand in for the groups and users the history names but the export lacks, by table. */
    standIns: Map<string, Row[]>
}

export interface HistoryFiles {
    incident: string
    audit: string | null
}

/** sys_audit user values that are no person: the save is replayed in a system session. */
const SYSTEM_USERS = new Set(['', 'system', 'guest'])

/** The time of a row's save, from the first of `fields` it has; refuses a value that is not a raw date-time. */
function saveTimeOf(file: string, index: number, row: Row, fields: string[]): string {
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
    /** sys_audit's user column as exported; the sys_user it names once the entry is kept. */
    user: string
    sysId: string
    /** The row's position in the audit export. */
    index: number
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
 *
 * The audit history is read first (it is small); the incident rows come one page at a time from `pages`, and each
 * page is emptied once its inserts are built, before the next is read: a million ticket rows are never held together,
 * nor beside their events. Empties `audits` too. With `references`, the reference values of the ticket rows and of
 * the audit rows kept are checked: a group or user the export lacks gets a stand-in row and a warning.
 */
export function eventsFromHistory(pages: Iterable<Row[]>, audits: Row[], users: Row[], files: HistoryFiles, references?: ReferenceCheck): History {
    const missing = references ? new MissingRecords(references, files) : null
    let otherTables = 0
    const entries: AuditEntry[] = []
    audits.forEach((audit, index) => {
        const file = files.audit!
        for (const column of ['documentkey', 'fieldname']) {
            if (!(column in audit)) throw new SnapshotError(file, index, `has no "${column}" column: export sys_audit with the columns docs/replay.md lists`)
        }
        if (audit.tablename && audit.tablename !== 'incident') return void otherTables++
        entries.push({
            ticket: audit.documentkey,
            field: audit.fieldname,
            oldvalue: audit.oldvalue ?? '',
            newvalue: audit.newvalue ?? '',
            at: saveTimeOf(file, index, audit, ['sys_created_on']),
            checkpoint: audit.record_checkpoint ? Number(audit.record_checkpoint) : NaN,
            user: audit.user ?? '',
            sysId: audit.sys_id ?? '',
            index,
        })
    })
    audits.length = 0
    // The value at insert: update 0's new value (glide.sys.audit_inserts), else the first change's old value. Each
    // field's value depends on that field's entries only, so the incident columns, known after the last page, filter
    // it when the insert is built.
    // Sorted once: the entries kept after the pages are a subset, still in this order.
    entries.sort(byTime)
    const initial = new Map<string, Row>()
    for (const entry of entries) {
        let values = initial.get(entry.ticket)
        if (!values) initial.set(entry.ticket, (values = {}))
        if (entry.checkpoint === 0) values[entry.field] = entry.newvalue
        else if (!(entry.field in values)) values[entry.field] = entry.oldvalue
    }

    /** sys_id -> the ticket's position in the incident export, which is also its insert's event id. */
    const tickets = new Map<string, number>()
    const columns = new Set<string>()
    const store = new EventStoreBuilder()
    const sysIds: string[] = []
    /** Inserts whose values at insert have fields their row lacks: kept if a later row has the column. */
    const lacking: number[] = []
    let index = 0
    for (const page of pages) {
        for (const row of page) {
            if (!row.number) throw new SnapshotError(files.incident, index, 'has no number')
            tickets.set(row.sys_id, index)
            const at = saveTimeOf(files.incident, index, row, ['opened_at', 'sys_created_on'])
            missing?.incidentRow(index, row)
            for (const field in row) if (!isPlatformColumn(field)) columns.add(field)
            if (store.addInsert(row, initial.get(row.sys_id), at)) lacking.push(index)
            sysIds.push(row.sys_id)
            index++
        }
        page.length = 0
    }
    for (const id of lacking) store.addColumns(id, initial.get(sysIds[id])!, columns)

    const names = new UserNames(users)
    const unknownTickets = new Set<string>()
    let otherFields = 0
    const kept = entries.filter((entry) => {
        if (!tickets.has(entry.ticket)) return void unknownTickets.add(entry.ticket)
        if (!columns.has(entry.field)) return void otherFields++
        entry.user = names.idOf(entry.user)
        missing?.auditRow(entry.index, entry.sysId, store.numberOf(tickets.get(entry.ticket)!), entry.field, entry.oldvalue, entry.newvalue)
        return true
    })
    const saves = new Map<string, Save>()
    for (const entry of kept) {
        if (entry.checkpoint === 0) continue
        const key = `${entry.ticket}\u0000${Number.isNaN(entry.checkpoint) ? `${entry.at}\u0000${entry.user}` : entry.checkpoint}`
        let save = saves.get(key)
        if (!save) saves.set(key, (save = { ticket: entry.ticket, at: entry.at, checkpoint: entry.checkpoint, user: entry.user, sysId: entry.sysId, values: {} }))
        save.values[entry.field] = entry.newvalue
    }
    for (const save of saves.values()) {
        store.addUpdate(tickets.get(save.ticket)!, save.values, save.at, save.checkpoint, save.user)
        sysIds.push(save.sysId)
    }

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
    if (missing) warnings.push(...missing.warnings())
    return { events: store.done(sysIds), inserts: tickets.size, updates: saves.size, columns, warnings, standIns: missing?.standIns() ?? new Map() }
}

/** Audit entries by time, update count and sys_id (a stable sort keeps the export's order beyond). */
function byTime(a: AuditEntry, b: AuditEntry): number {
    return compare(a.at, b.at) || compareCheckpoints(a.checkpoint, b.checkpoint) || compare(a.sysId, b.sysId)
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

function first(values: Set<string>): string {
    return values.values().next().value ?? ''
}
