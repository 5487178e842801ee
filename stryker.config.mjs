// StrykerJS over what ships (src/server) and the browser scripts (src/browser): `npm run mutation`, or on one file
// `npm run mutation -- --mutate src/server/core/routing.ts`. Not part of `npm test` (52 minutes on 2 cores, 2,627 mutants
// tested); npm test starts its dry run only.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
    testRunner: 'jest',
    // Each mutant loads only the test files that import the mutated file (jest --findRelatedTests), not every test
    // file filtered by name: every test that runs a src module imports it (the built-app tests are left out).
    jest: { configFile: 'jest.mutation.config.js', enableFindRelatedTests: true },
    mutate: ['src/server/**/*.ts', 'src/browser/**/*.ts', '!src/**/*.d.ts', '!src/**/*.now.ts'],
    coverageAnalysis: 'perTest',
    // A static mutant (one that runs only while its module loads: a top-level constant, a table of cases) has no
    // covering test, so it runs every related test file: Stryker estimated the 248 of them at half a run's time.
    // They are reported as Ignored; `MUTATE_STATIC=1 npm run mutation -- --mutate <file>` tests them on one file.
    ignoreStatic: !process.env.MUTATE_STATIC,
    concurrency: 2,
    ignorePatterns: ['dist', 'build', 'target', 'coverage', 'reports', '.now'],
    reporters: ['clear-text', 'progress', 'html', 'json'],
    htmlReporter: { fileName: 'reports/mutation/index.html' },
    jsonReporter: { fileName: 'reports/mutation/mutation.json' },
    thresholds: { high: 95, low: 90, break: null },
    tempDirName: '.stryker-tmp',
    cleanTempDir: 'always',
}
