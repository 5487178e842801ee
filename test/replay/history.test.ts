/**
 * Events built from an instance's incident export and its audit history (sys_audit), and the replay before the app
 * is installed: no app tables, the IT Partner lists as CSV (docs/replay.md "Replay your own tickets").
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { InsertEvent, UpdateEvent } from '../../replay/read/events/event.ts'
import { loadSnapshot } from '../../replay/read/snapshot.ts'
import { normalizeRow } from '../../replay/read/values.ts'
import { parseCsv } from '../../replay/read/partners/csv.ts'
import { rawDateTime } from '../../replay/read/datetime.ts'
import { eventsFromHistory } from '../../replay/read/history/events.ts'
import { DEPARTMENT_LIST, readPartnerLists, STAFF_LIST } from '../../replay/read/partners/lists.ts'
import { GlideRecord, Instance } from '../../emulator/glide/index.ts'
import { built } from '../support/dist.ts'
import { DEMO, ROOT, runCli } from './helpers.ts'
import { appInstance } from '../support/app.ts'

jest.setTimeout(300_000)

type Raw = Record<string, string>
/** An event as the loader gives it, without its position. */
type Unindexed = Omit<InsertEvent, 'index'> | Omit<UpdateEvent, 'index'>

const GROUP = {
    helpCenter: 'fb1d42356f5b4d9ab2cc386ea7fc0e9a',
    desktop: '0f95971079c24e5d9022bf60fbe0c5ed',
    network: 'f54d52ccab9440d696e887e67f72c2a8',
    metIt: '7b0a089e27fa45558fc9714e75998c05',
}
const USER = {
    metTechnician: '0ffe2cdd78ba4812b1d3b41ea362d266',
    metQueue: 'd0d0demousermethandoff0000000006',
    metClient: 'd0d0demousermetclient00000000007',
    agent: 'd0d0demouseragent000000000000013',
    netAgent: 'd0d0demousernetagent000000000014',
}
const TICKET = { wifi: 'a0000000000000000000000000000001', jack: 'a0000000000000000000000000000002' }

/** Two tickets as they are today: the wifi ticket went IT Help Center -> Network Services, the jack MET IT -> IT Help Center -> Desktop Services. */
const INCIDENTS: Raw[] = [
    {
        sys_id: TICKET.jack,
        number: 'INC0030002',
        opened_at: '2026-11-05 13:40:00',
        caller_id: USER.metClient,
        opened_by: USER.metQueue,
        short_description: 'Network jack dead in 808 Commonwealth Ave',
        assignment_group: GROUP.desktop,
        assigned_to: '',
        sys_updated_on: '2026-11-05 14:00:00',
    },
    {
        sys_id: TICKET.wifi,
        number: 'INC0030001',
        opened_at: '2026-11-02 09:14:00',
        caller_id: USER.metTechnician,
        opened_by: USER.metTechnician,
        short_description: 'Wifi drops in the MET classroom wing',
        assignment_group: GROUP.network,
        assigned_to: USER.netAgent,
        sys_updated_on: '2026-11-02 09:20:00',
    },
]

function audit(sysId: string, ticket: string, field: string, oldvalue: string, newvalue: string, user: string, at: string, checkpoint: string): Raw {
    return { sys_id: sysId, tablename: 'incident', fieldname: field, documentkey: ticket, oldvalue, newvalue, user, sys_created_on: at, record_checkpoint: checkpoint }
}

/** Out of order on purpose; one save changes two fields; one row of a ticket outside the export; one of a field not exported. */
const AUDIT: Raw[] = [
    audit('b03', TICKET.jack, 'assignment_group', GROUP.helpCenter, GROUP.desktop, 'demo.agent', '2026-11-05 14:00:00', '2'),
    audit('b01', TICKET.wifi, 'assignment_group', GROUP.helpCenter, GROUP.network, 'demo.agent', '2026-11-02 09:20:00', '1'),
    audit('b02', TICKET.wifi, 'assigned_to', '', USER.netAgent, 'demo.agent', '2026-11-02 09:20:00', '1'),
    audit('b04', TICKET.jack, 'assignment_group', GROUP.metIt, GROUP.helpCenter, 'demo.met.queue', '2026-11-05 13:45:00', '1'),
    audit('b05', 'a00000000000000000000000000000ff', 'assignment_group', '', GROUP.helpCenter, 'system', '2026-11-01 00:00:00', '3'),
    audit('b06', TICKET.jack, 'work_notes', '', 'Level 1 done', 'demo.agent', '2026-11-05 14:00:00', '2'),
]

const EXPECTED: Unindexed[] = [
    {
        table: 'incident',
        action: 'insert',
        number: 'INC0030001',
        at: '2026-11-02 09:14:00',
        user: USER.metTechnician,
        record: {
            number: 'INC0030001',
            opened_at: '2026-11-02 09:14:00',
            caller_id: USER.metTechnician,
            opened_by: USER.metTechnician,
            short_description: 'Wifi drops in the MET classroom wing',
            assignment_group: GROUP.helpCenter,
            assigned_to: '',
        },
    },
    {
        table: 'incident',
        action: 'update',
        number: 'INC0030001',
        at: '2026-11-02 09:20:00',
        user: USER.agent,
        set: { assignment_group: GROUP.network, assigned_to: USER.netAgent },
    },
    {
        table: 'incident',
        action: 'insert',
        number: 'INC0030002',
        at: '2026-11-05 13:40:00',
        user: USER.metQueue,
        record: {
            number: 'INC0030002',
            opened_at: '2026-11-05 13:40:00',
            caller_id: USER.metClient,
            opened_by: USER.metQueue,
            short_description: 'Network jack dead in 808 Commonwealth Ave',
            assignment_group: GROUP.metIt,
            assigned_to: '',
        },
    },
    { table: 'incident', action: 'update', number: 'INC0030002', at: '2026-11-05 13:45:00', user: USER.metQueue, set: { assignment_group: GROUP.helpCenter } },
    { table: 'incident', action: 'update', number: 'INC0030002', at: '2026-11-05 14:00:00', user: USER.agent, set: { assignment_group: GROUP.desktop } },
]

const BASE_TABLES = ['sys_user', 'sys_user_group', 'cmn_department', 'sys_user_grmember', 'sys_user_has_role', 'sys_user_role']
const APP_TABLES = ['x_bu_itpartner_partner', 'x_bu_itpartner_department', 'x_bu_itpartner_red_flag', 'x_bu_itpartner_route']

/** A snapshot folder: the demo's tables named in `tables`, plus the given files. */
function folder(tables: string[], files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'itpartner-history-test-'))
    for (const table of tables) cpSync(join(DEMO, `${table}.json`), join(dir, `${table}.json`))
    for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text)
    return dir
}

const tableApi = (rows: Raw[]) => JSON.stringify({ result: rows })

function xml(table: string, rows: Raw[]): string {
    const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    const records = rows.map((row) => `<${table}>${Object.entries(row).map(([field, value]) => (value ? `<${field}>${escape(value)}</${field}>` : `<${field}/>`)).join('')}</${table}>`)
    return `<?xml version="1.0" encoding="UTF-8"?>\n<xml>\n${records.join('\n')}\n</xml>\n`
}

function load(dir: string): { events: Unindexed[]; warnings: string[]; tables: Map<string, unknown[]> } {
    const warnings: string[] = []
    const snapshot = loadSnapshot(dir, { warn: (message) => warnings.push(message) })
    return { events: [...snapshot.events].map(({ index: _index, ...event }) => event), warnings, tables: snapshot.tables }
}

describe('raw date-times', () => {
    // In this order: after a valid time on 2026-01-01, the later values fall on a day already read.
    test.each([
        ['2026-01-01 10:00:00', '2026-01-01 10:00:00'],
        ['2026-01-01 23:59:59', '2026-01-01 23:59:59'],
        ['2026-01-01 24:00:00', '2026-01-01 24:00:00'],
        ['2026-01-01 25:00:00', null],
        ['2026-01-01 10:60:00', null],
        ['2026-01-01 10:00:60', null],
        ['2026-01-01 1a:00:00', null],
        ['2026-01-01 10-00-00', null],
        ['2026-01-01T10:00:00Z', '2026-01-01 10:00:00'],
        ['2026-01-01 10:00:00 ', '2026-01-01 10:00:00'],
        ['2026-01-02 09:00:00', '2026-01-02 09:00:00'],
        ['2026-13-02 09:00:00', null],
        ['01/02/2026 09:00:00', null],
    ])('%j reads as %j', (value, expected) => {
        expect(rawDateTime(value)).toBe(expected)
    })
})

describe('events built from incident + sys_audit', () => {
    test('Table API form: one insert per ticket with its values at insert, one update per save, in time order', () => {
        const { events, warnings, tables } = load(folder([...BASE_TABLES, ...APP_TABLES], { 'incident.json': tableApi(INCIDENTS), 'sys_audit.json': tableApi(AUDIT) }))
        expect(events).toEqual(EXPECTED)
        expect(warnings).toEqual([
            'sys_audit.json: audit rows of 1 ticket(s) not in incident.json (e.g. documentkey a00000000000000000000000000000ff) are left out: tickets opened before the export window, or missing from the incident export',
            'sys_audit.json: 1 audit row(s) of incident fields that incident.json does not have are left out',
            'no events.json: replaying 5 events built from incident.json and sys_audit.json (2 inserts, 3 updates)',
        ])
        // The tickets are inserted by the events, not loaded as existing tickets; the audit rows are not loaded either.
        expect(tables.has('incident')).toBe(false)
        expect(tables.has('sys_audit')).toBe(false)
    })

    test('the events are read again, the same, on each iteration (the check, then the replay)', () => {
        const snapshot = loadSnapshot(folder([...BASE_TABLES, ...APP_TABLES], { 'incident.json': tableApi(INCIDENTS), 'sys_audit.json': tableApi(AUDIT) }))
        const read = () => [...snapshot.events].map(({ index: _index, ...event }) => event)
        expect(read()).toEqual(EXPECTED)
        expect(read()).toEqual(EXPECTED)
        expect(snapshot.events).toHaveLength(EXPECTED.length)
    })

    test('Export > XML, Export > JSON and Table API pages give the same events', () => {
        const asXml = load(folder([...BASE_TABLES, ...APP_TABLES], { 'incident.xml': xml('incident', INCIDENTS), 'sys_audit.xml': xml('sys_audit', AUDIT) }))
        expect(asXml.events).toEqual(EXPECTED)
        const pages = load(
            folder([...BASE_TABLES, ...APP_TABLES], {
                'incident.json': JSON.stringify({ records: INCIDENTS }),
                'sys_audit.0.json': tableApi(AUDIT.slice(0, 4)),
                'sys_audit.4.json': tableApi(AUDIT.slice(4)),
                'sys_audit.8.json': tableApi([]),
            }),
        )
        expect(pages.events).toEqual(EXPECTED)
        expect(pages.warnings.at(-1)).toBe('no events.json: replaying 5 events built from incident.json and sys_audit.*.json (2 inserts, 3 updates)')
    })

    test('incident pages give the same events; a column a later page has counts for the tickets of an earlier one', () => {
        const wifi = Object.fromEntries(Object.entries(INCIDENTS[1]).filter(([field]) => field !== 'assigned_to'))
        const { events, warnings } = load(
            folder([...BASE_TABLES, ...APP_TABLES], {
                'incident.0.json': tableApi([wifi]),
                'incident.1.json': tableApi([INCIDENTS[0]]),
                'sys_audit.json': tableApi(AUDIT),
            }),
        )
        // The wifi row has no assigned_to; its value at insert comes from the audit, as the column is in the export.
        expect(events).toEqual(EXPECTED)
        expect(warnings.at(-1)).toBe('no events.json: replaying 5 events built from incident.*.json and sys_audit.json (2 inserts, 3 updates)')
    })

    test('the incident rows are read one page at a time: each page is emptied before the next is read', () => {
        const files = { incident: 'incident.*.json', audit: 'sys_audit.json' }
        const rows = () => INCIDENTS.map((row) => ({ ...row }))
        const given: Raw[][] = []
        let most = 0
        function* pages(): Generator<Raw[]> {
            for (const row of rows()) {
                given.push([row])
                most = Math.max(most, given.reduce((alive, page) => alive + page.length, 0))
                yield given.at(-1)!
            }
        }
        const paged = eventsFromHistory(pages(), AUDIT.map((row) => ({ ...row })), [], files)
        expect(most).toBe(1)
        expect(given.map((page) => page.length)).toEqual([0, 0])
        const whole = eventsFromHistory([rows()], AUDIT.map((row) => ({ ...row })), [], files)
        expect([...paged.events]).toEqual([...whole.events])
        expect(paged.warnings).toEqual(whole.warnings)
        expect([...paged.events]).toHaveLength(EXPECTED.length)
    })

    test('equal times: insert first, then by update count, then sys_id; saves without record_checkpoint grouped by time and user', () => {
        const same = '2026-11-02 09:14:00'
        const rows = [
            audit('c2', TICKET.wifi, 'assignment_group', GROUP.desktop, GROUP.network, 'demo.agent', same, ''),
            audit('c1', TICKET.wifi, 'assignment_group', GROUP.helpCenter, GROUP.desktop, 'demo.net.agent', same, ''),
            audit('c3', TICKET.wifi, 'assigned_to', '', USER.netAgent, 'demo.agent', same, ''),
        ]
        const { events } = load(folder([...BASE_TABLES, ...APP_TABLES], { 'incident.json': tableApi([INCIDENTS[1]]), 'sys_audit.json': tableApi(rows) }))
        expect(events.map((event) => [event.action, event.user, event.action === 'update' ? event.set : event.record.assignment_group])).toEqual([
            ['insert', USER.metTechnician, GROUP.helpCenter],
            ['update', USER.netAgent, { assignment_group: GROUP.desktop }],
            ['update', USER.agent, { assignment_group: GROUP.network, assigned_to: USER.netAgent }],
        ])
    })

    test('update 0 (glide.sys.audit_inserts) gives the value at insert; a save stamped before opened_at still follows the insert', () => {
        const rows = [
            audit('d1', TICKET.wifi, 'assignment_group', '', GROUP.desktop, 'demo.agent', '2026-11-02 09:14:00', '0'),
            audit('d2', TICKET.wifi, 'assignment_group', GROUP.desktop, GROUP.network, 'nobody.known', '2026-11-02 09:13:59', '1'),
        ]
        const { events, warnings } = load(folder([...BASE_TABLES, ...APP_TABLES], { 'incident.json': tableApi([INCIDENTS[1]]), 'sys_audit.json': tableApi(rows) }))
        expect(events.map((event) => [event.action, event.at, event.user])).toEqual([
            ['insert', '2026-11-02 09:14:00', USER.metTechnician],
            ['update', '2026-11-02 09:13:59', ''],
        ])
        expect(events[0].action === 'insert' && events[0].record.assignment_group).toBe(GROUP.desktop)
        expect(warnings).toContain(
            'sys_audit.json: 1 user name(s) not in the sys_user export (e.g. "nobody.known"): their saves are replayed in a system session without roles',
        )
    })

    test('without sys_audit: every ticket is inserted with its current values, and stderr says so', () => {
        const { events, warnings } = load(folder([...BASE_TABLES, ...APP_TABLES], { 'incident.json': tableApi(INCIDENTS) }))
        expect(events.map((event) => [event.action, event.number])).toEqual([
            ['insert', 'INC0030001'],
            ['insert', 'INC0030002'],
        ])
        expect(warnings.at(-1)).toBe(
            'no events.json: replaying 2 events built from incident.json (2 inserts, 0 updates); without sys_audit.json every ticket is inserted with its current values and never updated',
        )
    })

    test('events.json wins over the history, and its events keep "at"', () => {
        const events = [{ table: 'incident', action: 'insert', at: '2026-11-02T09:14:00Z', record: { caller_id: USER.metClient } }]
        const loaded = load(folder([...BASE_TABLES, ...APP_TABLES], { 'events.json': JSON.stringify(events), 'sys_audit.json': tableApi(AUDIT) }))
        expect(loaded.events).toEqual([{ table: 'incident', action: 'insert', number: 'INC0010001', at: '2026-11-02 09:14:00', user: USER.metClient, record: { caller_id: USER.metClient, number: 'INC0010001' } }])
        expect(loaded.warnings).toEqual(['events.json given: its events are replayed, sys_audit.json is not read'])
    })
})

describe('replay before the app is installed', () => {
    test('absent app tables are empty, with one stderr line', () => {
        const { warnings, tables } = load(folder(BASE_TABLES, { 'incident.json': tableApi(INCIDENTS) }))
        expect(warnings[0]).toBe(
            "no x_bu_itpartner_partner.json, x_bu_itpartner_department.json, x_bu_itpartner_red_flag.json, x_bu_itpartner_route.json: taken as empty (the app's tables before it is installed)",
        )
        for (const table of APP_TABLES) expect(tables.get(table)).toEqual([])
    })

    test('the IT Partner lists (CSV) become Partner, Partner department and red flag rows by the import rules', () => {
        const departments = readFileSync(join(ROOT, 'docs', 'partner-departments-sample.csv'), 'utf8') + 'Metropolitan College,ESO IT,no\n'
        const staff = readFileSync(join(ROOT, 'docs', 'partner-staff-sample.csv'), 'utf8') + '"demo.met.technician","Metropolitan College IT (MET IT)",,TRUE\n'
        const partners = 'Name,Support group,Active\nMetropolitan College IT (MET IT),MET IT,true\nESO IT,ENSA – Service Desk,\nNo Group IT,No Such Group,yes\n'
        const { warnings, tables } = load(
            folder(BASE_TABLES, { 'incident.json': tableApi(INCIDENTS), 'partners.csv': partners, 'partner-departments.csv': departments, 'partner-staff.csv': staff }),
        )
        const partnerRows = tables.get('x_bu_itpartner_partner') as Raw[]
        expect(partnerRows.map((row) => [row.name, row.support_group, row.active])).toEqual([
            ['Metropolitan College IT (MET IT)', GROUP.metIt, 'true'],
            ['ESO IT', '2e27a8f2dfbb41b591da19b2af076b3e', 'true'],
            ['No Group IT', '', 'true'],
        ])
        const partnerName = new Map(partnerRows.map((row) => [row.sys_id, row.name]))
        const departmentRows = tables.get('x_bu_itpartner_department') as Raw[]
        // The second Metropolitan College row updates the first (one row per department).
        expect(departmentRows.map((row) => [row.department, partnerName.get(row.partner), row.active])).toEqual([
            ['5d3012d0d2f747e88dd72f2e217c2c3e', 'ESO IT', 'false'],
            ['a5a6fea4f5114f04bdf1bf130e4a0f4e', 'ESO IT', 'true'],
        ])
        const flags = tables.get('x_bu_itpartner_red_flag') as Raw[]
        // The last row updates the technician's flag and keeps its note (an empty Note is not copied).
        expect(flags.map((row) => [row.user, partnerName.get(row.partner), row.active, row.note.slice(0, 16)])).toEqual([[USER.metTechnician, 'Metropolitan College IT (MET IT)', 'true', 'IT Partner (MET ']])
        expect(warnings).toEqual([
            'partners.csv: no "Support stream" column: no Partner has a support stream',
            'partners.csv: no "Contact" column: no Partner has a contact',
            'partners.csv: line 4: no group is named "No Such Group": No Group IT has no support group',
            'partner-departments.csv: line 4: skipped because no IT Partner is named "SMG Information Tech Services (SMG-ITS)" (create it first; imports never create Partners)',
            'partner-departments.csv: line 5: skipped because no IT Partner is named "Alumni Medical Library" (create it first; imports never create Partners)',
            'partner-departments.csv: line 6: skipped because no IT Partner is named "BUMC IT" (create it first; imports never create Partners)',
            'partner-departments.csv: line 7: skipped because no department is named "School of Hospitality" and no IT Partner is named "No Such Partner" (create it first; imports never create Partners)',
            'partner-staff.csv: line 3: skipped because no IT Partner is named "SMG Information Tech Services (SMG-ITS)" (create it first; imports never create Partners)',
            'partner-staff.csv: line 4: skipped because no IT Partner is named "BUMC IT" (create it first; imports never create Partners)',
            'partner-staff.csv: line 5: skipped because no user has the user name or email "no.such.user"',
            "no x_bu_itpartner_route.json: taken as empty (the app's tables before it is installed)",
            'no events.json: replaying 2 events built from incident.json (2 inserts, 0 updates); without sys_audit.json every ticket is inserted with its current values and never updated',
        ])
    })

    test('without a Partner list, the lists\' IT Partner names are active Partners without a support group', () => {
        const { warnings, tables } = load(folder(BASE_TABLES, { 'incident.json': tableApi(INCIDENTS), 'partner-staff.csv': 'User,IT Partner\ndemo.met.technician,MET IT\n' }))
        expect((tables.get('x_bu_itpartner_partner') as Raw[]).map((row) => [row.name, row.support_group, row.active])).toEqual([['MET IT', '', 'true']])
        expect(warnings.slice(0, 3)).toEqual([
            'partner-staff.csv: no "Note" column: the field stays empty, as the import would take it',
            'partner-staff.csv: no "Active" column: every row is active, as the import would take it',
            'no x_bu_itpartner_partner export and no partners.csv: the 1 IT Partner name(s) in the lists are taken as active Partners without a support group (give partners.csv with Name and Support group for the hand-off and Partner staff signals)',
        ])
    })

    test('CSV: quoted fields, doubled quotes, CRLF, a BOM, blank lines; header names as the platform makes staging columns', () => {
        const table = parseCsv('x.csv', '\ufeffUser,IT Partner,Note\r\n"a,b","say ""hi""","two\nlines"\r\n\r\nc,d,\r\n')
        expect(table.columns).toEqual(['u_user', 'u_it_partner', 'u_note'])
        expect(table.rows).toEqual([
            { line: 2, values: { u_user: 'a,b', u_it_partner: 'say "hi"', u_note: 'two\nlines' } },
            { line: 5, values: { u_user: 'c', u_it_partner: 'd', u_note: '' } },
        ])
    })

    test('CSV saved with ";" between fields (Excel where "," is the decimal mark): read with ";"; a "," inside a field is text', () => {
        const table = parseCsv('x.csv', 'User;IT Partner;Note\na;"b;c";1,5 days\n')
        expect(table.columns).toEqual(['u_user', 'u_it_partner', 'u_note'])
        expect(table.rows).toEqual([{ line: 2, values: { u_user: 'a', u_it_partner: 'b;c', u_note: '1,5 days' } }])
        // A header with "," is comma-separated, whatever the rows hold.
        expect(parseCsv('x.csv', 'User,Note\na,b;c\n').rows).toEqual([{ line: 2, values: { u_user: 'a', u_note: 'b;c' } }])
    })
})

describe('on the built app, end to end', () => {
    const history = { 'incident.json': tableApi(INCIDENTS), 'sys_audit.json': tableApi(AUDIT) }
    // The app's decisions on the two tickets' real history, with or without the app's tables installed.
    const REAL_HISTORY = [
        ['INC0030001', 'insert', 'IT Help Center', 'Network Services', 'rerouted', 'red_flag'],
        ['INC0030001', 'update', 'Network Services', 'Network Services', 'none', 'red_flag'],
        ['INC0030002', 'insert', 'MET IT', 'MET IT', 'none', 'partner_opener'],
        ['INC0030002', 'update', 'IT Help Center', 'Network Services', 'rerouted', 'partner_handoff'],
        ['INC0030002', 'update', 'Desktop Services', 'Network Services', 'boomerang_blocked', 'partner_handoff'],
    ]
    const decisions = (stdout: string) =>
        (JSON.parse(stdout) as Record<string, unknown>[]).map((event) => [event.number, event.action, event.group_before, event.group_after, event.outcome, event.signal])

    test('an export folder with the app tables replays the real history', () => {
        const run = runCli([folder([...BASE_TABLES, ...APP_TABLES], history), '--json'])
        expect(run.status).toBe(0)
        expect(decisions(run.stdout)).toEqual(REAL_HISTORY)
        expect(run.stderr).toContain('replay: no events.json: replaying 5 events built from incident.json and sys_audit.json (2 inserts, 3 updates)\n')
    })

    test('before install: no app tables, the Partner lists as CSV, a default escalation group', () => {
        const properties = tableApi([{ sys_id: 'p1', name: 'x_bu_itpartner.default_escalation_group', value: 'Network Services' }])
        const dir = folder(BASE_TABLES, {
            ...history,
            'sys_properties.json': properties,
            'partners.csv': 'Name,Support group\nMetropolitan College IT (MET IT),MET IT\n',
            'partner-staff.csv': 'User,IT Partner,Note,Active\ndemo.met.technician,Metropolitan College IT (MET IT),MET staff,true\n',
            'partner-departments.csv': 'Department,IT Partner,Active\nMetropolitan College,Metropolitan College IT (MET IT),true\n',
        })
        const run = runCli([dir, '--json'])
        expect(run.status).toBe(0)
        expect(decisions(run.stdout)).toEqual(REAL_HISTORY)
        expect(run.stderr).toContain("replay: no x_bu_itpartner_route.json: taken as empty (the app's tables before it is installed)\n")
    })

    test('bad inputs: one line, exit 2', () => {
        const bad = (files: Record<string, string>, tables = [...BASE_TABLES, ...APP_TABLES]) => {
            const run = runCli([folder(tables, files), '--json'])
            expect(run.status).toBe(2)
            expect(run.stdout).toBe('')
            expect(run.stderr.trimEnd().split('\n')).toHaveLength(1)
            return run.stderr
        }
        const displayDate = AUDIT.map((row, index) => (index === 1 ? { ...row, sys_created_on: '11/02/2026 09:20:00 AM' } : row))
        expect(bad({ ...history, 'sys_audit.json': tableApi(displayDate) })).toBe(
            'replay: bad snapshot: sys_audit.json: row 2: field "sys_created_on" holds "11/02/2026 09:20:00 AM", not a date-time in the instance\'s raw form YYYY-MM-DD hh:mm:ss (UTC): ' +
                "export raw values (sysparm_display_value=false, or the list's Export > JSON or XML)\n",
        )
        expect(bad({ 'incident.json': tableApi([{ ...INCIDENTS[0], opened_at: '' }]) })).toMatch(/^replay: bad snapshot: incident\.json: row 1: has no opened_at or sys_created_on/)
        expect(bad({ ...history, 'partner-staff.csv': 'Username,IT Partner\nx,y\n' }, BASE_TABLES)).toBe(
            'replay: bad snapshot: partner-staff.csv: has no "User" column (headers: Username, IT Partner)\n',
        )
        expect(bad({ ...history, 'partner-staff.xlsx': 'PK' }, BASE_TABLES)).toMatch(/^replay: bad snapshot: partner-staff\.xlsx: Excel workbooks are not read/)
        expect(bad({ ...history, 'partner-staff.csv': 'User,IT Partner\n' })).toMatch(/^replay: bad snapshot: x_bu_itpartner_red_flag export and partner-staff\.csv: both give x_bu_itpartner_red_flag; keep one of them/)
        expect(bad({ 'sys_audit.json': tableApi(AUDIT) })).toMatch(/^replay: bad snapshot: events\.json: missing \(expected .*events\.json, or incident\.json with sys_audit\.json/)
    })
})

/**
 * The shipped transform maps (dist/app) run row by row on the embedded Glide, as the platform runs an import: the
 * onBefore script may skip the row, the sys_id field map coalesces (-1 inserts), field maps with an empty answer are not
 * copied (copy empty fields is off), the map script sets active.
 */
function importWithShippedTransform(staging: string, target: string, csv: string): Raw[] {
    const maps = built('sys_transform_map', { source_table: staging }).filter((record) => record.folder === 'update')
    const map = maps[0].fields
    const entries = built('sys_transform_entry', { map: map.sys_id }).filter((record) => record.folder === 'update')
    const onBefore = built('sys_transform_script', { map: map.sys_id }).find((record) => record.fields.when === 'onBefore')!.fields.script
    const run = (script: string, source: Raw, target: { setValue(field: string, value: unknown): void }) =>
        new Function('source', 'map', 'log', 'target', 'GlideRecord', `var ignore = false; var answer;\n${script}\nreturn { ignore: ignore, answer: answer };`)(
            source,
            {},
            { error: () => undefined },
            target,
            GlideRecord,
        ) as { ignore: boolean; answer: unknown }
    const none = { setValue: () => undefined }
    parseCsv('list.csv', csv).rows.forEach(({ values }, index) => {
        const source = { sys_import_row: String(index), ...values }
        if (run(onBefore, source, none).ignore) return
        const record = new GlideRecord(target)
        const coalesce = run(entries.find((entry) => entry.fields.target_field === 'sys_id')!.fields.source_script, source, none).answer
        if (coalesce === -1 || !record.get(String(coalesce))) record.initialize()
        for (const entry of entries.filter((entry) => entry.fields.target_field !== 'sys_id')) {
            const answer = run(entry.fields.source_script, source, none).answer
            if (answer !== '' && answer !== undefined) record.setValue(entry.fields.target_field, answer)
        }
        run(map.script, source, { setValue: (field, value) => record.setValue(field, value) })
        record.update()
    })
    const rows: Raw[] = []
    const all = new GlideRecord(target)
    all.query()
    while (all.next()) rows.push(Object.fromEntries(['department', 'user', 'partner', 'note', 'active'].map((field) => [field, all.getValue(field) ?? ''])))
    return rows
}

describe('the Partner lists replayed as the shipped imports load them', () => {
    const staff = readFileSync(join(ROOT, 'docs', 'partner-staff-sample.csv'), 'utf8') + 'demo.bumc.technician,BUMC IT,,no\ndemo.agent@example.edu,ESO IT,Agent,TRUE\n'
    const departments = readFileSync(join(ROOT, 'docs', 'partner-departments-sample.csv'), 'utf8') + 'Metropolitan College,ESO IT,N\nCollege of Fine Arts,CFA IT,\n'
    const demo = (table: string) => (JSON.parse(readFileSync(join(DEMO, `${table}.json`), 'utf8')).result as Record<string, unknown>[]).map((row) => normalizeRow(row, table, 0))
    const visible = (rows: Raw[]) => rows.map((row) => Object.fromEntries(Object.entries(row).filter(([field, value]) => field !== 'sys_id' && value !== ''))).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))

    afterEach(() => Instance.deactivate())

    test.each([
        ['x_bu_itpartner_department_import', 'x_bu_itpartner_department', DEPARTMENT_LIST, departments],
        ['x_bu_itpartner_red_flag_import', 'x_bu_itpartner_red_flag', STAFF_LIST, staff],
    ])('%s: the same rows as the transform map', (staging, target, file, csv) => {
        const inst = appInstance().activate()
        for (const table of ['sys_user', 'cmn_department', 'x_bu_itpartner_partner']) inst.load(table, demo(table))
        const shipped = importWithShippedTransform(staging, target, csv)
        const dir = folder(BASE_TABLES, { 'x_bu_itpartner_partner.json': readFileSync(join(DEMO, 'x_bu_itpartner_partner.json'), 'utf8'), [file]: csv })
        const given = new Map([['x_bu_itpartner_partner', demo('x_bu_itpartner_partner')], ['sys_user_group', demo('sys_user_group')]])
        const replayed = readPartnerLists(dir, given, demo('sys_user'), demo('cmn_department')).tables.get(target)!
        expect(shipped.length).toBeGreaterThan(2)
        expect(visible(replayed)).toEqual(visible(shipped))
    })
})
