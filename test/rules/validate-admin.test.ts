import { Instance } from '../../emulator/glide/index.ts'
import {
    validateDepartment,
    validatePartner,
    validateRedFlag,
    validateRoute,
} from '../../src/server/rules/validate-admin.ts'
import { id } from '../support/world.ts'
import { appInstance } from '../support/app.ts'

/** The admin-table validation rules on the embedded Glide: what an admin sees when saving. */
function world(): Instance {
    const inst = appInstance().activate()
    inst.load('sys_user_group', [
        { sys_id: id('g live'), name: 'Network Services', active: 'true' },
        { sys_id: id('g old'), name: 'Old Network', active: 'false' },
    ])
    inst.load('cmn_department', [{ sys_id: id('d met'), name: 'Metropolitan College' }])
    inst.load('sys_user', [{ sys_id: id('u tech'), user_name: 'tech', name: 'Morgan Tech' }])
    inst.load('x_bu_itpartner_partner', [
        { sys_id: id('p met'), name: 'MET IT', active: 'true', support_stream: 'met@example.edu' },
        { sys_id: id('p other'), name: 'Other IT', active: 'true', support_stream: 'x' },
    ])
    inst.load('x_bu_itpartner_department', [
        { sys_id: id('pd met'), department: id('d met'), partner: id('p met'), active: 'true' },
    ])
    inst.load('x_bu_itpartner_red_flag', [
        { sys_id: id('rf tech'), user: id('u tech'), partner: id('p met'), active: 'true' },
    ])
    return inst
}

describe('validation rules on the admin tables', () => {
    it('refuses a second active row for a department and names the holder', () => {
        const inst = world()
        const row = inst.recordForInsert('x_bu_itpartner_department', {
            department: id('d met'),
            partner: id('p other'),
            active: 'true',
        })
        validateDepartment(row)
        expect(row.isActionAborted()).toBe(true)
        expect(inst.messages.error.join()).toContain(
            'Metropolitan College already has an active Partner department (IT Partner: MET IT)',
        )
    })

    it('accepts an inactive duplicate and an update of the active row itself', () => {
        const inst = world()
        const inactive = inst.recordForInsert('x_bu_itpartner_department', {
            department: id('d met'),
            partner: id('p other'),
            active: 'false',
        })
        validateDepartment(inactive)
        expect(inactive.isActionAborted()).toBe(false)
        const { current } = inst.recordForUpdate('x_bu_itpartner_department', id('pd met'), { partner: id('p other') })
        validateDepartment(current)
        expect(current.isActionAborted()).toBe(false)
        expect(inst.messages.error).toEqual([])
    })

    it('refuses a second active red flag for a user', () => {
        const inst = world()
        const flag = inst.recordForInsert('x_bu_itpartner_red_flag', {
            user: id('u tech'),
            partner: id('p other'),
            active: 'true',
        })
        validateRedFlag(flag)
        expect(flag.isActionAborted()).toBe(true)
        expect(inst.messages.error.join()).toContain('already has an active red flag (IT Partner: MET IT)')
    })

    it('refuses an active route to an inactive group, and a condition naming a missing field', () => {
        const inst = world()
        const inactive = inst.recordForInsert('x_bu_itpartner_route', {
            table: 'incident',
            assignment_group: id('g old'),
            active: 'true',
        })
        validateRoute(inactive)
        expect(inactive.isActionAborted()).toBe(true)
        expect(inst.messages.error.join()).toContain('"Old Network" is inactive')
        const badField = inst.recordForInsert('x_bu_itpartner_route', {
            table: 'incident',
            assignment_group: id('g live'),
            condition: 'u_no_such_field=1',
            active: 'true',
        })
        validateRoute(badField)
        expect(badField.isActionAborted()).toBe(true)
        expect(inst.messages.error.join()).toContain('incident does not have: u_no_such_field')
    })

    it('refuses an active route with neither table nor group, naming both, in one message', () => {
        const inst = world()
        const route = inst.recordForInsert('x_bu_itpartner_route', { table: '', condition: 'category=network', active: 'true' })
        validateRoute(route)
        expect(route.isActionAborted()).toBe(true)
        expect(inst.messages.error).toEqual(['This escalation route cannot be saved: its assignment group does not exist; its table "" does not exist.'])
    })

    it('refuses a route whose group was deleted, but saves an inactive route without a group', () => {
        const inst = world()
        const gone = inst.recordForInsert('x_bu_itpartner_route', { table: 'incident', assignment_group: id('g deleted'), active: 'true' })
        validateRoute(gone)
        expect(inst.messages.error).toEqual(['This escalation route cannot be saved: its assignment group does not exist.'])
        const parked = inst.recordForInsert('x_bu_itpartner_route', { table: 'incident', active: 'false' })
        validateRoute(parked)
        expect(parked.isActionAborted()).toBe(false)
        expect(inst.messages.error).toHaveLength(1)
    })

    it('accepts an active route to an active group with a valid condition', () => {
        const inst = world()
        const route = inst.recordForInsert('x_bu_itpartner_route', {
            table: 'incident',
            assignment_group: id('g live'),
            condition: 'short_descriptionLIKEvpn^ORcaller_id.name=Morgan Tech',
            active: 'true',
        })
        validateRoute(route)
        expect(inst.messages.error).toEqual([])
        expect(route.isActionAborted()).toBe(false)
    })

    it('warns about, but saves, a Partner with neither support group nor stream', () => {
        const inst = world()
        const partner = inst.recordForInsert('x_bu_itpartner_partner', { name: 'Lonely IT', active: 'true' })
        validatePartner(partner)
        expect(partner.isActionAborted()).toBe(false)
        expect(inst.messages.info.join()).toContain('neither a support group nor a support stream')
    })
})
