import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import { fixupPluginRules } from '@eslint/compat'
import sdkPlugin from '@servicenow/eslint-plugin-sdk-app-plugin'

// The SDK plugin ships an .eslintrc-style config; under eslint 9 its rules need fixupPluginRules.
const sdkRecommended = sdkPlugin.configs.recommended

export default tseslint.config(
    { ignores: ['dist/', 'build/', 'target/', 'coverage/', 'reports/', '.stryker-tmp/', 'node_modules/', 'src/fluent/generated/', '@types/'] },
    js.configs.recommended,
    ...tseslint.configs.recommended,
    {
        files: ['src/server/**/*.ts'],
        plugins: { '@servicenow/sdk-app-plugin': fixupPluginRules(sdkPlugin) },
        rules: sdkRecommended.rules,
    },
    {
        rules: {
            '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
        },
    },
    {
        files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
        languageOptions: { globals: { require: 'readonly', module: 'writable', process: 'readonly', console: 'readonly', __dirname: 'readonly' } },
        rules: { '@typescript-eslint/no-require-imports': 'off' },
    },
    {
        // Script Include bridges run on the instance, where these are globals.
        files: ['src/fluent/script-includes/*.js'],
        languageOptions: { sourceType: 'script', globals: { Class: 'readonly', global: 'readonly' } },
        rules: { 'no-unused-vars': 'off', '@typescript-eslint/no-unused-vars': 'off' },
    },
)
