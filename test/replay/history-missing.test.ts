/**
 * Groups and users that tickets or their history name but the export lacks (deleted since): one warning per record,
 * a stand-in row, and the replay goes on. A name where a sys_id belongs, or a missing record of another table, still
 * refuses the run, naming the row.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { MissingRecords, type ReferenceCheck } from '../../replay/read/history/missing.ts'
import { ROOT, runCli } from './helpers.ts'

jest.setTimeout(300_000)

const HISTORY = join(ROOT, 'test', 'replay', 'fixtures', 'history-value')

function check(known: Record<string, string[]>, names: Record<string, string[]> = {}): ReferenceCheck {
    return {
        columns: { caller_id: 'sys_user', assignment_group: 'sys_user_group', x_bu_itpartner_partner: 'x_bu_itpartner_partner' },
        has: (table, id) => (known[table] ?? []).includes(id),
        isName: (table, value) => (names[table] ?? []).includes(value),
        fileOf: (table) => `${table}.json`,
    }
}

describe('records the history names but the export lacks', () => {
    test('one warning per record, the first row that names it and how many do; a stand-in row each', () => {
        const missing = new MissingRecords(check({ sys_user: ['u1'], sys_user_group: ['g1'] }), { incident: 'incident.json', audit: 'sys_audit.json' })
        missing.incidentRow(0, { number: 'INC1', caller_id: 'u1', assignment_group: 'gone' })
        missing.incidentRow(1, { number: 'INC2', caller_id: 'left', assignment_group: 'g1' })
        missing.auditRow(7, 'a7', 'INC2', 'assignment_group', 'gone', 'g1')
        missing.auditRow(8, 'a8', 'INC2', 'assignment_group', 'g1', 'gone')
        missing.auditRow(9, 'a9', 'INC2', 'short_description', 'gone', 'x')
        expect(missing.warnings()).toEqual([
            'sys_audit.json: sys_user_group gone is not in sys_user_group.json (deleted since?): named by 2 sys_audit rows, the first sys_id a7 (INC2, field assignment_group), ' +
                'and by 1 incident.json row; replayed as the group "unknown group gone"',
            'incident.json: sys_user left is not in sys_user.json (deleted since?): named by 1 incident.json row, the first INC2 (field caller_id); replayed as the user "unknown user left"',
        ])
        expect(Object.fromEntries(missing.standIns())).toEqual({
            sys_user_group: [{ sys_id: 'gone', name: 'unknown group gone', active: 'true' }],
            sys_user: [{ sys_id: 'left', user_name: '', name: 'unknown user left', active: 'true' }],
        })
    })

    test('past 20 records of a table, the others are counted in one line', () => {
        const missing = new MissingRecords(check({}), { incident: 'incident.json', audit: null })
        for (let n = 0; n < 25; n++) missing.incidentRow(n, { number: `INC${n}`, caller_id: `user${n}`, assignment_group: '' })
        missing.incidentRow(25, { number: 'INC25', caller_id: 'user24', assignment_group: '' })
        const lines = missing.warnings()
        expect(lines).toHaveLength(21)
        expect(lines[20]).toBe('incident.json: and 5 more sys_user records not in sys_user.json, named by 6 rows: each replayed as its own user')
        expect(missing.standIns().get('sys_user')).toHaveLength(25)
    })

    test('a name where a sys_id belongs is an export with display values: refused, naming the row', () => {
        const missing = new MissingRecords(check({ sys_user_group: ['g1'] }, { sys_user_group: ['Network Services'] }), { incident: 'incident.json', audit: 'sys_audit.json' })
        expect(() => missing.auditRow(3, 'a3', 'INC1', 'assignment_group', 'g1', 'Network Services')).toThrow(
            'sys_audit.json: row 4: newvalue (of assignment_group) holds "Network Services", the name of a sys_user_group row, not its sys_id',
        )
    })

    test('a missing record of another table than groups and users is refused, naming the row', () => {
        const missing = new MissingRecords(check({}), { incident: 'incident.json', audit: 'sys_audit.json' })
        expect(() => missing.incidentRow(0, { number: 'INC1', x_bu_itpartner_partner: 'p9' })).toThrow(
            'incident.json: row 1: field "x_bu_itpartner_partner" references x_bu_itpartner_partner "p9", which is not in x_bu_itpartner_partner.json',
        )
    })
})

describe('the tickets of incident.json beside an events.json', () => {
    test('their deleted groups and users are warned about and stand in, as in a history', () => {
        const dir = mkdtempSync(join(tmpdir(), 'itpartner-missing-'))
        cpSync(HISTORY, dir, { recursive: true })
        const incidents = JSON.parse(readFileSync(join(HISTORY, 'incident.json'), 'utf8')) as { result: Record<string, string>[] }
        // INC0040002 is now in a group deleted since; an update moves it to Network Services.
        incidents.result[1].assignment_group = '9d000000000000000000000000000003'
        writeFileSync(join(dir, 'incident.json'), JSON.stringify(incidents))
        writeFileSync(
            join(dir, 'events.json'),
            JSON.stringify([{ table: 'incident', action: 'update', number: 'INC0040002', set: { assignment_group: '9a000000000000000000000000000003' }, user: '7a000000000000000000000000000004' }]),
        )
        const run = runCli([dir, '--json'])
        expect(run.status).toBe(0)
        expect(run.stderr).toContain(
            'replay: incident.json: sys_user_group 9d000000000000000000000000000003 is not in sys_user_group.json (deleted since?): ' +
                'named by 1 incident.json row, the first INC0040002 (field assignment_group); replayed as the group "unknown group 9d000000000000000000000000000003"\n',
        )
        // INC0040003's user deleted since, who is its current assignee.
        expect(run.stderr).toContain('replay: incident.json: sys_user 7d000000000000000000000000000001 is not in sys_user.json (deleted since?)')
        expect(JSON.parse(run.stdout)).toEqual([expect.objectContaining({ number: 'INC0040002', group_before: 'Network Services', group_after: 'Network Services' })])
    })
})
