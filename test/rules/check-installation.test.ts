import { GlideRecord, Instance } from '../../emulator/glide/index.ts'
import { HARDENING_PROPERTY } from '../../src/server/core/install-check.ts'
import { MESSAGES } from '../../src/server/core/messages.ts'
import { installationFacts } from '../../src/server/glide/install-facts.ts'
import { showInstallationCheck } from '../../src/server/rules/check-installation.ts'
import { healthyInstall } from '../support/install.ts'

/** The installation check on the embedded instance: a healthy install, then each thing an instance can get wrong. */
function installed(): { inst: Instance; ids: ReturnType<typeof healthyInstall> } {
    const inst = new Instance().activate()
    const ids = healthyInstall(inst)
    return { inst, ids }
}

/** Runs the UI action's module and returns the messages the admin reads. */
function check(inst: Instance): { errors: string[]; info: string[] } {
    inst.clearOutput()
    showInstallationCheck()
    return { errors: [...inst.messages.error], info: [...inst.messages.info] }
}

/** Sets fields of stored rows of a table, matched by a field value (what an admin or an install would change). */
function change(inst: Instance, table: string, field: string, value: string, values: Record<string, string>): void {
    const rows = inst.rows(table).filter((row) => row[field] === value)
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) inst.db.store.update(inst.db.store.find(table, row.sys_id)!, values)
}

function remove(inst: Instance, table: string, field: string, value: string): void {
    const record = new GlideRecord(table)
    record.addQuery(field, value)
    record.query()
    while (record.next()) record.deleteRecord()
}

const problems = (inst: Instance) => check(inst).errors.slice(1).map((line) => line.replace(/^Installation problem: /, ''))

afterEach(() => Instance.deactivate())

describe('installation check: a healthy install', () => {
    test('no problem; incident’s access, the hardening property and the last ATF run are shown', () => {
        const { inst } = installed()
        expect(check(inst)).toEqual({
            errors: [],
            info: [
                'IT Partner Routing installation check: no problems found.',
                'incident’s Application Access and web service access as stored (sys_db_object): access=public, read_access=true, create_access=false, update_access=true, delete_access=false, ws_access=true, alter_access=true, actions_access=true, client_scripts_access=true, caller_access=0. Compare them with what you noted before the install.',
                `${HARDENING_PROPERTY} is false: scoped apps get only what Application Access and their cross-scope privileges allow (Security Center’s recommended value).`,
                'The last run of the ATF suite "IT Partner Routing" (2025-06-02 09:30:00) passed: 26 tests.',
            ],
        })
    })

    test('reads in 6 queries and writes nothing', () => {
        const { inst } = installed()
        inst.resetCounters()
        installationFacts()
        expect(inst.counters.queries).toBe(6)
        expect(inst.counters.writes).toBe(0)
    })
})

describe('installation check: each problem, one line with its fix', () => {
    test.each([
        ['IT Partner escalation routing', 'before', 'escalations are not routed past tier 1'],
        ['IT Partner anti-boomerang guard', 'before', 'escalations can be sent back to tier 1 (boomerangs are not stopped)'],
        ['IT Partner decision log', 'after', 'no routing decision rows are written'],
        ['IT Partner form banner', 'display', 'every incident form asks the server once for its banner instead'],
    ])('business rule "%s" missing, then inactive', (name, when, effect) => {
        const { inst } = installed()
        change(inst, 'sys_script', 'name', name, { active: 'false' })
        expect(problems(inst)).toEqual([`The business rule "${name}" (${when}) is inactive: ${effect}. Fix: activate it (System Definition > Business Rules).`])
        remove(inst, 'sys_script', 'name', name)
        expect(problems(inst)).toEqual([
            `The business rule "${name}" (${when}) is not on incident: ${effect}. Fix: install the app again; if the rule is still missing, the instance refuses this rule on another scope’s table (docs/install.md, Runtime requirements).`,
        ])
    })

    test('a rule of the same name in another scope does not count', () => {
        const { inst } = installed()
        remove(inst, 'sys_script', 'name', 'IT Partner decision log')
        inst.load('sys_script', [{ name: 'IT Partner decision log', collection: 'incident', when: 'after', active: 'true', sys_scope: 'global' }])
        expect(problems(inst)).toEqual([expect.stringMatching(/^The business rule "IT Partner decision log" \(after\) is not on incident/)])
    })

    test('a privilege missing, requested or denied', () => {
        const { inst } = installed()
        remove(inst, 'sys_scope_privilege', 'target_name', 'sys_user_grmember')
        change(inst, 'sys_scope_privilege', 'target_name', 'cmn_department', { status: 'requested' })
        change(inst, 'sys_scope_privilege', 'target_name', 'incident', { status: 'denied' })
        expect(problems(inst)).toEqual([
            'The cross-scope privilege read on incident has the status denied: the app’s read of incident is refused. Fix: set its status to Allowed (System Applications > Application Cross-Scope Access).',
            'The cross-scope privilege write on incident has the status denied: the app’s write of incident is refused. Fix: set its status to Allowed (System Applications > Application Cross-Scope Access).',
            'The cross-scope privilege read on sys_user_grmember is missing: where the instance enforces cross-scope access, the app’s read of sys_user_grmember is refused. Fix: install the app again, or add it in System Applications > Application Cross-Scope Access (source IT Partner Routing, status Allowed).',
            'The cross-scope privilege read on cmn_department has the status requested: the app’s read of cmn_department is refused. Fix: set its status to Allowed (System Applications > Application Cross-Scope Access).',
        ])
    })

    test('no privilege readable at all: one line, not one per privilege', () => {
        const { inst, ids } = installed()
        remove(inst, 'sys_scope_privilege', 'source_scope', ids.scope)
        expect(problems(inst)).toEqual([MESSAGES.installPrivilegesNone])
    })

    test('the app’s scope unreadable: one line; rules and privileges are not judged', () => {
        const { inst } = installed()
        remove(inst, 'sys_scope', 'scope', 'x_bu_itpartner')
        expect(problems(inst)).toEqual([MESSAGES.installScopeMissing.replace('{0}', 'x_bu_itpartner')])
    })

    test('incident’s Application Access: other scopes, Can read, Can update (hardened), configuration, web services', () => {
        const { inst } = installed()
        change(inst, 'sys_db_object', 'name', 'incident', {
            access: 'package_private',
            read_access: 'false',
            update_access: 'false',
            alter_access: 'false',
            client_scripts_access: 'false',
            ws_access: 'false',
        })
        expect(problems(inst)).toEqual([
            'incident is accessible from package_private only (Application Access, Accessible from): the app can neither read nor save tickets. Fix: set Accessible from to All application scopes.',
            'incident does not let other scopes read it (Application Access, Can read is off): the app’s rules and the banner cannot read tickets. Fix: select Can read.',
            'incident does not let other scopes update it (Application Access, Can update is off): Send to IT Partner and the backfill cannot save tickets. Fix: select Can update.',
            'incident’s Application Access has alter_access, client_scripts_access off: the next install or upgrade of the app cannot change its columns, UI action and client scripts on incident. Fix: select Allow configuration (docs/install.md).',
            'incident’s web service access is off (ws_access=false): the Table API and other web services refuse incident. Fix: if it was on before the app was installed, select Allow access to this table via web services again.',
        ])
        expect(check(inst).info[0]).toContain('access=package_private, read_access=false, create_access=false, update_access=false')
    })

    test('Can update off while the hardening property is not false: the line says why the app still saves tickets', () => {
        const { inst } = installed()
        change(inst, 'sys_db_object', 'name', 'incident', { update_access: 'false' })
        inst.setProperty(HARDENING_PROPERTY, 'true')
        expect(problems(inst)).toEqual([
            `incident does not let other scopes update it (Application Access, Can update is off): the app saves tickets only because ${HARDENING_PROPERTY} is not false; once it is false (Security Center’s recommended value), Send to IT Partner and the backfill cannot save tickets. Fix: select Can update.`,
        ])
    })

    test('incident’s row unreadable', () => {
        const { inst } = installed()
        remove(inst, 'sys_db_object', 'name', 'incident')
        expect(problems(inst)).toEqual([MESSAGES.installIncidentUnreadable])
    })

    test('the hardening property true or not set: shown, not a problem', () => {
        const { inst } = installed()
        inst.setProperty(HARDENING_PROPERTY, 'true')
        expect(check(inst)).toMatchObject({
            errors: [],
            info: expect.arrayContaining([`${HARDENING_PROPERTY} is true: scoped GlideRecord may still save tables whose Application Access forbids it (the legacy behaviour). The app does not need it.`]),
        })
        inst.setProperty(HARDENING_PROPERTY, '')
        expect(check(inst).info).toContain(`${HARDENING_PROPERTY} is not set: the platform behaves as if it were true (the legacy behaviour). The app does not need it.`)
    })

    test('the GlideQuery plugin inactive', () => {
        const { inst } = installed()
        change(inst, 'v_plugin', 'id', 'com.sn_glidequery', { active: 'inactive' })
        expect(problems(inst)).toEqual(['The GlideQuery plugin (com.sn_glidequery) is not active: the backfill job (run) cannot stamp tickets. Fix: activate the plugin.'])
    })

    test('the ATF suite: its newest run failed; never run (shown, not a problem); missing', () => {
        const { inst, ids } = installed()
        inst.load('sys_atf_test_suite_result', [
            {
                test_suite: ids.suite,
                status: 'failure',
                rolled_up_test_success_count: '24',
                rolled_up_test_failure_count: '1',
                rolled_up_test_error_count: '1',
                sys_created_on: '2025-06-03 10:00:00',
            },
        ])
        expect(problems(inst)).toEqual([
            'The last run of the ATF suite "IT Partner Routing" (2025-06-03 10:00:00) has the status failure: 24 passed, 1 failed, 1 with errors, 0 skipped. Fix: open Automated Test Framework > Suite Results, read the failed steps, fix what they name and run the suite again.',
        ])
        remove(inst, 'sys_atf_test_suite_result', 'test_suite', ids.suite)
        expect(check(inst)).toMatchObject({
            errors: [],
            info: expect.arrayContaining([
                'The ATF suite "IT Partner Routing" has no result on this instance. Run it on a sub-production instance before go-live (never on production) and read this check there.',
            ]),
        })
        remove(inst, 'sys_atf_test_suite', 'name', 'IT Partner Routing')
        expect(problems(inst)).toEqual(['The ATF suite "IT Partner Routing" is not on this instance. Fix: install the app again; its tests come with it.'])
    })

    test('the count heads the list, and each line is shown in the session language', () => {
        const { inst } = installed()
        change(inst, 'v_plugin', 'id', 'com.sn_glidequery', { active: 'inactive' })
        inst.addMessages(Object.fromEntries(Object.values(MESSAGES).map((key) => [key, '[fr] ' + key])))
        expect(check(inst).errors).toEqual([
            '[fr] IT Partner Routing installation check: 1 problem(s).',
            '[fr] Installation problem: [fr] The GlideQuery plugin (com.sn_glidequery) is not active: the backfill job (run) cannot stamp tickets. Fix: activate the plugin.',
        ])
    })

    test('another app’s scope, rules, privileges, tables, suite and results are not read as this app’s', () => {
        const inst = new Instance().activate()
        inst.load('sys_scope', [{ sys_id: 'other-scope', scope: 'x_other_app', name: 'Other app' }])
        inst.load('sys_db_object', [{ name: 'problem', access: 'package_private', read_access: 'false' }])
        inst.load('sys_atf_test_suite', [{ sys_id: 'other-suite', name: 'Other app suite', active: 'true' }])
        const ids = healthyInstall(inst)
        inst.load('sys_atf_test_suite_result', [{ test_suite: 'other-suite', status: 'failure', rolled_up_test_failure_count: '3', sys_created_on: '2025-06-09 08:00:00' }])
        remove(inst, 'sys_script', 'name', 'IT Partner decision log')
        inst.load('sys_script', [{ name: 'IT Partner decision log', collection: 'sys_user', when: 'after', active: 'true', sys_scope: ids.scope }])
        remove(inst, 'sys_scope_privilege', 'target_name', 'sys_user_grmember')
        inst.load('sys_script', [{ name: 'IT Partner decision log', collection: 'incident', when: 'after', active: 'true', sys_scope: 'other-scope' }])
        inst.load('sys_scope_privilege', [{ source_scope: 'other-scope', target_name: 'sys_user_grmember', target_type: 'sys_db_object', operation: 'read', status: 'allowed' }])
        expect(check(inst)).toEqual({
            errors: [
                'IT Partner Routing installation check: 2 problem(s).',
                expect.stringMatching(/^Installation problem: The business rule "IT Partner decision log" \(after\) is not on incident: /),
                expect.stringMatching(/^Installation problem: The cross-scope privilege read on sys_user_grmember is missing: /),
            ],
            info: [
                expect.stringMatching(/^incident’s Application Access and web service access as stored \(sys_db_object\): access=public, read_access=true, /),
                expect.stringMatching(/is false: /),
                'The last run of the ATF suite "IT Partner Routing" (2025-06-02 09:30:00) passed: 26 tests.',
            ],
        })
    })

    test('each stored field of incident’s access is shown as stored; an empty Accessible from or status is named (empty)', () => {
        const { inst } = installed()
        change(inst, 'sys_db_object', 'name', 'incident', { access: '', create_access: 'true', delete_access: 'true', caller_access: '2' })
        change(inst, 'sys_scope_privilege', 'target_name', 'cmn_department', { status: '' })
        expect(problems(inst)).toEqual([
            'The cross-scope privilege read on cmn_department has the status (empty): the app’s read of cmn_department is refused. Fix: set its status to Allowed (System Applications > Application Cross-Scope Access).',
            expect.stringMatching(/^incident is accessible from \(empty\) only /),
        ])
        expect(check(inst).info[0]).toContain(
            'access=, read_access=true, create_access=true, update_access=true, delete_access=true, ws_access=true, alter_access=true, actions_access=true, client_scripts_access=true, caller_access=2.',
        )
        change(inst, 'sys_db_object', 'name', 'incident', { caller_access: '' })
        expect(check(inst).info[0]).toContain('client_scripts_access=true, caller_access=0.')
    })

    test('a failed run counts its skipped tests', () => {
        const { inst, ids } = installed()
        inst.load('sys_atf_test_suite_result', [
            { test_suite: ids.suite, status: 'failure', rolled_up_test_success_count: '20', rolled_up_test_failure_count: '1', rolled_up_test_skip_count: '5', sys_created_on: '2025-06-03 10:00:00' },
        ])
        expect(problems(inst)).toEqual([expect.stringContaining('(2025-06-03 10:00:00) has the status failure: 20 passed, 1 failed, 0 with errors, 5 skipped.')])
    })

    test('the plugin state unreadable: one line, the other lines still shown, the cause logged', () => {
        const { inst } = installed()
        const rows = inst.rows.bind(inst)
        inst.rows = (table: string) => {
            if (table === 'v_plugin') throw new Error('plugin list unavailable')
            return rows(table)
        }
        expect(problems(inst)).toEqual([
            'Whether the GlideQuery plugin (com.sn_glidequery) is active could not be read (see the system log). Fix: check System Definition > Plugins; the backfill job (run) needs it.',
        ])
        expect(check(inst).info).toHaveLength(3)
        expect(inst.logs.map((log) => [log.level, log.message])).toContainEqual([
            'warn',
            'IT Partner Routing: the installation check could not read whether plugin com.sn_glidequery is active: Error: plugin list unavailable',
        ])
    })

    test('a failure of the check itself is reported and logged, never thrown', () => {
        const { inst } = installed()
        inst.getProperty = () => {
            throw new Error('property cache unavailable')
        }
        expect(() => showInstallationCheck()).not.toThrow()
        expect(inst.messages.error).toEqual([MESSAGES.installCheckFailed])
        expect(inst.logs.map((log) => log.message)).toEqual(['IT Partner Routing: the installation check failed: Error: property cache unavailable'])
    })
})
