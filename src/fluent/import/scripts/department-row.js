// Conditional coalesce on sys_id: the department's active Partner department row, else its latest row, else -1 (insert).
answer = (function transformEntry(source) {
    var department = new GlideRecord('cmn_department');
    department.addQuery('name', String(source.u_department || '').trim());
    department.setLimit(1);
    department.query();
    if (!department.next()) return -1;
    var row = new GlideRecord('x_bu_itpartner_department');
    row.addQuery('department', department.getUniqueValue());
    row.orderByDesc('active');
    row.orderByDesc('sys_updated_on');
    row.setLimit(1);
    row.query();
    return row.next() ? row.getUniqueValue() : -1;
})(source);
