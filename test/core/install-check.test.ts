import { checkInstallation, INCIDENT_RULES, PRIVILEGES, type InstallationFacts } from '../../src/server/core/install-check.ts'
import { english, type MessageName, MESSAGES } from '../../src/server/core/messages.ts'

const HEALTHY: InstallationFacts = {
    scopeFound: true,
    rules: INCIDENT_RULES.map((rule) => ({ name: rule.name, active: true })),
    privileges: PRIVILEGES.map((privilege) => ({ ...privilege, status: 'allowed' })),
    incident: {
        access: 'public',
        read_access: true,
        create_access: false,
        update_access: true,
        delete_access: false,
        ws_access: true,
        alter_access: true,
        actions_access: true,
        client_scripts_access: true,
        caller_access: '',
    },
    hardening: 'false',
    glideQueryActive: true,
    atfSuiteFound: true,
    atfLastResult: { when: '2025-06-02 09:30:00', status: 'success', passed: 26, failed: 0, errors: 0, skipped: 0 },
}

/** The message names of the problems for these facts. */
function problemNames(change: Partial<InstallationFacts>): MessageName[] {
    const names = new Map<string, MessageName>(Object.entries(MESSAGES).map(([name, key]) => [key, name as MessageName]))
    return checkInstallation({ ...HEALTHY, ...change }).problems.map((problem) => names.get(problem.key)!)
}

describe('checkInstallation (core)', () => {
    test('a healthy install: no problem; incident’s settings, the property and the ATF run shown', () => {
        const report = checkInstallation(HEALTHY)
        expect(report.problems).toEqual([])
        expect(report.facts.map(english)).toEqual([
            expect.stringContaining('access=public, read_access=true, create_access=false, update_access=true, delete_access=false, ws_access=true, alter_access=true, actions_access=true, client_scripts_access=true, caller_access=0.'),
            expect.stringMatching(/^glide\.record\.legacy_cross_scope_access_policy_in_script is false: /),
            'The last run of the ATF suite "IT Partner Routing" (2025-06-02 09:30:00) passed: 26 tests.',
        ])
    })

    test.each<[string, Partial<InstallationFacts>, MessageName[]]>([
        ['a rule present twice, one copy active', { rules: [...HEALTHY.rules, { name: INCIDENT_RULES[0].name, active: false }] }, []],
        ['every rule gone', { rules: [] }, ['installRuleMissing', 'installRuleMissing', 'installRuleMissing', 'installRuleMissing']],
        ['a privilege twice, one row Allowed', { privileges: [...HEALTHY.privileges, { ...PRIVILEGES[0], status: 'denied' }] }, []],
        ['a privilege of another type only', { privileges: HEALTHY.privileges.map((row, at) => (at === 0 ? { ...row, type: 'sys_script_include' } : row)) }, ['installPrivilegeMissing']],
        ['the scope not found', { scopeFound: false, rules: [], privileges: [] }, ['installScopeMissing']],
        ['Can update off, property absent', { incident: { ...HEALTHY.incident!, update_access: false }, hardening: null }, ['installIncidentUpdateLegacy']],
        ['UI actions not allowed', { incident: { ...HEALTHY.incident!, actions_access: false } }, ['installIncidentConfiguration']],
        ['create and delete off (the app needs neither)', { incident: { ...HEALTHY.incident!, create_access: false, delete_access: false } }, []],
        ['an ATF run still going', { atfLastResult: { ...HEALTHY.atfLastResult!, status: 'running' } }, ['installAtfFailed']],
        ['no ATF result', { atfLastResult: null }, []],
        ['the GlideQuery plugin inactive', { glideQueryActive: false }, ['installGlideQueryInactive']],
        ['the GlideQuery plugin state unknown', { glideQueryActive: null }, ['installGlideQueryUnknown']],
    ])('%s', (_case, change, expected) => {
        expect(problemNames(change)).toEqual(expected)
    })

    test('an empty Accessible from or privilege status is named as empty', () => {
        const report = checkInstallation({
            ...HEALTHY,
            incident: { ...HEALTHY.incident!, access: '' },
            privileges: HEALTHY.privileges.map((row, at) => (at === 0 ? { ...row, status: '' } : row)),
        })
        expect(report.problems.map(english)).toEqual([
            expect.stringMatching(/^The cross-scope privilege read on incident has the status \(empty\)/),
            expect.stringMatching(/^incident is accessible from \(empty\) only/),
        ])
    })
})
