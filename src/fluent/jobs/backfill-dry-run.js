/**
 * IT Partner Routing: backfill stamps (dry run). Bridge to src/server/rules/backfill.ts; the require path contains the
 * package.json version (test/artifacts/backfill.test.ts checks it against the built sys_module). Writes nothing: the
 * log line counts what the run would stamp and names the first tickets.
 * BATCH_SIZE: tickets per query, 1 to 1000.
 */
(function () {
    var BATCH_SIZE = 200;
    require('x_bu_itpartner/it-partner-routing/0.0.1/src/server/rules/backfill.ts').backfillStamps({ dryRun: true, batchSize: BATCH_SIZE, });
})();
