import '@servicenow/sdk/global'
import { ChoiceColumn, ReferenceColumn, StringColumn, Table } from '@servicenow/sdk/core'

/** The decision log: one row per routing, boomerang or send-to-partner decision. */
export const x_bu_itpartner_decision = Table({
    name: 'x_bu_itpartner_decision',
    label: 'Routing decision',
    display: 'task',
    // The Table API export of docs/replay.md needs it (else 403, now-sdk explain table-api); the read ACLs still apply.
    allowWebServiceAccess: true,
    schema: {
        task: ReferenceColumn({ label: 'Task', referenceTable: 'task', cascadeRule: 'delete' }),
        partner: ReferenceColumn({ label: 'IT Partner', referenceTable: 'x_bu_itpartner_partner', cascadeRule: 'clear' }),
        signal: ChoiceColumn({
            label: 'Signal',
            dropdown: 'dropdown_with_none',
            choices: {
                red_flag: { label: 'Red flag on the caller', sequence: 10 },
                partner_opener: { label: 'Opened by Partner staff', sequence: 20 },
                partner_handoff: { label: "Hand-off from a Partner's group", sequence: 30 },
                department: { label: 'Caller in a Partner department', sequence: 40 },
            },
        }),
        outcome: ChoiceColumn({
            label: 'Outcome',
            dropdown: 'dropdown_with_none',
            choices: {
                rerouted: { label: 'Rerouted', sequence: 10 },
                kept_specialty: { label: 'Kept with tier 1 (specialty)', sequence: 20 },
                no_target: { label: 'No target group', sequence: 30 },
                boomerang_blocked: { label: 'Boomerang blocked', sequence: 40 },
                boomerang_warned: { label: 'Boomerang warned', sequence: 50 },
                sent_to_partner: { label: 'Sent to IT Partner', sequence: 60 },
                error: { label: 'Error', sequence: 70 },
            },
        }),
        from_group: ReferenceColumn({ label: 'From group', referenceTable: 'sys_user_group', cascadeRule: 'clear' }),
        to_group: ReferenceColumn({ label: 'To group', referenceTable: 'sys_user_group', cascadeRule: 'clear' }),
        route: ReferenceColumn({ label: 'Route', referenceTable: 'x_bu_itpartner_route', cascadeRule: 'clear' }),
        reason: StringColumn({ label: 'Reason', maxLength: 1000 }),
    },
    index: [{ name: 'x_bu_itpartner_decision_task', unique: false, element: ['task'] }],
})
