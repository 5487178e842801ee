import '@servicenow/sdk/global'
import { Acl, ImportSet, Record, StringColumn, Table } from '@servicenow/sdk/core'
import { adminRole } from '../security/roles.now'

/**
 * Spreadsheet import of the IT Partner staff list: one red flag per staff member (docs/admin.md "Importing the IT
 * Partner lists"), from Excel or CSV. Columns are the names the platform gives the headers of
 * docs/partner-staff-sample.csv (User, IT Partner, Note, Active; see department-import.now.ts for the rule).
 */
export const x_bu_itpartner_red_flag_import = Table({
    name: 'x_bu_itpartner_red_flag_import',
    label: 'Partner staff import',
    extends: 'sys_import_set_row',
    schema: {
        u_user: StringColumn({ label: 'User', maxLength: 100 }),
        u_it_partner: StringColumn({ label: 'IT Partner', maxLength: 100 }),
        u_note: StringColumn({ label: 'Note', maxLength: 1000 }),
        u_active: StringColumn({ label: 'Active', maxLength: 40 }),
    },
})

export const staffCsvSource = Record({
    $id: Now.ID['datasource_staff_import_csv'],
    table: 'sys_data_source',
    data: {
        name: 'IT Partner staff (CSV)',
        type: 'File',
        format: 'CSV',
        file_retrieval_method: 'Attachment',
        csv_delimiter: ',',
        header_row: 1,
        import_set_table_name: 'x_bu_itpartner_red_flag_import',
        import_set_table_label: 'Partner staff import',
        batch_size: 500,
    },
})

export const staffExcelSource = Record({
    $id: Now.ID['datasource_staff_import_excel'],
    table: 'sys_data_source',
    data: {
        name: 'IT Partner staff (Excel)',
        type: 'File',
        format: 'Excel',
        file_retrieval_method: 'Attachment',
        sheet_number: 1,
        header_row: 1,
        import_set_table_name: 'x_bu_itpartner_red_flag_import',
        import_set_table_label: 'Partner staff import',
        batch_size: 500,
    },
})

/**
 * The same rules as the department import: the user (by user name, else email) and the IT Partner (by name) must
 * exist, or the onBefore script skips the row and logs why; references are rejected, never created. A user keeps one
 * red flag row (conditional coalesce on sys_id: their active flag, else their latest), and business rules run, so
 * "one active red flag per user" holds for imported rows too.
 */
export const staffTransform = ImportSet({
    $id: Now.ID['transform_staff_import'],
    name: 'IT Partner staff import',
    sourceTable: 'x_bu_itpartner_red_flag_import',
    targetTable: 'x_bu_itpartner_red_flag',
    active: true,
    runBusinessRules: true,
    enforceMandatoryFields: 'onlyMappedFields',
    copyEmptyFields: false,
    createOnEmptyCoalesce: true,
    fields: {
        sys_id: {
            sourceField: 'u_user',
            coalesce: true,
            useSourceScript: true,
            sourceScript: Now.include('./scripts/staff-row.js'),
        },
        user: {
            sourceField: 'u_user',
            choiceAction: 'reject',
            useSourceScript: true,
            sourceScript: Now.include('./scripts/staff-user.js'),
        },
        partner: {
            sourceField: 'u_it_partner',
            choiceAction: 'reject',
            useSourceScript: true,
            sourceScript: Now.include('./scripts/partner-name.js'),
        },
        note: {
            sourceField: 'u_note',
            useSourceScript: true,
            sourceScript: Now.include('./scripts/staff-note.js'),
        },
    },
    runScript: true,
    script: Now.include('./scripts/active-flag.js'),
    scripts: [
        {
            $id: Now.ID['transform_staff_import_onbefore'],
            when: 'onBefore',
            order: 100,
            active: true,
            script: Now.include('./scripts/staff-check.js'),
        },
    ],
})

/** Like the department import's staging table: app admins and import admins load, transform and clean up rows. */
const IMPORTERS = [adminRole, 'import_admin']

Acl({
    $id: Now.ID['acl_staff_import_read'],
    type: 'record',
    table: 'x_bu_itpartner_red_flag_import',
    operation: 'read',
    roles: IMPORTERS,
    adminOverrides: true,
    description: 'App admins and import admins read imported staff rows.',
})
Acl({
    $id: Now.ID['acl_staff_import_create'],
    type: 'record',
    table: 'x_bu_itpartner_red_flag_import',
    operation: 'create',
    roles: IMPORTERS,
    adminOverrides: true,
    description: 'App admins and import admins load staff spreadsheets.',
})
Acl({
    $id: Now.ID['acl_staff_import_write'],
    type: 'record',
    table: 'x_bu_itpartner_red_flag_import',
    operation: 'write',
    roles: IMPORTERS,
    adminOverrides: true,
    description: 'App admins and import admins transform imported staff rows.',
})
Acl({
    $id: Now.ID['acl_staff_import_delete'],
    type: 'record',
    table: 'x_bu_itpartner_red_flag_import',
    operation: 'delete',
    roles: IMPORTERS,
    adminOverrides: true,
    description: 'App admins and import admins clean up imported staff rows.',
})
