// Conditional coalesce on sys_id: the user's active red flag, else their latest one, else -1 (insert), so a user
// keeps one red flag row.
answer = (function transformEntry(source) {
    var value = String(source.u_user || '').trim();
    var fields = ['user_name', 'email'];
    for (var i = 0; i < fields.length; i++) {
        var user = new GlideRecord('sys_user');
        user.addQuery(fields[i], value);
        user.setLimit(1);
        user.query();
        if (!user.next()) continue;
        var flag = new GlideRecord('x_bu_itpartner_red_flag');
        flag.addQuery('user', user.getUniqueValue());
        flag.orderByDesc('active');
        flag.orderByDesc('sys_updated_on');
        flag.setLimit(1);
        flag.query();
        return flag.next() ? flag.getUniqueValue() : -1;
    }
    return -1;
})(source);
