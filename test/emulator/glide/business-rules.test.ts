import { GlideFilter, GlideRecord, fromPlatformRecord, type Instance, type SaveEvent } from '../../../emulator/glide/index.ts'
import { runAsDemoApp, seeded } from './fixtures.ts'

let inst: Instance
beforeEach(() => {
    inst = seeded()
})

function storedIncident(values: Record<string, string> = {}): string {
    const [id] = inst.load('incident', [{ number: 'INC0000001', caller_id: 'u_abel', assignment_group: 'g_help', ...values }])
    return id
}

describe('insert records', () => {
    test('current is new, has a sys_id and defaults, and is stored only by commit', () => {
        const current = inst.recordForInsert('incident', { caller_id: 'u_abel', work_notes: 'created' })
        const id = current.getUniqueValue()
        expect(current.isNewRecord()).toBe(true)
        expect(current.operation()).toBe('insert')
        expect(id).toMatch(/^[0-9a-f]{32}$/)
        expect(current.getValue('active')).toBe('true')
        expect(current.getElement('caller_id').changes()).toBe(true)
        expect(current.getElement('assignment_group').changes()).toBe(false)
        expect(inst.row('incident', id)).toBeUndefined()
        expect(inst.commit(current)).toBe(true)
        expect(inst.row('incident', id)).toMatchObject({ caller_id: 'u_abel', number: 'INC0010001', work_notes: '' })
        expect(inst.rows('sys_journal_field').map((j) => j.value)).toEqual(['created'])
        // After-rules still see the insert and its changes.
        expect(current.operation()).toBe('insert')
        expect(current.getElement('caller_id').changes()).toBe(true)
        expect(current.isNewRecord()).toBe(false)
        expect(() => inst.commit(current)).toThrow(/already inserted/)
    })

    test('an aborted insert is not stored', () => {
        const current = inst.recordForInsert('incident', { caller_id: 'u_abel' })
        current.setAbortAction(true)
        expect(current.isActionAborted()).toBe(true)
        expect(inst.commit(current)).toBe(false)
        expect(inst.rows('incident')).toEqual([])
    })
})

describe('setAbortAction and the calling scope', () => {
    beforeEach(() => runAsDemoApp(inst))
    const refusal = "Access to api 'setAbortAction' from scope 'x_demo' has been refused due to the api's cross-scope access policy"

    test("app code cannot abort a save of a table outside its scope: the platform logs the refusal, the save goes on", () => {
        expect(inst.callingScope).toBe('x_demo')
        const id = storedIncident()
        const { current } = inst.recordForUpdate('incident', id, { assignment_group: 'g_desk' })
        current.setAbortAction(true)
        expect(current.isActionAborted()).toBe(false)
        expect(inst.commit(current)).toBe(true)
        expect(inst.row('incident', id)?.assignment_group).toBe('g_desk')
        expect(inst.logs).toEqual([{ level: 'error', message: refusal, source: 'platform' }])
    })

    test('a save of one of its own tables aborts', () => {
        const current = inst.recordForInsert('x_demo_route', { description: 'bad' })
        current.setAbortAction(true)
        expect(inst.commit(current)).toBe(false)
        expect(inst.rows('x_demo_route')).toEqual([])
        expect(inst.logs).toEqual([])
    })

    test("a table's scope is the one its dictionary gives, not its name's prefix", () => {
        inst.schema.define('x_demo_legacy', { fields: { description: 'string' } })
        const current = inst.recordForInsert('x_demo_legacy', { description: 'bad' })
        current.setAbortAction(true)
        expect(inst.commit(current)).toBe(true)
        expect(inst.logs.map((entry) => entry.message)).toEqual([refusal])
    })
})

describe('journal fields (work_notes, comments) in a before rule', () => {
    test('reading returns the pending entry; setting replaces it, so an overwritten note is lost', () => {
        const id = storedIncident()
        const { current } = inst.recordForUpdate('incident', id, { work_notes: 'agent: called the client' })
        expect(current.getValue('work_notes')).toBe('agent: called the client')
        current.setValue('work_notes', 'app note')
        expect(inst.commit(current)).toBe(true)
        expect(inst.rows('sys_journal_field').map((entry) => entry.value)).toEqual(['app note'])
        expect(inst.row('incident', id)?.work_notes).toBe('')
    })
})

describe('update records', () => {
    test('current carries the changes, previous is the stored row and read-only', () => {
        const id = storedIncident()
        const { current, previous } = inst.recordForUpdate('incident', id, { assignment_group: 'g_net', state: 2 })
        expect(current.operation()).toBe('update')
        expect(current.isNewRecord()).toBe(false)
        expect(current.getValue('assignment_group')).toBe('g_net')
        expect(previous.getValue('assignment_group')).toBe('g_help')
        previous.setValue('assignment_group', 'g_desk')
        expect(previous.getValue('assignment_group')).toBe('g_help')
        const group = current.getElement('assignment_group')
        expect(group.changes()).toBe(true)
        expect(group.changesFrom('g_help')).toBe(true)
        expect(group.changesTo('g_net')).toBe(true)
        expect(group.changesTo('g_desk')).toBe(false)
        expect(current.getElement('caller_id').changes()).toBe(false)
        expect(inst.row('incident', id)?.assignment_group).toBe('g_help')
        expect(inst.commit(current)).toBe(true)
        expect(inst.row('incident', id)).toMatchObject({ assignment_group: 'g_net', state: '2', sys_mod_count: '1' })
        expect(previous.getValue('assignment_group')).toBe('g_help')
    })

    test('an aborted update leaves the stored row alone', () => {
        const id = storedIncident()
        const { current } = inst.recordForUpdate('incident', id, { assignment_group: 'g_desk' })
        current.setAbortAction(true)
        expect(inst.commit(current)).toBe(false)
        expect(inst.row('incident', id)?.assignment_group).toBe('g_help')
    })

    test('a missing record is an error; a record with nothing pending cannot be committed', () => {
        expect(() => inst.recordForUpdate('incident', 'nope', {})).toThrow(/No incident record with sys_id nope/)
        const gr = new GlideRecord('incident')
        expect(() => inst.commit(gr)).toThrow(/no pending insert, update or delete/)
    })

    test('display records read the stored row', () => {
        const id = storedIncident()
        const current = inst.recordForDisplay('incident', id)
        expect(current.getDisplayValue('caller_id')).toBe('Abel Tuter')
        expect(current.operation()).toBe('')
    })
})

describe('GlideFilter on business-rule records', () => {
    test('checks current (unsaved) values, dot-walks, and change operators against previous', () => {
        const id = storedIncident()
        const { current } = inst.recordForUpdate('incident', id, { assignment_group: 'g_desk' })
        expect(GlideFilter.checkRecord(current, 'assignment_group=g_desk^caller_id.department=d_met')).toBe(true)
        expect(GlideFilter.checkRecord(current, 'assignment_groupVALCHANGES^assignment_groupCHANGESFROMg_help')).toBe(true)
        expect(GlideFilter.checkRecord(current, 'caller_idVALCHANGES')).toBe(false)
        expect(GlideFilter.checkRecord(current, '')).toBe(true)
    })

    test('match=false accepts any one condition; filters are case-sensitive unless told otherwise', () => {
        const id = storedIncident({ short_description: 'VPN down' })
        const gr = new GlideRecord('incident')
        gr.get(id)
        expect(GlideFilter.checkRecord(gr, 'short_descriptionLIKEvpn')).toBe(false)
        expect(GlideFilter.checkRecord(gr, 'short_descriptionLIKEVPN^state=9')).toBe(false)
        expect(GlideFilter.checkRecord(gr, 'short_descriptionLIKEVPN^state=9', false)).toBe(true)
        const filter = new GlideFilter('short_descriptionLIKEvpn', 'route')
        expect(filter.match(gr, true)).toBe(false)
        filter.setCaseSensitive(false)
        expect(filter.match(gr, true)).toBe(true)
        expect(filter.getTitle()).toBe('route')
    })

    test('unknown fields are dropped from conditions and reported', () => {
        const id = storedIncident()
        const gr = new GlideRecord('incident')
        gr.get(id)
        expect(GlideFilter.checkRecord(gr, 'bogus=1^caller_id=u_abel')).toBe(true)
        expect(inst.queryWarnings).toEqual([
            { table: 'incident', query: 'bogus=1^caller_id=u_abel', problems: ['invalid term "bogus=1" on incident'] },
        ])
    })
})

describe('save handler (business rules around app saves)', () => {
    test('receives app inserts, updates and deletes with previous images, and commits them', () => {
        const events: string[] = []
        inst.setSaveHandler((event: SaveEvent) => {
            const previous = event.previous?.getValue('short_description') ?? null
            events.push(`${event.operation}:${event.current.getValue('short_description')}:${previous}`)
            if (event.operation !== 'delete') event.current.setValue('work_notes', 'rule ran')
            return inst.commit(event.current)
        })
        const gr = new GlideRecord('incident')
        gr.setValue('short_description', 'one')
        const id = gr.insert()
        gr.setValue('short_description', 'two')
        gr.update()
        gr.deleteRecord()
        expect(events).toEqual(['insert:one:null', 'update:two:one', 'delete:two:two'])
        expect(inst.rows('sys_journal_field')).toHaveLength(2)
        expect(inst.row('incident', id!)).toBeUndefined()
        expect(inst.counters.writes).toBe(3)
    })

    test('an aborting rule makes insert return null; setWorkflow(false) skips the rules', () => {
        inst.setSaveHandler((event) => {
            event.current.setAbortAction(true)
            return inst.commit(event.current)
        })
        const gr = new GlideRecord('incident')
        expect(gr.insert()).toBeNull()
        expect(inst.rows('incident')).toEqual([])
        gr.setWorkflow(false)
        expect(gr.insert()).not.toBeNull()
        expect(inst.rows('incident')).toHaveLength(1)
    })

    test('handler records are this implementation underneath', () => {
        inst.setSaveHandler((event) => {
            expect(fromPlatformRecord(event.current)).toBeInstanceOf(GlideRecord)
            return inst.commit(event.current)
        })
        new GlideRecord('incident').insert()
        expect(() => fromPlatformRecord({} as GlideRecord)).toThrow(TypeError)
    })
})
