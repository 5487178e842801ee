import '@servicenow/sdk/global'
import { Test } from '@servicenow/sdk/core'

/**
 * Behaviours 1, 2 and 6 on the server (design.md). Each test makes its own groups, users, Partner and route, points
 * the tier-1 property at its own "help desk" group, and relies on ATF rolling all of it back afterwards.
 */

export const routesRedFlagEscalation = Test(
    {
        $id: Now.ID['atf_routing_red_flag_rerouted'],
        name: 'IT Partner 01: an escalation from a red-flagged caller skips tier 1',
        description:
            'Behaviour 1, positive: inserts an incident in the test tier-1 group for a caller with an active red flag and asserts the routing rule moved it to the group of the matching escalation route.',
        failOnServerError: true,
    },
    (atf) => {
        const help = atf.server.recordInsert({
            $id: Now.ID['atf01_help'],
            table: 'sys_user_group',
            fieldValues: { name: 'ATF01 Help Desk', active: true },
            enforceSecurity: false,
        })
        const network = atf.server.recordInsert({
            $id: Now.ID['atf01_network'],
            table: 'sys_user_group',
            fieldValues: { name: 'ATF01 Network', active: true },
            enforceSecurity: false,
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf01_tier1'],
            table: 'sys_properties',
            recordId: Now.ref('sys_properties', 'property_tier1_groups'),
            fieldValues: { value: help.record_id },
            enforceSecurity: false,
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf01_enabled'],
            table: 'sys_properties',
            recordId: Now.ref('sys_properties', 'property_enabled'),
            fieldValues: { value: 'true' },
            enforceSecurity: false,
        })
        const caller = atf.server.createUser({
            $id: Now.ID['atf01_caller'],
            firstName: 'ATF01',
            lastName: 'Partner Tech',
            impersonate: false,
        })
        const partner = atf.server.recordInsert({
            $id: Now.ID['atf01_partner'],
            table: 'x_bu_itpartner_partner',
            fieldValues: { name: 'ATF01 Partner', support_stream: 'atf01@example.edu', active: true },
            enforceSecurity: false,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf01_flag'],
            table: 'x_bu_itpartner_red_flag',
            fieldValues: { user: caller.user, partner: partner.record_id, note: 'ATF01 note', active: true },
            enforceSecurity: false,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf01_route'],
            table: 'x_bu_itpartner_route',
            fieldValues: {
                table: 'incident',
                order: 1,
                condition: 'short_descriptionLIKEATF01',
                assignment_group: network.record_id,
                description: 'ATF01 route',
                active: true,
            },
            enforceSecurity: false,
        })
        const incident = atf.server.recordInsert({
            $id: Now.ID['atf01_incident'],
            table: 'incident',
            fieldValues: {
                caller_id: caller.user,
                short_description: 'ATF01 VPN down',
                assignment_group: help.record_id,
            },
            enforceSecurity: false,
        })
        atf.server.recordValidation({
            $id: Now.ID['atf01_validate'],
            table: 'incident',
            recordId: incident.record_id,
            fieldValues: `assignment_group=${network.record_id}`,
            enforceSecurity: false,
        })
    },
)

export const keepsNonEscalation = Test(
    {
        $id: Now.ID['atf_routing_plain_caller_kept'],
        name: 'IT Partner 02: a ticket with no escalation signal stays with tier 1',
        description:
            'Behaviour 1, negative: inserts an incident in the test tier-1 group for a caller with no red flag, no Partner membership and no Partner department, with a matching route present, and asserts the group did not change.',
        failOnServerError: true,
    },
    (atf) => {
        const help = atf.server.recordInsert({
            $id: Now.ID['atf02_help'],
            table: 'sys_user_group',
            fieldValues: { name: 'ATF02 Help Desk', active: true },
            enforceSecurity: false,
        })
        const network = atf.server.recordInsert({
            $id: Now.ID['atf02_network'],
            table: 'sys_user_group',
            fieldValues: { name: 'ATF02 Network', active: true },
            enforceSecurity: false,
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf02_tier1'],
            table: 'sys_properties',
            recordId: Now.ref('sys_properties', 'property_tier1_groups'),
            fieldValues: { value: help.record_id },
            enforceSecurity: false,
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf02_enabled'],
            table: 'sys_properties',
            recordId: Now.ref('sys_properties', 'property_enabled'),
            fieldValues: { value: 'true' },
            enforceSecurity: false,
        })
        const caller = atf.server.createUser({
            $id: Now.ID['atf02_caller'],
            firstName: 'ATF02',
            lastName: 'Student',
            impersonate: false,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf02_route'],
            table: 'x_bu_itpartner_route',
            fieldValues: {
                table: 'incident',
                order: 1,
                condition: 'short_descriptionLIKEATF02',
                assignment_group: network.record_id,
                description: 'ATF02 route',
                active: true,
            },
            enforceSecurity: false,
        })
        const incident = atf.server.recordInsert({
            $id: Now.ID['atf02_incident'],
            table: 'incident',
            fieldValues: {
                caller_id: caller.user,
                short_description: 'ATF02 VPN down',
                assignment_group: help.record_id,
            },
            enforceSecurity: false,
        })
        atf.server.recordValidation({
            $id: Now.ID['atf02_validate'],
            table: 'incident',
            recordId: incident.record_id,
            fieldValues: `assignment_group=${help.record_id}`,
            enforceSecurity: false,
        })
    },
)

export const explainsDecision = Test(
    {
        $id: Now.ID['atf_explain_decision_row'],
        name: 'IT Partner 03: a rerouted escalation gets a decision row and a work note',
        description:
            'Behaviour 2, positive: reroutes an escalation from a red-flagged caller and asserts a x_bu_itpartner_decision row (outcome rerouted, signal red_flag, its Partner) and a work note exist for the incident.',
        failOnServerError: true,
    },
    (atf) => {
        const help = atf.server.recordInsert({
            $id: Now.ID['atf03_help'],
            table: 'sys_user_group',
            fieldValues: { name: 'ATF03 Help Desk', active: true },
            enforceSecurity: false,
        })
        const network = atf.server.recordInsert({
            $id: Now.ID['atf03_network'],
            table: 'sys_user_group',
            fieldValues: { name: 'ATF03 Network', active: true },
            enforceSecurity: false,
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf03_tier1'],
            table: 'sys_properties',
            recordId: Now.ref('sys_properties', 'property_tier1_groups'),
            fieldValues: { value: help.record_id },
            enforceSecurity: false,
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf03_enabled'],
            table: 'sys_properties',
            recordId: Now.ref('sys_properties', 'property_enabled'),
            fieldValues: { value: 'true' },
            enforceSecurity: false,
        })
        const caller = atf.server.createUser({
            $id: Now.ID['atf03_caller'],
            firstName: 'ATF03',
            lastName: 'Partner Tech',
            impersonate: false,
        })
        const partner = atf.server.recordInsert({
            $id: Now.ID['atf03_partner'],
            table: 'x_bu_itpartner_partner',
            fieldValues: { name: 'ATF03 Partner', support_stream: 'atf03@example.edu', active: true },
            enforceSecurity: false,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf03_flag'],
            table: 'x_bu_itpartner_red_flag',
            fieldValues: { user: caller.user, partner: partner.record_id, active: true },
            enforceSecurity: false,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf03_route'],
            table: 'x_bu_itpartner_route',
            fieldValues: {
                table: 'incident',
                order: 1,
                condition: 'short_descriptionLIKEATF03',
                assignment_group: network.record_id,
                description: 'ATF03 route',
                active: true,
            },
            enforceSecurity: false,
        })
        const incident = atf.server.recordInsert({
            $id: Now.ID['atf03_incident'],
            table: 'incident',
            fieldValues: {
                caller_id: caller.user,
                short_description: 'ATF03 VPN down',
                assignment_group: help.record_id,
            },
            enforceSecurity: false,
        })
        atf.server.recordQuery({
            $id: Now.ID['atf03_decision'],
            table: 'x_bu_itpartner_decision',
            fieldValues: `task=${incident.record_id}^outcome=rerouted^signal=red_flag^partner=${partner.record_id}^to_group=${network.record_id}`,
            assert: 'records_match_query',
        })
        atf.server.recordQuery({
            $id: Now.ID['atf03_work_note'],
            table: 'sys_journal_field',
            fieldValues: `element_id=${incident.record_id}^element=work_notes^valueLIKEATF03 Partner`,
            assert: 'records_match_query',
        })
    },
)

export const noDecisionForPlainTicket = Test(
    {
        $id: Now.ID['atf_explain_no_decision'],
        name: 'IT Partner 04: a ticket the app leaves alone gets no decision row',
        description:
            'Behaviour 2, negative: inserts an incident for a caller with no escalation signal and asserts no x_bu_itpartner_decision row references it.',
        failOnServerError: true,
    },
    (atf) => {
        const help = atf.server.recordInsert({
            $id: Now.ID['atf04_help'],
            table: 'sys_user_group',
            fieldValues: { name: 'ATF04 Help Desk', active: true },
            enforceSecurity: false,
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf04_tier1'],
            table: 'sys_properties',
            recordId: Now.ref('sys_properties', 'property_tier1_groups'),
            fieldValues: { value: help.record_id },
            enforceSecurity: false,
        })
        const caller = atf.server.createUser({
            $id: Now.ID['atf04_caller'],
            firstName: 'ATF04',
            lastName: 'Student',
            impersonate: false,
        })
        const incident = atf.server.recordInsert({
            $id: Now.ID['atf04_incident'],
            table: 'incident',
            fieldValues: {
                caller_id: caller.user,
                short_description: 'ATF04 printer jam',
                assignment_group: help.record_id,
            },
            enforceSecurity: false,
        })
        atf.server.recordQuery({
            $id: Now.ID['atf04_no_decision'],
            table: 'x_bu_itpartner_decision',
            fieldValues: `task=${incident.record_id}`,
            assert: 'no_records_match_query',
        })
    },
)

export const badConfigurationKeepsTicket = Test(
    {
        $id: Now.ID['atf_never_lose_no_target'],
        name: 'IT Partner 11: an escalation whose only route group was deactivated is saved where it was',
        description:
            'Behaviour 6, positive: deactivates the only route group after the route was saved (bad configuration) and leaves no default group; asserts the escalation is still inserted, keeps its tier-1 group, and gets a no_target decision row.',
        failOnServerError: false,
    },
    (atf) => {
        const help = atf.server.recordInsert({
            $id: Now.ID['atf11_help'],
            table: 'sys_user_group',
            fieldValues: { name: 'ATF11 Help Desk', active: true },
            enforceSecurity: false,
        })
        const network = atf.server.recordInsert({
            $id: Now.ID['atf11_network'],
            table: 'sys_user_group',
            fieldValues: { name: 'ATF11 Network', active: true },
            enforceSecurity: false,
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf11_tier1'],
            table: 'sys_properties',
            recordId: Now.ref('sys_properties', 'property_tier1_groups'),
            fieldValues: { value: help.record_id },
            enforceSecurity: false,
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf11_enabled'],
            table: 'sys_properties',
            recordId: Now.ref('sys_properties', 'property_enabled'),
            fieldValues: { value: 'true' },
            enforceSecurity: false,
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf11_default'],
            table: 'sys_properties',
            recordId: Now.ref('sys_properties', 'property_default_escalation_group'),
            fieldValues: { value: 'ATF11 no such group' },
            enforceSecurity: false,
        })
        const caller = atf.server.createUser({
            $id: Now.ID['atf11_caller'],
            firstName: 'ATF11',
            lastName: 'Partner Tech',
            impersonate: false,
        })
        const partner = atf.server.recordInsert({
            $id: Now.ID['atf11_partner'],
            table: 'x_bu_itpartner_partner',
            fieldValues: { name: 'ATF11 Partner', support_stream: 'atf11@example.edu', active: true },
            enforceSecurity: false,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf11_flag'],
            table: 'x_bu_itpartner_red_flag',
            fieldValues: { user: caller.user, partner: partner.record_id, active: true },
            enforceSecurity: false,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf11_route'],
            table: 'x_bu_itpartner_route',
            fieldValues: {
                table: 'incident',
                order: 1,
                condition: 'short_descriptionLIKEATF11',
                assignment_group: network.record_id,
                description: 'ATF11 route',
                active: true,
            },
            enforceSecurity: false,
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf11_deactivate'],
            table: 'sys_user_group',
            recordId: network.record_id,
            fieldValues: { active: false },
            enforceSecurity: false,
        })
        const incident = atf.server.recordInsert({
            $id: Now.ID['atf11_incident'],
            table: 'incident',
            fieldValues: {
                caller_id: caller.user,
                short_description: 'ATF11 VPN down',
                assignment_group: help.record_id,
            },
            assert: 'record_successfully_inserted',
            enforceSecurity: false,
        })
        atf.server.recordValidation({
            $id: Now.ID['atf11_validate'],
            table: 'incident',
            recordId: incident.record_id,
            fieldValues: `assignment_group=${help.record_id}`,
            enforceSecurity: false,
        })
        atf.server.recordQuery({
            $id: Now.ID['atf11_decision'],
            table: 'x_bu_itpartner_decision',
            fieldValues: `task=${incident.record_id}^outcome=no_target`,
            assert: 'records_match_query',
        })
    },
)

export const killSwitchLeavesTicket = Test(
    {
        $id: Now.ID['atf_never_lose_kill_switch'],
        name: 'IT Partner 12: with the kill switch off an escalation is saved unchanged',
        description:
            'Behaviour 6, negative (the app stays out of the save): sets x_bu_itpartner.enabled=false, inserts an escalation that would be rerouted, and asserts it keeps its tier-1 group and has no decision row.',
        failOnServerError: true,
    },
    (atf) => {
        const help = atf.server.recordInsert({
            $id: Now.ID['atf12_help'],
            table: 'sys_user_group',
            fieldValues: { name: 'ATF12 Help Desk', active: true },
            enforceSecurity: false,
        })
        const network = atf.server.recordInsert({
            $id: Now.ID['atf12_network'],
            table: 'sys_user_group',
            fieldValues: { name: 'ATF12 Network', active: true },
            enforceSecurity: false,
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf12_tier1'],
            table: 'sys_properties',
            recordId: Now.ref('sys_properties', 'property_tier1_groups'),
            fieldValues: { value: help.record_id },
            enforceSecurity: false,
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf12_disabled'],
            table: 'sys_properties',
            recordId: Now.ref('sys_properties', 'property_enabled'),
            fieldValues: { value: 'false' },
            enforceSecurity: false,
        })
        const caller = atf.server.createUser({
            $id: Now.ID['atf12_caller'],
            firstName: 'ATF12',
            lastName: 'Partner Tech',
            impersonate: false,
        })
        const partner = atf.server.recordInsert({
            $id: Now.ID['atf12_partner'],
            table: 'x_bu_itpartner_partner',
            fieldValues: { name: 'ATF12 Partner', support_stream: 'atf12@example.edu', active: true },
            enforceSecurity: false,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf12_flag'],
            table: 'x_bu_itpartner_red_flag',
            fieldValues: { user: caller.user, partner: partner.record_id, active: true },
            enforceSecurity: false,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf12_route'],
            table: 'x_bu_itpartner_route',
            fieldValues: {
                table: 'incident',
                order: 1,
                condition: '',
                assignment_group: network.record_id,
                description: 'ATF12 route',
                active: true,
            },
            enforceSecurity: false,
        })
        const incident = atf.server.recordInsert({
            $id: Now.ID['atf12_incident'],
            table: 'incident',
            fieldValues: {
                caller_id: caller.user,
                short_description: 'ATF12 VPN down',
                assignment_group: help.record_id,
            },
            enforceSecurity: false,
        })
        atf.server.recordValidation({
            $id: Now.ID['atf12_validate'],
            table: 'incident',
            recordId: incident.record_id,
            fieldValues: `assignment_group=${help.record_id}`,
            enforceSecurity: false,
        })
        atf.server.recordQuery({
            $id: Now.ID['atf12_no_decision'],
            table: 'x_bu_itpartner_decision',
            fieldValues: `task=${incident.record_id}`,
            assert: 'no_records_match_query',
        })
    },
)
