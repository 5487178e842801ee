// The department named in the row (checked by the onBefore script), as a sys_id.
answer = (function transformEntry(source) {
    var department = new GlideRecord('cmn_department');
    department.addQuery('name', String(source.u_department || '').trim());
    department.setLimit(1);
    department.query();
    return department.next() ? department.getUniqueValue() : '';
})(source);
