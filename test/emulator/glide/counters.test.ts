import { GlideFilter, GlideRecord, type Instance } from '../../../emulator/glide/index.ts'
import { seeded } from './fixtures.ts'

let inst: Instance
beforeEach(() => {
    inst = seeded()
})

test('loading and reading the instance directly is not counted', () => {
    inst.load('incident', [{ caller_id: 'u_abel' }])
    inst.rows('incident')
    inst.row('sys_user', 'u_abel')
    expect(inst.counters).toEqual({ queries: 0, writes: 0, referenceReads: 0, rowsScanned: 0, byTable: {} })
})

test('a lookup, a dot-walk, a display value and a write', () => {
    const user = new GlideRecord('sys_user')
    user.get('u_abel') // 1 query
    user.getValue('department.name') // 1 reference read
    user.getDisplayValue('department') // 1 reference read
    user.getDisplayValue('name') // plain field: nothing
    user.getElement('department')!.getRefRecord() // 1 reference read
    user.getElement('department.name') // 1 reference read
    const groups = new GlideRecord('sys_user_group')
    groups.addQuery('name', 'IN', 'IT Help Center,Desktop Services')
    groups.query() // 1 query
    while (groups.next()) groups.getValue('name')
    const inc = new GlideRecord('incident')
    inc.setValue('caller_id', 'u_abel')
    inc.insert() // 1 write
    inc.setValue('short_description', 'x')
    inc.update() // 1 write
    inc.deleteRecord() // 1 write
    expect(inst.counters).toMatchObject({
        queries: 2,
        writes: 3,
        referenceReads: 4,
        byTable: { sys_user: 1, sys_user_group: 1 },
    })
})

test('an empty reference is not a read; a broken one is', () => {
    const user = new GlideRecord('sys_user')
    user.get('u_carl')
    user.getValue('department.name')
    user.getDisplayValue('department')
    expect(inst.counters.referenceReads).toBe(0)
    user.setValue('department', 'missing')
    user.getDisplayValue('department')
    expect(inst.counters.referenceReads).toBe(1)
})

test('a failed get and a query on an unknown table still count as queries', () => {
    new GlideRecord('sys_user').get('nope')
    new GlideRecord('u_nope').query()
    expect(inst.counters.queries).toBe(2)
    expect(inst.counters.byTable).toEqual({ sys_user: 1, u_nope: 1 })
})

test('GlideFilter reads each referenced record once per check', () => {
    const user = new GlideRecord('sys_user')
    user.get('u_abel')
    inst.resetCounters()
    expect(GlideFilter.checkRecord(user, 'department.name=Metropolitan College^department.id=^ORdepartment.id=x')).toBe(true)
    expect(inst.counters.referenceReads).toBe(1)
    expect(inst.counters.queries).toBe(0)
})

test('platform work is not counted: business-rule records, commits, roles, properties', () => {
    inst.grantRoles('u_abel', ['itil'])
    inst.setProperty('x_demo.enabled', 'true')
    inst.setUser('u_abel')
    const current = inst.recordForInsert('incident', { caller_id: 'u_abel' })
    inst.commit(current)
    const { current: upd } = inst.recordForUpdate('incident', current.getUniqueValue(), { state: '2' })
    inst.commit(upd)
    inst.hasRole('itil')
    inst.getProperty('x_demo.enabled')
    expect(inst.counters).toMatchObject({ queries: 0, writes: 0, referenceReads: 0 })
})

test('withoutCounting nests; resetCounters zeroes everything', () => {
    inst.withoutCounting(() => {
        inst.withoutCounting(() => new GlideRecord('sys_user').query())
        new GlideRecord('sys_user').get('u_abel')
    })
    expect(inst.counters.queries).toBe(0)
    new GlideRecord('sys_user').query()
    expect(inst.counters.queries).toBe(1)
    expect(inst.counters.rowsScanned).toBe(3)
    inst.resetCounters()
    expect(inst.counters).toEqual({ queries: 0, writes: 0, referenceReads: 0, rowsScanned: 0, byTable: {} })
})
