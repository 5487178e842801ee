// onBefore: skip and log a row whose user or IT Partner matches nothing (or several users share the email);
// imports never create users or Partners.
(function runTransformScript(source, map, log, target /* undefined onStart */) {
    var user = String(source.u_user || '').trim();
    var partner = String(source.u_it_partner || '').trim();
    var problems = [];
    if (!user) {
        problems.push('the User column is empty');
    } else if (!count('sys_user', 'user_name', user)) {
        var sameEmail = count('sys_user', 'email', user);
        if (!sameEmail) problems.push('no user has the user name or email "' + user + '"');
        else if (sameEmail > 1) problems.push(sameEmail + ' users have the email "' + user + '" (use the user name)');
    }
    if (!partner) {
        problems.push('the IT Partner column is empty');
    } else if (!count('x_bu_itpartner_partner', 'name', partner)) {
        problems.push('no IT Partner is named "' + partner + '" (create it first; imports never create Partners)');
    }
    if (problems.length) {
        ignore = true;
        log.error('IT Partner staff import, row ' + source.sys_import_row + ': skipped because ' + problems.join(' and ') + '.');
    }

    // 0, 1 or 2 (two or more): reads at most two rows; getRowCount() would fetch every match.
    function count(table, field, value) {
        var rows = new GlideRecord(table);
        rows.addQuery(field, value);
        rows.setLimit(2);
        rows.query();
        var found = 0;
        while (rows.next()) found++;
        return found;
    }
})(source, map, log, target);
