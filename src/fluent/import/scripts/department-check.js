// onBefore: skip and log a row whose department or IT Partner name matches nothing; imports never create either.
(function runTransformScript(source, map, log, target /* undefined onStart */) {
    var department = String(source.u_department || '').trim();
    var partner = String(source.u_it_partner || '').trim();
    var problems = [];
    if (!department) {
        problems.push('the Department column is empty');
    } else if (!named('cmn_department', department)) {
        problems.push('no department is named "' + department + '"');
    }
    if (!partner) {
        problems.push('the IT Partner column is empty');
    } else if (!named('x_bu_itpartner_partner', partner)) {
        problems.push('no IT Partner is named "' + partner + '" (create it first; imports never create Partners)');
    }
    if (problems.length) {
        ignore = true;
        log.error('IT Partner departments import, row ' + source.sys_import_row + ': skipped because ' + problems.join(' and ') + '.');
    }

    function named(table, name) {
        var row = new GlideRecord(table);
        row.addQuery('name', name);
        row.setLimit(1);
        row.query();
        return row.hasNext();
    }
})(source, map, log, target);
