#!/usr/bin/env node
// Lints every script that ships in dist/app with the community ServiceNow linter @admc.com/eslint-plugin-sn, each as
// its scriptlet type (table, field and "alt": scoped-es12 for server scripts of an app whose js_level is es_latest,
// iso/noniso for client scripts). sys_module records (the ES modules built from src/server) are not scriptlets the
// plugin can parse; the project's own eslint run lints their sources. Usage: lint-shipped.mjs [dist-dir]
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { basename, dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { fixupPluginRules } from '@eslint/compat'
import { XMLParser } from 'fast-xml-parser'

const require = createRequire(import.meta.url)
const { LegacyESLint } = require('eslint/use-at-your-own-risk')
const PLUGIN = '@admc.com/eslint-plugin-sn'
// The plugin reads its lists of platform globals from the first `snglobals` folder above the working directory
// (or in $HOME); the lists it ships are in its resources folder. It is written for eslint 8 (eslintrc,
// context.getFilename...): eslintrc mode plus the compat shim.
const home = process.cwd()
process.chdir(join(dirname(require.resolve(`${PLUGIN}/package.json`)), 'resources'))
const snPlugin = fixupPluginRules(require(PLUGIN))
process.chdir(home)

/** ATF step "Run Server Side Script" and its `script` input (ids from the SDK's ATF step catalogue). */
const ATF_SERVER_SCRIPT = '41de4a935332120028bc29cac2dc349a'
const ATF_SCRIPT_INPUT = '989d9e235324220002c6435723dc3484'

/**
 * Overrides on top of the plugin's own `servicenow` config. Pseudo paths are `<table or table.field>/<alt>/<name>.js`,
 * the plugin's convention.
 */
const OVERRIDES = [
    {
        // The app's own scope: its script includes are reached as x_bu_itpartner.Name.
        files: ['**/*.js'],
        globals: { x_bu_itpartner: 'readonly' },
    },
    {
        // The SDK writes these as a module stub: `const { fn } = require('<module path>'); fn(current, previous)`.
        // `require` is the platform's module loader there (undefined to the plugin), and the stub's top-level
        // `const` is what the SDK generates instead of the IIFE the plugin asks for; the module itself is linted
        // from its TypeScript source.
        files: ['**/sys_script/scoped-es12/*.js', '**/sys_ui_action.script/scoped-es12/*.js'],
        globals: { require: 'readonly' },
        rules: { '@admc.com/sn/sn-workaround-iife': 'off' },
    },
    {
        // The app's Script Include bridges load their module with the platform's `require` too.
        files: ['**/sys_script_include/scoped-es12/*.js'],
        globals: { require: 'readonly' },
    },
    {
        // The platform's own transform-map script template ends `})(source, target, map, log, action==="update")`:
        // `action` is a transform variable the plugin lists only for field-map scripts, and the IIFE's last argument
        // is that expression, not an `isUpdate` variable.
        files: ['**/sys_transform_map/scoped-es12/*.js'],
        globals: { action: 'readonly' },
        rules: { '@admc.com/sn/sn-workaround-iife': 'off' },
    },
    {
        // Client scripts are compiled from src/browser: the handler must be declared as `function onChange(...)`,
        // which the plugin's client globals list as a built-in; handler parameters come by position, unused ones
        // carry the project's `_` prefix (as in eslint.config.js); tsc writes `catch {}` as `catch (_a)`.
        files: ['**/sys_script_client/*/*.js'],
        rules: {
            'no-redeclare': ['error', { builtinGlobals: false }],
            'no-unused-vars': ['error', {
                args: 'all',
                argsIgnorePattern: '^_',
                varsIgnorePattern: '^on(Load|Change|CellEdit|Submit)$',
                caughtErrors: 'all',
                caughtErrorsIgnorePattern: '^_',
            }],
        },
    },
    {
        // An ATF server script receives these, and may use jasmine; in the app's scope it may also `require` the app's
        // modules ("JavaScript modules and third-party libraries": require statements in server-side scripts).
        files: ['**/sys_script_fix/scoped-es12/atf_*.js'],
        globals: {
            require: 'readonly',
            outputs: 'writable',
            steps: 'readonly',
            params: 'readonly',
            stepResult: 'readonly',
            assertEqual: 'readonly',
            describe: 'readonly',
            it: 'readonly',
            expect: 'readonly',
            beforeEach: 'readonly',
            afterEach: 'readonly',
            fail: 'readonly',
        },
        // The step's script template is `(function(outputs, steps, params, stepResult, assertEqual) {...})(...)`:
        // the platform passes all five by position, so a script that uses only the last has the others unused.
        rules: { 'no-unused-vars': ['error', { args: 'none' }] },
    },
]

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false, trimValues: false })

function text(value) {
    if (value === null || value === undefined) return ''
    if (typeof value === 'object') return text(value['#text'] ?? '')
    return String(value)
}

function walk(dir) {
    return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
    )
}

function rows(value) {
    return (Array.isArray(value) ? value : [value]).filter((row) => row && typeof row === 'object')
}

const yes = (value) => text(value) === 'true'

/** The scriptlets of one record: [pseudo table (table or table.field), alt, field, code]. */
function scriptletsOf(table, record, children) {
    const server = 'scoped-es12'
    const field = (name) => text(record[name])
    switch (table) {
        case 'sys_script':
            return [['sys_script', server, 'script'], ['sys_script.condition', server, 'condition']]
        case 'sys_script_include':
            return [['sys_script_include', server, 'script']]
        case 'sys_script_client':
            return [['sys_script_client', yes(record.isolate_script) ? 'iso' : 'noniso', 'script']]
        case 'sys_ui_action': {
            const client = yes(record.client)
            const iso = yes(record.isolate_script) ? 'iso' : 'noniso'
            return [
                ['sys_ui_action.script', client ? iso : server, 'script'],
                ['sys_ui_action.condition', server, 'condition'],
                ['sys_ui_action.client_script_v2', 'all', 'client_script_v2'],
            ]
        }
        case 'sys_security_acl':
            return [['sys_security_acl', server, 'script']]
        case 'sys_transform_map':
            return [['sys_transform_map', server, 'script']]
        case 'sys_transform_script':
            return [['sys_transform_script', server, 'script']]
        case 'sys_transform_entry':
            return [['sys_transform_entry', server, 'source_script']]
        case 'sys_atf_step':
            if (field('step_config') !== ATF_SERVER_SCRIPT) return []
            return rows(children.sys_variable_value)
                .filter((input) => text(input.variable) === ATF_SCRIPT_INPUT && text(input.document_key) === field('sys_id'))
                .map((input) => ['sys_script_fix', server, 'script', text(input.value)])
        default:
            return []
    }
}

/** Every non-empty script in the built app, with the pseudo path the plugin reads its type from. */
export function shippedScripts(dist) {
    const scripts = []
    for (const file of walk(dist).filter((name) => name.endsWith('.xml')).sort()) {
        const update = parser.parse(readFileSync(file, 'utf8')).record_update
        if (!update) continue
        const table = update['@_table']
        for (const record of rows(update[table])) {
            const id = text(record.sys_id)
            const name = text(record.name) || text(record.sys_name) || text(record.target_field) || text(record.display_name) || id
            for (const [pseudo, alt, field, value] of scriptletsOf(table, record, update)) {
                const code = value ?? text(record[field])
                if (!code.trim()) continue
                const prefix = table === 'sys_atf_step' ? 'atf_' : ''
                scripts.push({ pseudoPath: join(pseudo, alt, `${prefix}${id}.js`), label: `${table}.${field} "${name}" (${relative(dist, file)})`, code })
            }
        }
    }
    return scripts
}

/** Lints the scripts; returns eslint results with each result's label. */
export async function lintScripts(scripts) {
    const cwd = join(tmpdir(), 'sn-scriptlets')
    const eslint = new LegacyESLint({
        cwd,
        useEslintrc: false,
        ignore: false,
        plugins: { '@admc.com/sn': snPlugin },
        baseConfig: { root: true, plugins: ['@admc.com/sn'], extends: ['plugin:@admc.com/sn/servicenow'], overrides: OVERRIDES },
    })
    const results = []
    for (const script of scripts) {
        const [result] = await eslint.lintText(script.code, { filePath: join(cwd, script.pseudoPath) })
        results.push({ ...result, label: script.label, pseudoPath: script.pseudoPath })
    }
    return results
}

async function main() {
    const dist = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'app')
    const scripts = shippedScripts(dist)
    const results = await lintScripts(scripts)
    let errors = 0
    const warnings = new Map()
    for (const result of results) {
        for (const message of result.messages) {
            const where = `${result.label} [${result.pseudoPath}] ${message.line}:${message.column}`
            const what = `${message.message} (${message.ruleId ?? 'parse error'})`
            if (message.severity === 2 || message.fatal) {
                errors++
                console.log(`${where} error: ${what}`)
            } else warnings.set(message.ruleId, (warnings.get(message.ruleId) ?? 0) + 1)
        }
    }
    const types = [...new Set(scripts.map((script) => script.pseudoPath.split('/').slice(0, 2).join('/')))].sort()
    const warned = [...warnings].map(([rule, count]) => `${rule} ${count}`).join(', ')
    console.log(`lint shipped scripts: ${scripts.length} scripts (${types.join(', ')}): ${errors} errors; warnings: ${warned || 'none'}`)
    process.exit(errors ? 1 : 0)
}

if (process.argv[1] && basename(process.argv[1]) === basename(fileURLToPath(import.meta.url))) await main()
