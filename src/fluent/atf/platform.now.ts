import '@servicenow/sdk/global'
import { Record, Test } from '@servicenow/sdk/core'
import { suite } from './suite.now'

/**
 * What an install must prove on the target instance beyond Behaviours 1-6. Steps from the allowed list
 * (test/support/atf-steps.ts). ATF has no form step that reads the activity stream, so the journal is read on the
 * server: "GlideElement - Scoped", getJournalEntry(Number mostRecent) (Xanadu to Zurich) returns the newest entry.
 */
export const agentNoteKept = Test(
    {
        $id: Now.ID['atf_agent_note_kept'],
        name: "IT Partner 19: the agent's work note is kept beside the app's note",
        description:
            "An impersonated itil agent opens a new incident form, enters a red-flagged caller, a short description and a work note, and submits; the routing rule reroutes it and adds its note. Asserts the group is the route's group and the newest work_notes journal entry holds the agent's text first, then the app's note naming the Partner.",
        failOnServerError: true,
    },
    (atf) => {
        const itil = atf.server.recordQuery({ $id: Now.ID['atf19_itil'], table: 'sys_user_role', fieldValues: 'name=itil' })
        const network = atf.server.recordInsert({
            $id: Now.ID['atf19_network'],
            table: 'sys_user_group',
            fieldValues: { name: 'ATF19 Network', active: true },
            enforceSecurity: false,
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf19_enabled'],
            table: 'sys_properties',
            recordId: Now.ref('sys_properties', 'property_enabled'),
            fieldValues: { value: 'true' },
            enforceSecurity: false,
        })
        const caller = atf.server.createUser({ $id: Now.ID['atf19_caller'], firstName: 'ATF19', lastName: 'Partner Tech', impersonate: false })
        const partner = atf.server.recordInsert({
            $id: Now.ID['atf19_partner'],
            table: 'x_bu_itpartner_partner',
            fieldValues: { name: 'ATF19 Partner', support_stream: 'atf19@example.edu', active: true },
            enforceSecurity: false,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf19_flag'],
            table: 'x_bu_itpartner_red_flag',
            fieldValues: { user: caller.user, partner: partner.record_id, active: true },
            enforceSecurity: false,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf19_route'],
            table: 'x_bu_itpartner_route',
            fieldValues: {
                table: 'incident',
                order: 1,
                condition: 'short_descriptionLIKEATF19',
                assignment_group: network.record_id,
                description: 'ATF19 route',
                active: true,
            },
            enforceSecurity: false,
        })
        const agent = atf.server.createUser({ $id: Now.ID['atf19_agent'], firstName: 'ATF19', lastName: 'Agent', impersonate: false })
        atf.server.recordInsert({
            $id: Now.ID['atf19_agent_itil'],
            table: 'sys_user_has_role',
            fieldValues: { user: agent.user, role: itil.first_record },
            enforceSecurity: false,
        })
        atf.server.impersonate({ $id: Now.ID['atf19_impersonate'], user: agent.user })
        atf.form.openNewForm({ $id: Now.ID['atf19_open'], table: 'incident' })
        atf.form.setFieldValue({
            $id: Now.ID['atf19_set'],
            table: 'incident',
            fieldValues: { caller_id: caller.user, short_description: 'ATF19 VPN down', work_notes: 'ATF19-AGENT checked the VPN client' },
        })
        atf.form.submitForm({ $id: Now.ID['atf19_submit'], assert: 'form_submitted_to_server' })
        atf.server.runServerSideScript({
            $id: Now.ID['atf19_journal'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var incident = new GlideRecord('incident');
    incident.addQuery('short_description', 'ATF19 VPN down');
    incident.query();
    assertEqual({ name: 'the incident the agent submitted exists', shouldbe: true, value: incident.next() });
    var group = new GlideRecord('sys_user_group');
    group.addQuery('name', 'ATF19 Network');
    group.query();
    assertEqual({ name: 'the route group exists', shouldbe: true, value: group.next() });
    assertEqual({ name: 'assignment group', shouldbe: group.getUniqueValue(), value: incident.getValue('assignment_group') });
    var entry = String(incident.work_notes.getJournalEntry(1));
    var agentAt = entry.indexOf('ATF19-AGENT checked the VPN client');
    var appAt = entry.indexOf('ATF19 Partner');
    assertEqual({ name: "the agent's text is in the newest work note", shouldbe: true, value: agentAt >= 0 });
    assertEqual({ name: "the app's note (naming ATF19 Partner) is in the same entry, after it", shouldbe: true, value: appAt > agentAt });
    stepResult.setOutputMessage("One work note: the agent's text, then the app's.");
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
    },
)

/**
 * The Workspace button. Form steps can pick a workspace as their Form UI ("Form category", Xanadu to Zurich: "Apart
 * from the Standard UI, you have other workspace selections available"), but which workspaces exist depends on the
 * instance's plugins, so this test checks what makes the button show in Configurable Workspace: the UI action's
 * workspace fields (`now-sdk explain ui-action-guide`, "Workspace Compatibility": form_button_v2 and
 * format_for_configurable_workspace), with a Record Validation step ("Server category").
 */
export const workspaceButtonConfigured = Test(
    {
        $id: Now.ID['atf_workspace_button'],
        name: 'IT Partner 20: Send to IT Partner is set up as a Configurable Workspace form button',
        description:
            'Asserts the installed UI action Send to IT Partner is active, on incident, a form button, and has the Configurable Workspace fields (form_button_v2, format_for_configurable_workspace) that Service Operations Workspace needs to show it, and that no other active copy of the action lacks them.',
        failOnServerError: true,
    },
    (atf) => {
        atf.server.recordValidation({
            $id: Now.ID['atf20_workspace_fields'],
            table: 'sys_ui_action',
            recordId: Now.ref('sys_ui_action', 'ua_send_to_partner'),
            fieldValues: 'active=true^table=incident^form_button=true^form_button_v2=true^format_for_configurable_workspace=true',
            enforceSecurity: false,
        })
        // No other active copy of the action (same action name) lacks the workspace fields.
        atf.server.recordQuery({
            $id: Now.ID['atf20_no_core_only_copy'],
            table: 'sys_ui_action',
            fieldValues: 'action_name=x_bu_itpartner_send_to_partner^active=true^format_for_configurable_workspace=false',
            assert: 'no_records_match_query',
        })
    },
)

Record({
    $id: Now.ID['atf_suite_19'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: suite, test: agentNoteKept, order: 1900 },
})
Record({
    $id: Now.ID['atf_suite_20'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: suite, test: workspaceButtonConfigured, order: 2000 },
})
