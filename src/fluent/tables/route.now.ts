import '@servicenow/sdk/global'
import {
    BooleanColumn,
    ConditionsColumn,
    IntegerColumn,
    ReferenceColumn,
    StringColumn,
    Table,
    TableNameColumn,
} from '@servicenow/sdk/core'

/** An escalation route: a condition on the ticket and the IS&T group that should get it. */
export const x_bu_itpartner_route = Table({
    name: 'x_bu_itpartner_route',
    label: 'Escalation route',
    display: 'description',
    // The Table API export of docs/replay.md needs it (else 403, now-sdk explain table-api); the read ACLs still apply.
    allowWebServiceAccess: true,
    audit: true,
    schema: {
        order: IntegerColumn({ label: 'Order', default: 100 }),
        table: TableNameColumn({ label: 'Table', default: 'incident', mandatory: true }),
        condition: ConditionsColumn({ label: 'Condition', dependent: 'table', maxLength: 4000 }),
        assignment_group: ReferenceColumn({
            label: 'Assignment group',
            referenceTable: 'sys_user_group',
            mandatory: true,
            referenceQual: 'active=true',
        }),
        description: StringColumn({ label: 'Description', maxLength: 255 }),
        active: BooleanColumn({ label: 'Active', default: true }),
    },
})
