/**
 * Replay before the app is installed: the IT Partner lists as the admin keeps them (the spreadsheets the app's imports
 * load, saved as CSV) become Partner, Partner department and red flag rows, by the shipped transform maps' rules
 * (src/fluent/import/*.now.ts and scripts/): names are trimmed; a department is found by its name, a user by user name
 * else email (a shared email matches nobody), a Partner by its name; a row naming nothing is skipped and logged, never
 * creates a department, user or Partner; the Active column is active when empty, true, yes, y or 1 (any case); a later
 * row for the same department (or user) updates that department's (user's) row, and an empty Note keeps the note.
 */
import { createHash } from 'node:crypto'
import { existsSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { SnapshotError } from '../errors.ts'
import type { Row } from '../values.ts'
import { readText } from '../export/files.ts'
import { parseCsv, type CsvTable } from './csv.ts'

export const DEPARTMENT_LIST = 'partner-departments.csv'
export const STAFF_LIST = 'partner-staff.csv'
export const PARTNER_LIST = 'partners.csv'

export interface PartnerLists {
    /** Rows by app table, for the tables the lists stand in for. */
    tables: Map<string, Row[]>
    /** The list file each table came from. */
    files: Map<string, string>
    warnings: string[]
}

interface ListSpec {
    file: string
    table: string
    required: string[]
    optional: string[]
}

const LISTS: Record<'partner' | 'department' | 'staff', ListSpec> = {
    partner: { file: PARTNER_LIST, table: 'x_bu_itpartner_partner', required: ['u_name'], optional: ['u_support_group', 'u_support_stream', 'u_contact', 'u_active'] },
    department: { file: DEPARTMENT_LIST, table: 'x_bu_itpartner_department', required: ['u_department', 'u_it_partner'], optional: ['u_active'] },
    staff: { file: STAFF_LIST, table: 'x_bu_itpartner_red_flag', required: ['u_user', 'u_it_partner'], optional: ['u_note', 'u_active'] },
}

/** The list files of a folder that stand in for an app table, or null when there is none. */
export function listFileFor(dir: string, table: string): string | null {
    const spec = Object.values(LISTS).find((list) => list.table === table)
    if (!spec) return null
    const base = spec.file.replace(/\.csv$/, '')
    for (const ext of ['xlsx', 'xls']) {
        if (existsSync(join(dir, `${base}.${ext}`))) {
            throw new SnapshotError(
                `${base}.${ext}`,
                null,
                'Excel workbooks are not read by the replay (no spreadsheet reader is installed): save the sheet as CSV (comma-separated, headers in the first row) as ' +
                    spec.file,
            )
        }
    }
    const path = join(dir, spec.file)
    if (!existsSync(path)) return null
    if (statSync(path).isDirectory()) throw new SnapshotError(spec.file, null, 'is a folder; expected the list saved as CSV')
    return spec.file
}

/**
 * The app tables the folder's lists give. `given` holds the app tables read from export files; a list beside the
 * export of the same table is refused (which one is meant?).
 */
export function readPartnerLists(dir: string, given: Map<string, Row[]>, users: Row[], departments: Row[]): PartnerLists {
    const result: PartnerLists = { tables: new Map(), files: new Map(), warnings: [] }
    const lists = new Map<keyof typeof LISTS, CsvTable>()
    for (const [key, spec] of Object.entries(LISTS) as [keyof typeof LISTS, ListSpec][]) {
        const file = listFileFor(dir, spec.table)
        if (!file) continue
        if (given.has(spec.table)) throw new SnapshotError(`${spec.table} export and ${file}`, null, `both give ${spec.table}; keep one of them`)
        const table = parseCsv(file, readText(dir, file))
        for (const column of spec.required) {
            if (!table.columns.includes(column)) throw new SnapshotError(file, null, `has no "${headerOf(column)}" column (headers: ${table.columns.map(headerOf).join(', ')})`)
        }
        for (const column of spec.optional) {
            if (!table.columns.includes(column)) result.warnings.push(`${file}: no "${headerOf(column)}" column: ${missingColumn(key, column)}`)
        }
        lists.set(key, table)
        result.files.set(spec.table, file)
    }
    if (!lists.size) return result

    const groups = given.get('sys_user_group') ?? []
    let partners = given.get('x_bu_itpartner_partner')
    if (!partners && lists.has('partner')) partners = partnerRows(lists.get('partner')!, groups, result.warnings)
    if (!partners) {
        partners = namedPartners(lists)
        result.warnings.push(
            `no x_bu_itpartner_partner export and no ${PARTNER_LIST}: the ${partners.length} IT Partner name(s) in the lists are taken as active Partners ` +
                `without a support group (give ${PARTNER_LIST} with Name and Support group for the hand-off and Partner staff signals)`,
        )
    }
    if (!given.has('x_bu_itpartner_partner')) {
        result.tables.set('x_bu_itpartner_partner', partners)
        if (!result.files.has('x_bu_itpartner_partner')) result.files.set('x_bu_itpartner_partner', 'the lists\' IT Partner names')
    }
    const partnerIds = firstByName(partners, 'name')
    if (lists.has('department')) result.tables.set('x_bu_itpartner_department', departmentRows(lists.get('department')!, departments, partnerIds, result.warnings))
    if (lists.has('staff')) result.tables.set('x_bu_itpartner_red_flag', staffRows(lists.get('staff')!, users, partnerIds, result.warnings))
    return result
}

/**
 * What a list without an optional column means. The department and staff lists stand in for the app's imports, which
 * take a missing column as empty; the Partner list has no import on the instance (its rows are kept by hand), so it
 * says what the Partners then lack.
 */
function missingColumn(list: keyof typeof LISTS, column: string): string {
    if (list !== 'partner') return `${column === 'u_active' ? 'every row is active' : 'the field stays empty'}, as the import would take it`
    const partners: Record<string, string> = {
        u_support_group:
            "no Partner has a support group, so two signals are off: partner_handoff (a Partner's queue hands a ticket over) and partner_opener " +
            "by membership of a Partner's group (a red flag still makes its user Partner staff); the value sentence undercounts Partner escalations. " +
            "Add the column with each Partner's ServiceNow group, by name or sys_id",
        u_support_stream: 'no Partner has a support stream',
        u_contact: 'no Partner has a contact',
        u_active: 'every Partner is active',
    }
    return partners[column]
}

function headerOf(column: string): string {
    return { u_it_partner: 'IT Partner', u_support_group: 'Support group', u_support_stream: 'Support stream' }[column] ?? column.slice(2).replace(/^./, (c) => c.toUpperCase())
}

/** active-flag.js: empty, true, yes, y or 1 (any case) is active. */
export function activeFlag(value: string | undefined): string {
    const text = String(value ?? '').trim().toLowerCase()
    return String(text === '' || text === 'true' || text === 'yes' || text === 'y' || text === '1')
}

/** A stable sys_id for a row the replay creates, so two runs give the same ids. */
function idOf(kind: string, key: string): string {
    return createHash('md5').update(`${kind}\u0000${key}`).digest('hex')
}

function firstByName(rows: Row[], field: string): Map<string, string> {
    const map = new Map<string, string>()
    for (const row of rows) if (row[field] && !map.has(row[field])) map.set(row[field], row.sys_id)
    return map
}

function skip(warnings: string[], file: string, line: number, problems: string[]): void {
    warnings.push(`${file}: line ${line}: skipped because ${problems.join(' and ')}`)
}

function partnerRows(list: CsvTable, groups: Row[], warnings: string[]): Row[] {
    const groupIds = new Set(groups.map((group) => group.sys_id))
    const groupByName = firstByName(groups, 'name')
    const byName = new Map<string, Row>()
    for (const { line, values } of list.rows) {
        const name = values.u_name.trim()
        if (!name) {
            skip(warnings, PARTNER_LIST, line, ['the Name column is empty'])
            continue
        }
        const groupText = (values.u_support_group ?? '').trim()
        const group = groupIds.has(groupText) ? groupText : (groupByName.get(groupText) ?? '')
        if (groupText && !group) warnings.push(`${PARTNER_LIST}: line ${line}: no group is named "${groupText}": ${name} has no support group`)
        const row = byName.get(name) ?? { sys_id: idOf('partner', name), name }
        Object.assign(row, {
            support_group: group,
            support_stream: (values.u_support_stream ?? '').trim(),
            contact: (values.u_contact ?? '').trim(),
            active: activeFlag(values.u_active),
        })
        byName.set(name, row)
    }
    return [...byName.values()]
}

function namedPartners(lists: Map<string, CsvTable>): Row[] {
    const names = new Set<string>()
    for (const key of ['department', 'staff']) for (const { values } of lists.get(key)?.rows ?? []) if (values.u_it_partner.trim()) names.add(values.u_it_partner.trim())
    return [...names].map((name) => ({ sys_id: idOf('partner', name), name, support_group: '', support_stream: '', contact: '', active: 'true' }))
}

function departmentRows(list: CsvTable, departments: Row[], partners: Map<string, string>, warnings: string[]): Row[] {
    const departmentIds = firstByName(departments, 'name')
    const byDepartment = new Map<string, Row>()
    for (const { line, values } of list.rows) {
        const name = values.u_department.trim()
        const partnerName = values.u_it_partner.trim()
        const problems: string[] = []
        if (!name) problems.push('the Department column is empty')
        else if (!departmentIds.has(name)) problems.push(`no department is named "${name}"`)
        if (!partnerName) problems.push('the IT Partner column is empty')
        else if (!partners.has(partnerName)) problems.push(`no IT Partner is named "${partnerName}" (create it first; imports never create Partners)`)
        if (problems.length) {
            skip(warnings, DEPARTMENT_LIST, line, problems)
            continue
        }
        const department = departmentIds.get(name)!
        const row = byDepartment.get(department) ?? { sys_id: idOf('department', department), department }
        Object.assign(row, { partner: partners.get(partnerName)!, active: activeFlag(values.u_active) })
        byDepartment.set(department, row)
    }
    return [...byDepartment.values()]
}

function staffRows(list: CsvTable, users: Row[], partners: Map<string, string>, warnings: string[]): Row[] {
    const byUserName = firstByName(users, 'user_name')
    const byEmail = new Map<string, string[]>()
    for (const user of users) if (user.email) byEmail.set(user.email, [...(byEmail.get(user.email) ?? []), user.sys_id])
    const byUser = new Map<string, Row>()
    for (const { line, values } of list.rows) {
        const name = values.u_user.trim()
        const partnerName = values.u_it_partner.trim()
        const problems: string[] = []
        let user = ''
        if (!name) {
            problems.push('the User column is empty')
        } else {
            const sameEmail = byEmail.get(name) ?? []
            user = byUserName.get(name) ?? (sameEmail.length === 1 ? sameEmail[0] : '')
            if (!user && !sameEmail.length) problems.push(`no user has the user name or email "${name}"`)
            else if (!user) problems.push(`${sameEmail.length} users have the email "${name}" (use the user name)`)
        }
        if (!partnerName) problems.push('the IT Partner column is empty')
        else if (!partners.has(partnerName)) problems.push(`no IT Partner is named "${partnerName}" (create it first; imports never create Partners)`)
        if (problems.length) {
            skip(warnings, STAFF_LIST, line, problems)
            continue
        }
        const row = byUser.get(user) ?? { sys_id: idOf('red_flag', user), user, note: '' }
        const note = (values.u_note ?? '').trim()
        // Copy empty fields is off: an empty Note keeps the note the row has.
        Object.assign(row, { partner: partners.get(partnerName)!, active: activeFlag(values.u_active) }, note ? { note } : {})
        byUser.set(user, row)
    }
    return [...byUser.values()]
}
