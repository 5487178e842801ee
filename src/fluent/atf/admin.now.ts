import '@servicenow/sdk/global'
import { Test } from '@servicenow/sdk/core'

/** Admin-table validation and the ACLs, each with its own data. */

export const duplicateDepartmentBlocked = Test(
    {
        $id: Now.ID['atf_admin_department_duplicate'],
        name: 'IT Partner 13: a second active Partner department row for a department is refused',
        description:
            'Validation, positive: inserts an active Partner department row, then a second active row for the same cmn_department with another Partner, and asserts the second insert is aborted by the validation rule.',
        failOnServerError: true,
    },
    (atf) => {
        const department = atf.server.recordInsert({
            $id: Now.ID['atf13_department'],
            table: 'cmn_department',
            fieldValues: { name: 'ATF13 School' },
            enforceSecurity: false,
        })
        const first = atf.server.recordInsert({
            $id: Now.ID['atf13_partner_a'],
            table: 'x_bu_itpartner_partner',
            fieldValues: { name: 'ATF13 Partner A', support_stream: 'a@example.edu', active: true },
            enforceSecurity: false,
        })
        const second = atf.server.recordInsert({
            $id: Now.ID['atf13_partner_b'],
            table: 'x_bu_itpartner_partner',
            fieldValues: { name: 'ATF13 Partner B', support_stream: 'b@example.edu', active: true },
            enforceSecurity: false,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf13_row_a'],
            table: 'x_bu_itpartner_department',
            fieldValues: { department: department.record_id, partner: first.record_id, active: true },
            enforceSecurity: false,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf13_row_b'],
            table: 'x_bu_itpartner_department',
            fieldValues: { department: department.record_id, partner: second.record_id, active: true },
            assert: 'record_not_inserted',
            enforceSecurity: false,
        })
    },
)

export const inactiveDuplicateAllowed = Test(
    {
        $id: Now.ID['atf_admin_department_inactive_ok'],
        name: 'IT Partner 14: an inactive second row for a department is accepted',
        description:
            'Validation, negative: with an active Partner department row in place, inserts an inactive row for the same department and asserts it is saved.',
        failOnServerError: true,
    },
    (atf) => {
        const department = atf.server.recordInsert({
            $id: Now.ID['atf14_department'],
            table: 'cmn_department',
            fieldValues: { name: 'ATF14 School' },
            enforceSecurity: false,
        })
        const partner = atf.server.recordInsert({
            $id: Now.ID['atf14_partner'],
            table: 'x_bu_itpartner_partner',
            fieldValues: { name: 'ATF14 Partner', support_stream: 'p@example.edu', active: true },
            enforceSecurity: false,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf14_row_a'],
            table: 'x_bu_itpartner_department',
            fieldValues: { department: department.record_id, partner: partner.record_id, active: true },
            enforceSecurity: false,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf14_row_b'],
            table: 'x_bu_itpartner_department',
            fieldValues: { department: department.record_id, partner: partner.record_id, active: false },
            assert: 'record_successfully_inserted',
            enforceSecurity: false,
        })
    },
)

export const badRoutesBlocked = Test(
    {
        $id: Now.ID['atf_admin_route_invalid'],
        name: 'IT Partner 15: routes to an inactive group or with an unknown condition field are refused',
        description:
            'Validation, positive: asserts an active route to an inactive group, and a route whose condition names a field incident does not have (u_atf15_nope), are both not inserted; a duplicate active red flag for one user is refused too.',
        failOnServerError: true,
    },
    (atf) => {
        const old = atf.server.recordInsert({
            $id: Now.ID['atf15_old_group'],
            table: 'sys_user_group',
            fieldValues: { name: 'ATF15 Old Group', active: false },
            enforceSecurity: false,
        })
        const live = atf.server.recordInsert({
            $id: Now.ID['atf15_live_group'],
            table: 'sys_user_group',
            fieldValues: { name: 'ATF15 Live Group', active: true },
            enforceSecurity: false,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf15_inactive_route'],
            table: 'x_bu_itpartner_route',
            fieldValues: {
                table: 'incident',
                order: 1,
                condition: '',
                assignment_group: old.record_id,
                description: 'ATF15 inactive',
                active: true,
            },
            assert: 'record_not_inserted',
            enforceSecurity: false,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf15_bad_field_route'],
            table: 'x_bu_itpartner_route',
            fieldValues: {
                table: 'incident',
                order: 1,
                condition: 'u_atf15_nope=1',
                assignment_group: live.record_id,
                description: 'ATF15 bad field',
                active: true,
            },
            assert: 'record_not_inserted',
            enforceSecurity: false,
        })
        const user = atf.server.createUser({
            $id: Now.ID['atf15_user'],
            firstName: 'ATF15',
            lastName: 'Tech',
            impersonate: false,
        })
        const partner = atf.server.recordInsert({
            $id: Now.ID['atf15_partner'],
            table: 'x_bu_itpartner_partner',
            fieldValues: { name: 'ATF15 Partner', support_stream: 'p@example.edu', active: true },
            enforceSecurity: false,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf15_flag_a'],
            table: 'x_bu_itpartner_red_flag',
            fieldValues: { user: user.user, partner: partner.record_id, active: true },
            enforceSecurity: false,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf15_flag_b'],
            table: 'x_bu_itpartner_red_flag',
            fieldValues: { user: user.user, partner: partner.record_id, active: true },
            assert: 'record_not_inserted',
            enforceSecurity: false,
        })
    },
)

export const goodRouteSaved = Test(
    {
        $id: Now.ID['atf_admin_route_valid'],
        name: 'IT Partner 16: a route to an active group with a valid dot-walked condition is saved',
        description:
            'Validation, negative: inserts an active route to an active group whose condition is category=network^ORcaller_id.vip=true and asserts it is saved; a Partner with neither group nor stream is saved too (warning only).',
        failOnServerError: true,
    },
    (atf) => {
        const live = atf.server.recordInsert({
            $id: Now.ID['atf16_group'],
            table: 'sys_user_group',
            fieldValues: { name: 'ATF16 Network', active: true },
            enforceSecurity: false,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf16_route'],
            table: 'x_bu_itpartner_route',
            fieldValues: {
                table: 'incident',
                order: 1,
                condition: 'category=network^ORcaller_id.vip=true',
                assignment_group: live.record_id,
                description: 'ATF16 route',
                active: true,
            },
            assert: 'record_successfully_inserted',
            enforceSecurity: false,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf16_partner'],
            table: 'x_bu_itpartner_partner',
            fieldValues: { name: 'ATF16 Partner without queue', active: true },
            assert: 'record_successfully_inserted',
            enforceSecurity: false,
        })
    },
)

export const itilReadsButCannotChange = Test(
    {
        $id: Now.ID['atf_acl_itil_read_only'],
        name: 'IT Partner 17: an itil agent reads Partners but cannot create Partners or decision rows',
        description:
            'ACLs, negative side for agents: impersonates an itil-only user; asserts a Partner is readable (record validation with security), while inserting a Partner and a routing decision with security enforced both fail.',
        failOnServerError: true,
    },
    (atf) => {
        const itil = atf.server.recordQuery({
            $id: Now.ID['atf17_itil'],
            table: 'sys_user_role',
            fieldValues: 'name=itil',
        })
        const partner = atf.server.recordInsert({
            $id: Now.ID['atf17_partner'],
            table: 'x_bu_itpartner_partner',
            fieldValues: { name: 'ATF17 Partner', support_stream: 'p@example.edu', active: true },
            enforceSecurity: false,
        })
        const agent = atf.server.createUser({
            $id: Now.ID['atf17_agent'],
            firstName: 'ATF17',
            lastName: 'Agent',
            impersonate: false,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf17_agent_itil'],
            table: 'sys_user_has_role',
            fieldValues: { user: agent.user, role: itil.first_record },
            enforceSecurity: false,
        })
        atf.server.impersonate({ $id: Now.ID['atf17_impersonate'], user: agent.user })
        atf.server.recordValidation({
            $id: Now.ID['atf17_read'],
            table: 'x_bu_itpartner_partner',
            recordId: partner.record_id,
            fieldValues: 'name=ATF17 Partner',
            enforceSecurity: true,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf17_no_partner'],
            table: 'x_bu_itpartner_partner',
            fieldValues: { name: 'ATF17 Sneaky', active: true },
            assert: 'record_not_inserted',
            enforceSecurity: true,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf17_no_decision'],
            table: 'x_bu_itpartner_decision',
            fieldValues: { outcome: 'rerouted', reason: 'ATF17 forged' },
            assert: 'record_not_inserted',
            enforceSecurity: true,
        })
    },
)

export const appAdminMaintainsData = Test(
    {
        $id: Now.ID['atf_acl_app_admin_writes'],
        name: 'IT Partner 18: the app admin creates Partners but not decision rows',
        description:
            'ACLs, positive side for admins: impersonates a user holding only x_bu_itpartner.admin; asserts inserting a Partner with security enforced succeeds and inserting a routing decision still fails (the log is written only by the app).',
        failOnServerError: true,
    },
    (atf) => {
        const role = atf.server.recordQuery({
            $id: Now.ID['atf18_role'],
            table: 'sys_user_role',
            fieldValues: 'name=x_bu_itpartner.admin',
        })
        const admin = atf.server.createUser({
            $id: Now.ID['atf18_admin'],
            firstName: 'ATF18',
            lastName: 'App Admin',
            impersonate: false,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf18_admin_role'],
            table: 'sys_user_has_role',
            fieldValues: { user: admin.user, role: role.first_record },
            enforceSecurity: false,
        })
        atf.server.impersonate({ $id: Now.ID['atf18_impersonate'], user: admin.user })
        atf.server.recordInsert({
            $id: Now.ID['atf18_partner'],
            table: 'x_bu_itpartner_partner',
            fieldValues: { name: 'ATF18 Partner', support_stream: 'p@example.edu', active: true },
            assert: 'record_successfully_inserted',
            enforceSecurity: true,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf18_no_decision'],
            table: 'x_bu_itpartner_decision',
            fieldValues: { outcome: 'rerouted', reason: 'ATF18 forged' },
            assert: 'record_not_inserted',
            enforceSecurity: true,
        })
    },
)
