/**
 * IT Partner Routing: backfill stamps (dry run). Bridge to src/server/rules/backfill.ts, required by its path in the
 * app's package, which holds whatever the version (test/artifacts/version-bump.test.ts). Writes nothing: the log
 * lines count what the run would stamp and name the first tickets. Batch size and kill switch: the properties
 * x_bu_itpartner.backfill_batch_size and x_bu_itpartner.backfill_enabled.
 */
(function () {
    require('./src/server/rules/backfill.ts').backfillStamps({ dryRun: true });
})();
