import { GlideRecord, Instance, gs, type Instance as InstanceType } from '../../../emulator/glide/index.ts'
import { seeded } from './fixtures.ts'

describe('active instance', () => {
    test('Glide calls without an active instance fail clearly', () => {
        Instance.deactivate()
        expect(() => new GlideRecord('sys_user')).toThrow(/No active Glide instance/)
        expect(() => gs.getUserID()).toThrow(/No active Glide instance/)
        expect(() => Instance.active()).toThrow(/No active Glide instance/)
    })

    test('records stay bound to the instance they were made on', () => {
        const a = new Instance().activate()
        a.load('sys_user', [{ sys_id: 'u1', name: 'A' }])
        const gr = new GlideRecord('sys_user')
        Instance.activate(new Instance())
        expect(Instance.active()).not.toBe(a)
        expect(gr.get('u1')).toBe(true)
        expect(new GlideRecord('sys_user').get('u1')).toBe(false)
    })
})

let inst: InstanceType
beforeEach(() => {
    inst = seeded()
})

describe('session and roles', () => {
    test('user id and name; setUser takes user_name from sys_user', () => {
        expect(gs.getUserID()).toBe('')
        expect(gs.getUserName()).toBe('system')
        inst.setUser('u_beth')
        expect(gs.getUserID()).toBe('u_beth')
        expect(gs.getUserName()).toBe('beth')
    })

    test('hasRole: by sys_user_role sys_id, or by name when the role matches no sys_user_role row', () => {
        inst.load('sys_user_role', [{ sys_id: 'r_itil', name: 'itil' }])
        inst.load('sys_user_has_role', [
            { user: 'u_abel', role: 'r_itil' },
            { user: 'u_beth', role: 'x_demo.admin' },
        ])
        inst.setUser('u_abel')
        expect(gs.hasRole('itil')).toBe(true)
        expect(gs.hasRole('r_itil')).toBe(false)
        expect(gs.hasRole('x_demo.admin')).toBe(false)
        expect(gs.hasRole('x_demo.admin,itil')).toBe(true)
        inst.setUser('u_beth')
        expect(gs.hasRole('x_demo.admin')).toBe(true)
        expect(gs.hasRole('itil')).toBe(false)
    })

    test('admin passes every role check; no session user has no roles', () => {
        inst.grantRoles('u_carl', ['admin'])
        inst.setUser('u_carl')
        expect(gs.hasRole('itil')).toBe(true)
        expect(gs.hasRole('anything.at.all')).toBe(true)
        inst.session = { userId: '', userName: 'system' }
        expect(gs.hasRole('itil')).toBe(false)
    })

    test('role cache is refreshed when role tables change', () => {
        inst.setUser('u_abel')
        expect(gs.hasRole('itil')).toBe(false)
        inst.grantRoles('u_abel', ['itil'])
        expect(gs.hasRole('itil')).toBe(true)
        const grant = new GlideRecord('sys_user_has_role')
        grant.addQuery('user', 'u_abel')
        grant.query()
        grant.next()
        grant.deleteRecord()
        expect(gs.hasRole('itil')).toBe(false)
        expect(inst.rows('sys_user_role').map((r) => r.name)).toEqual(['itil'])
    })
})

describe('properties', () => {
    test('absent or empty: alt, or null without one; present: the value', () => {
        expect(gs.getProperty('x_demo.boomerang_policy', 'block')).toBe('block')
        expect(gs.getProperty('x_demo.boomerang_policy')).toBeNull()
        inst.setProperty('x_demo.boomerang_policy', 'warn')
        expect(gs.getProperty('x_demo.boomerang_policy', 'block')).toBe('warn')
        inst.setProperty('x_demo.boomerang_policy', '')
        expect(gs.getProperty('x_demo.boomerang_policy', 'block')).toBe('block')
        expect(inst.rows('sys_properties')).toHaveLength(1)
        inst.load('sys_properties', [{ name: 'x_demo.enabled', value: 'false' }])
        expect(gs.getProperty('x_demo.enabled', 'true')).toBe('false')
    })
})

describe('messages and logs', () => {
    test('info and error messages are captured', () => {
        gs.addInfoMessage('Routed')
        gs.addErrorMessage('Blocked')
        gs.addInfoMessage(42)
        expect(inst.messages).toEqual({ info: ['Routed', '42'], error: ['Blocked'] })
    })

    test('log levels substitute {0}..{4}; missing arguments keep their placeholder', () => {
        gs.error('Routing failed for {0}: {1}', 'INC0010001', new Error('boom').message)
        gs.warn('{0}{1}{2}{3}{4}{5}', 'a', 'b', 'c', 'd', 'e', 'f')
        gs.info('plain')
        gs.debug('{0} and {1}', 'one')
        gs.log('hello', 'x_demo')
        expect(inst.logs).toEqual([
            { level: 'error', message: 'Routing failed for INC0010001: boom' },
            { level: 'warn', message: 'abcde{5}' },
            { level: 'info', message: 'plain' },
            { level: 'debug', message: 'one and {1}' },
            { level: 'log', message: 'hello', source: 'x_demo' },
        ])
        inst.clearOutput()
        expect(inst.logs).toEqual([])
        expect(inst.messages).toEqual({ info: [], error: [] })
    })

    test('getMessage: registered translations, args as an array or one value', () => {
        expect(gs.getMessage('Escalated by {0}', ['MET IT'])).toBe('Escalated by MET IT')
        expect(gs.getMessage('Escalated by {0}', 'MET IT')).toBe('Escalated by MET IT')
        expect(gs.getMessage('No args {0}')).toBe('No args {0}')
        inst.addMessages({ 'Escalated by {0}': 'Eskaliert von {0}' })
        expect(gs.getMessage('Escalated by {0}', ['MET IT'])).toBe('Eskaliert von MET IT')
    })
})

test('gs.nil: null, undefined, empty strings and empty elements', () => {
    const gr = new GlideRecord('sys_user')
    gr.get('u_carl')
    expect(gs.nil(null)).toBe(true)
    expect(gs.nil(undefined)).toBe(true)
    expect(gs.nil('')).toBe(true)
    expect(gs.nil(gr.getElement('department'))).toBe(true)
    expect(gs.nil(gr.getElement('name'))).toBe(false)
    expect(gs.nil('x')).toBe(false)
    expect(gs.nil(0)).toBe(false)
})
