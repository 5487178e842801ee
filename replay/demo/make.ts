/**
 * Writes the bundled demo snapshot (replay/demo/*.json) from the knowledge article "Working with IT Partners".
 * Sys_ids match the Fluent demo data (src/fluent/demo/article-demo.now.ts via src/fluent/generated/keys.ts) where it
 * has them; names are the article's, as an instance that has these groups exports them (the installed demo data adds
 * "(demo)" to each). Run: npx tsx replay/demo/make.ts
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Row } from '../read/values.ts'

const ROOT = join(__dirname, '..', '..')
const keys = readFileSync(join(ROOT, 'src', 'fluent', 'generated', 'keys.ts'), 'utf8')
let counter = 0
/** The sys_id keys.ts gives a demo record, or a stable made-up one. */
function id(key: string): string {
    const match = new RegExp(`${key}:\\s*\\{[^}]*?id:\\s*'([0-9a-f]{32})'`).exec(keys)
    if (match) return match[1]
    counter++
    return `d0d0${key.replace(/[^a-z0-9]/g, '').slice(0, 20).padEnd(20, '0')}${String(counter).padStart(8, '0')}`.slice(0, 32)
}

const link = (table: string, sysId: string) => ({ link: `https://example.service-now.com/api/now/table/${table}/${sysId}`, value: sysId })

const group = (key: string, name: string, description: string): Row => ({ sys_id: id(key), name, description, active: 'true' })
const groups = {
    helpCenter: group('demo_group_it_help_center', 'IT Help Center', 'IS&T Service Desk (tier 1)'),
    desktop: group('demo_group_desktop_services', 'Desktop Services', 'IS&T Desktop Services (tier 1)'),
    systems: group('demo_group_system_engineering', 'System Engineering', 'IS&T escalation group'),
    network: group('demo_group_network_services', 'Network Services', 'IS&T escalation group'),
    met: group('demo_group_met_it', 'MET IT', 'Metropolitan College IT queue'),
    ensa: group('demo_group_ensa_service_desk', 'ENSA – Service Desk', 'ESO IT queue'),
    smg: group('demo_group_smg_its', 'SMG-ITS', 'SMG Information Tech Services queue'),
    library: group('demo_group_bumc_alumni_medical_library', 'BUMC – Alumni Medical Library', 'Alumni Medical Library IT queue'),
    bumc: group('demo_group_bumc_service_desk', 'BUMC – Service Desk', 'Primary queue of the BUMC IT teams'),
}

const dept = (key: string, name: string): Row => ({ sys_id: id(key), name })
const depts = {
    met: dept('demo_dept_met', 'Metropolitan College'),
    eso: dept('demo_dept_eso', 'Enrollment & Student Operations'),
    smg: dept('demo_dept_smg', 'Questrom School of Business'),
    library: dept('demo_dept_library', 'Alumni Medical Library'),
    medicine: dept('demo_dept_medicine', 'School of Medicine'),
    cfa: dept('demo_dept_cfa', 'College of Fine Arts'),
    ist: dept('demo_dept_ist', 'Information Services & Technology'),
    eng: dept('demo_dept_eng', 'College of Engineering'),
}

const partner = (key: string, name: string, supportGroup: Row | null, stream: string, contact: string): Row => ({
    sys_id: id(key),
    name,
    support_group: supportGroup?.sys_id ?? '',
    support_stream: stream,
    contact,
    active: 'true',
})
const partners = {
    met: partner('demo_partner_met', 'Metropolitan College IT (MET IT)', groups.met, 'MET IT Help Desk', 'metit@example.edu'),
    eso: partner('demo_partner_eso', 'ESO IT', groups.ensa, 'ENSA – Service Desk', 'esoit@example.edu'),
    smg: partner('demo_partner_smg', 'SMG Information Tech Services (SMG-ITS)', groups.smg, 'SMG-ITS', 'smgits@example.edu'),
    library: partner('demo_partner_library', 'Alumni Medical Library', groups.library, 'BUMC – Alumni Medical Library', 'medlib@example.edu'),
    bumc: partner('demo_partner_bumc', 'BUMC IT', groups.bumc, 'BUMC – Service Desk', 'bumcit@example.edu'),
    // Does not use ServiceNow: no support group, only a support stream (the article's TechWeb list).
    cfa: partner('demo_partner_cfa', 'CFA IT', null, 'cfait@example.edu (TechWeb: CFA IT support)', 'cfait@example.edu'),
}

const user = (key: string, userName: string, first: string, last: string, department: Row | null): Row => ({
    sys_id: id(key),
    user_name: userName,
    first_name: first,
    last_name: last,
    name: `${first} ${last}`,
    email: `${userName}@example.edu`,
    department: department?.sys_id ?? '',
    active: 'true',
})
const users = {
    metTech: user('demo_user_met_technician', 'demo.met.technician', 'Morgan', 'Tech', depts.met),
    smgTech: user('demo_user_smg_technician', 'demo.smg.technician', 'Sam', 'Questrom', depts.smg),
    bumcTech: user('demo_user_bumc_technician', 'demo.bumc.technician', 'Blair', 'Medic', depts.medicine),
    metStaff: user('demo_user_met_handoff', 'demo.met.queue', 'Quinn', 'Queue', depts.met),
    metClient: user('demo_user_met_client', 'demo.met.client', 'Casey', 'Student', depts.met),
    esoClient: user('demo_user_eso_client', 'demo.eso.client', 'Erin', 'Enroll', depts.eso),
    smgClient: user('demo_user_smg_client', 'demo.smg.client', 'Dana', 'Finance', depts.smg),
    medClient: user('demo_user_med_client', 'demo.med.client', 'Pat', 'Doctor', depts.medicine),
    cfaClient: user('demo_user_cfa_client', 'demo.cfa.client', 'Robin', 'Painter', depts.cfa),
    engClient: user('demo_user_eng_client', 'demo.eng.client', 'Jordan', 'Engineer', depts.eng),
    agent: user('demo_user_agent', 'demo.agent', 'Alex', 'Agent', depts.ist),
    netAgent: user('demo_user_net_agent', 'demo.net.agent', 'Nico', 'Network', depts.ist),
}

const itil = { sys_id: id('demo_role_itil'), name: 'itil' }
const roles = [itil]
const grants = [users.agent, users.netAgent].map((u, i) => ({ sys_id: id(`demo_grant_itil_${i}`), user: u.sys_id, role: itil.sys_id }))
const members = [
    { key: 'demo_member_smg_technician', user: users.smgTech, group: groups.smg },
    { key: 'demo_member_met_queue', user: users.metStaff, group: groups.met },
    { key: 'demo_member_agent', user: users.agent, group: groups.helpCenter },
    { key: 'demo_member_net_agent', user: users.netAgent, group: groups.network },
].map((m) => ({ sys_id: id(m.key), user: link('sys_user', m.user.sys_id), group: link('sys_user_group', m.group.sys_id) }))

const redFlags = [
    {
        sys_id: id('demo_red_flag_met_technician'),
        user: users.metTech.sys_id,
        partner: partners.met.sys_id,
        note: 'IT Partner (MET IT). Level 1 troubleshooting is done: escalate to the right IS&T group right away.',
        active: 'true',
    },
    {
        sys_id: id('demo_red_flag_bumc_technician'),
        user: users.bumcTech.sys_id,
        partner: partners.bumc.sys_id,
        note: 'IT Partner (BUMC IT). Escalate; do not send back to the Service Desk.',
        active: 'true',
    },
]

const partnerDepartments = (
    [
        ['demo_partner_dept_met', depts.met, partners.met],
        ['demo_partner_dept_eso', depts.eso, partners.eso],
        ['demo_partner_dept_smg', depts.smg, partners.smg],
        ['demo_partner_dept_library', depts.library, partners.library],
        ['demo_partner_dept_medicine', depts.medicine, partners.bumc],
        ['demo_partner_dept_cfa', depts.cfa, partners.cfa],
    ] as const
).map(([key, department, p]) => ({ sys_id: id(key), department: department.sys_id, partner: p.sys_id, active: 'true' }))

const route = (key: string, order: number, condition: string, g: Row, description: string): Row => ({
    sys_id: id(key),
    order: String(order),
    table: 'incident',
    condition,
    assignment_group: g.sys_id,
    description,
    active: 'true',
})
const routes = [
    route('demo_route_accounts', 100, 'short_descriptionLIKEaccount^ORshort_descriptionLIKEpassword^ORshort_descriptionLIKElogin', groups.helpCenter, 'Account issues stay with the Service Desk (specialty)'),
    route('demo_route_kace', 200, 'short_descriptionLIKEkace^ORdescriptionLIKEkace', groups.desktop, 'KACE asset management stays with Desktop Services (specialty)'),
    route('demo_route_network', 300, 'category=network^ORshort_descriptionLIKEwifi^ORshort_descriptionLIKEnetwork', groups.network, 'Network problems go to Network Services'),
    route('demo_route_servers', 400, 'category=database^ORshort_descriptionLIKEserver', groups.systems, 'Servers and databases go to System Engineering'),
]

const assignmentRules = [
    {
        sys_id: id('demo_assignment_catch_all'),
        name: 'Service Desk catch-all',
        table: 'incident',
        order: '1000',
        active: 'true',
        condition: '',
        group: groups.helpCenter.sys_id,
        user: '',
        script: '',
    },
]

const properties = [
    { sys_id: id('demo_prop_enabled'), name: 'x_bu_itpartner.enabled', value: 'true' },
    { sys_id: id('demo_prop_tier1'), name: 'x_bu_itpartner.tier1_groups', value: 'IT Help Center,Desktop Services' },
    { sys_id: id('demo_prop_boomerang'), name: 'x_bu_itpartner.boomerang_policy', value: 'block' },
    { sys_id: id('demo_prop_department'), name: 'x_bu_itpartner.department_policy', value: 'review' },
]

const insert = (number: string, caller: Row, opener: Row, fields: Row) => ({
    table: 'incident',
    action: 'insert',
    record: { number, caller_id: caller.sys_id, opened_by: opener.sys_id, ...fields },
})
/** An update saved by `by` at `at` (UTC): when it really happened, for the tier-1 hours of the value summary. */
const update = (number: string, by: Row, at: string, set: Row) => ({ table: 'incident', action: 'update', number, at, set, user: by.sys_id })

// In time order, as an instance's history gives them: what really happened, without the app. opened_at spreads the
// tickets over four weeks (the report page counts decisions per week); updates carry `at`. Tier 1 re-triaged the
// Partner escalations before they reached the group that solved them: the replay shows what the app would save.
const events = [
    // red flag: a MET IT technician calls in a network problem; the catch-all puts it in the IT Help Center.
    insert('INC0020001', users.metTech, users.metTech, { opened_at: '2026-11-02 09:14:00', short_description: 'Wifi drops in the MET classroom wing', category: 'network' }),
    update('INC0020001', users.agent, '2026-11-02 15:40:00', { assignment_group: groups.network.sys_id, work_notes: 'Asked the basic wifi questions again; over to Network Services' }),
    // opener: an SMG-ITS technician (group member, no red flag) opens a ticket for a Questrom client.
    insert('INC0020002', users.smgClient, users.smgTech, { opened_at: '2026-11-03 10:02:00', short_description: 'Departmental file server unreachable', category: 'hardware' }),
    update('INC0020002', users.agent, '2026-11-04 09:30:00', { assignment_group: groups.systems.sys_id, work_notes: 'Not a desktop issue: over to System Engineering' }),
    // hand-off: a MET client's ticket in the MET IT queue; MET IT hands it to the IT Help Center.
    insert('INC0020003', users.metClient, users.metStaff, { opened_at: '2026-11-05 13:40:00', short_description: 'Network jack dead in 808 Commonwealth Ave', assignment_group: groups.met.sys_id }),
    update('INC0020003', users.metStaff, '2026-11-05 15:05:00', { assignment_group: groups.helpCenter.sys_id, work_notes: 'Level 1 done, over to IS&T' }),
    update('INC0020003', users.agent, '2026-11-06 09:45:00', { assignment_group: groups.network.sys_id, work_notes: 'Network jack: over to Network Services' }),
    // department only (review policy): an ESO client with no escalation signal.
    insert('INC0020004', users.esoClient, users.esoClient, { opened_at: '2026-11-09 08:55:00', short_description: 'Printer on the 3rd floor jams' }),
    // specialty: a red-flagged BUMC IT technician with an account issue stays with the Service Desk.
    insert('INC0020005', users.bumcTech, users.bumcTech, { opened_at: '2026-11-11 15:20:00', short_description: 'Password reset fails for a lab account' }),
    // no target: a red-flagged technician, no route matches and there is no default escalation group.
    insert('INC0020006', users.metTech, users.metTech, { opened_at: '2026-11-16 11:05:00', short_description: 'Projector software licence question' }),
    // boomerang: Network Services sends the red-flag escalation back to tier 1 (the app blocks it), which returns it.
    update('INC0020001', users.netAgent, '2026-11-17 10:05:00', { assignment_group: groups.helpCenter.sys_id }),
    update('INC0020001', users.agent, '2026-11-17 16:30:00', { assignment_group: groups.network.sys_id, work_notes: 'Level 1 was done by MET IT: back to Network Services' }),
    // send to partner applies: a School of Medicine client (BUMC IT has a ServiceNow queue).
    insert('INC0020007', users.medClient, users.medClient, { opened_at: '2026-11-18 09:30:00', short_description: 'Outlook keeps asking to sign in' }),
    // a department client of a Partner without ServiceNow: the banner shows its support stream.
    insert('INC0020008', users.cfaClient, users.cfaClient, { opened_at: '2026-11-19 14:45:00', short_description: 'Scanner driver missing' }),
    // non-partner: an Engineering client.
    insert('INC0020009', users.engClient, users.engClient, { opened_at: '2026-11-23 10:10:00', short_description: 'Laptop battery swelling' }),
]

const tables: Record<string, unknown[]> = {
    sys_user_group: Object.values(groups),
    cmn_department: Object.values(depts),
    sys_user: Object.values(users).map((u) => ({ ...u, department: u.department ? link('cmn_department', u.department) : '' })),
    sys_user_role: roles,
    sys_user_has_role: grants,
    sys_user_grmember: members,
    sys_properties: properties,
    sysrule_assignment: assignmentRules,
    x_bu_itpartner_partner: Object.values(partners),
    x_bu_itpartner_department: partnerDepartments,
    x_bu_itpartner_red_flag: redFlags,
    x_bu_itpartner_route: routes,
    x_bu_itpartner_decision: [],
}
for (const [table, rows] of Object.entries(tables)) {
    writeFileSync(join(__dirname, `${table}.json`), JSON.stringify({ result: rows }, null, 2) + '\n')
}
writeFileSync(join(__dirname, 'events.json'), JSON.stringify(events, null, 2) + '\n')
console.log(`wrote ${Object.keys(tables).length + 1} files to ${__dirname}`)
