import { STAMP_FIELD } from '../../src/server/glide/stamp.ts'
import { built } from '../support/dist.ts'
import { compileCondition } from '../../emulator/app/modules.ts'
import { CONDITION, existingIncident } from '../support/harness.ts'
import { articleWorld, G, U } from '../support/world.ts'
import { appInstance } from '../support/app.ts'

// The stamp as it ships: the app's columns on incident, the decision-log after rule, the rules' conditions.

const column = (element: string) => built('sys_dictionary', { name: 'incident', element })[0]?.fields

describe('dist/app: the Partner columns on incident', () => {
    test.each([
        [STAMP_FIELD.partner, 'reference'],
        [STAMP_FIELD.signal, 'choice'],
        [STAMP_FIELD.escalation, 'boolean'],
        [STAMP_FIELD.hops, 'integer'],
        [STAMP_FIELD.boomerangs, 'integer'],
        [STAMP_FIELD.pingPong, 'boolean'],
        [STAMP_FIELD.pending, 'string'],
    ])('%s is a read-only %s column', (element, type) => {
        expect(column(element)).toMatchObject({ internal_type: type, read_only: 'true' })
    })

    test('the partner column references the IT Partner table; the signal offers the four signals', () => {
        expect(column(STAMP_FIELD.partner).reference).toBe('x_bu_itpartner_partner')
        const choices = built('sys_choice', { name: 'incident', element: STAMP_FIELD.signal }).map((choice) => choice.fields.value).sort()
        expect(choices).toEqual(['department', 'partner_handoff', 'partner_opener', 'red_flag'])
    })

    test('the pending decisions are not audited and hold several decisions', () => {
        expect(column(STAMP_FIELD.pending).attributes).toContain('no_audit=true')
        expect(Number(column(STAMP_FIELD.pending).max_length)).toBeGreaterThanOrEqual(4000)
    })

    test('installed on the embedded instance, every app column of incident has the shipped type and default', () => {
        const schema = appInstance().schema
        const columns = built('sys_dictionary', { name: 'incident' }).filter((record) => record.fields.element?.startsWith('x_bu_itpartner_'))
        expect(columns.map((record) => record.fields.element).sort()).toEqual(Object.values(STAMP_FIELD).sort())
        for (const record of columns) {
            const expected = record.fields.internal_type === 'choice' ? 'string' : record.fields.internal_type
            const field = schema.field('incident', record.fields.element)
            expect([record.fields.element, field?.type, field?.defaultValue ?? '']).toEqual([record.fields.element, expected, record.fields.default_value ?? ''])
        }
    })
})

describe('dist/app: the rules of a save', () => {
    const rule = (name: string) => built('sys_script', { name })[0]?.fields

    test('routing runs only when the group, caller or opener changes (or on insert)', () => {
        const routing = rule('IT Partner escalation routing')
        expect(routing.condition).toBe(CONDITION.routing)
        expect(routing.filter_condition ?? '').toBe('')
    })

    test('the guard condition is the one the tests run', () => {
        expect(rule('IT Partner anti-boomerang guard').filter_condition).toBe(CONDITION.guard)
    })

    test('the decision log is an after rule on insert and update, when the queued decisions changed', () => {
        const log = rule('IT Partner decision log')
        expect(log).toMatchObject({ collection: 'incident', when: 'after', action_insert: 'true', action_update: 'true', active: 'true' })
        expect(log.condition).toBe(CONDITION.decisionLog)
        expect(log.filter_condition ?? '').toBe('')
        expect(log.script).toContain('recordDecisions(current, previous)')
    })
})

describe('dist/app: the ping-pong threshold property', () => {
    test('an integer, 3 by default, on the properties page', () => {
        const [property] = built('sys_properties', { name: 'x_bu_itpartner.ping_pong_threshold' })
        expect(property.fields).toMatchObject({ type: 'integer', value: '3' })
        expect(built('sys_properties_category_m2m', { property: property.fields.sys_id })).toHaveLength(1)
    })
})

describe("dist/app: when the built script conditions hold (each save's operation, on the embedded records)", () => {
    const holds = (name: string) => compileCondition(built('sys_script', { name })[0].fields.condition, {})
    const world = () => {
        const inst = articleWorld()
        const id = existingIncident(inst, { caller_id: U.metTech, opened_by: U.agent, assignment_group: G.network, short_description: 'VPN' })
        return { inst, id }
    }

    test.each([
        ['an insert, even one that sets none of the three fields', true, null],
        ['an update of the group', true, { assignment_group: G.helpCenter }],
        ['an update of the caller', true, { caller_id: U.physicsClient }],
        ['an update of the opener', true, { opened_by: U.metTech }],
        ['an update of the description only', false, { short_description: 'VPN still down' }],
        ['an update that sets the group it already has', false, { assignment_group: G.network }],
    ])('routing: %s -> %s', (_case, expected, changes) => {
        const { inst, id } = world()
        const current = changes ? inst.recordForUpdate('incident', id, changes).current : inst.recordForInsert('incident', {})
        expect(holds('IT Partner escalation routing')(current)).toBe(expected)
    })

    test.each([
        ['an insert with decisions queued', true, null, '{"decisions":[]}'],
        ['an insert with none queued', false, null, ''],
        ['an update that queued decisions', true, {}, '{"decisions":[]}'],
        ['an update that queued none', false, {}, ''],
    ])('decision log: %s -> %s', (_case, expected, changes, pending) => {
        const { inst, id } = world()
        const current = changes ? inst.recordForUpdate('incident', id, changes).current : inst.recordForInsert('incident', {})
        if (pending) current.setValue(STAMP_FIELD.pending, pending)
        expect(holds('IT Partner decision log')(current)).toBe(expected)
    })
})
