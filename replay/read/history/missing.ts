/**
 * Records that a ticket's history names but the export lacks. Groups and users are deleted over the years while
 * sys_audit keeps their sys_ids for good, so an export of today misses some that old tickets went through. Such a
 * group or user is replayed as a record of its own ("unknown group <sys_id>", "unknown user <sys_id>"), with one
 * warning per record naming the first row that names it and how many rows do; a group is then neither tier 1 nor a
 * Partner's group unless the properties or the Partner rows name its sys_id. A reference to a record of another table
 * (an app table) is still an error naming the row, and so is a name where a sys_id belongs (a display-value export).
 */
import { SnapshotError } from '../errors.ts'
import type { Row } from '../values.ts'

/** How the history's reference values are checked against the rest of the snapshot. */
export interface ReferenceCheck {
    /** The incident's reference columns: field -> target table. */
    columns: Record<string, string>
    has(table: string, id: string): boolean
    /** The value is the name of a row of the table: a display value where a sys_id belongs. */
    isName(table: string, value: string): boolean
    fileOf(table: string): string
}

/** The tables whose missing records are replayed as records of their own, and how such a record looks. */
const STAND_INS: Record<string, { kind: string; row: (id: string) => Row }> = {
    sys_user_group: { kind: 'group', row: (id) => ({ sys_id: id, name: `unknown group ${id}`, active: 'true' }) },
    sys_user: { kind: 'user', row: (id) => ({ sys_id: id, user_name: '', name: `unknown user ${id}`, active: 'true' }) },
}

/** Warnings per table; the rest is counted in one more line. */
const MAX_WARNINGS = 20

interface Missing {
    table: string
    id: string
    auditRows: number
    incidentRows: number
    firstAudit: { sysId: string; number: string; field: string } | null
    firstIncident: { number: string; field: string } | null
}

export class MissingRecords {
    private readonly records = new Map<string, Missing>()

    constructor(
        private readonly check: ReferenceCheck,
        private readonly files: { incident: string; audit: string | null },
    ) {}

    /** The reference values of the incident export's row `index`. */
    incidentRow(index: number, row: Row): void {
        for (const field in this.check.columns) {
            const value = row[field]
            if (!value) continue
            const missing = this.missing(this.files.incident, index, `field "${field}"`, value, this.check.columns[field])
            if (!missing) continue
            missing.incidentRows++
            missing.firstIncident ??= { number: row.number, field }
        }
    }

    /** The old and new value of the audit row `index` (its sys_id and ticket number given) when its field is a reference. */
    auditRow(index: number, sysId: string, number: string, field: string, oldvalue: string, newvalue: string): void {
        const table = this.check.columns[field]
        if (!table) return
        const old = oldvalue ? this.missing(this.files.audit!, index, `oldvalue (of ${field})`, oldvalue, table) : null
        const added = newvalue ? this.missing(this.files.audit!, index, `newvalue (of ${field})`, newvalue, table) : null
        for (const missing of old === added ? [old] : [old, added]) {
            if (!missing) continue
            missing.auditRows++
            missing.firstAudit ??= { sysId, number, field }
        }
    }

    /** The stand-in rows to add to the snapshot, by table. */
    standIns(): Map<string, Row[]> {
        const rows = new Map<string, Row[]>()
        for (const { table, id } of this.records.values()) {
            if (!rows.has(table)) rows.set(table, [])
            rows.get(table)!.push(STAND_INS[table].row(id))
        }
        return rows
    }

    /** One line per missing record (at most MAX_WARNINGS per table, the others counted), by table, in order of appearance. */
    warnings(): string[] {
        const lines: string[] = []
        for (const table of Object.keys(STAND_INS)) {
            const records = [...this.records.values()].filter((record) => record.table === table)
            for (const record of records.slice(0, MAX_WARNINGS)) lines.push(this.warning(record))
            const rest = records.slice(MAX_WARNINGS)
            if (rest.length) {
                const rows = rest.reduce((sum, record) => sum + record.auditRows + record.incidentRows, 0)
                lines.push(
                    `${this.files.audit ?? this.files.incident}: and ${rest.length} more ${table} records not in ${this.check.fileOf(table)}, named by ${count(rows, 'row')}: ` +
                        `each replayed as its own ${STAND_INS[table].kind}`,
                )
            }
        }
        return lines
    }

    private warning(record: Missing): string {
        const { table, id } = record
        const standIn = STAND_INS[table]
        const what = `${table} ${id} is not in ${this.check.fileOf(table)} (deleted since?)`
        const replayed = `replayed as the ${standIn.kind} "${standIn.row(id).name}"`
        const incidentRows = count(record.incidentRows, `${this.files.incident} row`)
        if (record.firstAudit) {
            const { sysId, number, field } = record.firstAudit
            return (
                `${this.files.audit}: ${what}: named by ${count(record.auditRows, 'sys_audit row')}, the first sys_id ${sysId} (${number}, field ${field})` +
                `${record.incidentRows ? `, and by ${incidentRows}` : ''}; ${replayed}`
            )
        }
        const { number, field } = record.firstIncident!
        return `${this.files.incident}: ${what}: named by ${incidentRows}, the first ${number} (field ${field}); ${replayed}`
    }

    /** The missing record a value names, or null when the table has it; throws for what cannot be replayed. */
    private missing(file: string, index: number, subject: string, value: string, table: string): Missing | null {
        if (this.check.has(table, value)) return null
        const key = `${table}\u0000${value}`
        const known = this.records.get(key)
        if (known) return known
        if (this.check.isName(table, value)) {
            throw new SnapshotError(
                file,
                index,
                `${subject} holds "${value}", the name of a ${table} row, not its sys_id: the file was exported with display values, ` +
                    'which cannot be joined to other tables. Export raw values instead (the Table API default, or the list\'s Export > JSON or Export > XML)',
            )
        }
        if (!STAND_INS[table]) {
            throw new SnapshotError(file, index, `${subject} references ${table} "${value}", which is not in ${this.check.fileOf(table)}`)
        }
        const record: Missing = { table, id: value, auditRows: 0, incidentRows: 0, firstAudit: null, firstIncident: null }
        this.records.set(key, record)
        return record
    }
}

function count(value: number, one: string): string {
    return `${value.toLocaleString('en-US')} ${value === 1 ? one : `${one}s`}`
}
