import { GlideRecord, Instance } from '../../emulator/glide/index.ts'
import { showConfigurationCheck } from '../../src/server/rules/check-configuration.ts'
import { checkConfiguration } from '../../src/server/core/config-check.ts'
import { configurationFacts } from '../../src/server/glide/config-facts.ts'
import { articleWorld, id } from '../support/world.ts'
import { appInstance } from '../support/app.ts'

/** A red flag row and a Partner department row, by the readable names of what they reference. */
const flag = (user: string, partner: string, active = 'true') => ({ user: id(user), partner: id(partner), active })
const row = (department: string, partner: string, active = 'true') => ({ department: id(department), partner: id(partner), active })

/** The configuration check on the embedded instance: every problem kind, and a clean configuration. */
function broken(): Instance {
    const inst = appInstance().activate()
    inst.load('sys_user_group', [
        { sys_id: id('g help'), name: 'IT Help Center', active: 'true' },
        { sys_id: id('g desk'), name: 'Desktop Services', active: 'false' },
        { sys_id: id('g net'), name: 'Network Services', active: 'true' },
        { sys_id: id('g old'), name: 'Old Network', active: 'false' },
    ])
    inst.setProperty('x_bu_itpartner.tier1_groups', 'IT Help Center,Desktop Services,Desktop Servces')
    inst.setProperty('x_bu_itpartner.default_escalation_group', 'it help center')
    inst.setProperty('x_bu_itpartner.boomerang_policy', 'bounce')
    inst.load('sys_user', [
        { sys_id: id('u tech'), user_name: 'tech', name: 'Morgan Tech', active: 'true' },
        { sys_id: id('u gone'), user_name: 'gone', name: 'Gone User', active: 'false' },
    ])
    inst.load('cmn_department', [{ sys_id: id('d met'), name: 'Metropolitan College' }])
    inst.load('x_bu_itpartner_partner', [
        { sys_id: id('p met'), name: 'MET IT', active: 'true', support_group: id('g net') },
        { sys_id: id('p mute'), name: 'Mute IT', active: 'true', support_group: '', support_stream: ' ' },
        { sys_id: id('p closed'), name: 'Closed IT', active: 'false', support_stream: 'x' },
    ])
    inst.load('x_bu_itpartner_department', [
        row('d met', 'p met'),
        row('d met', 'p closed'),
    ])
    inst.load('x_bu_itpartner_red_flag', [
        flag('u tech', 'p met'),
        flag('u tech', 'p closed'),
        flag('u gone', 'p met'),
        flag('u gone', 'p closed', 'false'),
    ])
    inst.load('x_bu_itpartner_route', [
        { sys_id: id('r old'), order: '100', table: 'incident', condition: '', assignment_group: id('g old'), description: 'Old network', active: 'true' },
        { sys_id: id('r gone'), order: '200', table: 'incident', condition: '', assignment_group: id('no such group'), description: 'Gone group', active: 'true' },
        { sys_id: id('r bad'), order: '300', table: 'incident', condition: '=vpn', assignment_group: id('g net'), description: 'Bad condition', active: 'true' },
        { sys_id: id('r off'), order: '400', table: 'incident', condition: '', assignment_group: id('g old'), description: 'Inactive route', active: 'false' },
    ])
    return inst
}

describe('configuration check', () => {
    test('lists every problem, in the order an admin fixes them', () => {
        broken()
        const problems = checkConfiguration(configurationFacts())
        expect(problems).toEqual([
            expect.stringMatching(/^x_bu_itpartner\.boomerang_policy is "bounce"/),
            'x_bu_itpartner.tier1_groups lists "Desktop Services", an inactive group',
            'x_bu_itpartner.tier1_groups lists "Desktop Servces", which is not a group: that entry is ignored',
            'x_bu_itpartner.default_escalation_group is "it help center", a tier-1 group: escalations would go back to tier 1',
            expect.stringMatching(/^Escalation route "Old network" \(order 100\): its assignment group "Old Network" is inactive/),
            expect.stringMatching(/^Escalation route "Gone group" \(order 200\): its assignment group does not exist/),
            expect.stringMatching(/^Escalation route "Bad condition" \(order 300\): its condition term/),
            'IT Partner "Mute IT" has neither a support group nor a support stream',
            'Red flag of "Morgan Tech" is active, but its IT Partner "Closed IT" is inactive',
            'Red flag of "Gone User" (MET IT) is active, but the user is inactive',
            'User "Morgan Tech" has 2 active red flags (MET IT, Closed IT): keep one',
            'Department "Metropolitan College" is listed 2 times as a Partner department (MET IT, Closed IT): keep one active row',
        ])
    })

    test('a default escalation group that names no group, or an inactive one', () => {
        const inst = broken()
        inst.setProperty('x_bu_itpartner.default_escalation_group', 'Nowhere')
        expect(checkConfiguration(configurationFacts())).toContain(
            'x_bu_itpartner.default_escalation_group is "Nowhere", which is not a group: escalations no route matches stay put (no_target)',
        )
        inst.setProperty('x_bu_itpartner.default_escalation_group', id('g old'))
        expect(checkConfiguration(configurationFacts())).toContain(`x_bu_itpartner.default_escalation_group is "${id('g old')}", an inactive group: it is not used`)
    })

    test('the article world: only its deliberately stale red flag; without it, no problems and the UI action says so', () => {
        const inst = articleWorld()
        expect(checkConfiguration(configurationFacts())).toEqual([expect.stringMatching(/^Red flag of ".*" is active, but its IT Partner "Closed Partner" is inactive$/)])
        const flag = new GlideRecord('x_bu_itpartner_red_flag')
        flag.addQuery('partner.active', false)
        flag.query()
        while (flag.next()) {
            flag.setValue('active', false)
            flag.update()
        }
        showConfigurationCheck()
        expect(inst.messages.info).toEqual(['IT Partner Routing configuration check: no problems found.'])
    })

    test('rows whose references are gone or blank are named by what is left', () => {
        const inst = appInstance().activate()
        inst.load('sys_user_group', [{ sys_id: id('g help'), name: 'IT Help Center', active: 'true' }])
        inst.setProperty('x_bu_itpartner.tier1_groups', 'IT Help Center')
        inst.load('x_bu_itpartner_partner', [
            { sys_id: id('p one'), name: 'One IT', active: 'true', support_stream: 'one@example.edu' },
            { sys_id: id('p nameless'), name: '', active: 'true' },
        ])
        inst.load('x_bu_itpartner_red_flag', [
            flag('u deleted', 'p one'),
            flag('u deleted', 'p deleted'),
        ])
        inst.load('x_bu_itpartner_department', [
            row('d deleted', 'p one'),
            row('d deleted', 'p nameless'),
        ])
        inst.load('x_bu_itpartner_route', [{ sys_id: id('r bare'), table: 'incident', condition: '', assignment_group: '', active: 'true' }])
        expect(checkConfiguration(configurationFacts())).toEqual([
            `Escalation route "${id('r bare')}" (order 100): its assignment group does not exist`,
            `IT Partner "${id('p nameless')}" has neither a support group nor a support stream`,
            `Red flag of "${id('u deleted')}" (One IT) is active, but the user is inactive`,
            `Red flag of "${id('u deleted')}" (${id('p deleted')}) is active, but the user is inactive`,
            `Red flag of "${id('u deleted')}" is active, but its IT Partner "${id('p deleted')}" is inactive`,
            `User "${id('u deleted')}" has 2 active red flags (One IT, ${id('p deleted')}): keep one`,
            `Department "${id('d deleted')}" is listed 2 times as a Partner department (One IT, ${id('p nameless')}): keep one active row`,
        ])
    })

    test('a usable default escalation group is no problem', () => {
        articleWorld({ 'x_bu_itpartner.default_escalation_group': 'System Engineering' })
        expect(checkConfiguration(configurationFacts())).toEqual([expect.stringMatching(/^Red flag of .* "Closed Partner" is inactive$/)])
    })

    test('each duplicate is named by its own user or department; inactive rows and routes are not checked', () => {
        const inst = appInstance().activate()
        inst.load('sys_user_group', [{ sys_id: id('g help'), name: 'IT Help Center', active: 'true' }])
        inst.setProperty('x_bu_itpartner.tier1_groups', 'IT Help Center')
        inst.load('sys_user', [
            { sys_id: id('u a'), name: 'Ann A', active: 'true' },
            { sys_id: id('u b'), name: 'Ben B', active: 'true' },
        ])
        inst.load('cmn_department', [
            { sys_id: id('d a'), name: 'Arts' },
            { sys_id: id('d b'), name: 'Biology' },
        ])
        inst.load('x_bu_itpartner_partner', [
            { sys_id: id('p 1'), name: 'One IT', active: 'true', support_stream: 'one' },
            { sys_id: id('p 2'), name: 'Two IT', active: 'true', support_stream: 'two' },
        ])
        inst.load('x_bu_itpartner_red_flag', [flag('u a', 'p 1'), flag('u a', 'p 2'), flag('u b', 'p 1'), flag('u b', 'p 2')])
        inst.load('x_bu_itpartner_department', [row('d a', 'p 1'), row('d b', 'p 1'), row('d b', 'p 2'), row('d a', 'p 2', 'false')])
        inst.load('x_bu_itpartner_route', [
            { table: 'u_gone', assignment_group: id('g help'), order: '300', description: 'Third', active: 'true' },
            { table: 'u_gone', assignment_group: id('g help'), order: '100', description: 'Parked', active: 'false' },
            { table: 'u_gone', assignment_group: id('g help'), order: '200', description: 'Second', active: 'true' },
        ])
        expect(checkConfiguration(configurationFacts())).toEqual([
            'Escalation route "Second" (order 200): its table "u_gone" does not exist',
            'Escalation route "Third" (order 300): its table "u_gone" does not exist',
            'User "Ann A" has 2 active red flags (One IT, Two IT): keep one',
            'User "Ben B" has 2 active red flags (One IT, Two IT): keep one',
            'Department "Biology" is listed 2 times as a Partner department (One IT, Two IT): keep one active row',
        ])
    })

    test('a group name several groups share is named once, with every place that uses it and the fix', () => {
        const inst = appInstance().activate()
        inst.load('sys_user_group', [
            { sys_id: id('g help'), name: 'IT Help Center', active: 'true' },
            { sys_id: id('g help demo'), name: 'it help center', active: 'false' },
            { sys_id: id('g desk'), name: 'Desktop Services', active: 'true' },
            { sys_id: id('g net'), name: 'Network, Services', active: 'true' },
            { sys_id: id('g net 2'), name: 'Network, Services', active: 'true' },
            { sys_id: id('g met'), name: 'MET IT', active: 'true' },
            { sys_id: id('g met 2'), name: 'MET IT', active: 'true' },
            { sys_id: id('g met 3'), name: 'MET IT', active: 'true' },
            { sys_id: id('g solo'), name: 'Solo', active: 'true' },
        ])
        inst.setProperty('x_bu_itpartner.tier1_groups', 'IT Help Center,Desktop Services')
        inst.load('x_bu_itpartner_route', [
            { order: '100', table: 'incident', condition: '', assignment_group: id('g help'), description: 'Accounts', active: 'true' },
            { order: '200', table: 'incident', condition: '', assignment_group: id('g net'), description: 'Network', active: 'true' },
            { order: '300', table: 'incident', condition: '', assignment_group: id('g solo'), description: 'Solo', active: 'true' },
        ])
        inst.load('x_bu_itpartner_partner', [
            { name: 'MET IT', active: 'true', support_group: id('g met 2') },
            { name: 'Closed', active: 'false', support_group: id('g net 2') },
        ])
        const problems = checkConfiguration(configurationFacts())
        expect(problems).toEqual([
            // The symptom: the entry's look-up found the inactive namesake.
            'x_bu_itpartner.tier1_groups lists "IT Help Center", an inactive group',
            'Group name "IT Help Center" belongs to 2 groups (used by x_bu_itpartner.tier1_groups; escalation route "Accounts" (order 100)): ' +
                'a look-up by name picks one of them unpredictably. Rename the groups so that each name is unique (or give the group property ' +
                'the sys_id of the right group), then check that each route and Partner points at the group you mean',
            expect.stringMatching(/^Group name "Network, Services" belongs to 2 groups \(used by escalation route "Network" \(order 200\)\): /),
            expect.stringMatching(/^Group name "MET IT" belongs to 3 groups \(used by IT Partner "MET IT"\): /),
        ])
        // Each name is a term of one valid query: the instance drops no term.
        expect(inst.queryWarnings).toEqual([])
    })

    test('the default escalation group named by a name two groups share is named; two Partners of one name are listed once', () => {
        const inst = appInstance().activate()
        inst.load('sys_user_group', [
            { sys_id: id('g help'), name: 'IT Help Center', active: 'true' },
            { sys_id: id('g esc'), name: 'Escalations', active: 'true' },
            { sys_id: id('g esc 2'), name: 'Escalations', active: 'true' },
            { sys_id: id('g met'), name: 'MET IT', active: 'true' },
            { sys_id: id('g met 2'), name: 'MET IT', active: 'true' },
        ])
        inst.setProperty('x_bu_itpartner.tier1_groups', 'IT Help Center')
        inst.setProperty('x_bu_itpartner.default_escalation_group', 'Escalations')
        inst.load('x_bu_itpartner_partner', [
            { name: 'MET IT', active: 'true', support_group: id('g met') },
            { name: 'MET IT', active: 'true', support_group: id('g met 2') },
        ])
        expect(checkConfiguration(configurationFacts())).toEqual([
            expect.stringMatching(/^Group name "Escalations" belongs to 2 groups \(used by x_bu_itpartner\.default_escalation_group\): /),
            expect.stringMatching(/^Group name "MET IT" belongs to 2 groups \(used by IT Partner "MET IT"\): /),
        ])
    })

    test('groups without a name are no shared name, even on a route', () => {
        const inst = appInstance().activate()
        inst.load('sys_user_group', [
            { sys_id: id('g help'), name: 'IT Help Center', active: 'true' },
            { sys_id: id('g blank'), name: '', active: 'true' },
            { sys_id: id('g blank 2'), name: '', active: 'true' },
        ])
        inst.setProperty('x_bu_itpartner.tier1_groups', 'IT Help Center')
        inst.load('x_bu_itpartner_route', [{ order: '100', table: 'incident', condition: '', assignment_group: id('g blank'), description: 'Blank', active: 'true' }])
        expect(checkConfiguration(configurationFacts())).toEqual([])
    })

    test('a configuration that names groups only by sys_id counts no group names (one group query, not two)', () => {
        const inst = appInstance().activate()
        inst.load('sys_user_group', [{ sys_id: id('g help'), name: 'IT Help Center', active: 'true' }])
        inst.setProperty('x_bu_itpartner.tier1_groups', id('g help'))
        inst.resetCounters()
        expect(checkConfiguration(configurationFacts())).toEqual([])
        expect(inst.counters.byTable.sys_user_group).toBe(1)
    })

    test('a group property entry given as a sys_id names one group, whatever its name', () => {
        const inst = appInstance().activate()
        inst.load('sys_user_group', [
            { sys_id: id('g help'), name: 'IT Help Center', active: 'true' },
            { sys_id: id('g help 2'), name: 'IT Help Center', active: 'true' },
        ])
        inst.setProperty('x_bu_itpartner.tier1_groups', id('g help'))
        inst.setProperty('x_bu_itpartner.default_escalation_group', id('g help 2'))
        expect(checkConfiguration(configurationFacts())).toEqual([])
    })

    test('rows with empty references: the check says what is missing', () => {
        const inst = appInstance().activate()
        inst.load('sys_user_group', [{ sys_id: id('g help'), name: 'IT Help Center', active: 'true' }])
        inst.setProperty('x_bu_itpartner.tier1_groups', 'IT Help Center')
        inst.load('x_bu_itpartner_red_flag', [{ user: '', partner: '', active: 'true' }])
        inst.load('x_bu_itpartner_department', [
            { department: '', partner: '', active: 'true' },
            { department: '', partner: '', active: 'true' },
        ])
        expect(checkConfiguration(configurationFacts())).toEqual([
            'Red flag of "(no user)" ((no IT Partner)) is active, but the user is inactive',
            'Red flag of "(no user)" is active, but its IT Partner "(no IT Partner)" is inactive',
            'Department "(no department)" is listed 2 times as a Partner department ((no IT Partner), (no IT Partner)): keep one active row',
        ])
    })

    test('the UI action shows the count, then one message per problem', () => {
        const inst = broken()
        showConfigurationCheck()
        expect(inst.messages.error[0]).toBe('IT Partner Routing configuration check: 12 problem(s).')
        expect(inst.messages.error[1]).toBe('Configuration problem: x_bu_itpartner.boomerang_policy is "bounce", not one of block, warn, off; using "block"')
        expect(inst.messages.error).toHaveLength(13)
    })

    test('reads only, with one query per table (plus each route\'s own checks)', () => {
        const inst = broken()
        const writes = inst.counters.writes
        showConfigurationCheck()
        expect(inst.counters.writes).toBe(writes)
        expect(inst.counters.byTable).toMatchObject({ sys_user_group: expect.any(Number), x_bu_itpartner_route: 1, x_bu_itpartner_partner: 1, x_bu_itpartner_red_flag: 1, x_bu_itpartner_department: 1 })
    })
})
