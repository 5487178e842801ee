import { built } from '../support/dist.ts'
import { DEFAULTS, PROPERTY } from '../../src/server/core/config.ts'

const CONTRACT: Record<string, string[]> = {
    x_bu_itpartner_partner: ['name', 'support_group', 'support_stream', 'contact', 'active'],
    x_bu_itpartner_department: ['department', 'partner', 'active'],
    x_bu_itpartner_red_flag: ['user', 'partner', 'note', 'active'],
    x_bu_itpartner_route: ['order', 'table', 'condition', 'assignment_group', 'description', 'active'],
    x_bu_itpartner_decision: ['task', 'partner', 'signal', 'outcome', 'from_group', 'to_group', 'route', 'reason'],
}

const column = (table: string, element: string) => built('sys_dictionary', { name: table, element })[0]?.fields

describe('dist/app: the contract data model', () => {
    test.each(Object.keys(CONTRACT))('table %s is built in scope x_bu_itpartner', (table) => {
        const [record] = built('sys_db_object', { name: table })
        expect(record).toBeDefined()
        expect(record.fields.sys_scope).toBe(built('sys_app')[0].fields.sys_id)
    })

    test.each(Object.entries(CONTRACT).flatMap(([table, columns]) => columns.map((name) => [table, name])))(
        'column %s.%s exists',
        (table, name) => {
            expect(column(table, name)).toBeDefined()
        },
    )

    test.each([
        ['x_bu_itpartner_partner', 'name'],
        ['x_bu_itpartner_department', 'department'],
        ['x_bu_itpartner_department', 'partner'],
        ['x_bu_itpartner_red_flag', 'user'],
        ['x_bu_itpartner_red_flag', 'partner'],
        ['x_bu_itpartner_route', 'assignment_group'],
    ])('%s.%s is mandatory', (table, name) => {
        expect(column(table, name).mandatory).toBe('true')
    })

    test.each([
        ['x_bu_itpartner_partner', 'support_group', 'sys_user_group'],
        ['x_bu_itpartner_department', 'department', 'cmn_department'],
        ['x_bu_itpartner_department', 'partner', 'x_bu_itpartner_partner'],
        ['x_bu_itpartner_red_flag', 'user', 'sys_user'],
        ['x_bu_itpartner_route', 'assignment_group', 'sys_user_group'],
        ['x_bu_itpartner_decision', 'task', 'task'],
    ])('%s.%s references %s', (table, name, target) => {
        expect(column(table, name).reference).toBe(target)
    })

    test('reference pickers offer only active groups and Partners', () => {
        expect(column('x_bu_itpartner_route', 'assignment_group').reference_qual).toBe('active=true')
        expect(column('x_bu_itpartner_red_flag', 'partner').reference_qual).toBe('active=true')
    })

    test('route table defaults to incident; decision signal and outcome carry the contract choices', () => {
        expect(column('x_bu_itpartner_route', 'table').default_value).toBe('incident')
        const choices = (element: string) =>
            built('sys_choice', { name: 'x_bu_itpartner_decision', element }).map((choice) => choice.fields.value).sort()
        expect(choices('signal')).toEqual(['department', 'partner_handoff', 'partner_opener', 'red_flag'])
        expect(choices('outcome')).toEqual(
            ['boomerang_blocked', 'boomerang_warned', 'error', 'kept_specialty', 'no_target', 'rerouted', 'sent_to_partner'],
        )
    })

    test.each(Object.keys(PROPERTY) as (keyof typeof PROPERTY)[])('property %s ships with its design default', (key) => {
        const [property] = built('sys_properties', { name: PROPERTY[key] })
        expect(property).toBeDefined()
        expect(property.fields.value).toBe(DEFAULTS[key])
    })
})

describe('dist/app: the routing rule', () => {
    const rule = () => built('sys_script', { name: 'IT Partner escalation routing' })[0]?.fields

    test('runs before insert and update on incident at order >= 1000', () => {
        expect(rule()).toMatchObject({ collection: 'incident', when: 'before', action_insert: 'true', action_update: 'true', active: 'true' })
        expect(Number(rule().order)).toBeGreaterThanOrEqual(1000)
    })

    test('requires a module that ships as a sys_module and exports the function it calls', () => {
        const match = /require\('([^']+)'\)/.exec(rule().script)
        expect(match).not.toBeNull()
        const [module] = built('sys_module', { path: match![1] })
        expect(module).toBeDefined()
        expect(module.fields.content).toContain('export function routeEscalation')
        expect(rule().script).toContain('routeEscalation(current, previous)')
    })

    test('the guard runs before update, after routing, only when the group changes', () => {
        const [guard] = built('sys_script', { name: 'IT Partner anti-boomerang guard' })
        expect(guard.fields).toMatchObject({ collection: 'incident', when: 'before', action_update: 'true', action_insert: 'false' })
        expect(Number(guard.fields.order)).toBeGreaterThan(Number(rule().order))
        expect(guard.fields.filter_condition).toContain('assignment_groupVALCHANGES')
    })

    test('every shipped server module keeps its relative imports with extensions, so the platform resolves them', () => {
        const modules = built('sys_module').filter((record) => record.fields.path.includes('/src/server/'))
        expect(modules.length).toBeGreaterThan(5)
        for (const record of modules) {
            for (const [, specifier] of record.fields.content.matchAll(/from '(\.[^']+)'/g)) {
                expect(specifier).toMatch(/\.ts$/)
            }
        }
    })

    test('no test code or doubles ship', () => {
        const paths = built('sys_module').map((record) => record.fields.path)
        expect(paths.filter((path) => /test|fixture|double|replay/i.test(path))).toEqual([])
    })

})
