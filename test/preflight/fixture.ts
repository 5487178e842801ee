import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadApp, type App } from '../../scripts/preflight/app.ts'
import { runScan } from '../../scripts/preflight/scan.ts'
import type { AllowEntry } from '../../scripts/preflight/check.ts'

export interface FixtureRecord {
    table: string
    fields: Record<string, string>
    folder?: string
}

const MODULE_ROOT = 'x_bu_itpartner/it-partner-routing/0.0.1/src/server'

/** The SDK's stub for a business rule or UI action that calls a module function. */
export const stub = (module: string, fn: string, args = 'current, previous') =>
    `const { ${fn} } = require('${MODULE_ROOT}/${module}');\n${fn}(${args});`

export const moduleRecord = (path: string, content: string): FixtureRecord => ({
    table: 'sys_module',
    fields: { path: `${MODULE_ROOT}/${path}`, content },
})

/**
 * A small built app that every check passes: an app table with its four ACLs, a before rule with a filter calling a
 * module that imports another (which reads sys_user, with its privilege, and a property with a default), a clean
 * client script, a client UI action, and a transform map that states run_business_rules.
 */
export function cleanApp(): FixtureRecord[] {
    const table = 'x_bu_itpartner_thing'
    return [
        { table: 'sys_db_object', fields: { name: table } },
        ...['read', 'write', 'create', 'delete'].map((operation) => ({
            table: 'sys_security_acl',
            fields: { name: table, operation, type: 'record', active: 'true' },
        })),
        {
            table: 'sys_script',
            fields: {
                name: 'Thing check',
                collection: table,
                when: 'before',
                filter_condition: 'activeVALCHANGES^EQ',
                condition: '',
                script: stub('rules/thing.ts', 'checkThing'),
            },
        },
        moduleRecord(
            'rules/thing.ts',
            "import { gs } from '@servicenow/glide';\nimport { ownerName } from '../glide/owner.ts';\n" +
                "export function checkThing(current) {\n    if (gs.getProperty('x_bu_itpartner.enabled', 'true') !== 'true') return;\n    current.setValue('owner_name', ownerName(current.getValue('owner')));\n}\n",
        ),
        moduleRecord(
            'glide/owner.ts',
            "import { GlideRecord } from '@servicenow/glide';\n// A comment may say gs.log( or getRowCount( or current.update( without a finding.\n" +
                "export function ownerName(id) {\n    const user = new GlideRecord('sys_user');\n    user.setLimit(1);\n    return user.get(id) ? user.getValue('name') : '';\n}\n",
        ),
        { table: 'sys_scope_privilege', fields: { target_name: 'sys_user', operation: 'read' } },
        {
            table: 'sys_script_client',
            fields: {
                name: 'Thing form',
                table,
                script: "function onChange(control, oldValue, newValue) {\n    g_form.getReference('owner', function (owner) {\n        g_form.addInfoMessage(owner.name);\n    });\n}\n",
            },
        },
        {
            table: 'sys_ui_action',
            fields: { name: 'Check thing', table, client: 'true', script: "function checkThing() {\n    g_form.addInfoMessage('checked');\n}\n" },
        },
        { table: 'sys_transform_map', fields: { name: 'Things import', run_business_rules: 'true', script: '' } },
    ]
}

function cdata(value: string): string {
    return value === '' ? '' : `<![CDATA[${value.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`
}

/** Writes the records as a dist/app folder (one XML file per record, as the SDK does) and loads it. */
export function appOf(records: FixtureRecord[]): App {
    const dist = mkdtempSync(join(tmpdir(), 'preflight-'))
    records.forEach((record, index) => {
        const folder = join(dist, record.folder ?? 'update')
        mkdirSync(folder, { recursive: true })
        const fields = Object.entries(record.fields)
            .map(([name, value]) => `    <${name}>${cdata(value)}</${name}>`)
            .join('\n')
        const xml = `<?xml version="1.0"?>\n<record_update table="${record.table}">\n  <${record.table} action="INSERT_OR_UPDATE">\n    <sys_id>${index.toString(16).padStart(32, '0')}</sys_id>\n${fields}\n  </${record.table}>\n</record_update>\n`
        writeFileSync(join(folder, `${record.table}_${index}.xml`), xml)
    })
    return loadApp(dist)
}

/** Check name -> findings, for the checks that found something (no allow-list unless given). */
export function failing(records: FixtureRecord[], allow: AllowEntry[] = []): Record<string, string[]> {
    return Object.fromEntries(
        runScan(appOf(records), undefined, allow)
            .filter((result) => result.findings.length)
            .map((result) => [result.check.name, result.findings.map((finding) => `${finding.where}: ${finding.message}`)]),
    )
}

/** The clean app with one record's fields changed (by table and name) or records added. */
export function seeded(change: { table: string; name: string; fields: Record<string, string> } | FixtureRecord[]): FixtureRecord[] {
    const records = cleanApp()
    if (Array.isArray(change)) return [...records, ...change]
    const target = records.find((record) => record.table === change.table && (record.fields.name ?? record.fields.path?.split('/src/server/')[1]) === change.name)
    if (!target) throw new Error(`no ${change.table} ${change.name} in the clean app`)
    Object.assign(target.fields, change.fields)
    return records
}
