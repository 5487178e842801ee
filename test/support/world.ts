import { createHash } from 'node:crypto'
import { Instance } from '../../emulator/glide/index.ts'
import { appInstance } from './app.ts'

/** A stable 32-hex sys_id for a readable name, so failures name what they are about. */
export const id = (name: string): string => createHash('md5').update(name).digest('hex')

export const G = {
    helpCenter: id('group IT Help Center'),
    desktop: id('group Desktop Services'),
    network: id('group Network Services'),
    syseng: id('group System Engineering'),
    oldNetwork: id('group Old Network'),
    metGroup: id('group MET IT'),
    smgGroup: id('group SMG-ITS'),
}
export const P = { met: id('partner MET'), smg: id('partner SMG'), law: id('partner LAW'), closed: id('partner Closed') }
export const D = { met: id('dept MET'), smg: id('dept SMG'), law: id('dept LAW'), physics: id('dept Physics') }
export const U = {
    metTech: id('user met tech'),
    smgTech: id('user smg tech'),
    metClient: id('user met client'),
    lawClient: id('user law client'),
    physicsClient: id('user physics client'),
    closedTech: id('user closed tech'),
    agent: id('user agent'),
    appAdmin: id('user app admin'),
    student: id('user student'),
}
export const R = { accounts: id('route accounts'), kace: id('route kace'), network: id('route network'), servers: id('route servers') }

/**
 * The article's world on an embedded instance (a new one, or `inst`, e.g. an AppRuntime's): IS&T groups, Partners,
 * their departments and staff, routes.
 */
export function articleWorld(properties: Record<string, string> = {}, inst: Instance = appInstance()): Instance {
    const group = (sys_id: string, name: string, active = 'true') => ({ sys_id, name, active })
    inst.load('sys_user_group', [
        group(G.helpCenter, 'IT Help Center'),
        group(G.desktop, 'Desktop Services'),
        group(G.network, 'Network Services'),
        group(G.syseng, 'System Engineering'),
        group(G.oldNetwork, 'Old Network', 'false'),
        group(G.metGroup, 'MET IT'),
        group(G.smgGroup, 'SMG-ITS'),
    ])
    inst.load('cmn_department', [
        { sys_id: D.met, name: 'Metropolitan College' },
        { sys_id: D.smg, name: 'Questrom School of Business' },
        { sys_id: D.law, name: 'School of Law' },
        { sys_id: D.physics, name: 'Physics' },
    ])
    const user = (sys_id: string, name: string, department = '') => ({ sys_id, name, user_name: name.toLowerCase().replace(/ /g, '.'), department, active: 'true' })
    inst.load('sys_user', [
        user(U.metTech, 'Morgan Tech', D.met),
        user(U.smgTech, 'Sam Questrom', D.smg),
        user(U.metClient, 'Mia Client', D.met),
        user(U.lawClient, 'Lee Client', D.law),
        user(U.physicsClient, 'Pat Physics', D.physics),
        user(U.closedTech, 'Casey Closed'),
        user(U.agent, 'Alex Agent'),
        user(U.appAdmin, 'Ada Admin'),
        user(U.student, 'Stu Dent', D.physics),
    ])
    inst.load('x_bu_itpartner_partner', [
        { sys_id: P.met, name: 'Metropolitan College IT (MET IT)', support_group: G.metGroup, support_stream: 'MET IT Help Desk', contact: 'metit@example.edu', active: 'true' },
        { sys_id: P.smg, name: 'SMG Information Tech Services (SMG-ITS)', support_group: G.smgGroup, support_stream: '', contact: '', active: 'true' },
        { sys_id: P.law, name: 'LAW IT', support_group: '', support_stream: 'https://www.bu.edu/law/it-help', contact: '', active: 'true' },
        { sys_id: P.closed, name: 'Closed Partner', support_group: '', support_stream: '', contact: '', active: 'false' },
    ])
    inst.load('x_bu_itpartner_department', [
        { department: D.met, partner: P.met, active: 'true' },
        { department: D.smg, partner: P.smg, active: 'true' },
        { department: D.law, partner: P.law, active: 'true' },
    ])
    inst.load('x_bu_itpartner_red_flag', [
        { user: U.metTech, partner: P.met, note: 'MET IT desktop technician: Level 1 is done.', active: 'true' },
        { user: U.closedTech, partner: P.closed, note: 'Partner closed down', active: 'true' },
    ])
    inst.load('sys_user_grmember', [{ user: U.smgTech, group: G.smgGroup }])
    inst.load('x_bu_itpartner_route', [
        { sys_id: R.accounts, order: '10', table: 'incident', condition: 'short_descriptionLIKEaccount^ORshort_descriptionLIKEpassword', assignment_group: G.helpCenter, description: 'Account issues', active: 'true' },
        { sys_id: R.kace, order: '20', table: 'incident', condition: 'short_descriptionLIKEkace', assignment_group: G.desktop, description: 'KACE', active: 'true' },
        { sys_id: R.network, order: '200', table: 'incident', condition: 'category=network', assignment_group: G.network, description: 'Network', active: 'true' },
        { sys_id: R.servers, order: '300', table: 'incident', condition: 'category=database', assignment_group: G.syseng, description: 'Servers', active: 'true' },
    ])
    inst.grantRoles(U.agent, ['itil'])
    inst.grantRoles(U.appAdmin, ['itil', 'x_bu_itpartner.admin'])
    for (const [name, value] of Object.entries(properties)) inst.setProperty(name, value)
    inst.session.userId = U.agent
    inst.activate()
    return inst
}

/** The decision rows written so far, as plain objects. */
export function decisions(inst: Instance): Record<string, string>[] {
    return inst.rows('x_bu_itpartner_decision')
}

/** Work notes journaled on a ticket. */
export function workNotes(inst: Instance, ticket: string): string[] {
    return inst.rows('sys_journal_field').filter((row) => row.element_id === ticket && row.element === 'work_notes').map((row) => row.value)
}
