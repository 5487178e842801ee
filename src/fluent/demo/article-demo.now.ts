import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'

// Demo data from the knowledge article "Working with IT Partners"; installs only with "Load demo data".

export const helpCenter = Record({
    $id: Now.ID['demo_group_it_help_center'],
    $meta: { installMethod: 'demo' },
    table: 'sys_user_group',
    data: { name: 'IT Help Center', description: 'IS&T Service Desk (tier 1)', active: true },
})
export const desktopServices = Record({
    $id: Now.ID['demo_group_desktop_services'],
    $meta: { installMethod: 'demo' },
    table: 'sys_user_group',
    data: { name: 'Desktop Services', description: 'IS&T Desktop Services (tier 1)', active: true },
})
export const systemEngineering = Record({
    $id: Now.ID['demo_group_system_engineering'],
    $meta: { installMethod: 'demo' },
    table: 'sys_user_group',
    data: { name: 'System Engineering', description: 'IS&T escalation group', active: true },
})
export const networkServices = Record({
    $id: Now.ID['demo_group_network_services'],
    $meta: { installMethod: 'demo' },
    table: 'sys_user_group',
    data: { name: 'Network Services', description: 'IS&T escalation group', active: true },
})

export const metGroup = Record({
    $id: Now.ID['demo_group_met_it'],
    $meta: { installMethod: 'demo' },
    table: 'sys_user_group',
    data: { name: 'MET IT', description: 'Metropolitan College IT queue', active: true },
})
export const ensaGroup = Record({
    $id: Now.ID['demo_group_ensa_service_desk'],
    $meta: { installMethod: 'demo' },
    table: 'sys_user_group',
    data: { name: 'ENSA – Service Desk', description: 'ESO IT queue', active: true },
})
export const smgGroup = Record({
    $id: Now.ID['demo_group_smg_its'],
    $meta: { installMethod: 'demo' },
    table: 'sys_user_group',
    data: { name: 'SMG-ITS', description: 'SMG Information Tech Services queue', active: true },
})
export const libraryGroup = Record({
    $id: Now.ID['demo_group_bumc_alumni_medical_library'],
    $meta: { installMethod: 'demo' },
    table: 'sys_user_group',
    data: { name: 'BUMC – Alumni Medical Library', description: 'Alumni Medical Library IT queue', active: true },
})
export const bumcGroup = Record({
    $id: Now.ID['demo_group_bumc_service_desk'],
    $meta: { installMethod: 'demo' },
    table: 'sys_user_group',
    data: { name: 'BUMC – Service Desk', description: 'Primary queue of the BUMC IT teams', active: true },
})

export const metDepartment = Record({
    $id: Now.ID['demo_dept_met'],
    $meta: { installMethod: 'demo' },
    table: 'cmn_department',
    data: { name: 'Metropolitan College' },
})
export const esoDepartment = Record({
    $id: Now.ID['demo_dept_eso'],
    $meta: { installMethod: 'demo' },
    table: 'cmn_department',
    data: { name: 'Enrollment & Student Operations' },
})
export const smgDepartment = Record({
    $id: Now.ID['demo_dept_smg'],
    $meta: { installMethod: 'demo' },
    table: 'cmn_department',
    data: { name: 'Questrom School of Business' },
})
export const libraryDepartment = Record({
    $id: Now.ID['demo_dept_library'],
    $meta: { installMethod: 'demo' },
    table: 'cmn_department',
    data: { name: 'Alumni Medical Library' },
})
export const medicineDepartment = Record({
    $id: Now.ID['demo_dept_medicine'],
    $meta: { installMethod: 'demo' },
    table: 'cmn_department',
    data: { name: 'School of Medicine' },
})

export const met = Record({
    $id: Now.ID['demo_partner_met'],
    $meta: { installMethod: 'demo' },
    table: 'x_bu_itpartner_partner',
    data: {
        name: 'Metropolitan College IT (MET IT)',
        support_group: metGroup,
        support_stream: 'MET IT Help Desk',
        contact: 'metit@example.edu',
        active: true,
    },
})
export const eso = Record({
    $id: Now.ID['demo_partner_eso'],
    $meta: { installMethod: 'demo' },
    table: 'x_bu_itpartner_partner',
    data: { name: 'ESO IT', support_group: ensaGroup, support_stream: 'ENSA – Service Desk', contact: 'esoit@example.edu', active: true },
})
export const smg = Record({
    $id: Now.ID['demo_partner_smg'],
    $meta: { installMethod: 'demo' },
    table: 'x_bu_itpartner_partner',
    data: {
        name: 'SMG Information Tech Services (SMG-ITS)',
        support_group: smgGroup,
        support_stream: 'SMG-ITS',
        contact: 'smgits@example.edu',
        active: true,
    },
})
export const library = Record({
    $id: Now.ID['demo_partner_library'],
    $meta: { installMethod: 'demo' },
    table: 'x_bu_itpartner_partner',
    data: {
        name: 'Alumni Medical Library',
        support_group: libraryGroup,
        support_stream: 'BUMC – Alumni Medical Library',
        contact: 'medlib@example.edu',
        active: true,
    },
})
export const bumc = Record({
    $id: Now.ID['demo_partner_bumc'],
    $meta: { installMethod: 'demo' },
    table: 'x_bu_itpartner_partner',
    data: { name: 'BUMC IT', support_group: bumcGroup, support_stream: 'BUMC – Service Desk', contact: 'bumcit@example.edu', active: true },
})

Record({
    $id: Now.ID['demo_partner_dept_met'],
    $meta: { installMethod: 'demo' },
    table: 'x_bu_itpartner_department',
    data: { department: metDepartment, partner: met, active: true },
})
Record({
    $id: Now.ID['demo_partner_dept_eso'],
    $meta: { installMethod: 'demo' },
    table: 'x_bu_itpartner_department',
    data: { department: esoDepartment, partner: eso, active: true },
})
Record({
    $id: Now.ID['demo_partner_dept_smg'],
    $meta: { installMethod: 'demo' },
    table: 'x_bu_itpartner_department',
    data: { department: smgDepartment, partner: smg, active: true },
})
Record({
    $id: Now.ID['demo_partner_dept_library'],
    $meta: { installMethod: 'demo' },
    table: 'x_bu_itpartner_department',
    data: { department: libraryDepartment, partner: library, active: true },
})
Record({
    $id: Now.ID['demo_partner_dept_medicine'],
    $meta: { installMethod: 'demo' },
    table: 'x_bu_itpartner_department',
    data: { department: medicineDepartment, partner: bumc, active: true },
})

// Specialties stay with tier 1 (the article: account issues and KACE); the rest go to the escalation groups.
Record({
    $id: Now.ID['demo_route_accounts'],
    $meta: { installMethod: 'demo' },
    table: 'x_bu_itpartner_route',
    data: {
        order: 100,
        table: 'incident',
        condition: 'short_descriptionLIKEaccount^ORshort_descriptionLIKEpassword^ORshort_descriptionLIKElogin',
        assignment_group: helpCenter,
        description: 'Account issues stay with the Service Desk (specialty)',
        active: true,
    },
})
Record({
    $id: Now.ID['demo_route_kace'],
    $meta: { installMethod: 'demo' },
    table: 'x_bu_itpartner_route',
    data: {
        order: 200,
        table: 'incident',
        condition: 'short_descriptionLIKEkace^ORdescriptionLIKEkace',
        assignment_group: desktopServices,
        description: 'KACE asset management stays with Desktop Services (specialty)',
        active: true,
    },
})
Record({
    $id: Now.ID['demo_route_network'],
    $meta: { installMethod: 'demo' },
    table: 'x_bu_itpartner_route',
    data: {
        order: 300,
        table: 'incident',
        condition: 'category=network^ORshort_descriptionLIKEwifi^ORshort_descriptionLIKEnetwork',
        assignment_group: networkServices,
        description: 'Network problems go to Network Services',
        active: true,
    },
})
Record({
    $id: Now.ID['demo_route_servers'],
    $meta: { installMethod: 'demo' },
    table: 'x_bu_itpartner_route',
    data: {
        order: 400,
        table: 'incident',
        condition: 'category=database^ORshort_descriptionLIKEserver',
        assignment_group: systemEngineering,
        description: 'Servers and databases go to System Engineering',
        active: true,
    },
})

// A MET IT technician flagged as Partner staff, and a SMG-ITS technician known by group membership.
export const metTechnician = Record({
    $id: Now.ID['demo_user_met_technician'],
    $meta: { installMethod: 'demo' },
    table: 'sys_user',
    data: { user_name: 'demo.met.technician', first_name: 'Morgan', last_name: 'Tech', department: metDepartment, active: true },
})
Record({
    $id: Now.ID['demo_red_flag_met_technician'],
    $meta: { installMethod: 'demo' },
    table: 'x_bu_itpartner_red_flag',
    data: {
        user: metTechnician,
        partner: met,
        note: 'IT Partner (MET IT). Level 1 troubleshooting is done: escalate to the right IS&T group right away.',
        active: true,
    },
})
export const smgTechnician = Record({
    $id: Now.ID['demo_user_smg_technician'],
    $meta: { installMethod: 'demo' },
    table: 'sys_user',
    data: { user_name: 'demo.smg.technician', first_name: 'Sam', last_name: 'Questrom', department: smgDepartment, active: true },
})
Record({
    $id: Now.ID['demo_member_smg_technician'],
    $meta: { installMethod: 'demo' },
    table: 'sys_user_grmember',
    data: { user: smgTechnician, group: smgGroup },
})
