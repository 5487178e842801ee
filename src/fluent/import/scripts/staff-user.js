// The user in the row, by user name, else by email (the onBefore script has rejected unknown and shared emails).
answer = (function transformEntry(source) {
    var value = String(source.u_user || '').trim();
    var fields = ['user_name', 'email'];
    for (var i = 0; i < fields.length; i++) {
        var user = new GlideRecord('sys_user');
        user.addQuery(fields[i], value);
        user.setLimit(1);
        user.query();
        if (user.next()) return user.getUniqueValue();
    }
    return '';
})(source);
