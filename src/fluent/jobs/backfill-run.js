/**
 * IT Partner Routing: backfill stamps (run). Bridge to src/server/rules/backfill.ts, required by its path in the
 * app's package, which holds whatever the version (test/artifacts/version-bump.test.ts). Batch size and kill switch:
 * the properties x_bu_itpartner.backfill_batch_size and x_bu_itpartner.backfill_enabled.
 */
(function () {
    require('./src/server/rules/backfill.ts').backfillStamps({
        dryRun: false,
        // GlideQuery (a global script include, "new global.GlideQuery" from a scoped app): disableWorkflow() runs no
        // business rules, flows or audit, disableAutoSysFields() leaves sys_updated_* alone ("GlideQuery - Scoped,
        // Global"). Scoped GlideRecord.setWorkflow "can't be set for cross-scoped applications" and scoped GlideRecord
        // has no autoSysFields ("GlideRecord - Scoped").
        write: function (ticketId, values) {
            new global.GlideQuery('incident').where('sys_id', ticketId).disableWorkflow().disableAutoSysFields().update(values);
        },
    });
})();
