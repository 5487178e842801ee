// The IT Partner named in the row (checked by the onBefore script), as a sys_id.
answer = (function transformEntry(source) {
    var partner = new GlideRecord('x_bu_itpartner_partner');
    partner.addQuery('name', String(source.u_it_partner || '').trim());
    partner.setLimit(1);
    partner.query();
    return partner.next() ? partner.getUniqueValue() : '';
})(source);
