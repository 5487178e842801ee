/**
 * Snapshot inputs an admin has: Table API JSON, a list's Export > JSON, Export > XML or a record export (unload),
 * in UTF-8 with a BOM or UTF-16; and the inputs the replay refuses with exit 2 and a one-line message.
 */
import { mkdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadSnapshot } from '../../replay/read/snapshot.ts'
import { SnapshotError } from '../../replay/read/errors.ts'
import { DEMO, demoEvents, demoTable, demoVariant, replayJson, runCli } from './helpers.ts'

jest.setTimeout(300_000)

type Raw = Record<string, unknown>

function escapeXml(text: string): string {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** A table as Export > XML writes it (root <xml>), or as a record export (root <unload>, action attributes). */
function asXml(table: string, rows: Raw[], root: 'xml' | 'unload' = 'xml'): string {
    const records = rows.map((row) => {
        const fields = Object.entries(row).map(([field, value]) => {
            if (value && typeof value === 'object') {
                const reference = value as { value: string }
                return `<${field} display_value="${escapeXml('Name of ' + reference.value)}">${escapeXml(reference.value)}</${field}>`
            }
            const text = String(value ?? '')
            return text ? `<${field}>${escapeXml(text)}</${field}>` : `<${field}/>`
        })
        return `<${table}${root === 'unload' ? ' action="INSERT_OR_UPDATE"' : ''}>\n${fields.join('\n')}\n</${table}>`
    })
    const extra = root === 'unload' ? `<sys_translated_text action="delete_multiple" query="documentkey=x"/>\n` : ''
    return `<?xml version="1.0" encoding="UTF-8"?>\n<${root}${root === 'unload' ? ' unload_date="2026-11-01 10:00:00"' : ''}>\n${extra}${records.join('\n')}\n</${root}>\n`
}

/** Export > JSON writes raw values under "records"; references are plain sys_ids. */
function asListJson(rows: Raw[]): string {
    const flat = rows.map((row) =>
        Object.fromEntries(Object.entries(row).map(([field, value]) => [field, value && typeof value === 'object' ? (value as { value: string }).value : value])),
    )
    return JSON.stringify({ records: flat })
}

function utf16le(text: string): Buffer {
    return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
}

function utf16be(text: string): Buffer {
    return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])
}

/** A copy of the demo with some table files replaced by other forms (file name -> content, null removes). */
function variant(files: Record<string, string | Buffer | null>): string {
    const dir = demoVariant()
    for (const [file, content] of Object.entries(files)) {
        if (content === null) rmSync(join(dir, file))
        else writeFileSync(join(dir, file), content)
    }
    return dir
}

function loadError(dir: string): string {
    try {
        loadSnapshot(dir)
    } catch (error) {
        expect(error).toBeInstanceOf(SnapshotError)
        return (error as Error).message
    }
    throw new Error('the snapshot loaded')
}

describe('list exports replay to exactly the decisions of the Table API export', () => {
    test('XML for some tables, Export > JSON for others, a record export, a BOM and UTF-16', () => {
        const xmlTables = ['sys_user', 'x_bu_itpartner_partner', 'x_bu_itpartner_route', 'sys_user_grmember']
        const listTables = ['cmn_department', 'x_bu_itpartner_department', 'sys_properties']
        const files: Record<string, string | Buffer | null> = {}
        for (const table of xmlTables) {
            files[`${table}.json`] = null
            const text = asXml(table, demoTable(table), table === 'x_bu_itpartner_route' ? 'unload' : 'xml')
            files[`${table}.xml`] = table === 'sys_user' ? utf16le(text) : text
        }
        for (const table of listTables) files[`${table}.json`] = table === 'sys_properties' ? '\ufeff' + asListJson(demoTable(table)) : asListJson(demoTable(table))
        files['sys_user_group.json'] = utf16be(JSON.stringify({ result: demoTable('sys_user_group') }))
        const dir = variant(files)
        expect(replayJson(dir)).toEqual(replayJson(DEMO))
    })

    test('an XML reference keeps its sys_id; display_value attributes and empty elements are read', () => {
        const dir = variant({ 'sys_user.json': null, 'sys_user.xml': asXml('sys_user', demoTable('sys_user')) })
        const users = loadSnapshot(dir).tables.get('sys_user')!
        const first = demoTable('sys_user')[0] as { sys_id: string; department: { value: string } }
        expect(users[0]).toMatchObject({ sys_id: first.sys_id, department: first.department.value })
        const empty = variant({
            'cmn_department.json': null,
            'cmn_department.xml': `<xml><cmn_department><sys_id>d1</sys_id><name>A &amp; B</name><parent/></cmn_department></xml>`,
            'sys_user.json': JSON.stringify({ result: [] }),
            'events.json': '[]',
            'x_bu_itpartner_department.json': JSON.stringify({ result: [] }),
            'x_bu_itpartner_red_flag.json': JSON.stringify({ result: [] }),
            'sys_user_grmember.json': null,
            'sys_user_has_role.json': null,
        })
        expect(loadSnapshot(empty).tables.get('cmn_department')).toEqual([{ sys_id: 'd1', name: 'A & B', parent: '' }])
    })
})

describe('inputs the replay refuses, naming the file', () => {
    test('a table given twice names both files', () => {
        const dir = variant({ 'sys_user.xml': asXml('sys_user', demoTable('sys_user')) })
        expect(loadError(dir)).toBe('sys_user.json and sys_user.xml: table sys_user is given twice; keep one of the files')
    })
    test('CSV says which export to use and why', () => {
        const dir = variant({ 'cmn_department.json': null, 'cmn_department.csv': 'name,sys_id\nA,1\n' })
        expect(loadError(dir)).toMatch(/^cmn_department\.csv: CSV exports are not read: they hold display values .*cannot be joined.*Export > JSON.*Export > XML/)
    })
    test('JSON with display values only is recognised by its names', () => {
        const users = demoTable('sys_user').map((user) => ({ ...user, department: 'Metropolitan College' }))
        const dir = variant({ 'sys_user.json': JSON.stringify({ result: users }) })
        expect(loadError(dir)).toMatch(/^sys_user\.json: row 1: field "department" holds "Metropolitan College", the name of a cmn_department row, not its sys_id: .*display values/)
    })
    test('an unauthenticated API error body is refused with the API message', () => {
        const body = { error: { message: 'User Not Authenticated', detail: 'Required to provide Auth information' }, status: 'failure' }
        const dir = variant({ 'x_bu_itpartner_route.json': JSON.stringify(body) })
        expect(loadError(dir)).toMatch(/^x_bu_itpartner_route\.json: holds an API error, not records: "User Not Authenticated: Required to provide Auth information"/)
    })
    test('XML with another root, and broken XML', () => {
        expect(loadError(variant({ 'sys_user.json': null, 'sys_user.xml': '<records><sys_user/></records>' }))).toMatch(/^sys_user\.xml: wrong shape: expected .*root <xml>/)
        expect(loadError(variant({ 'sys_user.json': null, 'sys_user.xml': '<xml><sys_user><name>a</sys_user>' }))).toMatch(/^sys_user\.xml: not valid XML/)
    })
    test('a folder where a file belongs, and a file where the snapshot folder belongs', () => {
        const dir = variant({ 'x_bu_itpartner_route.json': null })
        mkdirSync(join(dir, 'x_bu_itpartner_route.json'))
        expect(loadError(dir)).toBe('x_bu_itpartner_route.json: is a folder; expected the table export file')
        expect(loadError(join(DEMO, 'events.json'))).toMatch(/events\.json: is a file; expected the snapshot folder$/)
    })
    test('a table file over the size limit names the file and the limit', () => {
        const dir = variant({})
        truncateSync(join(dir, 'sys_user.json'), 700 * 2 ** 20)
        expect(loadError(dir)).toBe(
            "sys_user.json: 700 MB is over the replay's limit of 256 MB per table file; export only the columns the replay reads (docs/replay.md lists them) or fewer rows",
        )
    })
    test('table files that together exceed the snapshot limit name the file that crosses it', () => {
        const dir = variant({})
        truncateSync(join(dir, 'sys_user.json'), 200 * 2 ** 20)
        truncateSync(join(dir, 'cmn_department.json'), 200 * 2 ** 20)
        truncateSync(join(dir, 'sys_user_group.json'), 200 * 2 ** 20)
        expect(loadError(dir)).toBe(
            "sys_user_group.json: brings the snapshot to 600 MB, over the replay's limit of 512 MB for all files together; export only the columns the replay reads (docs/replay.md lists them) or fewer rows",
        )
    })
    test('a Table API export of a table with web service access off could not have been made', () => {
        const message = (() => {
            try {
                loadSnapshot(DEMO, { noWebServiceAccess: new Set(['x_bu_itpartner_partner']) })
            } catch (error) {
                return (error as Error).message
            }
            return ''
        })()
        expect(message).toMatch(/^x_bu_itpartner_partner\.json: is a Table API export .*web service access off.* 403/)
        const listed = variant({ 'x_bu_itpartner_partner.json': asListJson(demoTable('x_bu_itpartner_partner')) })
        expect(() => loadSnapshot(listed, { noWebServiceAccess: new Set(['x_bu_itpartner_partner']) })).not.toThrow()
    })
})

describe('events are checked against the table fields', () => {
    test('a mistyped field names the event position, its number and the field', () => {
        const events = demoEvents()
        const update = events.findIndex((event) => event.action === 'update')
        events[update] = { ...events[update], set: { assignmnet_group: 'x' } }
        const run = runCli([demoVariant({ 'events.json': events }), '--json'])
        expect(run.status).toBe(2)
        expect(run.stderr).toBe(
            `replay: bad snapshot: events.json: event ${update + 1}: (${events[update].number}) set field "assignmnet_group": incident has no such field (did you mean assignment_group?). ` +
                'A field of your instance that the replay does not know can be declared in sys_dictionary.json (name, element)\n',
        )
    })
    test('`caller` on an insert is refused; platform, instance (sys_dictionary.json) and exported columns are accepted', () => {
        const insert = { table: 'incident', action: 'insert', record: { number: 'INC0040001', caller: 'x', short_description: 'x' } }
        const run = runCli([demoVariant({ 'events.json': [insert] }), '--json'])
        expect(run.status).toBe(2)
        expect(run.stderr).toMatch(/^replay: bad snapshot: events\.json: event 1: \(INC0040001\) record field "caller": incident has no such field/)
        expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(1)
        const known = {
            table: 'incident',
            action: 'insert',
            record: { number: 'INC0040002', cmdb_ci: '', impact: '2', u_building: 'Main', short_description: 'x' },
        }
        const dictionary = { result: [{ sys_id: 'd1', name: 'task', element: 'u_building' }] }
        const results = replayJson(demoVariant({ 'events.json': [known], 'sys_dictionary.json': dictionary }))
        expect(results).toHaveLength(1)
    })
})

describe('route conditions the replay cannot evaluate', () => {
    test('a javascript: term notes every routed event whose decision it could change, and no other', () => {
        const routes = demoTable('x_bu_itpartner_route')
        const first = Math.min(...routes.map((route) => Number(route.order)))
        const opaque = { ...routes[0], sys_id: 'opaqueroute0000000000000000000001', order: String(first - 1), description: 'Scripted', condition: 'caller_id=javascript:gs.getUserID()' }
        const results = replayJson(demoVariant({ 'x_bu_itpartner_route.json': { result: [...routes, opaque] } }))
        const noted = results.filter((result) => Array.isArray(result.notes))
        expect(noted.length).toBeGreaterThan(0)
        for (const result of noted) {
            expect(['rerouted', 'kept_specialty', 'no_target', 'boomerang_blocked', 'boomerang_warned']).toContain(result.outcome)
            expect(result.notes).toContainEqual(expect.stringMatching(/^route "Scripted" \(order -?\d+\) has a condition term the replay cannot evaluate/))
        }
        for (const result of results.filter((result) => result.outcome === 'none')) expect(result.notes).toBeUndefined()
    })
})

describe('the CLI', () => {
    test('a bad input exits 2 with one line and no stack trace', () => {
        const dir = variant({ 'cmn_department.json': null, 'cmn_department.csv': 'name\nA\n' })
        const run = runCli([dir])
        expect(run.status).toBe(2)
        expect(run.stdout).toBe('')
        expect(run.stderr.trimEnd().split('\n')).toHaveLength(1)
        expect(run.stderr).not.toMatch(/\n\s+at /)
    })
})
