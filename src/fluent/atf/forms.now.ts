import '@servicenow/sdk/global'
import { Test } from '@servicenow/sdk/core'

/**
 * About 600 lines, kept in one file: the form tests share their set-up steps and agent, and each Test() is a list of
 * steps that reads best whole.
 * Behaviours 3, 4 and 5 as an impersonated itil agent on the standard UI incident form. Each test gives its agent the
 * itil role found by name (no hard-coded sys_id) and only uses step types that exist on Xanadu, Yokohama and Zurich
 * (test/support/atf-steps.ts keeps that list with its sources):
 * - form steps (Open an Existing Record, Set Field Values, Submit a Form, Field Values Validation, UI Action
 *   Visibility, Click a UI Action): "Form category",
 *   https://www.servicenow.com/docs/r/xanadu/application-development/automated-test-framework-atf/test-steps-form-category.html
 * - server steps (Create a User, Impersonate, Record Query/Insert/Update/Validation, Run Server Side Script): "Server
 *   category", https://www.servicenow.com/docs/r/xanadu/application-development/automated-test-framework-atf/test-steps-server-category.html
 * ATF has no step that reads form messages, so the banner (an info message) and the guard's error message are checked
 * on the server: a Run Server Side Script step calls the banner's script include as the agent ("Automated Test
 * Framework use case: test a script include", same docs, atf-use-script-include.html) or reads the session's error
 * messages (gs.getErrorMessages(), "GlideSystem - Scoped"). Opening the form still runs the display rule and the
 * onLoad script in the agent's browser, and ATF fails a step on any client error ("Allowed client errors",
 * whitelisted-client-errors.html). Scoped Run Server Side Script steps cannot use Jasmine's describe, so they assert
 * with assertEqual; they find the test's records by the unique ATF0x names the test inserted.
 */

export const boomerangBlockedOnForm = Test(
    {
        $id: Now.ID['atf_boomerang_blocked_form'],
        name: 'IT Partner 05: an agent cannot send an escalation back to tier 1',
        description:
            'Behaviour 3, positive: with boomerang_policy=block, an impersonated itil agent opens a rerouted red-flag escalation, sets the tier-1 group and a new short description and saves; asserts the save went through with the escalation group put back (short description changed, group still the route group, a boomerang_blocked decision), the reopened form shows the route group, and a second move by the same agent leaves the group and adds an error message naming the Partner.',
        failOnServerError: true,
    },
    (atf) => {
        const itil = atf.server.recordQuery({
            $id: Now.ID['atf05_itil'],
            table: 'sys_user_role',
            fieldValues: 'name=itil',
        })
        const help = atf.server.recordInsert({
            $id: Now.ID['atf05_help'],
            table: 'sys_user_group',
            fieldValues: { name: 'ATF05 Help Desk', active: true },
            enforceSecurity: false,
        })
        const network = atf.server.recordInsert({
            $id: Now.ID['atf05_network'],
            table: 'sys_user_group',
            fieldValues: { name: 'ATF05 Network', active: true },
            enforceSecurity: false,
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf05_tier1'],
            table: 'sys_properties',
            recordId: Now.ref('sys_properties', 'property_tier1_groups'),
            fieldValues: { value: help.record_id },
            enforceSecurity: false,
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf05_enabled'],
            table: 'sys_properties',
            recordId: Now.ref('sys_properties', 'property_enabled'),
            fieldValues: { value: 'true' },
            enforceSecurity: false,
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf05_policy'],
            table: 'sys_properties',
            recordId: Now.ref('sys_properties', 'property_boomerang_policy'),
            fieldValues: { value: 'block' },
            enforceSecurity: false,
        })
        const caller = atf.server.createUser({
            $id: Now.ID['atf05_caller'],
            firstName: 'ATF05',
            lastName: 'Partner Tech',
            impersonate: false,
        })
        const partner = atf.server.recordInsert({
            $id: Now.ID['atf05_partner'],
            table: 'x_bu_itpartner_partner',
            fieldValues: { name: 'ATF05 Partner', support_stream: 'atf05@example.edu', active: true },
            enforceSecurity: false,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf05_flag'],
            table: 'x_bu_itpartner_red_flag',
            fieldValues: { user: caller.user, partner: partner.record_id, active: true },
            enforceSecurity: false,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf05_route'],
            table: 'x_bu_itpartner_route',
            fieldValues: {
                table: 'incident',
                order: 1,
                condition: 'short_descriptionLIKEATF05',
                assignment_group: network.record_id,
                description: 'ATF05 route',
                active: true,
            },
            enforceSecurity: false,
        })
        const incident = atf.server.recordInsert({
            $id: Now.ID['atf05_incident'],
            table: 'incident',
            fieldValues: {
                caller_id: caller.user,
                short_description: 'ATF05 VPN down',
                assignment_group: help.record_id,
            },
            enforceSecurity: false,
        })
        const agent = atf.server.createUser({
            $id: Now.ID['atf05_agent'],
            firstName: 'ATF05',
            lastName: 'Agent',
            impersonate: false,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf05_agent_itil'],
            table: 'sys_user_has_role',
            fieldValues: { user: agent.user, role: itil.first_record },
            enforceSecurity: false,
        })
        atf.server.impersonate({ $id: Now.ID['atf05_impersonate'], user: agent.user })
        atf.form.openExistingRecord({ $id: Now.ID['atf05_open'], table: 'incident', recordId: incident.record_id })
        atf.form.setFieldValue({
            $id: Now.ID['atf05_set'],
            table: 'incident',
            fieldValues: { assignment_group: help.record_id, short_description: 'ATF05 VPN down since Monday' },
        })
        atf.form.submitForm({ $id: Now.ID['atf05_submit'], assert: 'form_submitted_to_server' })
        // The guard cannot abort a save of incident from our scope: it keeps the save and puts the group back.
        atf.server.recordValidation({
            $id: Now.ID['atf05_kept'],
            table: 'incident',
            recordId: incident.record_id,
            fieldValues: `assignment_group=${network.record_id}^short_description=ATF05 VPN down since Monday`,
            enforceSecurity: false,
        })
        atf.server.recordQuery({
            $id: Now.ID['atf05_decision'],
            table: 'x_bu_itpartner_decision',
            fieldValues: `task=${incident.record_id}^outcome=boomerang_blocked`,
            assert: 'records_match_query',
        })
        atf.form.openExistingRecord({ $id: Now.ID['atf05_reopen'], table: 'incident', recordId: incident.record_id })
        atf.form.fieldValueValidation({
            $id: Now.ID['atf05_form_group'],
            table: 'incident',
            conditions: `assignment_group=${network.record_id}`,
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf05_error_message'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    function record(table, field, value) {
        var row = new GlideRecord(table);
        row.addQuery(field, value);
        row.query();
        return row.next() ? row : null;
    }
    function partnerErrors() {
        var messages = gs.getErrorMessages();
        var count = 0;
        for (var i = 0; i < messages.length; i++) {
            if (String(messages[i]).indexOf('ATF05 Partner') >= 0) count++;
        }
        return count;
    }
    var incident = record('incident', 'short_description', 'ATF05 VPN down since Monday');
    var help = record('sys_user_group', 'name', 'ATF05 Help Desk');
    var network = record('sys_user_group', 'name', 'ATF05 Network');
    assertEqual({ name: 'the test incident and groups exist', shouldbe: true, value: !!(incident && help && network) });
    var before = partnerErrors();
    incident.setValue('assignment_group', help.getUniqueValue());
    incident.update();
    var saved = record('incident', 'sys_id', incident.getUniqueValue());
    assertEqual({ name: 'assignment group after the move to tier 1', shouldbe: network.getUniqueValue(), value: saved.getValue('assignment_group') });
    assertEqual({ name: 'new error messages naming ATF05 Partner', shouldbe: before + 1, value: partnerErrors() });
    stepResult.setOutputMessage('The guard kept ATF05 Network and told the agent why.');
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
    },
)

export const plainTicketMovesOnForm = Test(
    {
        $id: Now.ID['atf_boomerang_not_escalation_form'],
        name: 'IT Partner 06: an agent may move a ticket that is not an escalation to tier 1',
        description:
            'Behaviour 3, negative: with boomerang_policy=block, an impersonated itil agent moves an incident of a caller with no escalation signal from another group to the tier-1 group; asserts the save went through and no boomerang decision exists.',
        failOnServerError: true,
    },
    (atf) => {
        const itil = atf.server.recordQuery({
            $id: Now.ID['atf06_itil'],
            table: 'sys_user_role',
            fieldValues: 'name=itil',
        })
        const help = atf.server.recordInsert({
            $id: Now.ID['atf06_help'],
            table: 'sys_user_group',
            fieldValues: { name: 'ATF06 Help Desk', active: true },
            enforceSecurity: false,
        })
        const network = atf.server.recordInsert({
            $id: Now.ID['atf06_network'],
            table: 'sys_user_group',
            fieldValues: { name: 'ATF06 Network', active: true },
            enforceSecurity: false,
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf06_tier1'],
            table: 'sys_properties',
            recordId: Now.ref('sys_properties', 'property_tier1_groups'),
            fieldValues: { value: help.record_id },
            enforceSecurity: false,
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf06_policy'],
            table: 'sys_properties',
            recordId: Now.ref('sys_properties', 'property_boomerang_policy'),
            fieldValues: { value: 'block' },
            enforceSecurity: false,
        })
        const caller = atf.server.createUser({
            $id: Now.ID['atf06_caller'],
            firstName: 'ATF06',
            lastName: 'Student',
            impersonate: false,
        })
        const incident = atf.server.recordInsert({
            $id: Now.ID['atf06_incident'],
            table: 'incident',
            fieldValues: {
                caller_id: caller.user,
                short_description: 'ATF06 password reset',
                assignment_group: network.record_id,
            },
            enforceSecurity: false,
        })
        const agent = atf.server.createUser({
            $id: Now.ID['atf06_agent'],
            firstName: 'ATF06',
            lastName: 'Agent',
            impersonate: false,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf06_agent_itil'],
            table: 'sys_user_has_role',
            fieldValues: { user: agent.user, role: itil.first_record },
            enforceSecurity: false,
        })
        atf.server.impersonate({ $id: Now.ID['atf06_impersonate'], user: agent.user })
        atf.form.openExistingRecord({ $id: Now.ID['atf06_open'], table: 'incident', recordId: incident.record_id })
        atf.form.setFieldValue({
            $id: Now.ID['atf06_set'],
            table: 'incident',
            fieldValues: { assignment_group: help.record_id },
        })
        atf.form.submitForm({ $id: Now.ID['atf06_submit'], assert: 'form_submitted_to_server' })
        atf.server.recordValidation({
            $id: Now.ID['atf06_moved'],
            table: 'incident',
            recordId: incident.record_id,
            fieldValues: `assignment_group=${help.record_id}`,
            enforceSecurity: false,
        })
        atf.server.recordQuery({
            $id: Now.ID['atf06_no_decision'],
            table: 'x_bu_itpartner_decision',
            fieldValues: `task=${incident.record_id}`,
            assert: 'no_records_match_query',
        })
    },
)

export const bannerShownForEscalation = Test(
    {
        $id: Now.ID['atf_banner_shown'],
        name: 'IT Partner 07: the agent sees the IT Partner banner on an escalation',
        description:
            "Behaviour 4, positive: an impersonated itil agent opens the incident of a red-flagged caller (display rule and banner script run without a client error); asserts the banner service answers the agent with an escalation by the caller's Partner, signal red_flag, and the red-flag note.",
        failOnServerError: true,
    },
    (atf) => {
        const itil = atf.server.recordQuery({
            $id: Now.ID['atf07_itil'],
            table: 'sys_user_role',
            fieldValues: 'name=itil',
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf07_enabled'],
            table: 'sys_properties',
            recordId: Now.ref('sys_properties', 'property_enabled'),
            fieldValues: { value: 'true' },
            enforceSecurity: false,
        })
        const caller = atf.server.createUser({
            $id: Now.ID['atf07_caller'],
            firstName: 'ATF07',
            lastName: 'Partner Tech',
            impersonate: false,
        })
        const partner = atf.server.recordInsert({
            $id: Now.ID['atf07_partner'],
            table: 'x_bu_itpartner_partner',
            fieldValues: { name: 'ATF07 Partner', support_stream: 'atf07@example.edu', active: true },
            enforceSecurity: false,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf07_flag'],
            table: 'x_bu_itpartner_red_flag',
            fieldValues: {
                user: caller.user,
                partner: partner.record_id,
                note: 'ATF07-NOTE call the lab first',
                active: true,
            },
            enforceSecurity: false,
        })
        const incident = atf.server.recordInsert({
            $id: Now.ID['atf07_incident'],
            table: 'incident',
            fieldValues: { caller_id: caller.user, short_description: 'ATF07 lab server down' },
            enforceSecurity: false,
        })
        const agent = atf.server.createUser({
            $id: Now.ID['atf07_agent'],
            firstName: 'ATF07',
            lastName: 'Agent',
            impersonate: false,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf07_agent_itil'],
            table: 'sys_user_has_role',
            fieldValues: { user: agent.user, role: itil.first_record },
            enforceSecurity: false,
        })
        atf.server.impersonate({ $id: Now.ID['atf07_impersonate'], user: agent.user })
        atf.form.openExistingRecord({ $id: Now.ID['atf07_open'], table: 'incident', recordId: incident.record_id })
        atf.form.fieldValueValidation({
            $id: Now.ID['atf07_form_caller'],
            table: 'incident',
            conditions: `caller_id=${caller.user}`,
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf07_banner'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var incident = new GlideRecord('incident');
    incident.addQuery('short_description', 'ATF07 lab server down');
    incident.query();
    assertEqual({ name: 'the test incident exists', shouldbe: true, value: incident.next() });
    var request = {
        sysparm_caller: incident.getValue('caller_id'),
        sysparm_opener: incident.getValue('opened_by'),
        sysparm_ticket: incident.getUniqueValue()
    };
    var ajax = new x_bu_itpartner.ITPartnerBannerAjax();
    ajax.getParameter = function (name) {
        return request[name];
    };
    var answer = ajax.getBanner();
    var banner = answer ? JSON.parse(answer) : {};
    assertEqual({ name: 'banner kind', shouldbe: 'escalation', value: banner.kind });
    assertEqual({ name: 'banner Partner', shouldbe: 'ATF07 Partner', value: banner.partner });
    assertEqual({ name: 'banner signal', shouldbe: 'red_flag', value: banner.signal });
    assertEqual({ name: 'banner note', shouldbe: 'ATF07-NOTE call the lab first', value: banner.note });
    stepResult.setOutputMessage('Banner for the agent: ' + answer);
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
    },
)

export const noBannerForPlainCaller = Test(
    {
        $id: Now.ID['atf_banner_not_shown'],
        name: 'IT Partner 08: no IT Partner banner for a caller with no Partner connection',
        description:
            'Behaviour 4, negative: an impersonated itil agent opens the incident of a caller with no red flag, no Partner group and no Partner department (the form loads without a client error); asserts the banner service answers the agent with no banner.',
        failOnServerError: true,
    },
    (atf) => {
        const itil = atf.server.recordQuery({
            $id: Now.ID['atf08_itil'],
            table: 'sys_user_role',
            fieldValues: 'name=itil',
        })
        const caller = atf.server.createUser({
            $id: Now.ID['atf08_caller'],
            firstName: 'ATF08',
            lastName: 'Student',
            impersonate: false,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf08_partner'],
            table: 'x_bu_itpartner_partner',
            fieldValues: { name: 'ATF08 Partner', support_stream: 'atf08@example.edu', active: true },
            enforceSecurity: false,
        })
        const incident = atf.server.recordInsert({
            $id: Now.ID['atf08_incident'],
            table: 'incident',
            fieldValues: { caller_id: caller.user, short_description: 'ATF08 printer jam' },
            enforceSecurity: false,
        })
        const agent = atf.server.createUser({
            $id: Now.ID['atf08_agent'],
            firstName: 'ATF08',
            lastName: 'Agent',
            impersonate: false,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf08_agent_itil'],
            table: 'sys_user_has_role',
            fieldValues: { user: agent.user, role: itil.first_record },
            enforceSecurity: false,
        })
        atf.server.impersonate({ $id: Now.ID['atf08_impersonate'], user: agent.user })
        atf.form.openExistingRecord({ $id: Now.ID['atf08_open'], table: 'incident', recordId: incident.record_id })
        atf.form.fieldValueValidation({
            $id: Now.ID['atf08_form_caller'],
            table: 'incident',
            conditions: `caller_id=${caller.user}`,
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf08_no_banner'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var incident = new GlideRecord('incident');
    incident.addQuery('short_description', 'ATF08 printer jam');
    incident.query();
    assertEqual({ name: 'the test incident exists', shouldbe: true, value: incident.next() });
    var request = {
        sysparm_caller: incident.getValue('caller_id'),
        sysparm_opener: incident.getValue('opened_by'),
        sysparm_ticket: incident.getUniqueValue()
    };
    var ajax = new x_bu_itpartner.ITPartnerBannerAjax();
    ajax.getParameter = function (name) {
        return request[name];
    };
    assertEqual({ name: 'banner answer', shouldbe: '', value: String(ajax.getBanner() || '') });
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
    },
)

export const sendToPartnerVisible = Test(
    {
        $id: Now.ID['atf_send_to_partner_visible'],
        name: 'IT Partner 09: Send to IT Partner is offered for a department client of a Partner with a group',
        description:
            "Behaviour 5, positive: the caller belongs to a Partner department whose Partner has a support group; an impersonated itil agent opens the incident, sees the Send to IT Partner form button and clicks it; asserts the ticket moved to the Partner's group with a sent_to_partner decision.",
        failOnServerError: true,
    },
    (atf) => {
        const itil = atf.server.recordQuery({
            $id: Now.ID['atf09_itil'],
            table: 'sys_user_role',
            fieldValues: 'name=itil',
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf09_policy'],
            table: 'sys_properties',
            recordId: Now.ref('sys_properties', 'property_department_policy'),
            fieldValues: { value: 'review' },
            enforceSecurity: false,
        })
        const queue = atf.server.recordInsert({
            $id: Now.ID['atf09_queue'],
            table: 'sys_user_group',
            fieldValues: { name: 'ATF09 Partner Queue', active: true },
            enforceSecurity: false,
        })
        const department = atf.server.recordInsert({
            $id: Now.ID['atf09_department'],
            table: 'cmn_department',
            fieldValues: { name: 'ATF09 School' },
            enforceSecurity: false,
        })
        const partner = atf.server.recordInsert({
            $id: Now.ID['atf09_partner'],
            table: 'x_bu_itpartner_partner',
            fieldValues: { name: 'ATF09 Partner', support_group: queue.record_id, active: true },
            enforceSecurity: false,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf09_partner_department'],
            table: 'x_bu_itpartner_department',
            fieldValues: { department: department.record_id, partner: partner.record_id, active: true },
            enforceSecurity: false,
        })
        const caller = atf.server.createUser({
            $id: Now.ID['atf09_caller'],
            firstName: 'ATF09',
            lastName: 'Client',
            fieldValues: { department: department.record_id },
            impersonate: false,
        })
        const incident = atf.server.recordInsert({
            $id: Now.ID['atf09_incident'],
            table: 'incident',
            fieldValues: { caller_id: caller.user, short_description: 'ATF09 cannot print' },
            enforceSecurity: false,
        })
        const agent = atf.server.createUser({
            $id: Now.ID['atf09_agent'],
            firstName: 'ATF09',
            lastName: 'Agent',
            impersonate: false,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf09_agent_itil'],
            table: 'sys_user_has_role',
            fieldValues: { user: agent.user, role: itil.first_record },
            enforceSecurity: false,
        })
        atf.server.impersonate({ $id: Now.ID['atf09_impersonate'], user: agent.user })
        atf.form.openExistingRecord({ $id: Now.ID['atf09_open'], table: 'incident', recordId: incident.record_id })
        atf.form.uiActionVisibility({
            $id: Now.ID['atf09_button'],
            table: 'incident',
            visible: [Now.ref('sys_ui_action', 'ua_send_to_partner')],
        })
        atf.form.clickUIAction({
            $id: Now.ID['atf09_click'],
            table: 'incident',
            uiAction: Now.ref('sys_ui_action', 'ua_send_to_partner'),
            assert: 'form_submitted_to_server',
        })
        atf.server.recordValidation({
            $id: Now.ID['atf09_moved'],
            table: 'incident',
            recordId: incident.record_id,
            fieldValues: `assignment_group=${queue.record_id}`,
            enforceSecurity: false,
        })
        atf.server.recordQuery({
            $id: Now.ID['atf09_decision'],
            table: 'x_bu_itpartner_decision',
            fieldValues: `task=${incident.record_id}^outcome=sent_to_partner`,
            assert: 'records_match_query',
        })
    },
)

export const sendToPartnerHidden = Test(
    {
        $id: Now.ID['atf_send_to_partner_hidden'],
        name: 'IT Partner 10: no Send to IT Partner for a Partner without a support group',
        description:
            'Behaviour 5, negative: the caller belongs to a Partner department whose Partner has only a support stream; an impersonated itil agent opens the incident and the Send to IT Partner form button is not visible.',
        failOnServerError: true,
    },
    (atf) => {
        const itil = atf.server.recordQuery({
            $id: Now.ID['atf10_itil'],
            table: 'sys_user_role',
            fieldValues: 'name=itil',
        })
        const department = atf.server.recordInsert({
            $id: Now.ID['atf10_department'],
            table: 'cmn_department',
            fieldValues: { name: 'ATF10 School' },
            enforceSecurity: false,
        })
        const partner = atf.server.recordInsert({
            $id: Now.ID['atf10_partner'],
            table: 'x_bu_itpartner_partner',
            fieldValues: { name: 'ATF10 Partner', support_stream: 'atf10@example.edu', active: true },
            enforceSecurity: false,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf10_partner_department'],
            table: 'x_bu_itpartner_department',
            fieldValues: { department: department.record_id, partner: partner.record_id, active: true },
            enforceSecurity: false,
        })
        const caller = atf.server.createUser({
            $id: Now.ID['atf10_caller'],
            firstName: 'ATF10',
            lastName: 'Client',
            fieldValues: { department: department.record_id },
            impersonate: false,
        })
        const incident = atf.server.recordInsert({
            $id: Now.ID['atf10_incident'],
            table: 'incident',
            fieldValues: { caller_id: caller.user, short_description: 'ATF10 cannot print' },
            enforceSecurity: false,
        })
        const agent = atf.server.createUser({
            $id: Now.ID['atf10_agent'],
            firstName: 'ATF10',
            lastName: 'Agent',
            impersonate: false,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf10_agent_itil'],
            table: 'sys_user_has_role',
            fieldValues: { user: agent.user, role: itil.first_record },
            enforceSecurity: false,
        })
        atf.server.impersonate({ $id: Now.ID['atf10_impersonate'], user: agent.user })
        atf.form.openExistingRecord({ $id: Now.ID['atf10_open'], table: 'incident', recordId: incident.record_id })
        atf.form.uiActionVisibility({
            $id: Now.ID['atf10_no_button'],
            table: 'incident',
            notVisible: [Now.ref('sys_ui_action', 'ua_send_to_partner')],
        })
    },
)
