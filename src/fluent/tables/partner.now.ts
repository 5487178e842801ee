import '@servicenow/sdk/global'
import { BooleanColumn, ReferenceColumn, StringColumn, Table } from '@servicenow/sdk/core'

/** An IT Partner: a school's or department's own IT team. */
export const x_bu_itpartner_partner = Table({
    name: 'x_bu_itpartner_partner',
    label: 'IT Partner',
    display: 'name',
    // The Table API export of docs/replay.md needs it (else 403, now-sdk explain table-api); the read ACLs still apply.
    allowWebServiceAccess: true,
    audit: true,
    schema: {
        name: StringColumn({ label: 'Name', mandatory: true, maxLength: 100 }),
        support_group: ReferenceColumn({
            label: 'Support group',
            referenceTable: 'sys_user_group',
            referenceQual: 'active=true',
            hint: "The Partner's own ServiceNow queue; empty if the Partner does not use ServiceNow",
        }),
        support_stream: StringColumn({
            label: 'Support stream',
            maxLength: 255,
            hint: 'Where clients who reached IS&T by mistake should go: stream name, URL or address',
        }),
        contact: StringColumn({ label: 'Contact', maxLength: 255, hint: 'How IS&T staff reach the Partner' }),
        active: BooleanColumn({ label: 'Active', default: true }),
    },
})
