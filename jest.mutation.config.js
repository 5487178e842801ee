/**
 * jest for mutation testing (stryker.config.mjs): the tests that run the sources. `roots` includes src so jest maps
 * the mutated modules; no globalSetup, and none of the tests that read or rebuild dist/app (the sandbox's dist/app
 * does not change with a mutant, so they could not kill one; the pre-flight scan's tests among them), nor the embedded Glide's own tests (test/emulator), whose
 * volume runs would cost minutes per mutant and which test emulator/, not src.
 */
const base = require('./jest.config.js')

module.exports = {
    ...base,
    roots: ['<rootDir>/test', '<rootDir>/src'],
    globalSetup: undefined,
    // Each mutant's run loads only the test files that hold a test covering it (test/support/mutation/).
    setupFilesAfterEnv: ['<rootDir>/test/support/mutation/record-names.cjs'],
    testSequencer: '<rootDir>/test/support/mutation/sequencer.cjs',
    testPathIgnorePatterns: [
        ...base.testPathIgnorePatterns,
        '<rootDir>/test/artifacts/',
        '<rootDir>/test/preflight/',
        '<rootDir>/test/replay/',
        '<rootDir>/test/emulator/',
        '<rootDir>/test/browser/banner-client.test.ts',
        '<rootDir>/test/browser/client-ui.test.ts',
    ],
}
