import '@servicenow/sdk/global'
import { BooleanColumn, ChoiceColumn, IntegerColumn, ReferenceColumn, StringColumn, Table } from '@servicenow/sdk/core'

/**
 * The Partner on the ticket (the stamp): the app's columns on incident, so lists, Workspace, reports and SLAs see
 * the decision without a query of the decision log. Columns added to a table of another scope are an augment
 * (`now-sdk explain table-augments-guide`: sys_dictionary rows only, names prefixed with the scope). The platform lets
 * another scope add a field only when incident's Application Access has Allow configuration ("Example allowing
 * configuration records for a table", Xanadu to Zurich: "Dictionary entry (new field only)"). Set only by the app's
 * server code; read-only on forms (dictionary read_only, a UI setting on Xanadu to Zurich: scripts may still set them).
 */
export const incident = Table({
    augments: 'incident',
    schema: {
        x_bu_itpartner_partner: ReferenceColumn({
            label: 'IT Partner',
            referenceTable: 'x_bu_itpartner_partner',
            readOnly: true,
            hint: 'The IT Partner the app found for this ticket (escalating Partner, or the caller department’s Partner)',
        }),
        x_bu_itpartner_signal: ChoiceColumn({
            label: 'IT Partner signal',
            readOnly: true,
            dropdown: 'dropdown_with_none',
            choices: {
                red_flag: { label: 'Red flag on the caller', sequence: 10 },
                partner_handoff: { label: "Hand-off from a Partner's group", sequence: 20 },
                partner_opener: { label: 'Opened by Partner staff', sequence: 30 },
                department: { label: 'Caller in a Partner department', sequence: 40 },
            },
        }),
        x_bu_itpartner_escalation: BooleanColumn({
            label: 'Partner escalation',
            readOnly: true,
            default: false,
            hint: 'A proven IT Partner escalation (red flag, Partner opener or hand-off): Level 1 troubleshooting is done',
        }),
        x_bu_itpartner_hops: IntegerColumn({
            label: 'Group hops since Partner escalation',
            readOnly: true,
            default: 0,
        }),
        x_bu_itpartner_boomerangs: IntegerColumn({
            label: 'Boomerangs tried',
            readOnly: true,
            default: 0,
        }),
        x_bu_itpartner_ping_pong: BooleanColumn({
            label: 'Partner ping-pong',
            readOnly: true,
            default: false,
            hint: 'Group hops plus boomerangs tried reached the x_bu_itpartner.ping_pong_threshold property',
        }),
        // The decisions of the save in progress, for the after rule that records them (src/server/glide/decision-log.ts).
        // Not audited ("Exclude a field from being audited": dictionary attribute no_audit, Xanadu to Zurich): it is
        // plumbing, and the decision rows are the record.
        x_bu_itpartner_pending_decision: StringColumn({
            label: 'IT Partner pending decisions',
            readOnly: true,
            maxLength: 4000,
            attributes: { no_audit: true },
        }),
    },
})
