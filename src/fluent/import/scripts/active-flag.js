// Transform map script: the Active column; empty, true, yes, y or 1 means active, anything else inactive.
(function transformRow(source, target) {
    var value = String(source.u_active || '').trim().toLowerCase();
    target.setValue('active', value === '' || value === 'true' || value === 'yes' || value === 'y' || value === '1');
})(source, target);
