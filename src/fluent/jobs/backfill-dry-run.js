/**
 * IT Partner Routing: backfill stamps (dry run). Bridge to src/server/rules/backfill.ts, required by its path in the
 * app's package, which holds whatever the version (test/artifacts/version-bump.test.ts). Writes nothing: the
 * log line counts what the run would stamp and names the first tickets.
 * BATCH_SIZE: tickets per query, 1 to 1000.
 */
(function () {
    var BATCH_SIZE = 200;
    require('./src/server/rules/backfill.ts').backfillStamps({ dryRun: true, batchSize: BATCH_SIZE, });
})();
