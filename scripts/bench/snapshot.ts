/**
 * A generated snapshot for the scale bench, the byte-identical check (scripts/same-outputs.ts) and the pipe tests:
 * users, departments, IT Partners with their groups, routes, and any number of events, the same for the same seed;
 * as events.json, or as the history export an admin makes instead (incident pages and sys_audit).
 */
import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import type { Row } from '../../replay/read/values.ts'

export interface BenchSize {
    users: number
    departments: number
    events: number
    /** Seed of the generator (a small LCG; the same seed makes the same snapshot). */
    seed: number
}

export const FULL_SIZE: BenchSize = { users: 10_000, departments: 1_000, events: 1_000_000, seed: 42 }

/** A made-up sys_id: a prefix per table, then the row number. */
export const hex = (prefix: string, n: number) => prefix + n.toString(16).padStart(30, '0')

/**
 * Writes the load snapshot into dir; `pretty` writes events.json indented as JSON.stringify(value, null, 4) does.
 * `history` writes the same events as the export an admin makes instead (docs/replay.md "Replay your own tickets"):
 * the tickets as they are now in incident.<n>.json pages of 100,000 rows, their saves in sys_audit.json, one save
 * every 20 s from 2026-01-01.
 */
export function generateSnapshot(dir: string, size: BenchSize = FULL_SIZE, pretty = false, history = false): { incidents: number; audits: number } {
    let state = size.seed >>> 0 || 1
    const random = (n: number) => {
        state = (Math.imul(state, 1664525) + 1013904223) >>> 0
        return state % n
    }
    const write = (table: string, rows: unknown[]) => writeFileSync(join(dir, `${table}.json`), JSON.stringify({ result: rows }))
    const tier1 = [
        { sys_id: hex('a1', 1), name: 'IT Help Center', active: 'true' },
        { sys_id: hex('a1', 2), name: 'Desktop Services', active: 'true' },
    ]
    const escalation = [
        { sys_id: hex('a2', 1), name: 'Network Services', active: 'true' },
        { sys_id: hex('a2', 2), name: 'System Engineering', active: 'true' },
    ]
    const partnerCount = Math.max(1, Math.floor(size.departments / 20))
    const partnerGroups = Array.from({ length: partnerCount }, (_, i) => ({ sys_id: hex('a3', i), name: `Partner ${i} queue`, active: 'true' }))
    write('sys_user_group', [...tier1, ...escalation, ...partnerGroups])
    const departments = Array.from({ length: size.departments }, (_, i) => ({ sys_id: hex('b1', i), name: `Department ${i}` }))
    write('cmn_department', departments)
    const partners = partnerGroups.map((group, i) => ({
        sys_id: hex('c1', i),
        name: `Partner ${i}`,
        support_group: i % 5 === 4 ? '' : group.sys_id,
        support_stream: `partner${i}@example.edu`,
        contact: `partner${i}@example.edu`,
        active: 'true',
    }))
    write('x_bu_itpartner_partner', partners)
    // Half of the departments belong to a Partner.
    write(
        'x_bu_itpartner_department',
        departments
            .filter((_, i) => i % 2 === 0)
            .map((department, i) => ({ sys_id: hex('c2', i), department: department.sys_id, partner: partners[i % partnerCount].sys_id, active: 'true' })),
    )
    const users = Array.from({ length: size.users }, (_, i) => ({
        sys_id: hex('d1', i),
        user_name: `user${i}`,
        name: `User ${i}`,
        department: { link: 'https://example.service-now.com/api/now/table/cmn_department/x', value: departments[random(size.departments)].sys_id },
        active: 'true',
    }))
    write('sys_user', users)
    const flagged = Math.floor(size.users / 50)
    write(
        'x_bu_itpartner_red_flag',
        Array.from({ length: flagged }, (_, i) => ({ sys_id: hex('e1', i), user: users[i].sys_id, partner: partners[i % partnerCount].sys_id, note: 'IT Partner staff', active: 'true' })),
    )
    const members = Math.floor(size.users / 50)
    write(
        'sys_user_grmember',
        Array.from({ length: members }, (_, i) => ({ sys_id: hex('e2', i), user: users[flagged + i].sys_id, group: partnerGroups[i % partnerCount].sys_id })),
    )
    write('sys_user_role', [{ sys_id: hex('f1', 1), name: 'itil' }])
    write('sys_user_has_role', [{ sys_id: hex('f2', 1), user: users[size.users - 1].sys_id, role: hex('f1', 1) }])
    write('sysrule_assignment', [{ sys_id: hex('f3', 1), name: 'Service Desk catch-all', table: 'incident', order: '1000', active: 'true', condition: '', group: tier1[0].sys_id }])
    write('x_bu_itpartner_route', [
        { sys_id: hex('f4', 1), order: '100', table: 'incident', condition: 'short_descriptionLIKEpassword', assignment_group: tier1[0].sys_id, description: 'Accounts', active: 'true' },
        { sys_id: hex('f4', 2), order: '300', table: 'incident', condition: 'category=network', assignment_group: escalation[0].sys_id, description: 'Network', active: 'true' },
        { sys_id: hex('f4', 3), order: '400', table: 'incident', condition: 'short_descriptionLIKEserver', assignment_group: escalation[1].sys_id, description: 'Servers', active: 'true' },
    ])
    write('sys_properties', [])

    const texts = ['Wifi is down', 'Password reset', 'File server slow', 'Printer jam', 'Laptop will not boot']
    const categories = ['network', 'software', 'hardware', 'inquiry']
    const export_ = history ? new HistoryExport(users) : null
    const file = history ? -1 : openSync(join(dir, 'events.json'), 'w')
    if (!export_) writeSync(file, '[')
    let inserted = 0
    for (let i = 0; i < size.events; i++) {
        const updating = inserted > 0 && random(10) === 0
        let event: unknown
        if (updating) {
            const target = `INC${String(1_000_000 + random(inserted)).padStart(7, '0')}`
            const groups = [tier1[0], tier1[1], escalation[0], partnerGroups[random(partnerCount)]]
            event = { table: 'incident', action: 'update', number: target, set: { assignment_group: groups[random(groups.length)].sys_id }, user: users[random(size.users)].sys_id }
        } else {
            const caller = users[random(size.users)].sys_id
            const opener = random(4) === 0 ? users[random(flagged + members)].sys_id : caller
            const record: Row = {
                number: `INC${String(1_000_000 + inserted).padStart(7, '0')}`,
                caller_id: caller,
                opened_by: opener,
                short_description: texts[random(texts.length)],
                category: categories[random(categories.length)],
            }
            if (random(8) === 0) record.assignment_group = partnerGroups[random(partnerCount)].sys_id
            inserted++
            event = { table: 'incident', action: 'insert', record }
        }
        if (export_) {
            export_.add(event as BenchEvent, i)
            continue
        }
        const text = pretty ? '    ' + JSON.stringify(event, null, 4).replace(/\n/g, '\n    ') : JSON.stringify(event)
        writeSync(file, (i ? ',\n' : '\n') + text)
    }
    if (export_) return export_.write(dir)
    writeSync(file, '\n]\n')
    closeSync(file)
    return { incidents: 0, audits: 0 }
}

type BenchEvent =
    | { action: 'insert'; record: Row }
    | { action: 'update'; number: string; set: Row; user: string }

/** The bench's events as an instance would have kept them: the tickets' rows now, and an audit row per changed field. */
class HistoryExport {
    private readonly tickets = new Map<string, Row>()
    private readonly audits: Row[] = []
    private readonly userNames: Map<string, string>

    constructor(users: { sys_id: string; user_name: string }[]) {
        this.userNames = new Map(users.map((user) => [user.sys_id, user.user_name]))
    }

    add(event: BenchEvent, index: number): void {
        const at = new Date(Date.UTC(2026, 0, 1) + 20_000 * index).toISOString().slice(0, 19).replace('T', ' ')
        if (event.action === 'insert') {
            const sysId = 'e' + this.tickets.size.toString(16).padStart(31, '0')
            this.tickets.set(event.record.number, { ...event.record, sys_id: sysId, opened_at: at, sys_created_on: at, active: 'true', sys_mod_count: '0' })
            return
        }
        const ticket = this.tickets.get(event.number)!
        const checkpoint = String(Number(ticket.sys_mod_count) + 1)
        ticket.sys_mod_count = checkpoint
        for (const [field, value] of Object.entries(event.set)) {
            this.audits.push({
                sys_id: 'f' + this.audits.length.toString(16).padStart(31, '0'),
                tablename: 'incident',
                fieldname: field,
                documentkey: ticket.sys_id,
                oldvalue: ticket[field] ?? '',
                newvalue: value,
                user: this.userNames.get(event.user) ?? 'system',
                sys_created_on: at,
                record_checkpoint: checkpoint,
            })
            ticket[field] = value
        }
    }

    write(dir: string): { incidents: number; audits: number } {
        const rows = [...this.tickets.values()]
        for (let page = 0; page * 100_000 < rows.length; page++) {
            writeFileSync(join(dir, `incident.${page}.json`), JSON.stringify({ result: rows.slice(page * 100_000, (page + 1) * 100_000) }))
        }
        writeFileSync(join(dir, 'sys_audit.json'), JSON.stringify({ result: this.audits }))
        return { incidents: rows.length, audits: this.audits.length }
    }
}
