import '@servicenow/sdk/global'
import { Test } from '@servicenow/sdk/core'

/**
 * The Partner stamp on the server: the stamp on the saved incident (Partner, signal, escalation, hops, boomerangs) and
 * the decision row the after rule writes. Same set-up as routing.now.ts: own groups, user, Partner, red flag and route; ATF rolls them back.
 */

export const stampsRedFlagEscalation = Test(
    {
        $id: Now.ID['atf_stamp_red_flag'],
        name: 'IT Partner 21: a red-flag escalation carries its Partner, signal and escalation flag on the saved incident',
        description:
            'Partner stamp: inserts an incident in the test tier-1 group for a caller with an active red flag and asserts the saved record has the IT Partner, signal red_flag, Partner escalation true, and zero hops and boomerangs.',
        failOnServerError: true,
    },
    (atf) => {
        const help = atf.server.recordInsert({
            $id: Now.ID['atf21_help'],
            table: 'sys_user_group',
            fieldValues: { name: 'ATF21 Help Desk', active: true },
            enforceSecurity: false,
        })
        const network = atf.server.recordInsert({
            $id: Now.ID['atf21_network'],
            table: 'sys_user_group',
            fieldValues: { name: 'ATF21 Network', active: true },
            enforceSecurity: false,
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf21_tier1'],
            table: 'sys_properties',
            recordId: Now.ref('sys_properties', 'property_tier1_groups'),
            fieldValues: { value: help.record_id },
            enforceSecurity: false,
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf21_enabled'],
            table: 'sys_properties',
            recordId: Now.ref('sys_properties', 'property_enabled'),
            fieldValues: { value: 'true' },
            enforceSecurity: false,
        })
        const caller = atf.server.createUser({
            $id: Now.ID['atf21_caller'],
            firstName: 'ATF21',
            lastName: 'Partner Tech',
            impersonate: false,
        })
        const partner = atf.server.recordInsert({
            $id: Now.ID['atf21_partner'],
            table: 'x_bu_itpartner_partner',
            fieldValues: { name: 'ATF21 Partner', support_stream: 'atf21@example.edu', active: true },
            enforceSecurity: false,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf21_flag'],
            table: 'x_bu_itpartner_red_flag',
            fieldValues: { user: caller.user, partner: partner.record_id, note: 'ATF21 note', active: true },
            enforceSecurity: false,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf21_route'],
            table: 'x_bu_itpartner_route',
            fieldValues: {
                table: 'incident',
                order: 1,
                condition: 'short_descriptionLIKEATF21',
                assignment_group: network.record_id,
                description: 'ATF21 route',
                active: true,
            },
            enforceSecurity: false,
        })
        const incident = atf.server.recordInsert({
            $id: Now.ID['atf21_incident'],
            table: 'incident',
            fieldValues: { caller_id: caller.user, short_description: 'ATF21 VPN down', assignment_group: help.record_id },
            enforceSecurity: false,
        })
        atf.server.recordValidation({
            $id: Now.ID['atf21_validate'],
            table: 'incident',
            recordId: incident.record_id,
            fieldValues: `assignment_group=${network.record_id}^x_bu_itpartner_partner=${partner.record_id}^x_bu_itpartner_signal=red_flag^x_bu_itpartner_escalation=true^x_bu_itpartner_hops=0^x_bu_itpartner_boomerangs=0^x_bu_itpartner_ping_pong=false`,
            enforceSecurity: false,
        })
    },
)

export const decisionRowAfterSave = Test(
    {
        $id: Now.ID['atf_stamp_decision_after_save'],
        name: 'IT Partner 22: the decision row exists after the save, once: a later save that decides nothing adds none',
        description:
            'Truthful decision log: inserts a red-flag escalation, asserts its rerouted decision row exists after the save (written by the after rule "IT Partner decision log"), updates only the short description and asserts no second decision row for the incident.',
        failOnServerError: true,
    },
    (atf) => {
        const help = atf.server.recordInsert({
            $id: Now.ID['atf22_help'],
            table: 'sys_user_group',
            fieldValues: { name: 'ATF22 Help Desk', active: true },
            enforceSecurity: false,
        })
        const network = atf.server.recordInsert({
            $id: Now.ID['atf22_network'],
            table: 'sys_user_group',
            fieldValues: { name: 'ATF22 Network', active: true },
            enforceSecurity: false,
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf22_tier1'],
            table: 'sys_properties',
            recordId: Now.ref('sys_properties', 'property_tier1_groups'),
            fieldValues: { value: help.record_id },
            enforceSecurity: false,
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf22_enabled'],
            table: 'sys_properties',
            recordId: Now.ref('sys_properties', 'property_enabled'),
            fieldValues: { value: 'true' },
            enforceSecurity: false,
        })
        const caller = atf.server.createUser({
            $id: Now.ID['atf22_caller'],
            firstName: 'ATF22',
            lastName: 'Partner Tech',
            impersonate: false,
        })
        const partner = atf.server.recordInsert({
            $id: Now.ID['atf22_partner'],
            table: 'x_bu_itpartner_partner',
            fieldValues: { name: 'ATF22 Partner', support_stream: 'atf22@example.edu', active: true },
            enforceSecurity: false,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf22_flag'],
            table: 'x_bu_itpartner_red_flag',
            fieldValues: { user: caller.user, partner: partner.record_id, note: 'ATF22 note', active: true },
            enforceSecurity: false,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf22_route'],
            table: 'x_bu_itpartner_route',
            fieldValues: {
                table: 'incident',
                order: 1,
                condition: 'short_descriptionLIKEATF22',
                assignment_group: network.record_id,
                description: 'ATF22 route',
                active: true,
            },
            enforceSecurity: false,
        })
        const incident = atf.server.recordInsert({
            $id: Now.ID['atf22_incident'],
            table: 'incident',
            fieldValues: { caller_id: caller.user, short_description: 'ATF22 VPN down', assignment_group: help.record_id },
            enforceSecurity: false,
        })
        const decision = atf.server.recordQuery({
            $id: Now.ID['atf22_decision'],
            table: 'x_bu_itpartner_decision',
            fieldValues: `task=${incident.record_id}^outcome=rerouted^signal=red_flag^partner=${partner.record_id}^to_group=${network.record_id}`,
            assert: 'records_match_query',
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf22_update'],
            table: 'incident',
            recordId: incident.record_id,
            fieldValues: { short_description: 'ATF22 VPN down, still' },
            enforceSecurity: false,
        })
        atf.server.recordQuery({
            $id: Now.ID['atf22_no_second_row'],
            table: 'x_bu_itpartner_decision',
            fieldValues: `task=${incident.record_id}^sys_id!=${decision.first_record}`,
            assert: 'no_records_match_query',
        })
    },
)
