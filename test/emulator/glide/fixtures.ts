import { Instance, type Privilege } from '../../../emulator/glide/index.ts'

/** The scope of the small made-up app the emulator's own tests run as: they know no real app. */
export const DEMO_SCOPE = 'x_demo'

/**
 * A small activated instance: departments, users, groups, memberships, and two tables of a made-up app in scope
 * x_demo. Code runs in the global scope; runAsDemoApp() makes it the app's.
 */
export function seeded(): Instance {
    const inst = new Instance().activate()
    inst.schema.define('x_demo_route', {
        scope: DEMO_SCOPE,
        display: 'description',
        fields: {
            order: 'integer',
            table: { type: 'string', default: 'incident' },
            condition: 'string',
            assignment_group: { reference: 'sys_user_group' },
            description: 'string',
            active: { type: 'boolean', default: 'true' },
        },
    })
    inst.schema.define('x_demo_department', {
        scope: DEMO_SCOPE,
        display: 'department',
        fields: { department: { reference: 'cmn_department' }, partner: 'string', active: { type: 'boolean', default: 'true' } },
    })
    inst.load('cmn_department', [
        { sys_id: 'd_met', name: 'Metropolitan College' },
        { sys_id: 'd_cas', name: 'Arts & Sciences' },
    ])
    inst.load('sys_user', [
        { sys_id: 'u_abel', user_name: 'abel', name: 'Abel Tuter', department: 'd_met', active: 'true' },
        { sys_id: 'u_beth', user_name: 'beth', name: 'Beth Anglin', department: 'd_cas', active: 'true' },
        { sys_id: 'u_carl', user_name: 'carl', name: 'Carl Zed', department: '', active: 'false' },
    ])
    inst.load('sys_user_group', [
        { sys_id: 'g_help', name: 'IT Help Center' },
        { sys_id: 'g_desk', name: 'Desktop Services' },
        { sys_id: 'g_net', name: 'Network Services' },
        { sys_id: 'g_met', name: 'MET IT' },
    ])
    inst.load('sys_user_grmember', [
        { user: 'u_abel', group: 'g_met' },
        { user: 'u_beth', group: 'g_help' },
    ])
    return inst
}

/** Makes the made-up app's scope the calling scope, as installing it would (its name is "Demo App"). */
export function runAsDemoApp(inst: Instance, privileges: Privilege[] = []): Instance {
    inst.callingScope = DEMO_SCOPE
    inst.crossScope.appName = 'Demo App'
    inst.crossScope.privileges = privileges
    return inst
}
