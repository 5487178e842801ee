import { GlideRecord, Instance } from '../../replay/glide/index.ts'
import { showConfigurationCheck } from '../../src/server/rules/check-configuration.ts'
import { checkConfiguration } from '../../src/server/core/config-check.ts'
import { configurationFacts } from '../../src/server/glide/config-facts.ts'
import { articleWorld, id } from '../support/world.ts'

/** The configuration check on the embedded instance: every problem kind, and a clean configuration. */
function broken(): Instance {
    const inst = new Instance().activate()
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
        { sys_id: id('pd 1'), department: id('d met'), partner: id('p met'), active: 'true' },
        { sys_id: id('pd 2'), department: id('d met'), partner: id('p closed'), active: 'true' },
    ])
    inst.load('x_bu_itpartner_red_flag', [
        { sys_id: id('rf 1'), user: id('u tech'), partner: id('p met'), active: 'true' },
        { sys_id: id('rf 2'), user: id('u tech'), partner: id('p closed'), active: 'true' },
        { sys_id: id('rf 3'), user: id('u gone'), partner: id('p met'), active: 'true' },
        { sys_id: id('rf 4'), user: id('u gone'), partner: id('p closed'), active: 'false' },
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
