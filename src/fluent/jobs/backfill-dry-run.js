/**
 * IT Partner Routing: backfill stamps (dry run). Bridge to src/server/rules/backfill.ts; the require path contains the
 * package.json version (test/artifacts/backfill.test.ts checks it against the built sys_module). Writes nothing: the
 * log lines count what the run would stamp and name the first tickets. Batch size and kill switch: the properties
 * x_bu_itpartner.backfill_batch_size and x_bu_itpartner.backfill_enabled.
 */
(function () {
    require('x_bu_itpartner/it-partner-routing/0.0.1/src/server/rules/backfill.ts').backfillStamps({ dryRun: true });
})();
