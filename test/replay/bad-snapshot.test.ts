import { demoEvents, demoTable, demoVariant, runCli } from './helpers.ts'
jest.setTimeout(300_000)

function expectBad(dir: string, pattern: RegExp): void {
    const run = runCli([dir, '--json'])
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(pattern)
}

describe('bad snapshots: a clear error naming the file and row, exit code 2', () => {
    test('missing table file', () => {
        expectBad(demoVariant({ 'sys_user_group.json': null }), /sys_user_group\.json: missing/)
    })
    test('missing events.json', () => {
        expectBad(demoVariant({ 'events.json': null }), /events\.json: missing/)
    })
    test('not JSON', () => {
        expectBad(demoVariant({ 'sys_user.json': '{"result": [' }), /sys_user\.json: not valid JSON/)
    })
    test('wrong shape: no result array', () => {
        expectBad(demoVariant({ 'cmn_department.json': { rows: [] } }), /cmn_department\.json: wrong shape/)
    })
    test('wrong shape: a row that is not an object', () => {
        expectBad(demoVariant({ 'sys_user_group.json': { result: [1] } }), /sys_user_group\.json: row 1: wrong shape/)
    })
    test('reference to a missing record names file, row and field', () => {
        const flags = demoTable('x_bu_itpartner_red_flag')
        flags[1] = { ...flags[1], user: 'nosuchuser0000000000000000000000' }
        expectBad(
            demoVariant({ 'x_bu_itpartner_red_flag.json': { result: flags } }),
            /x_bu_itpartner_red_flag\.json: row 2: field "user" references sys_user "nosuchuser0+", which is not in sys_user\.json/,
        )
    })
    test('reference given as a link object is checked too', () => {
        const users = demoTable('sys_user')
        users[0] = { ...users[0], department: { link: 'https://x/cmn_department/gone', value: 'gone' } }
        expectBad(demoVariant({ 'sys_user.json': { result: users } }), /sys_user\.json: row 1: field "department" references cmn_department "gone"/)
    })
    test('unknown table in events.json', () => {
        const events = demoEvents()
        events[4] = { ...events[4], table: 'incidnet' }
        expectBad(demoVariant({ 'events.json': events }), /events\.json: event 5: \(INC0020003\) unknown table "incidnet"/)
    })
    test('unknown number in events.json', () => {
        const events = demoEvents()
        events.push({ table: 'incident', action: 'update', number: 'INC9999999', set: {}, user: '' })
        expectBad(demoVariant({ 'events.json': events }), new RegExp(`events\\.json: event ${events.length}: \\(INC9999999\\) unknown number INC9999999`))
    })
    test('unknown action and event referencing a missing user', () => {
        expectBad(demoVariant({ 'events.json': [{ table: 'incident', action: 'delete', record: {} }] }), /events\.json: event 1: unknown action "delete"/)
        expectBad(
            demoVariant({ 'events.json': [{ table: 'incident', action: 'insert', record: { caller_id: 'ghost' } }] }),
            /events\.json: event 1: \(INC0010001\) record field "caller_id" references sys_user "ghost"/,
        )
    })
    test('a snapshot folder that does not exist', () => {
        expectBad('/nonexistent/snapshot', /does not exist/)
    })
})
