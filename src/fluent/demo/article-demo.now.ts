import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'

// Demo data from the knowledge article "Working with IT Partners"; installs only with "Load demo data" (npm run
// deploy:demo, a personal developer instance only). Every group, department, Partner and route says "(demo)", so that
// none can be taken for a real one, nor match a real one by name: the group properties and the imports look groups,
// departments and Partners up by name. The tier-1 groups property keeps its contract default (the real groups' names);
// on a demo instance an admin sets it to the demo's tier-1 groups (README, "Install").

export const helpCenter = Record({
    $id: Now.ID['demo_group_it_help_center'],
    $meta: { installMethod: 'demo' },
    table: 'sys_user_group',
    data: { name: 'IT Help Center (demo)', description: 'IS&T Service Desk (tier 1)', active: true },
})
export const desktopServices = Record({
    $id: Now.ID['demo_group_desktop_services'],
    $meta: { installMethod: 'demo' },
    table: 'sys_user_group',
    data: { name: 'Desktop Services (demo)', description: 'IS&T Desktop Services (tier 1)', active: true },
})
export const systemEngineering = Record({
    $id: Now.ID['demo_group_system_engineering'],
    $meta: { installMethod: 'demo' },
    table: 'sys_user_group',
    data: { name: 'System Engineering (demo)', description: 'IS&T escalation group', active: true },
})
export const networkServices = Record({
    $id: Now.ID['demo_group_network_services'],
    $meta: { installMethod: 'demo' },
    table: 'sys_user_group',
    data: { name: 'Network Services (demo)', description: 'IS&T escalation group', active: true },
})

export const metGroup = Record({
    $id: Now.ID['demo_group_met_it'],
    $meta: { installMethod: 'demo' },
    table: 'sys_user_group',
    data: { name: 'MET IT (demo)', description: 'Metropolitan College IT queue', active: true },
})
export const ensaGroup = Record({
    $id: Now.ID['demo_group_ensa_service_desk'],
    $meta: { installMethod: 'demo' },
    table: 'sys_user_group',
    data: { name: 'ENSA – Service Desk (demo)', description: 'ESO IT queue', active: true },
})
export const smgGroup = Record({
    $id: Now.ID['demo_group_smg_its'],
    $meta: { installMethod: 'demo' },
    table: 'sys_user_group',
    data: { name: 'SMG-ITS (demo)', description: 'SMG Information Tech Services queue', active: true },
})
export const libraryGroup = Record({
    $id: Now.ID['demo_group_bumc_alumni_medical_library'],
    $meta: { installMethod: 'demo' },
    table: 'sys_user_group',
    data: { name: 'BUMC – Alumni Medical Library (demo)', description: 'Alumni Medical Library IT queue', active: true },
})
export const bumcGroup = Record({
    $id: Now.ID['demo_group_bumc_service_desk'],
    $meta: { installMethod: 'demo' },
    table: 'sys_user_group',
    data: { name: 'BUMC – Service Desk (demo)', description: 'Primary queue of the BUMC IT teams', active: true },
})

export const metDepartment = Record({
    $id: Now.ID['demo_dept_met'],
    $meta: { installMethod: 'demo' },
    table: 'cmn_department',
    data: { name: 'Metropolitan College (demo)' },
})
export const esoDepartment = Record({
    $id: Now.ID['demo_dept_eso'],
    $meta: { installMethod: 'demo' },
    table: 'cmn_department',
    data: { name: 'Enrollment & Student Operations (demo)' },
})
export const smgDepartment = Record({
    $id: Now.ID['demo_dept_smg'],
    $meta: { installMethod: 'demo' },
    table: 'cmn_department',
    data: { name: 'Questrom School of Business (demo)' },
})
export const libraryDepartment = Record({
    $id: Now.ID['demo_dept_library'],
    $meta: { installMethod: 'demo' },
    table: 'cmn_department',
    data: { name: 'Alumni Medical Library (demo)' },
})
export const medicineDepartment = Record({
    $id: Now.ID['demo_dept_medicine'],
    $meta: { installMethod: 'demo' },
    table: 'cmn_department',
    data: { name: 'School of Medicine (demo)' },
})

export const met = Record({
    $id: Now.ID['demo_partner_met'],
    $meta: { installMethod: 'demo' },
    table: 'x_bu_itpartner_partner',
    data: {
        name: 'Metropolitan College IT (MET IT) (demo)',
        support_group: metGroup,
        support_stream: 'MET IT Help Desk (demo)',
        contact: 'metit@example.edu',
        active: true,
    },
})
export const eso = Record({
    $id: Now.ID['demo_partner_eso'],
    $meta: { installMethod: 'demo' },
    table: 'x_bu_itpartner_partner',
    data: { name: 'ESO IT (demo)', support_group: ensaGroup, support_stream: 'ENSA – Service Desk (demo)', contact: 'esoit@example.edu', active: true },
})
export const smg = Record({
    $id: Now.ID['demo_partner_smg'],
    $meta: { installMethod: 'demo' },
    table: 'x_bu_itpartner_partner',
    data: {
        name: 'SMG Information Tech Services (SMG-ITS) (demo)',
        support_group: smgGroup,
        support_stream: 'SMG-ITS (demo)',
        contact: 'smgits@example.edu',
        active: true,
    },
})
export const library = Record({
    $id: Now.ID['demo_partner_library'],
    $meta: { installMethod: 'demo' },
    table: 'x_bu_itpartner_partner',
    data: {
        name: 'Alumni Medical Library (demo)',
        support_group: libraryGroup,
        support_stream: 'BUMC – Alumni Medical Library (demo)',
        contact: 'medlib@example.edu',
        active: true,
    },
})
export const bumc = Record({
    $id: Now.ID['demo_partner_bumc'],
    $meta: { installMethod: 'demo' },
    table: 'x_bu_itpartner_partner',
    data: { name: 'BUMC IT (demo)', support_group: bumcGroup, support_stream: 'BUMC – Service Desk (demo)', contact: 'bumcit@example.edu', active: true },
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
        description: 'Account issues stay with the Service Desk, a specialty (demo)',
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
        description: 'KACE asset management stays with Desktop Services, a specialty (demo)',
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
        description: 'Network problems go to Network Services (demo)',
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
        description: 'Servers and databases go to System Engineering (demo)',
        active: true,
    },
})

// A MET IT technician flagged as Partner staff, and a SMG-ITS technician known by group membership.
export const metTechnician = Record({
    $id: Now.ID['demo_user_met_technician'],
    $meta: { installMethod: 'demo' },
    table: 'sys_user',
    data: { user_name: 'demo.met.technician', first_name: 'Morgan', last_name: 'Tech (demo)', department: metDepartment, active: true },
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
    data: { user_name: 'demo.smg.technician', first_name: 'Sam', last_name: 'Questrom (demo)', department: smgDepartment, active: true },
})
Record({
    $id: Now.ID['demo_member_smg_technician'],
    $meta: { installMethod: 'demo' },
    table: 'sys_user_grmember',
    data: { user: smgTechnician, group: smgGroup },
})
