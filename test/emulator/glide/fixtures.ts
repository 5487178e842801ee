import { Instance } from '../../../emulator/glide/index.ts'

/** A small activated instance: departments, users, groups, memberships. */
export function seeded(): Instance {
    const inst = new Instance().activate()
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
