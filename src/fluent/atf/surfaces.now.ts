import '@servicenow/sdk/global'
import { Test } from '@servicenow/sdk/core'

/**
 * The surfaces that read the stamp, on the server (Xanadu can run these: Record Query, Record
 * Update, Record Validation and Run Server Side Script are in its Server category). The field style and the
 * Workspace highlighted value render in the browser only; test/artifacts/surfaces.test.ts checks their records.
 * Same set-up as stamp.now.ts: own groups, users, Partner, red flag and route; ATF rolls them back.
 * test/artifacts/atf-surfaces.test.ts checks that the queries below are the shipped module's and reports' filters,
 * and runs these tests' steps on the embedded instance.
 */

// The queries spell the filters out: the ATF plugin takes only step outputs inside a template, not constants. After
// `sys_id=<the test ticket>^` (and the report's grouping) each is the shipped filter, as atf-surfaces.test.ts checks:
// the module "Partner escalations" (menu.now.ts), "Open IT Partner escalations by assignment group" and "IT Partner
// escalations over the ping-pong threshold" (incident-reports.now.ts).

export const moduleAndReportFindEscalation = Test(
    {
        $id: Now.ID['atf_surfaces_module_report'],
        name: 'IT Partner 23: the module "Partner escalations" and the open-escalations report find a stamped escalation, not a plain ticket',
        description:
            'Stamp surfaces: a red-flag escalation routed by the app is found by the filter of the module "Partner escalations" and by the report "Open IT Partner escalations by assignment group" under its route group; a plain ticket in the same group is found by neither.',
        failOnServerError: true,
    },
    (atf) => {
        const help = atf.server.recordInsert({
            $id: Now.ID['atf23_help'],
            table: 'sys_user_group',
            fieldValues: { name: 'ATF23 Help Desk', active: true },
            enforceSecurity: false,
        })
        const network = atf.server.recordInsert({
            $id: Now.ID['atf23_network'],
            table: 'sys_user_group',
            fieldValues: { name: 'ATF23 Network', active: true },
            enforceSecurity: false,
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf23_tier1'],
            table: 'sys_properties',
            recordId: Now.ref('sys_properties', 'property_tier1_groups'),
            fieldValues: { value: help.record_id },
            enforceSecurity: false,
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf23_enabled'],
            table: 'sys_properties',
            recordId: Now.ref('sys_properties', 'property_enabled'),
            fieldValues: { value: 'true' },
            enforceSecurity: false,
        })
        const caller = atf.server.createUser({
            $id: Now.ID['atf23_caller'],
            firstName: 'ATF23',
            lastName: 'Partner Tech',
            impersonate: false,
        })
        const student = atf.server.createUser({
            $id: Now.ID['atf23_student'],
            firstName: 'ATF23',
            lastName: 'Student',
            impersonate: false,
        })
        const partner = atf.server.recordInsert({
            $id: Now.ID['atf23_partner'],
            table: 'x_bu_itpartner_partner',
            fieldValues: { name: 'ATF23 Partner', support_stream: 'atf23@example.edu', active: true },
            enforceSecurity: false,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf23_flag'],
            table: 'x_bu_itpartner_red_flag',
            fieldValues: { user: caller.user, partner: partner.record_id, note: 'ATF23 note', active: true },
            enforceSecurity: false,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf23_route'],
            table: 'x_bu_itpartner_route',
            fieldValues: {
                table: 'incident',
                order: 1,
                condition: 'short_descriptionLIKEATF23',
                assignment_group: network.record_id,
                description: 'ATF23 route',
                active: true,
            },
            enforceSecurity: false,
        })
        const escalation = atf.server.recordInsert({
            $id: Now.ID['atf23_escalation'],
            table: 'incident',
            fieldValues: { caller_id: caller.user, short_description: 'ATF23 VPN down', assignment_group: help.record_id },
            enforceSecurity: false,
        })
        const plain = atf.server.recordInsert({
            $id: Now.ID['atf23_plain'],
            table: 'incident',
            fieldValues: { caller_id: student.user, short_description: 'ATF23 printer jam', assignment_group: network.record_id },
            enforceSecurity: false,
        })
        atf.server.recordQuery({
            $id: Now.ID['atf23_module_finds_escalation'],
            table: 'incident',
            fieldValues: `sys_id=${escalation.record_id}^active=true^x_bu_itpartner_escalation=true^ORDERBYDESCsys_updated_on`,
            assert: 'records_match_query',
        })
        atf.server.recordQuery({
            $id: Now.ID['atf23_module_skips_plain'],
            table: 'incident',
            fieldValues: `sys_id=${plain.record_id}^active=true^x_bu_itpartner_escalation=true^ORDERBYDESCsys_updated_on`,
            assert: 'no_records_match_query',
        })
        atf.server.recordQuery({
            $id: Now.ID['atf23_report_finds_escalation'],
            table: 'incident',
            fieldValues: `sys_id=${escalation.record_id}^assignment_group=${network.record_id}^active=true^x_bu_itpartner_escalation=true`,
            assert: 'records_match_query',
        })
        atf.server.recordQuery({
            $id: Now.ID['atf23_report_skips_plain'],
            table: 'incident',
            fieldValues: `sys_id=${plain.record_id}^assignment_group=${network.record_id}^active=true^x_bu_itpartner_escalation=true`,
            assert: 'no_records_match_query',
        })
    },
)

export const pingPongAfterHops = Test(
    {
        $id: Now.ID['atf_surfaces_ping_pong'],
        name: 'IT Partner 24: an escalation moved between groups counts its hops and reaches the ping-pong report at the threshold',
        description:
            'Ping-pong: with x_bu_itpartner.ping_pong_threshold = 2, a red-flag escalation routed to its route group is moved to another group (1 hop: not ping-pong, not in the report "IT Partner escalations over the ping-pong threshold") and back (2 hops: ping-pong, in the report).',
        failOnServerError: true,
    },
    (atf) => {
        const help = atf.server.recordInsert({
            $id: Now.ID['atf24_help'],
            table: 'sys_user_group',
            fieldValues: { name: 'ATF24 Help Desk', active: true },
            enforceSecurity: false,
        })
        const network = atf.server.recordInsert({
            $id: Now.ID['atf24_network'],
            table: 'sys_user_group',
            fieldValues: { name: 'ATF24 Network', active: true },
            enforceSecurity: false,
        })
        const systems = atf.server.recordInsert({
            $id: Now.ID['atf24_systems'],
            table: 'sys_user_group',
            fieldValues: { name: 'ATF24 Systems', active: true },
            enforceSecurity: false,
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf24_tier1'],
            table: 'sys_properties',
            recordId: Now.ref('sys_properties', 'property_tier1_groups'),
            fieldValues: { value: help.record_id },
            enforceSecurity: false,
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf24_enabled'],
            table: 'sys_properties',
            recordId: Now.ref('sys_properties', 'property_enabled'),
            fieldValues: { value: 'true' },
            enforceSecurity: false,
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf24_threshold'],
            table: 'sys_properties',
            recordId: Now.ref('sys_properties', 'property_ping_pong_threshold'),
            fieldValues: { value: '2' },
            enforceSecurity: false,
        })
        const caller = atf.server.createUser({
            $id: Now.ID['atf24_caller'],
            firstName: 'ATF24',
            lastName: 'Partner Tech',
            impersonate: false,
        })
        const partner = atf.server.recordInsert({
            $id: Now.ID['atf24_partner'],
            table: 'x_bu_itpartner_partner',
            fieldValues: { name: 'ATF24 Partner', support_stream: 'atf24@example.edu', active: true },
            enforceSecurity: false,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf24_flag'],
            table: 'x_bu_itpartner_red_flag',
            fieldValues: { user: caller.user, partner: partner.record_id, note: 'ATF24 note', active: true },
            enforceSecurity: false,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf24_route'],
            table: 'x_bu_itpartner_route',
            fieldValues: {
                table: 'incident',
                order: 1,
                condition: 'short_descriptionLIKEATF24',
                assignment_group: network.record_id,
                description: 'ATF24 route',
                active: true,
            },
            enforceSecurity: false,
        })
        const incident = atf.server.recordInsert({
            $id: Now.ID['atf24_incident'],
            table: 'incident',
            fieldValues: { caller_id: caller.user, short_description: 'ATF24 VPN down', assignment_group: help.record_id },
            enforceSecurity: false,
        })
        atf.server.recordValidation({
            $id: Now.ID['atf24_routed'],
            table: 'incident',
            recordId: incident.record_id,
            fieldValues: `assignment_group=${network.record_id}^x_bu_itpartner_escalation=true^x_bu_itpartner_hops=0^x_bu_itpartner_ping_pong=false`,
            enforceSecurity: false,
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf24_to_systems'],
            table: 'incident',
            recordId: incident.record_id,
            fieldValues: { assignment_group: systems.record_id },
            enforceSecurity: false,
        })
        atf.server.recordValidation({
            $id: Now.ID['atf24_one_hop'],
            table: 'incident',
            recordId: incident.record_id,
            fieldValues: `assignment_group=${systems.record_id}^x_bu_itpartner_hops=1^x_bu_itpartner_boomerangs=0^x_bu_itpartner_ping_pong=false`,
            enforceSecurity: false,
        })
        atf.server.recordQuery({
            $id: Now.ID['atf24_report_skips_one_hop'],
            table: 'incident',
            fieldValues: `sys_id=${incident.record_id}^x_bu_itpartner_ping_pong=true^ORDERBYDESCx_bu_itpartner_hops`,
            assert: 'no_records_match_query',
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf24_back_to_network'],
            table: 'incident',
            recordId: incident.record_id,
            fieldValues: { assignment_group: network.record_id },
            enforceSecurity: false,
        })
        atf.server.recordValidation({
            $id: Now.ID['atf24_two_hops'],
            table: 'incident',
            recordId: incident.record_id,
            fieldValues: `assignment_group=${network.record_id}^x_bu_itpartner_hops=2^x_bu_itpartner_boomerangs=0^x_bu_itpartner_ping_pong=true`,
            enforceSecurity: false,
        })
        atf.server.recordQuery({
            $id: Now.ID['atf24_report_finds_two_hops'],
            table: 'incident',
            fieldValues: `sys_id=${incident.record_id}^x_bu_itpartner_ping_pong=true^ORDERBYDESCx_bu_itpartner_hops`,
            assert: 'records_match_query',
        })
    },
)

export const backfillStampsOldTicket = Test(
    {
        $id: Now.ID['atf_surfaces_backfill'],
        name: 'IT Partner 25: the backfill stamps a ticket from before the install: the dry run writes nothing, the run stamps it, a second run writes nothing',
        description:
            'Stamp backfill: a red-flag ticket saved with routing off has no stamp (a ticket from before the install). A server script calls the built backfill module as the scheduled jobs do, on that ticket only: the dry run counts it and leaves it unstamped; the run (with the GlideQuery writer of the run job) stamps it without touching sys_updated_on; a second run finds it right and writes nothing.',
        failOnServerError: true,
    },
    (atf) => {
        const help = atf.server.recordInsert({
            $id: Now.ID['atf25_help'],
            table: 'sys_user_group',
            fieldValues: { name: 'ATF25 Help Desk', active: true },
            enforceSecurity: false,
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf25_tier1'],
            table: 'sys_properties',
            recordId: Now.ref('sys_properties', 'property_tier1_groups'),
            fieldValues: { value: help.record_id },
            enforceSecurity: false,
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf25_disabled'],
            table: 'sys_properties',
            recordId: Now.ref('sys_properties', 'property_enabled'),
            fieldValues: { value: 'false' },
            enforceSecurity: false,
        })
        const caller = atf.server.createUser({
            $id: Now.ID['atf25_caller'],
            firstName: 'ATF25',
            lastName: 'Partner Tech',
            impersonate: false,
        })
        const partner = atf.server.recordInsert({
            $id: Now.ID['atf25_partner'],
            table: 'x_bu_itpartner_partner',
            fieldValues: { name: 'ATF25 Partner', support_stream: 'atf25@example.edu', active: true },
            enforceSecurity: false,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf25_flag'],
            table: 'x_bu_itpartner_red_flag',
            fieldValues: { user: caller.user, partner: partner.record_id, note: 'ATF25 note', active: true },
            enforceSecurity: false,
        })
        const incident = atf.server.recordInsert({
            $id: Now.ID['atf25_incident'],
            table: 'incident',
            fieldValues: { caller_id: caller.user, short_description: 'ATF25 VPN down', assignment_group: help.record_id },
            enforceSecurity: false,
        })
        atf.server.recordValidation({
            $id: Now.ID['atf25_unstamped'],
            table: 'incident',
            recordId: incident.record_id,
            fieldValues: `assignment_group=${help.record_id}^x_bu_itpartner_partnerISEMPTY^x_bu_itpartner_escalation=false`,
            enforceSecurity: false,
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf25_enabled'],
            table: 'sys_properties',
            recordId: Now.ref('sys_properties', 'property_enabled'),
            fieldValues: { value: 'true' },
            enforceSecurity: false,
        })
        // The backfill's kill switch may be off on the instance under test.
        atf.server.recordUpdate({
            $id: Now.ID['atf25_backfill_enabled'],
            table: 'sys_properties',
            recordId: Now.ref('sys_properties', 'property_backfill_enabled'),
            fieldValues: { value: 'true' },
            enforceSecurity: false,
        })
        // Requires the module by its path in the app's package, as the jobs do (test/artifacts/atf-surfaces.test.ts).
        atf.server.runServerSideScript({
            $id: Now.ID['atf25_backfill'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var backfill = require('./src/server/rules/backfill.ts');
    function ticket() {
        var row = new GlideRecord('incident');
        row.addQuery('short_description', 'ATF25 VPN down');
        row.query();
        return row.next() ? row : null;
    }
    function partnerId() {
        var row = new GlideRecord('x_bu_itpartner_partner');
        row.addQuery('name', 'ATF25 Partner');
        row.query();
        return row.next() ? row.getUniqueValue() : '';
    }
    function write(ticketId, values) {
        new global.GlideQuery('incident').where('sys_id', ticketId).disableWorkflow().disableAutoSysFields().update(values);
    }
    var before = ticket();
    assertEqual({ name: 'the test incident exists', shouldbe: true, value: !!before });
    var id = before.getUniqueValue();
    var updatedOn = before.getValue('sys_updated_on');
    var dry = backfill.backfillStamps({ dryRun: true, ticket: id });
    assertEqual({ name: 'dry run: tickets examined', shouldbe: 1, value: dry.examined });
    assertEqual({ name: 'dry run: Partner escalations it would stamp', shouldbe: 1, value: dry.escalations });
    assertEqual({ name: 'dry run: the ticket stays unstamped', shouldbe: '', value: String(ticket().getValue('x_bu_itpartner_partner') || '') });
    var run = backfill.backfillStamps({ dryRun: false, ticket: id, write: write });
    assertEqual({ name: 'run: tickets stamped', shouldbe: 1, value: run.changed });
    assertEqual({ name: 'run: tickets failed', shouldbe: 0, value: run.failed });
    var after = ticket();
    assertEqual({ name: 'run: the stamp names ATF25 Partner', shouldbe: partnerId(), value: after.getValue('x_bu_itpartner_partner') });
    assertEqual({ name: 'run: the signal', shouldbe: 'red_flag', value: after.getValue('x_bu_itpartner_signal') });
    assertEqual({ name: 'run: a Partner escalation', shouldbe: 'true', value: String(after.getValue('x_bu_itpartner_escalation')) });
    assertEqual({ name: 'run: the ticket is not rerouted', shouldbe: before.getValue('assignment_group'), value: after.getValue('assignment_group') });
    assertEqual({ name: 'run: sys_updated_on untouched', shouldbe: updatedOn, value: after.getValue('sys_updated_on') });
    var again = backfill.backfillStamps({ dryRun: false, ticket: id, write: write });
    assertEqual({ name: 'second run: tickets stamped', shouldbe: 0, value: again.changed });
    assertEqual({ name: 'second run: tickets already right', shouldbe: 1, value: again.unchanged });
    stepResult.setOutputMessage('Backfill of ' + before.getValue('number') + ': dry run, run, second run as expected.');
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
    },
)
