import { GlideRecord, Instance, type Instance as InstanceType } from '../../../emulator/glide/index.ts'
import { seeded } from './fixtures.ts'

function ids(gr: GlideRecord): string[] {
    const out: string[] = []
    while (gr.next()) out.push(gr.getUniqueValue())
    return out
}

function select(table: string, build: (gr: GlideRecord) => void): string[] {
    const gr = new GlideRecord(table)
    build(gr)
    gr.query()
    return ids(gr)
}

let inst: InstanceType
beforeEach(() => {
    inst = seeded()
})

describe('query', () => {
    test('addQuery(field, value) and operators; rows come in insertion order', () => {
        expect(select('sys_user', (gr) => gr.addQuery('active', true))).toEqual(['u_abel', 'u_beth'])
        expect(select('sys_user', (gr) => gr.addQuery('active', '!=', 'true'))).toEqual(['u_carl'])
        expect(select('sys_user', (gr) => gr.addQuery('sys_id', 'IN', ['u_carl', 'u_abel']))).toEqual(['u_abel', 'u_carl'])
        expect(select('sys_user', (gr) => gr.addQuery('sys_id', 'NOT IN', 'u_carl,u_abel'))).toEqual(['u_beth'])
        expect(select('sys_user', (gr) => gr.addQuery('name', 'CONTAINS', 'an'))).toEqual(['u_beth'])
        expect(select('sys_user', (gr) => gr.addQuery('name', 'DOES NOT CONTAIN', 'e'))).toEqual([])
        expect(select('sys_user', (gr) => gr.addQuery('name', 'STARTSWITH', 'carl'))).toEqual(['u_carl'])
        expect(select('sys_user', (gr) => gr.addQuery('name', 'ENDSWITH', 'lin'))).toEqual(['u_beth'])
        expect(select('sys_user', (gr) => gr.addQuery('user_name', '>=', 'beth'))).toEqual(['u_beth', 'u_carl'])
        expect(select('sys_user', (gr) => gr.addQuery('user_name', '<', 'beth'))).toEqual(['u_abel'])
    })

    test('equality is case-insensitive, as the database collation', () => {
        expect(select('sys_user', (gr) => gr.addQuery('name', 'abel tuter'))).toEqual(['u_abel'])
    })

    test('addOrCondition ORs with its condition; further addQuery calls AND', () => {
        expect(
            select('sys_user', (gr) => {
                gr.addQuery('user_name', 'abel').addOrCondition('user_name', 'carl')
                gr.addQuery('active', true)
            }),
        ).toEqual(['u_abel'])
        expect(
            select('sys_user', (gr) => {
                const qc = gr.addQuery('user_name', 'abel')
                qc.addOrCondition('user_name', 'beth').addCondition('department', 'd_met')
            }),
        ).toEqual(['u_abel'])
        expect(
            select('sys_user', (gr) => {
                gr.addQuery('user_name', 'abel').addCondition('department', 'd_cas')
            }),
        ).toEqual([])
    })

    test('addEncodedQuery combines with addQuery; null, not-null and active queries', () => {
        expect(
            select('sys_user', (gr) => {
                gr.addEncodedQuery('user_name=abel^ORuser_name=beth')
                gr.addQuery('department', 'd_cas')
            }),
        ).toEqual(['u_beth'])
        expect(select('sys_user', (gr) => gr.addNullQuery('department'))).toEqual(['u_carl'])
        expect(select('sys_user', (gr) => gr.addNotNullQuery('department'))).toEqual(['u_abel', 'u_beth'])
        expect(select('sys_user', (gr) => gr.addActiveQuery())).toEqual(['u_abel', 'u_beth'])
    })

    test('invalid terms are dropped (the platform default), and reported in queryWarnings', () => {
        expect(select('sys_user', (gr) => gr.addQuery('bogus', 'x'))).toEqual(['u_abel', 'u_beth', 'u_carl'])
        expect(select('sys_user', (gr) => gr.addQuery('user_name', undefined))).toHaveLength(3)
        expect(select('sys_user', (gr) => gr.addQuery('name', 'BETWEEN', 'a@z'))).toHaveLength(3)
        // A table without an active field ignores addActiveQuery.
        expect(select('sys_user_grmember', (gr) => gr.addActiveQuery())).toHaveLength(2)
        expect(inst.queryWarnings.map((w) => w.table)).toEqual(['sys_user', 'sys_user', 'sys_user', 'sys_user_grmember'])
        expect(inst.queryWarnings[0]).toEqual({
            table: 'sys_user',
            query: 'bogus=x',
            problems: ['invalid term "bogus=x" on sys_user'],
        })
        expect(inst.logs).toEqual([])
    })

    test('orderBy / orderByDesc (numeric when both numeric), ORDERBY in encoded queries, setLimit', () => {
        inst.load('x_demo_route', [
            { sys_id: 'r10', order: '10', description: 'b' },
            { sys_id: 'r9', order: '9', description: 'a' },
            { sys_id: 'r100', order: '100', description: 'b' },
        ])
        expect(select('x_demo_route', (gr) => gr.orderBy('order'))).toEqual(['r9', 'r10', 'r100'])
        expect(select('x_demo_route', (gr) => gr.orderByDesc('order'))).toEqual(['r100', 'r10', 'r9'])
        expect(
            select('x_demo_route', (gr) => {
                gr.orderBy('description')
                gr.orderByDesc('order')
            }),
        ).toEqual(['r9', 'r100', 'r10'])
        expect(select('x_demo_route', (gr) => gr.addEncodedQuery('active=true^ORDERBYDESCorder'))).toEqual([
            'r100',
            'r10',
            'r9',
        ])
        expect(
            select('x_demo_route', (gr) => {
                gr.orderBy('order')
                gr.setLimit(2)
            }),
        ).toEqual(['r9', 'r10'])
        expect(select('sys_user', (gr) => gr.orderByDesc('department.name'))).toEqual(['u_abel', 'u_beth', 'u_carl'])
    })

    test('getRowCount, hasNext, and next past the end leaves no record', () => {
        const gr = new GlideRecord('sys_user')
        gr.addActiveQuery()
        gr.query()
        expect(gr.getRowCount()).toBe(2)
        expect(gr.getValue('name')).toBeNull()
        expect(gr.hasNext()).toBe(true)
        gr.next()
        gr.next()
        expect(gr.hasNext()).toBe(false)
        expect(gr.next()).toBe(false)
        expect(gr.isValidRecord()).toBe(false)
        expect(gr.getValue('name')).toBeNull()
    })

    test('query(field, value) shorthand and getEncodedQuery (invalid terms dropped)', () => {
        const gr = new GlideRecord('sys_user')
        gr.addQuery('bogus', 1)
        gr.addQuery('active', true).addOrCondition('department', 'd_met')
        gr.orderBy('name')
        expect(gr.getEncodedQuery()).toBe('active=true^ORdepartment=d_met^ORDERBYname')
        gr.query('user_name', 'carl')
        expect(ids(gr)).toEqual([])
    })

    test('addJoinQuery keeps rows with a matching join-table row', () => {
        // Groups with a member from Metropolitan College.
        expect(
            select('sys_user_group', (gr) => {
                gr.addJoinQuery('sys_user_grmember', 'sys_id', 'group').addCondition('user.department', 'd_met')
            }),
        ).toEqual(['g_met'])
        // Groups with any member; primaryField defaults to sys_id.
        expect(select('sys_user_group', (gr) => gr.addJoinQuery('sys_user_grmember', undefined, 'group'))).toEqual([
            'g_help',
            'g_met',
        ])
        // Join on a non-sys_id field: users whose department is an active partner department.
        inst.load('x_demo_department', [
            { department: 'd_met', partner: 'p1', active: 'true' },
            { department: 'd_cas', partner: 'p2', active: 'false' },
        ])
        expect(
            select('sys_user', (gr) => {
                gr.addJoinQuery('x_demo_department', 'department', 'department').addCondition('active', true)
            }),
        ).toEqual(['u_abel'])
    })
})

describe('get', () => {
    test('get(sys_id), then by display value; get(field, value); next() continues a multi-row get', () => {
        const gr = new GlideRecord('sys_user')
        expect(gr.get('u_beth')).toBe(true)
        expect(gr.getValue('name')).toBe('Beth Anglin')
        expect(gr.get('Carl Zed')).toBe(true)
        expect(gr.getUniqueValue()).toBe('u_carl')
        expect(gr.get('user_name', 'abel')).toBe(true)
        expect(gr.getUniqueValue()).toBe('u_abel')
        expect(gr.get('active', 'true')).toBe(true)
        expect(gr.next()).toBe(true)
        expect(gr.getUniqueValue()).toBe('u_beth')
    })

    test('a miss returns false and leaves no record', () => {
        const gr = new GlideRecord('sys_user')
        expect(gr.get('nope')).toBe(false)
        expect(gr.get('')).toBe(false)
        expect(gr.get(null)).toBe(false)
        expect(gr.isValidRecord()).toBe(false)
        expect(gr.getValue('sys_id')).toBeNull()
    })
})

describe('fields', () => {
    test('getValue: strings, null when empty or not a field; one dot-walk hop', () => {
        const gr = new GlideRecord('sys_user')
        gr.get('u_abel')
        expect(gr.getValue('department')).toBe('d_met')
        expect(gr.getValue('title')).toBeNull()
        expect(gr.getValue('bogus')).toBeNull()
        expect(gr.getValue('department.name')).toBe('Metropolitan College')
        expect(gr.getValue('department.bogus')).toBeNull()
        gr.get('u_carl')
        expect(gr.getValue('department.name')).toBeNull()
    })

    test('getDisplayValue: references show the display field, booleans true/false, no argument the record', () => {
        const gr = new GlideRecord('sys_user')
        gr.get('u_abel')
        expect(gr.getDisplayValue('department')).toBe('Metropolitan College')
        expect(gr.getDisplayValue('vip')).toBe('false')
        expect(gr.getDisplayValue('user_name')).toBe('abel')
        expect(gr.getDisplayValue()).toBe('Abel Tuter')
        gr.setValue('department', 'missing')
        expect(gr.getDisplayValue('department')).toBe('')
        const member = new GlideRecord('sys_user_grmember')
        member.query()
        member.next()
        // No display field, no name or number: sys_created_on.
        expect(member.getDisplayValue()).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/)
    })

    test('getElement: values, nil, display, references; null for unknown fields', () => {
        const gr = new GlideRecord('sys_user')
        gr.get('u_abel')
        const dept = gr.getElement('department')!
        expect(dept.toString()).toBe('d_met')
        expect(dept.getValue()).toBe('d_met')
        expect(dept.nil()).toBe(false)
        expect(dept.getDisplayValue()).toBe('Metropolitan College')
        expect(dept.getReferenceTable()).toBe('cmn_department')
        const ref = dept.getRefRecord()
        expect(ref.isValidRecord()).toBe(true)
        expect(ref.getTableName()).toBe('cmn_department')
        expect(ref.getValue('name')).toBe('Metropolitan College')
        expect(gr.getElement('title')!.nil()).toBe(true)
        expect(gr.getElement('title')!.toString()).toBe('')
        expect(gr.getElement('bogus')).toBeNull()
        expect(gr.getElement('department.name')!.toString()).toBe('Metropolitan College')
        gr.get('u_carl')
        expect(gr.getElement('department')!.getRefRecord().isValidRecord()).toBe(false)
        gr.setValue('department', 'missing')
        expect(gr.getElement('department')!.getRefRecord().isValidRecord()).toBe(false)
    })

    test('setValue coerces to strings and ignores fields the table lacks', () => {
        const gr = new GlideRecord('x_demo_route')
        gr.initialize()
        gr.setValue('order', 100)
        gr.setValue('active', false)
        gr.setValue('description', null)
        gr.setValue('condition', ['a=1', 'b=2'])
        gr.setValue('bogus', 'x')
        expect(gr.getValue('order')).toBe('100')
        expect(gr.getValue('active')).toBe('false')
        expect(gr.getValue('description')).toBeNull()
        expect(gr.getValue('condition')).toBe('a=1,b=2')
        const user = new GlideRecord('sys_user')
        user.get('u_abel')
        gr.setValue('assignment_group', user.getElement('department'))
        expect(gr.getValue('assignment_group')).toBe('d_met')
        expect(gr.isValidField('order')).toBe(true)
        expect(gr.isValidField('bogus')).toBe(false)
        expect(gr.isValidField('sys_id')).toBe(true)
    })
})

describe('writes', () => {
    test('insert applies defaults, numbers, system fields and returns the sys_id', () => {
        const gr = new GlideRecord('incident')
        gr.initialize()
        expect(gr.isNewRecord()).toBe(true)
        expect(gr.getValue('active')).toBe('true')
        gr.setValue('short_description', 'VPN down')
        const id = gr.insert()!
        expect(id).toMatch(/^[0-9a-f]{32}$/)
        expect(gr.isNewRecord()).toBe(false)
        expect(gr.isValidRecord()).toBe(true)
        const row = inst.row('incident', id)!
        expect(row).toMatchObject({
            sys_id: id,
            number: 'INC0010001',
            active: 'true',
            short_description: 'VPN down',
            sys_class_name: 'incident',
            sys_mod_count: '0',
            sys_created_by: 'system',
        })
        const second = new GlideRecord('incident')
        second.newRecord()
        expect(second.getUniqueValue()).toMatch(/^[0-9a-f]{32}$/)
        second.insert()
        expect(second.getValue('number')).toBe('INC0010002')
        expect(row.sys_created_on < inst.row('incident', second.getUniqueValue())!.sys_created_on).toBe(true)
    })

    test('numbers continue after loaded ones', () => {
        inst.load('incident', [{ number: 'INC0012345' }])
        const gr = new GlideRecord('incident')
        gr.insert()
        expect(gr.getValue('number')).toBe('INC0012346')
    })

    test('update saves only changed fields, so concurrent edits of other fields survive', () => {
        const a = new GlideRecord('sys_user')
        const b = new GlideRecord('sys_user')
        a.get('u_abel')
        b.get('u_abel')
        a.setValue('title', 'Dean')
        b.setValue('email', 'abel@example.edu')
        expect(a.update()).toBe('u_abel')
        b.update()
        expect(inst.row('sys_user', 'u_abel')).toMatchObject({ title: 'Dean', email: 'abel@example.edu', sys_mod_count: '2' })
    })

    test('update of a never-inserted record inserts it; deleteRecord removes', () => {
        const gr = new GlideRecord('sys_user_group')
        gr.setValue('name', 'New Group')
        const id = gr.update()!
        expect(inst.row('sys_user_group', id)?.name).toBe('New Group')
        expect(gr.deleteRecord()).toBe(true)
        expect(inst.row('sys_user_group', id)).toBeUndefined()
        expect(new GlideRecord('sys_user_group').deleteRecord()).toBe(false)
    })

    test('journal fields become sys_journal_field rows and read back empty', () => {
        const gr = new GlideRecord('incident')
        gr.setValue('work_notes', 'Routed to Network Services')
        gr.setValue('comments', '')
        const id = gr.insert()!
        expect(gr.getValue('work_notes')).toBeNull()
        expect(inst.row('incident', id)?.work_notes).toBe('')
        gr.setValue('comments', 'We are on it')
        gr.update()
        expect(inst.row('incident', id)?.sys_mod_count).toBe('1')
        expect(inst.rows('sys_journal_field').map((j) => [j.element_id, j.element, j.name, j.value])).toEqual([
            [id, 'work_notes', 'incident', 'Routed to Network Services'],
            [id, 'comments', 'incident', 'We are on it'],
        ])
    })

    test('an update without changes writes nothing', () => {
        const gr = new GlideRecord('sys_user')
        gr.get('u_abel')
        gr.setValue('name', 'Abel Tuter')
        gr.update()
        expect(inst.row('sys_user', 'u_abel')?.sys_mod_count ?? '').toBe('')
    })
})

describe('task and incident', () => {
    test('an incident is a task: visible through task queries and get, with its class name', () => {
        inst.load('task', [{ sys_id: 't1', short_description: 'plain task' }])
        const inc = new GlideRecord('incident')
        inc.setValue('caller_id', 'u_abel')
        inc.setValue('short_description', 'VPN')
        const id = inc.insert()!
        expect(select('task', () => undefined)).toEqual(['t1', id])
        expect(select('incident', () => undefined)).toEqual([id])
        const task = new GlideRecord('task')
        expect(task.get(id)).toBe(true)
        expect(task.getRecordClassName()).toBe('incident')
        expect(task.getTableName()).toBe('task')
        expect(task.getValue('short_description')).toBe('VPN')
        // caller_id is an incident field: a task record does not have it.
        expect(task.getValue('caller_id')).toBeNull()
        expect(select('task', (gr) => gr.addQuery('sys_class_name', 'incident'))).toEqual([id])
        task.setValue('short_description', 'VPN (edited)')
        task.update()
        expect(inst.row('incident', id)?.short_description).toBe('VPN (edited)')
        expect(inst.rows('task').map((r) => r.sys_class_name)).toEqual(['task', 'incident'])
        const plain = new GlideRecord('task')
        plain.insert()
        expect(plain.getValue('number')).toBe('TASK0010001')
    })

    test('a task row loaded with an incident class is stored as an incident', () => {
        const [id] = inst.load('task', [{ sys_class_name: 'incident', caller_id: 'u_beth' }])
        const inc = new GlideRecord('incident')
        expect(inc.get(id)).toBe(true)
        expect(inc.getValue('caller_id')).toBe('u_beth')
    })
})

describe('unknown tables', () => {
    test('behave like the platform: invalid, empty, nothing saved, nothing logged', () => {
        const gr = new GlideRecord('u_nope')
        expect(gr.isValid()).toBe(false)
        gr.addQuery('a', 1)
        gr.query()
        expect(gr.next()).toBe(false)
        expect(gr.get('x')).toBe(false)
        expect(gr.insert()).toBeNull()
        expect(inst.logs).toEqual([])
        expect(inst.schema.hasTable('u_nope')).toBe(false)
    })
})

describe('instance data', () => {
    test('load assigns sys_ids and adds unknown tables and columns; rows and row return copies', () => {
        const fresh = new Instance()
        const [id] = fresh.load('u_custom', [{ u_name: 'x', u_count: 3, u_ref: { link: 'https://x', value: 'abc' } }])
        expect(id).toMatch(/^[0-9a-f]{32}$/)
        expect(fresh.row('u_custom', id)).toMatchObject({ u_name: 'x', u_count: '3', u_ref: 'abc' })
        expect(fresh.schema.field('u_custom', 'u_count')?.type).toBe('string')
        fresh.rows('u_custom')[0].u_name = 'changed'
        expect(fresh.row('u_custom', id)?.u_name).toBe('x')
        expect(() => fresh.load('u_custom', [{ sys_id: id }])).toThrow(/duplicate sys_id/)
    })

    test('sys_ids are deterministic per seed', () => {
        const a = new Instance(undefined, { seed: 7 }).load('sys_user', [{}, {}])
        const b = new Instance(undefined, { seed: 7 }).load('sys_user', [{}, {}])
        const c = new Instance(undefined, { seed: 8 }).load('sys_user', [{}, {}])
        expect(a).toEqual(b)
        expect(a).not.toEqual(c)
        expect(new Set(a).size).toBe(2)
    })
})

describe('isEncodedQueryValid (the platform reading, not what the matcher evaluates)', () => {
    const valid = (table: string, query: string) => new GlideRecord(table).isEncodedQueryValid(query)

    test.each([
        '',
        'caller_id.department.name=Physics^ORpriority=1',
        'short_descriptionMATCHES PATTERNvpn.*down',
        'assignment_groupIN HIERARCHYabc',
        'priorityBETWEEN1@3^opened_atONToday@javascript:gs.beginningOfToday()@javascript:gs.endOfToday()',
        'opened_at>=javascript:gs.beginningOfLastMonth()^ORDERBYDESCopened_at',
        'RLQUERYx_demo_decision.task,>=1^outcome=rerouted^ENDRLQUERY^123TEXTQUERY321=vpn',
        'caller_idSAMEASopened_by',
    ])('valid on incident: %s', (query) => {
        expect(valid('incident', query)).toBe(true)
    })

    test.each([
        'caller_id.departmnt.name=Physics',
        'u_nopeMATCHES PATTERNx',
        'priorityISBIGGER2',
        'hello world',
        'caller_idSAMEASu_owner',
        'ORDERBYu_nope',
    ])('invalid on incident: %s', (query) => {
        expect(valid('incident', query)).toBe(false)
    })

    test('a table that does not exist: invalid; not counted as a query', () => {
        const before = inst.counters.queries
        expect(valid('u_gone', 'active=true')).toBe(false)
        expect(valid('incident', 'active=true')).toBe(true)
        expect(inst.counters.queries).toBe(before)
    })

    test('the matcher drops IN HIERARCHY (with a warning) instead of reading it as IN', () => {
        const gr = new GlideRecord('incident')
        gr.addEncodedQuery('assignment_groupIN HIERARCHYabc')
        gr.query()
        expect(inst.queryWarnings.flatMap((warning) => warning.problems).join()).toContain('unsupported operator "IN HIERARCHY"')
    })
})
