import '@servicenow/sdk/global'
import { BooleanColumn, ReferenceColumn, Table } from '@servicenow/sdk/core'

/** A cmn_department supported by an IT Partner (one active row per department). */
export const x_bu_itpartner_department = Table({
    name: 'x_bu_itpartner_department',
    label: 'Partner department',
    display: 'department',
    // The Table API export of docs/replay.md needs it (else 403, now-sdk explain table-api); the read ACLs still apply.
    allowWebServiceAccess: true,
    audit: true,
    schema: {
        department: ReferenceColumn({ label: 'Department', referenceTable: 'cmn_department', mandatory: true }),
        partner: ReferenceColumn({
            label: 'IT Partner',
            referenceTable: 'x_bu_itpartner_partner',
            mandatory: true,
            referenceQual: 'active=true',
            cascadeRule: 'delete',
        }),
        active: BooleanColumn({ label: 'Active', default: true }),
    },
    index: [{ name: 'x_bu_itpartner_department_dept', unique: false, element: ['department', 'active'] }],
})
