import { GlideRecord, Instance, LEGACY_SCRIPT_ACCESS, globalScope, type Privilege } from '../../../emulator/glide/index.ts'
import { DEMO_SCOPE, runAsDemoApp, seeded } from './fixtures.ts'

/**
 * The cross-scope policy app code runs under (emulator/glide/access.ts): a made-up app, "Demo App" (scope x_demo), on an
 * instance with the emulator's defaults, Enforcing runtime access tracking and the hardened property.
 */

const tablePolicy = (operation: string, table: string, scope = DEMO_SCOPE) =>
    `${operation} operation against '${table}' from scope '${scope}' has been refused due to the table's cross-scope access policy`
const undeclared = (what: string) =>
    `${what} from scope 'Demo App' was denied. The application 'Demo App' must declare a cross scope access privilege. Please contact the application author to update their privilege requests.`
const table = (targetName: string, operation: Privilege['operation'], status: Privilege['status'] = 'allowed'): Privilege => ({
    targetName,
    targetScope: 'global',
    targetType: 'sys_db_object',
    operation,
    status,
})
const include = (targetName: string): Privilege => ({ targetName, targetScope: 'global', targetType: 'sys_script_include', operation: 'execute', status: 'allowed' })

/** The part of global.GlideQuery the emulator offers. */
interface Query {
    where(field: string, value: string): Query
    disableWorkflow(): Query
    disableAutoSysFields(): Query
    update(values: Record<string, unknown>): void
}

let inst: Instance
beforeEach(() => {
    inst = seeded()
})
afterEach(() => Instance.deactivate())

/** The platform's refusals this test expects in the system log. */
const refusals = () => inst.logs.filter((entry) => entry.source === 'platform').map((entry) => entry.message)

function readUser(id = 'u_abel'): string | null {
    const user = new GlideRecord('sys_user')
    return user.get(id) ? user.getValue('name') : null
}

function insertGroup(name: string): string | null {
    const group = new GlideRecord('sys_user_group')
    group.initialize()
    group.setValue('name', name)
    return group.insert()
}

describe('defaults', () => {
    test('a new instance runs app code under Enforcing, with the legacy script access property off', () => {
        expect(new Instance().crossScope.mode).toBe('enforcing')
        expect(inst.getProperty(LEGACY_SCRIPT_ACCESS)).toBeNull()
        runAsDemoApp(inst)
        expect(() => readUser()).toThrow(undeclared("Read operation on table 'sys_user'"))
    })

    test('a looser mode is opt-in', () => {
        expect(new Instance(undefined, { crossScope: 'tracking' }).crossScope.mode).toBe('tracking')
        expect(new Instance(undefined, { crossScope: 'none' }).crossScope.mode).toBe('none')
    })
})

describe("Application Access of another scope's table", () => {
    test('read on a table accessible from its own scope only is refused, logged and thrown, before any privilege counts', () => {
        inst.schema.define('sys_user', { access: { accessibleFrom: 'package_private' } })
        runAsDemoApp(inst, [table('sys_user', 'read')])
        expect(() => readUser()).toThrow(tablePolicy('Read', 'sys_user'))
        expect(refusals()).toEqual([tablePolicy('Read', 'sys_user')])
        expect(inst.logs[0]).toMatchObject({ level: 'error', source: 'platform' })
    })

    test('create, write and delete need Can create, Can update and Can delete; platform tables allow read only', () => {
        runAsDemoApp(inst, ['read', 'write', 'create', 'delete'].map((operation) => table('sys_user_group', operation as Privilege['operation'])))
        expect(() => insertGroup('New group')).toThrow(tablePolicy('Create', 'sys_user_group'))
        const group = new GlideRecord('sys_user_group')
        group.get('g_help')
        group.setValue('name', 'Renamed')
        expect(() => group.update()).toThrow(tablePolicy('Write', 'sys_user_group'))
        expect(() => group.deleteRecord()).toThrow(tablePolicy('Delete', 'sys_user_group'))
        expect(inst.rows('sys_user_group').map((row) => row.name)).toEqual(['IT Help Center', 'Desktop Services', 'Network Services', 'MET IT'])
        inst.schema.define('sys_user_group', { access: { create: true, update: true, delete: true } })
        expect(insertGroup('New group')).toMatch(/^[0-9a-f]{32}$/)
        expect(group.update()).toBe('g_help')
        expect(group.deleteRecord()).toBe(true)
    })

    test('with the legacy property true, GlideRecord creates and updates past Application Access; read and delete stay refused', () => {
        runAsDemoApp(inst, ['read', 'write', 'create', 'delete'].map((operation) => table('sys_user_group', operation as Privilege['operation'])))
        inst.setProperty(LEGACY_SCRIPT_ACCESS, 'true')
        expect(insertGroup('New group')).toMatch(/^[0-9a-f]{32}$/)
        const group = new GlideRecord('sys_user_group')
        group.get('g_help')
        group.setValue('name', 'Renamed')
        expect(group.update()).toBe('g_help')
        expect(() => group.deleteRecord()).toThrow(tablePolicy('Delete', 'sys_user_group'))
        inst.setProperty(LEGACY_SCRIPT_ACCESS, 'false')
        expect(() => insertGroup('Another')).toThrow(tablePolicy('Create', 'sys_user_group'))
    })

    test('global code reaching a scoped table is held to it too, as rhino.global', () => {
        const note = new GlideRecord('x_demo_route')
        note.initialize()
        note.setValue('description', 'from global')
        expect(() => note.insert()).toThrow(tablePolicy('Create', 'x_demo_route', 'rhino.global'))
        expect(new GlideRecord('x_demo_route').get('missing')).toBe(false)
    })

    test("the app's own tables need nothing", () => {
        runAsDemoApp(inst)
        const route = new GlideRecord('x_demo_route')
        route.initialize()
        route.setValue('description', 'mine')
        expect(route.insert()).toMatch(/^[0-9a-f]{32}$/)
        expect(refusals()).toEqual([])
    })
})

describe('Enforcing: each cross-scope access needs its sys_scope_privilege, status allowed', () => {
    test('an undeclared read is refused with the platform words; the declared one runs', () => {
        runAsDemoApp(inst)
        expect(() => readUser()).toThrow(undeclared("Read operation on table 'sys_user'"))
        expect(refusals()).toEqual([undeclared("Read operation on table 'sys_user'")])
        inst.crossScope.privileges = [table('sys_user', 'read')]
        expect(readUser()).toBe('Abel Tuter')
    })

    test('a privilege counts for its own operation only, and only when allowed', () => {
        inst.schema.define('sys_user_group', { access: { create: true } })
        runAsDemoApp(inst, [table('sys_user_group', 'read')])
        expect(() => insertGroup('New')).toThrow(undeclared("Create operation on table 'sys_user_group'"))
        for (const status of ['requested', 'denied'] as const) {
            inst.crossScope.privileges = [table('sys_user', 'read', status)]
            expect(() => readUser()).toThrow(undeclared("Read operation on table 'sys_user'"))
        }
    })

    test('reference reads are reads of the referenced table: dot-walks, display values, getRefRecord', () => {
        runAsDemoApp(inst, [table('sys_user', 'read')])
        const user = new GlideRecord('sys_user')
        user.get('u_abel')
        const cmn = undeclared("Read operation on table 'cmn_department'")
        expect(() => user.getValue('department.name')).toThrow(cmn)
        expect(() => user.getDisplayValue('department')).toThrow(cmn)
        expect(() => user.getElement('department')!.getRefRecord()).toThrow(cmn)
        inst.crossScope.privileges = [table('sys_user', 'read'), table('cmn_department', 'read')]
        expect(user.getDisplayValue('department')).toBe('Metropolitan College')
    })

    test('a join reads the joined table', () => {
        runAsDemoApp(inst, [table('sys_user_group', 'read')])
        const groups = new GlideRecord('sys_user_group')
        groups.addJoinQuery('sys_user_grmember', 'sys_id', 'group')
        expect(() => groups.query()).toThrow(undeclared("Read operation on table 'sys_user_grmember'"))
    })

    test('a global script include needs an execute privilege: global.GlideQuery, global.AbstractAjaxProcessor', () => {
        runAsDemoApp(inst)
        const global = globalScope(inst)
        expect(() => global.GlideQuery).toThrow(undeclared("Execute operation on script include 'GlideQuery'"))
        expect(() => global.AbstractAjaxProcessor).toThrow(undeclared("Execute operation on script include 'AbstractAjaxProcessor'"))
        inst.crossScope.privileges = [include('GlideQuery'), include('AbstractAjaxProcessor')]
        expect(typeof global.GlideQuery).toBe('function')
        expect(typeof global.AbstractAjaxProcessor).toBe('function')
    })

    test('GlideQuery reads and writes as the calling scope, and disables workflow on global tables only', () => {
        const write = () =>
            new (globalScope(inst).GlideQuery as new (t: string) => Query)('sys_user').where('sys_id', 'u_abel').disableWorkflow().disableAutoSysFields().update({ title: 'x' })
        runAsDemoApp(inst, [include('GlideQuery'), table('sys_user', 'read'), table('sys_user', 'write')])
        expect(write).toThrow(tablePolicy('Write', 'sys_user'))
        inst.schema.define('sys_user', { access: { update: true } })
        write()
        expect(inst.row('sys_user', 'u_abel')!.title).toBe('x')
        const scoped = new (globalScope(inst).GlideQuery as new (t: string) => Query)('x_demo_route')
        expect(() => scoped.disableWorkflow()).toThrow(/disableWorkflow\(\) works only on tables of the global scope/)
    })

    test('global code needs no privileges', () => {
        expect(readUser()).toBe('Abel Tuter')
        expect(typeof globalScope(inst).GlideQuery).toBe('function')
    })
})

describe('looser modes, opt-in', () => {
    test('Tracking lets an undeclared access run and records the privilege it needed, once', () => {
        inst.crossScope.mode = 'tracking'
        runAsDemoApp(inst)
        expect(readUser()).toBe('Abel Tuter')
        expect(readUser('u_beth')).toBe('Beth Anglin')
        expect(() => globalScope(inst).GlideQuery).not.toThrow()
        expect(inst.crossScope.tracked).toEqual([table('sys_user', 'read'), include('GlideQuery')])
        expect(() => insertGroup('x')).toThrow(tablePolicy('Create', 'sys_user_group'))
    })

    test('None needs no privileges; Application Access still applies', () => {
        inst.crossScope.mode = 'none'
        runAsDemoApp(inst)
        expect(readUser()).toBe('Abel Tuter')
        expect(inst.crossScope.tracked).toEqual([])
        expect(() => insertGroup('x')).toThrow(tablePolicy('Create', 'sys_user_group'))
    })
})

describe('scoped GlideRecord limits', () => {
    test("setWorkflow on another scope's record is refused, logged and thrown; on the app's own table it works", () => {
        runAsDemoApp(inst, [table('sys_user', 'read')])
        const user = new GlideRecord('sys_user')
        user.get('u_abel')
        const refusal = "Access to api 'setWorkflow' from scope 'x_demo' has been refused due to the api's cross-scope access policy"
        expect(() => user.setWorkflow(false)).toThrow(refusal)
        expect(refusals()).toEqual([refusal])
        expect(() => new GlideRecord('x_demo_route').setWorkflow(false)).not.toThrow()
    })

    test('autoSysFields is not in the scoped API: from an app scope the call fails; global code saves without stamps', () => {
        runAsDemoApp(inst)
        expect(() => new GlideRecord('x_demo_route').autoSysFields(false)).toThrow(new TypeError('Cannot find function autoSysFields in object [object GlideRecord].'))
        inst.callingScope = 'global'
        const user = new GlideRecord('sys_user')
        user.get('u_abel')
        const before = inst.row('sys_user', 'u_abel')!
        user.autoSysFields(false)
        user.setValue('title', 'Dr')
        user.update()
        const after = inst.row('sys_user', 'u_abel')!
        expect([after.title, after.sys_updated_on, after.sys_mod_count]).toEqual(['Dr', before.sys_updated_on, before.sys_mod_count])
        user.autoSysFields(true)
        user.setValue('title', 'Prof')
        user.update()
        expect(inst.row('sys_user', 'u_abel')!.sys_mod_count).toBe('1')
    })
})
