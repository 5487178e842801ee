import '@servicenow/sdk/global'
import { BooleanColumn, ReferenceColumn, StringColumn, Table } from '@servicenow/sdk/core'

/** A red flag: "this user is IT Partner staff of Partner P", with the note agents see. */
export const x_bu_itpartner_red_flag = Table({
    name: 'x_bu_itpartner_red_flag',
    label: 'Red flag',
    display: 'user',
    // The Table API export of docs/replay.md needs it (else 403, now-sdk explain table-api); the read ACLs still apply.
    allowWebServiceAccess: true,
    audit: true,
    schema: {
        user: ReferenceColumn({ label: 'User', referenceTable: 'sys_user', mandatory: true }),
        partner: ReferenceColumn({
            label: 'IT Partner',
            referenceTable: 'x_bu_itpartner_partner',
            mandatory: true,
            referenceQual: 'active=true',
            cascadeRule: 'delete',
        }),
        note: StringColumn({ label: 'Note', maxLength: 1000 }),
        active: BooleanColumn({ label: 'Active', default: true }),
    },
    index: [{ name: 'x_bu_itpartner_red_flag_user', unique: false, element: ['user', 'active'] }],
})
