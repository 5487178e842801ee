/**
 * The shortcuts of the hot path keep the documented semantics: records share stored values only until a change,
 * property and condition caches follow every change, and OR terms and joins use indexes. Counts, never time.
 */
import { GlideFilter, GlideRecord, Instance } from '../../../emulator/glide/index.ts'
import { updateIncident, existingIncident, insertIncident } from '../../support/harness.ts'
import { seeded } from './fixtures.ts'
import { appInstance } from '../../support/app.ts'

describe('records share stored values', () => {
    test('a positioned record is a snapshot: later saves by others do not reach it', () => {
        const inst = seeded()
        const a = new GlideRecord('sys_user')
        a.get('u_abel')
        const b = new GlideRecord('sys_user')
        b.get('u_abel')
        b.setValue('name', 'Abel Renamed')
        expect(a.getValue('name')).toBe('Abel Tuter')
        b.update()
        expect(a.getValue('name')).toBe('Abel Tuter')
        expect(a.getElement('name')!.changes()).toBe(false)
        a.setValue('title', 'Tech')
        expect(inst.row('sys_user', 'u_abel')!.name).toBe('Abel Renamed')
        expect(inst.row('sys_user', 'u_abel')!.title).toBeUndefined()
        a.update()
        expect(inst.row('sys_user', 'u_abel')).toMatchObject({ name: 'Abel Renamed', title: 'Tech' })
    })

    test('business-rule records: previous keeps the old image, current reads back what was saved', () => {
        const inst = seeded()
        const id = existingIncident(inst, { caller_id: 'u_abel', short_description: 'old' })
        const { current, previous } = inst.recordForUpdate('incident', id, { short_description: 'new' })
        expect(inst.row('incident', id)!.short_description).toBe('old')
        expect(inst.commit(current)).toBe(true)
        expect(previous.getValue('short_description')).toBe('old')
        expect(current.getValue('short_description')).toBe('new')
        expect(current.getValue('sys_mod_count')).toBe('1')
        current.setValue('short_description', 'unsaved')
        expect(inst.row('incident', id)!.short_description).toBe('new')
        inst.row('incident', id)!.short_description = 'copy changed'
        expect(inst.row('incident', id)!.short_description).toBe('new')
    })
})

describe('caches follow changes', () => {
    test('properties: set, updated or deleted through GlideRecord, loaded', () => {
        const inst = seeded()
        const name = 'x_demo.boomerang_policy'
        expect(inst.getProperty(name, 'block')).toBe('block')
        inst.setProperty(name, 'warn')
        expect(inst.getProperty(name, 'block')).toBe('warn')
        const row = new GlideRecord('sys_properties')
        row.get('name', name)
        row.setValue('value', 'off')
        row.update()
        expect(inst.getProperty(name, 'block')).toBe('off')
        row.deleteRecord()
        expect(inst.getProperty(name, 'block')).toBe('block')
        inst.load('sys_properties', [{ name, value: 'warn' }])
        expect(inst.getProperty(name, 'block')).toBe('warn')
    })

    test('a condition on a field the table lacks matches once the field is defined', () => {
        const inst = seeded()
        const user = new GlideRecord('sys_user')
        user.get('u_abel')
        expect(GlideFilter.checkRecord(user, 'u_badge=7^name=nobody')).toBe(false)
        expect(GlideFilter.checkRecord(user, 'u_badge=7')).toBe(true) // the invalid term is dropped
        expect(inst.queryWarnings.map((w) => w.query)).toEqual(['u_badge=7^name=nobody', 'u_badge=7'])
        inst.schema.define('sys_user', { fields: { u_badge: 'string' } })
        expect(GlideFilter.checkRecord(user, 'u_badge=7')).toBe(false)
        user.setValue('u_badge', '7')
        expect(GlideFilter.checkRecord(user, 'u_badge=7')).toBe(true)
    })
})

describe('index use', () => {
    const GROUPS = 1000

    function groups(): Instance {
        const inst = new Instance().activate()
        inst.load(
            'sys_user_group',
            Array.from({ length: GROUPS }, (_, i) => ({ sys_id: `g${i}`, name: `Group ${i}`, active: i % 3 ? 'true' : 'false' })),
        )
        return inst
    }

    test('an OR of equalities looks up each alternative; rows come once, in insertion order', () => {
        const inst = groups()
        inst.resetCounters()
        const gr = new GlideRecord('sys_user_group')
        gr.addQuery('sys_id', 'IN', 'g7,g3').addOrCondition('name', 'IN', 'group 3,Group 500')
        gr.query()
        const found: string[] = []
        while (gr.next()) found.push(gr.getUniqueValue())
        expect(found).toEqual(['g3', 'g7', 'g500'])
        expect(inst.counters.rowsScanned).toBe(3)
    })

    test('an OR with a term no index serves scans the table', () => {
        const inst = groups()
        inst.resetCounters()
        const gr = new GlideRecord('sys_user_group')
        gr.addQuery('sys_id', 'g7').addOrCondition('name', 'STARTSWITH', 'Group 99')
        gr.query()
        expect(gr.getRowCount()).toBe(12)
        expect(inst.counters.rowsScanned).toBe(GROUPS)
    })

    test('a join looks up the join table and the primary table by index', () => {
        const inst = groups()
        inst.load('sys_user', Array.from({ length: 500 }, (_, i) => ({ sys_id: `u${i}`, user_name: `user${i}` })))
        inst.load('sys_user_grmember', Array.from({ length: 2000 }, (_, i) => ({ user: `u${i % 500}`, group: `g${i % GROUPS}` })))
        inst.resetCounters()
        const gr = new GlideRecord('sys_user_group')
        gr.addQuery('active', true)
        gr.addJoinQuery('sys_user_grmember', 'sys_id', 'group').addCondition('user', 'u1')
        gr.orderBy('name')
        gr.query()
        const found: string[] = []
        while (gr.next()) found.push(gr.getUniqueValue())
        // u1 is a member of g1 and g501 (twice each); g501 is inactive.
        expect(found).toEqual(['g1'])
        // 4 membership rows, then the 2 groups they name.
        expect(inst.counters.rowsScanned).toBe(6)
    })
})

test('routing and the guard on a 2,000-user, 323-group instance stay on indexes', () => {
    const inst = appInstance().activate()
    const departments = Array.from({ length: 200 }, (_, i) => ({ sys_id: `d${i}`, name: `Department ${i}` }))
    inst.load('cmn_department', departments)
    inst.load('sys_user_group', [
        { sys_id: 'g_help', name: 'IT Help Center' },
        { sys_id: 'g_desk', name: 'Desktop Services' },
        { sys_id: 'g_net', name: 'Network Services' },
        ...Array.from({ length: 20 }, (_, i) => ({ sys_id: `pg${i}`, name: `Partner queue ${i}` })),
        ...Array.from({ length: 300 }, (_, i) => ({ sys_id: `og${i}`, name: `Other queue ${i}` })),
    ])
    inst.load('sys_user', Array.from({ length: 2000 }, (_, i) => ({ sys_id: `u${i}`, name: `User ${i}`, department: `d${i % 200}`, active: 'true' })))
    inst.load('x_bu_itpartner_partner', Array.from({ length: 20 }, (_, i) => ({ sys_id: `p${i}`, name: `Partner ${i}`, support_group: `pg${i}`, active: 'true' })))
    inst.load('x_bu_itpartner_department', Array.from({ length: 100 }, (_, i) => ({ department: `d${i * 2}`, partner: `p${i % 20}`, active: 'true' })))
    inst.load('x_bu_itpartner_red_flag', Array.from({ length: 40 }, (_, i) => ({ user: `u${i * 50}`, partner: `p${i % 20}`, active: 'true' })))
    inst.load('sys_user_grmember', Array.from({ length: 40 }, (_, i) => ({ user: `u${i * 50 + 1}`, group: `pg${i % 20}` })))
    inst.load('x_bu_itpartner_route', [
        { order: '100', table: 'incident', condition: 'short_descriptionLIKEpassword', assignment_group: 'g_help', active: 'true' },
        { order: '200', table: 'incident', condition: 'category=network', assignment_group: 'g_net', active: 'true' },
    ])
    inst.setProperty('x_bu_itpartner.department_policy', 'escalate')
    inst.session.userId = 'u1999'
    inst.resetCounters()
    const tickets: string[] = []
    for (let i = 0; i < 600; i++) {
        const caller = `u${(i * 37) % 2000}`
        const row = insertIncident(inst, { caller_id: caller, opened_by: `u${(i * 13) % 2000}`, category: i % 2 ? 'network' : 'software', assignment_group: 'g_help' })
        tickets.push(row.sys_id)
        if (i % 4 === 3) updateIncident(inst, tickets[i - 2], { assignment_group: i % 8 === 3 ? 'g_desk' : `pg${i % 20}` })
    }
    const { queries, rowsScanned } = inst.counters
    expect(inst.rows('x_bu_itpartner_decision').length).toBeGreaterThan(60)
    expect(queries).toBeGreaterThan(1500)
    // Each query examines a few rows: no table scans (the group lookup by sys_id or name included).
    expect(rowsScanned / queries).toBeLessThan(3)
})
