import '@servicenow/sdk/global'
import { ImportSet, Record, StringColumn, Table } from '@servicenow/sdk/core'

/**
 * Spreadsheet import of the partner department list (docs/admin.md "Importing the partner department list").
 * CSV/Excel columns: Department, IT Partner, Active -> staging columns u_department, u_partner, u_active.
 */
export const x_bu_itpartner_department_import = Table({
    name: 'x_bu_itpartner_department_import',
    label: 'Partner department import',
    extends: 'sys_import_set_row',
    schema: {
        u_department: StringColumn({ label: 'Department', maxLength: 100 }),
        u_partner: StringColumn({ label: 'IT Partner', maxLength: 100 }),
        u_active: StringColumn({ label: 'Active', maxLength: 40 }),
    },
})

export const departmentDataSource = Record({
    $id: Now.ID['datasource_department_import'],
    table: 'sys_data_source',
    data: {
        name: 'IT Partner departments (spreadsheet)',
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

/**
 * Department and IT Partner are matched by name (a reference field's display value); a name that matches nothing
 * rejects the row (choice action reject), so no Partner or department is ever created. The onBefore script skips
 * such rows first and writes which name was unknown into the import log.
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
        department: { sourceField: 'u_department', coalesce: true, choiceAction: 'reject' },
        partner: { sourceField: 'u_partner', choiceAction: 'reject' },
        active: {
            sourceField: 'u_active',
            useSourceScript: true,
            sourceScript: `answer = (function transformEntry(source) {
    var value = String(source.u_active || '').trim().toLowerCase();
    return value === '' || value === 'true' || value === 'yes' || value === 'y' || value === '1' ? 'true' : 'false';
})(source);`,
        },
    },
    runScript: false,
    scripts: [
        {
            $id: Now.ID['transform_department_import_onbefore'],
            when: 'onBefore',
            order: 100,
            active: true,
            // A plain script, not a server module: a module cannot set the transform's \`ignore\` variable.
            script: `(function runTransformScript(source, map, log, target) {
    var department = String(source.u_department || '').trim();
    var partner = String(source.u_partner || '').trim();
    var problems = [];
    if (!department) problems.push('the Department column is empty');
    else {
        var dept = new GlideRecord('cmn_department');
        dept.addQuery('name', department);
        dept.setLimit(1);
        dept.query();
        if (!dept.hasNext()) problems.push('no department is named "' + department + '"');
    }
    if (!partner) problems.push('the IT Partner column is empty');
    else {
        var owner = new GlideRecord('x_bu_itpartner_partner');
        owner.addQuery('name', partner);
        owner.setLimit(1);
        owner.query();
        if (!owner.hasNext()) problems.push('no IT Partner is named "' + partner + '" (create it first; imports never create Partners)');
    }
    if (problems.length) {
        ignore = true;
        log.error('IT Partner departments import, row ' + source.sys_import_row + ': skipped because ' + problems.join(' and ') + '.');
    }
})(source, map, log, target);`,
        },
    ],
})
