// Transform map script: the Active column; empty, true, yes, y or 1 means active, anything else inactive. Read
// ignoring case, so Excel's TRUE/FALSE cells work ("File type data sources": mapped directly, both would be false).
(function transformRow(source, target) {
    var value = String(source.u_active || '').trim().toLowerCase();
    target.setValue('active', value === '' || value === 'true' || value === 'yes' || value === 'y' || value === '1');
})(source, target);
