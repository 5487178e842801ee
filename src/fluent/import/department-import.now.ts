import '@servicenow/sdk/global'
import { ImportSet, Record, StringColumn, Table } from '@servicenow/sdk/core'

/**
 * Spreadsheet import of the partner department list (docs/admin.md "Importing the IT Partner lists"), from Excel or
 * CSV. The platform names a staging column after the file's header: "u_" plus the header in lower case with
 * underscores ("IT Partner" -> u_it_partner). Sources (Xanadu): "Import sets key concepts", the header row defines the
 * import set's columns (https://www.servicenow.com/docs/r/xanadu/integrate-applications/system-import-sets/c_ImportSetsKeyConcepts.html);
 * "Dictionary entry form", a new column's name is its label in lower case with underscores, prefixed u_
 * (https://www.servicenow.com/docs/r/xanadu/platform-administration/table-administration-and-data-management/r_DictionaryEntryForm.html);
 * "Map with explicit transform map scripts", import set field names are prefixed u_. The columns here are those names
 * for docs/partner-departments-sample.csv, so the transform maps what the platform loads.
 */
export const x_bu_itpartner_department_import = Table({
    name: 'x_bu_itpartner_department_import',
    label: 'Partner department import',
    extends: 'sys_import_set_row',
    schema: {
        u_department: StringColumn({ label: 'Department', maxLength: 100 }),
        u_it_partner: StringColumn({ label: 'IT Partner', maxLength: 100 }),
        u_active: StringColumn({ label: 'Active', maxLength: 40 }),
    },
})

/** The list as CSV ("File type data sources": header row first, comma-delimited). */
export const departmentCsvSource = Record({
    $id: Now.ID['datasource_department_import'],
    table: 'sys_data_source',
    data: {
        name: 'IT Partner departments (CSV)',
        type: 'File',
        format: 'CSV',
        file_retrieval_method: 'Attachment',
        csv_delimiter: ',',
        header_row: 1,
        import_set_table_name: 'x_bu_itpartner_department_import',
        import_set_table_label: 'Partner department import',
        batch_size: 500,
    },
})

/** The list as the Excel workbook the article keeps (.xlsx, first sheet, headers in row 1). */
export const departmentExcelSource = Record({
    $id: Now.ID['datasource_department_import_excel'],
    table: 'sys_data_source',
    data: {
        name: 'IT Partner departments (Excel)',
        type: 'File',
        format: 'Excel',
        file_retrieval_method: 'Attachment',
        sheet_number: 1,
        header_row: 1,
        import_set_table_name: 'x_bu_itpartner_department_import',
        import_set_table_label: 'Partner department import',
        batch_size: 500,
    },
})

/**
 * Department and IT Partner are found by name; the onBefore script skips and logs a row whose names match nothing,
 * and the field maps reject (never create) a reference they cannot resolve. A department keeps one row: the row
 * updates the department's active entry, else its latest one (conditional coalesce on sys_id, "Updating records
 * using coalesce"); business rules run, so "one active row per department" holds for imported rows too.
 */
export const departmentTransform = ImportSet({
    $id: Now.ID['transform_department_import'],
    name: 'IT Partner departments import',
    sourceTable: 'x_bu_itpartner_department_import',
    targetTable: 'x_bu_itpartner_department',
    active: true,
    runBusinessRules: true,
    enforceMandatoryFields: 'onlyMappedFields',
    copyEmptyFields: false,
    createOnEmptyCoalesce: true,
    fields: {
        sys_id: {
            sourceField: 'u_department',
            coalesce: true,
            useSourceScript: true,
            sourceScript: Now.include('./scripts/department-row.js'),
        },
        department: {
            sourceField: 'u_department',
            choiceAction: 'reject',
            useSourceScript: true,
            sourceScript: Now.include('./scripts/department-name.js'),
        },
        partner: {
            sourceField: 'u_it_partner',
            choiceAction: 'reject',
            useSourceScript: true,
            sourceScript: Now.include('./scripts/partner-name.js'),
        },
    },
    runScript: true,
    script: Now.include('./scripts/active-flag.js'),
    scripts: [
        {
            $id: Now.ID['transform_department_import_onbefore'],
            when: 'onBefore',
            order: 100,
            active: true,
            // A plain script, not a server module: a module cannot set the transform's `ignore` variable.
            script: Now.include('./scripts/department-check.js'),
        },
    ],
})
