/**
 * No silent misreads: a missing column, rows an unload deletes, display-format dates, an HTML page or
 * a CSV saved as a table file, declared instance fields in the configuration check, a property warning shown once.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { prepareReplay } from '../../replay/run/prepare.ts'
import { loadSnapshot } from '../../replay/read/snapshot.ts'
import { demoEvents, demoTable, demoVariant, runCli } from './helpers.ts'

jest.setTimeout(300_000)

type Raw = Record<string, unknown>

const without = (rows: Raw[], column: string) => rows.map(({ [column]: _, ...rest }) => rest)

function loadError(dir: string): string {
    try {
        loadSnapshot(dir)
    } catch (error) {
        return (error as Error).message
    }
    throw new Error('the snapshot loaded')
}

describe('a missing column', () => {
    const dir = () =>
        demoVariant({
            'sys_user.json': { result: without(demoTable('sys_user'), 'department') },
            'x_bu_itpartner_red_flag.json': { result: without(demoTable('x_bu_itpartner_red_flag'), 'active') },
            'sys_user_group.json': { result: without(demoTable('sys_user_group'), 'active') },
        })

    test('is one warning per file naming the file, the column and what the replay takes instead', () => {
        const { warnings } = loadSnapshot(dir())
        expect(warnings).toEqual([
            expect.stringMatching(/^sys_user\.json has no column "department": no user has a department, so no ticket gets a Partner/),
            expect.stringMatching(/^sys_user_group\.json has no column "active": every group counts as active/),
            expect.stringMatching(/^x_bu_itpartner_red_flag\.json has no column "active": every red flag counts as active/),
        ])
    })

    test('--json: on stderr, one line each, stdout stays the array; the text report lists them before the events', () => {
        const snapshot = dir()
        const json = runCli([snapshot, '--json'])
        expect(json.status).toBe(0)
        expect(JSON.parse(json.stdout)).toHaveLength(demoEvents().length)
        expect(json.stderr.match(/^replay: sys_user\.json has no column "department"/gm)).toHaveLength(1)
        expect(json.stderr).toMatch(/^replay: x_bu_itpartner_red_flag\.json has no column "active"/m)
        const text = runCli([snapshot])
        expect(text.status).toBe(0)
        const warnings = text.stdout.indexOf('Snapshot warnings: 3\n  ! sys_user.json has no column "department"')
        expect(warnings).toBeGreaterThan(text.stdout.indexOf('Properties in effect:'))
        expect(warnings).toBeLessThan(text.stdout.indexOf('Configuration check:'))
    })

    test('a column without which the rows mean nothing is an error naming file and column', () => {
        const flags = demoVariant({ 'x_bu_itpartner_red_flag.json': { result: without(demoTable('x_bu_itpartner_red_flag'), 'user') } })
        expect(loadError(flags)).toBe('x_bu_itpartner_red_flag.json: has no column "user", which the replay needs; export it with this column')
        const routes = demoVariant({ 'x_bu_itpartner_route.json': { result: without(demoTable('x_bu_itpartner_route'), 'condition') } })
        expect(loadError(routes)).toMatch(/^x_bu_itpartner_route\.json: has no column "condition"/)
    })
})

test('rows an unload marks action="DELETE" are skipped and counted', () => {
    const groups = demoTable('sys_user_group')
    const record = (row: Raw, action: string) =>
        `<sys_user_group action="${action}">${Object.entries(row)
            .map(([field, value]) => `<${field}>${String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;')}</${field}>`)
            .join('')}</sys_user_group>`
    const gone = { sys_id: 'deadbeefdeadbeefdeadbeefdeadbeef', name: 'Deleted group', active: 'true' }
    const xml = `<?xml version="1.0" encoding="UTF-8"?><unload unload_date="2026-11-01 10:00:00">${groups.map((row) => record(row, 'INSERT_OR_UPDATE')).join('')}${record(gone, 'DELETE')}</unload>`
    const dir = demoVariant({ 'sys_user_group.json': null })
    writeFileSync(join(dir, 'sys_user_group.xml'), xml)
    const snapshot = loadSnapshot(dir)
    expect(snapshot.tables.get('sys_user_group')!.map((row) => row.sys_id)).toEqual(groups.map((row) => row.sys_id))
    expect(snapshot.warnings).toEqual(['sys_user_group.xml: skipped 1 row with action="DELETE" (records the export deletes, not live rows)'])
})

describe('dates in a display format', () => {
    test('are one warning naming the first, with a count, for events and the incident export', () => {
        const events = demoEvents()
        events[0] = { ...events[0], record: { ...(events[0].record as Raw), opened_at: '05/12/2026 10:00:00 AM' } }
        events[1] = { ...events[1], at: '2026-12-05 10:00:00 AM' }
        events[2] = { ...events[2], at: '2026-12-05 10:00:00' }
        const { warnings } = loadSnapshot(demoVariant({ 'events.json': events }))
        expect(warnings).toEqual([
            expect.stringMatching(/^events\.json: event 1 \(\w+\) has opened_at "05\/12\/2026 10:00:00 AM" and 1 more date not in the raw format YYYY-MM-DD hh:mm:ss/),
        ])
    })

    test('--json: on stderr', () => {
        const events = demoEvents()
        events[0] = { ...events[0], record: { ...(events[0].record as Raw), opened_at: '05/12/2026 10:00:00 AM' } }
        const run = runCli([demoVariant({ 'events.json': events }), '--json'])
        expect(run.status).toBe(0)
        expect(run.stderr).toMatch(/^replay: events\.json: event 1 .* has opened_at "05\/12\/2026 10:00:00 AM" not in the raw format/m)
    })
})

describe('a file that is not what its extension says', () => {
    const login = '<!DOCTYPE html>\n<html lang="en"><head><title>Log in | ServiceNow</title></head><body><form action="login.do"></form></body></html>\n'

    test('an HTML page (a login page) under .json or .xml is named as such', () => {
        expect(loadError(demoVariant({ 'sys_user.json': login }))).toMatch(/^sys_user\.json: is an HTML page \(a login page\?\), not an export: .* Export again/)
        const xml = demoVariant({ 'sys_user.json': null })
        writeFileSync(join(xml, 'sys_user.xml'), login)
        expect(loadError(xml)).toMatch(/^sys_user\.xml: is an HTML page \(a login page\?\)/)
    })

    test('a CSV export saved as .json or .xml is named as such', () => {
        const csv = '"sys_id","user_name","name","department","active"\n"a1","jdoe","Jane Doe","Finance","true"\n'
        expect(loadError(demoVariant({ 'sys_user.json': csv }))).toMatch(/^sys_user\.json: is a CSV export saved under another extension: CSV holds display values/)
        const xml = demoVariant({ 'cmn_department.json': null })
        writeFileSync(join(xml, 'cmn_department.xml'), 'sys_id,name\nd1,Finance\n')
        expect(loadError(xml)).toMatch(/^cmn_department\.xml: is a CSV export/)
    })

    test('a file that is merely broken keeps the parser message', () => {
        expect(loadError(demoVariant({ 'sys_user.json': '{"result": [' }))).toMatch(/^sys_user\.json: not valid JSON/)
    })
})

describe('fields declared in sys_dictionary.json', () => {
    const route = (condition: string) => ({
        sys_id: 'f0000000000000000000000000000001',
        order: '50',
        table: 'incident',
        condition,
        assignment_group: demoTable('sys_user_group')[0].sys_id,
        description: 'Building routes',
        active: 'true',
    })
    const withRoute = (dictionary: Raw[] | null) =>
        demoVariant({
            'x_bu_itpartner_route.json': { result: [...demoTable('x_bu_itpartner_route'), route('u_building=Main')] },
            ...(dictionary ? { 'sys_dictionary.json': { result: dictionary } } : {}),
        })

    test('count in the configuration check: a route on a declared field is not "a field that incident does not have"', () => {
        const undeclared = prepareReplay(withRoute(null)).engine.configurationProblems()
        expect(undeclared).toEqual(expect.arrayContaining([expect.stringContaining('"u_building=Main" names a field that incident does not have')]))
        for (const table of ['incident', 'task']) {
            const problems = prepareReplay(withRoute([{ sys_id: `d-${table}`, name: table, element: 'u_building' }])).engine.configurationProblems()
            expect(problems.filter((problem) => problem.includes('u_building'))).toEqual([])
        }
    })
})

test('a malformed property warns with the first event only; the text report and --json agree', () => {
    const properties = demoTable('sys_properties').map((row) =>
        row.name === 'x_bu_itpartner.tier1_groups' ? { ...row, value: 'IT Help Center,Desktop Services,Desktop Servces' } : row,
    )
    const dir = demoVariant({ 'sys_properties.json': { result: properties } })
    const json = runCli([dir, '--json'])
    expect(json.status).toBe(0)
    const results = JSON.parse(json.stdout) as { warnings: string[] }[]
    const carrying = results.filter((result) => result.warnings.some((warning) => warning.includes('"Desktop Servces", which is not a group')))
    expect(carrying).toEqual([results[0]])
    const text = runCli([dir])
    expect(text.stdout.match(/ {4}warning: .*"Desktop Servces", which is not a group/g)).toHaveLength(1)
})
