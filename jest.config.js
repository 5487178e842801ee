/** jest: tests live in test/, @servicenow/glide resolves to the embedded Glide implementation. */
module.exports = {
    testEnvironment: 'node',
    roots: ['<rootDir>/test'],
    testMatch: ['**/*.test.ts'],
    transform: { '^.+\\.ts$': ['@swc/jest'] },
    moduleNameMapper: { '^@servicenow/glide$': '<rootDir>/emulator/glide/index.ts' },
    testPathIgnorePatterns: ['/node_modules/', '/dist/'],
    modulePathIgnorePatterns: ['<rootDir>/dist/'],
    globalSetup: '<rootDir>/test/support/global-setup.ts',
}
