import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import { fixupPluginRules } from '@eslint/compat'
import sdkPlugin from '@servicenow/eslint-plugin-sdk-app-plugin'
import * as espree from 'espree'

// The SDK plugin ships an .eslintrc-style config; under eslint 9 its rules need fixupPluginRules.
const sdkRecommended = sdkPlugin.configs.recommended

export default tseslint.config(
    {
        ignores: [
            'dist/',
            'build/',
            'target/',
            'coverage/',
            'reports/',
            '.stryker-tmp/',
            'node_modules/',
            'src/fluent/generated/',
            '@types/',
            // The fixture apps' SDK output.
            'test/fixtures/*/dist/',
            'test/fixtures/*/src/fluent/generated/',
        ],
    },
    js.configs.recommended,
    ...tseslint.configs.recommended,
    {
        files: ['src/server/**/*.ts', 'test/fixtures/*/src/server/**/*.ts'],
        plugins: { '@servicenow/sdk-app-plugin': fixupPluginRules(sdkPlugin) },
        rules: sdkRecommended.rules,
    },
    {
        rules: {
            '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
        },
    },
    {
        // The emulator is an app-independent embedded instance: it loads an app from its dist/app and never imports one.
        files: ['emulator/**'],
        rules: {
            'no-restricted-imports': [
                'error',
                {
                    patterns: [
                        {
                            regex: '^(\\.\\./)+(src|replay|scripts|test)(/|$)',
                            message: 'emulator/ imports nothing from src/, replay/, scripts/ or test/: it knows no app (emulator/README.md).',
                        },
                    ],
                },
            ],
        },
    },
    {
        files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
        languageOptions: { globals: { require: 'readonly', module: 'writable', process: 'readonly', console: 'readonly', __dirname: 'readonly' } },
        rules: { '@typescript-eslint/no-require-imports': 'off' },
    },
    {
        // The mutation runs' jest set-up file runs among the tests, with jest's globals.
        files: ['test/support/mutation/*.cjs'],
        languageOptions: { globals: { expect: 'readonly', beforeEach: 'readonly', afterAll: 'readonly' } },
    },
    {
        // Script Include and job bridges run on the instance, where these are globals.
        files: ['src/fluent/script-includes/*.js', 'src/fluent/jobs/*.js'],
        languageOptions: { sourceType: 'script', globals: { Class: 'readonly', global: 'readonly' } },
        rules: { 'no-unused-vars': 'off', '@typescript-eslint/no-unused-vars': 'off' },
    },
    {
        // The fixture apps' script includes run on the instance as classic scripts.
        files: ['test/fixtures/*/src/fluent/*.js'],
        languageOptions: { sourceType: 'script', globals: { Class: 'readonly', GlideRecord: 'readonly', global: 'readonly' } },
        rules: { 'no-unused-vars': 'off', '@typescript-eslint/no-unused-vars': 'off' },
    },
    {
        // Transform scripts run on the instance as classic ES5 scripts with the import's variables as globals.
        files: ['src/fluent/import/scripts/*.js'],
        // espree, not the TypeScript parser, so that ecmaVersion 5 refuses later syntax.
        languageOptions: {
            parser: espree,
            ecmaVersion: 5,
            sourceType: 'script',
            globals: {
                source: 'readonly',
                target: 'readonly',
                map: 'readonly',
                log: 'readonly',
                action: 'readonly',
                ignore: 'writable',
                answer: 'writable',
                GlideRecord: 'readonly',
            },
        },
        // The platform's transform script template passes (source, map, log, target) by position, used or not.
        rules: { '@typescript-eslint/no-unused-vars': ['error', { args: 'none' }] },
    },
)
