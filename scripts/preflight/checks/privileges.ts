import type { Check, Finding } from '../check.ts'
import type { App } from '../app.ts'

const SCOPE = 'x_bu_itpartner'

/**
 * Least privilege: every operation the app's scripts perform on a table outside x_bu_itpartner, and every script
 * include of the global scope they execute, has a sys_scope_privilege, and every privilege is used. Derived from
 * dist/app, not listed:
 *  - sys_module contents: string literals passed to `new GlideRecord(...)` (read; plus create/write/delete when that
 *    variable calls insert/update/deleteRecord), the TABLE constants of the records module (`export const TABLE`),
 *    `addJoinQuery('<table>', ...)` (read), and reference fields read through getDisplayValue/getElement/groupField/
 *    groupWithStatus('<field>'): the field's reference table per the app's sys_dictionary (read);
 *  - business rules, script includes, UI actions, transform scripts: `new GlideRecord('<table>')`;
 *  - business rules on a table outside the scope: `current` is read and written (read, write);
 *  - every server script and module (scheduled jobs and ATF server steps included): `global.<Name>`, a script include
 *    of the global scope (`new global.GlideQuery(...)`, `Object.extendsObject(global.AbstractAjaxProcessor, ...)`),
 *    executed: `<Name>:execute`.
 * Keys are `<target>:<operation>`. Limits: table names built at run time (e.g. a route's own table, checked with
 * isValidField only) are not seen, nor a script include of another app's scope (`x_other.Name`).
 */
export function derivedOperations(app: App): Set<string> {
    const update = app.records.filter((record) => record.folder === 'update')
    const contents = [...app.modules.values()].map((module) => module.script.code)
    const tables = tableConstants(contents)
    const references = new Map<string, Set<string>>()
    for (const row of update.filter((record) => record.table === 'sys_dictionary')) {
        if (!row.fields.name?.startsWith(SCOPE) || row.fields.internal_type !== 'reference' || !row.fields.reference) continue
        references.set(row.fields.element, (references.get(row.fields.element) ?? new Set()).add(row.fields.reference))
    }
    const used = new Set<string>()
    for (const source of contents) {
        glideRecordOperations(source, tables, used)
        for (const match of source.matchAll(/addJoinQuery\(\s*'([\w.]+)'/g)) used.add(`${match[1]}:read`)
        const readers = /\b(?:getDisplayValue|getElement|groupField|groupWithStatus)\(\s*(?:\w+\s*,\s*)?'(\w+)'/g
        for (const match of source.matchAll(readers)) {
            for (const table of references.get(match[1]) ?? []) used.add(`${table}:read`)
        }
    }
    for (const script of app.scripts) {
        if (script.record.folder !== 'update' || script.field !== 'script') continue
        if (['sys_script', 'sys_script_include', 'sys_ui_action', 'sys_transform_script'].includes(script.table)) glideRecordOperations(script.code, tables, used)
    }
    for (const rule of update.filter((record) => record.table === 'sys_script')) {
        used.add(`${rule.fields.collection}:read`).add(`${rule.fields.collection}:write`)
    }
    for (const script of app.scripts) {
        if (script.record.folder !== 'update' || script.kind === 'client') continue
        for (const match of script.code.matchAll(/\bglobal\.([A-Za-z_]\w*)\b/g)) used.add(`${match[1]}:execute`)
    }
    return new Set([...used].filter((key) => !key.startsWith(SCOPE)))
}

/** `TABLE.partner` -> 'x_bu_itpartner_partner', from the module that exports `TABLE`. */
function tableConstants(contents: string[]): Record<string, string> {
    for (const source of contents) {
        const block = /export const TABLE = \{([\s\S]*?)\}/.exec(source)?.[1]
        if (block) return Object.fromEntries([...block.matchAll(/(\w+):\s*'([\w.]+)'/g)].map((match) => [match[1], match[2]]))
    }
    return {}
}

function glideRecordOperations(source: string, tables: Record<string, string>, into: Set<string>): void {
    const created = /(?:const|let|var)\s+(\w+)\s*=\s*new GlideRecord(?:Secure)?\(\s*(?:'([\w.]+)'|TABLE\.(\w+))\s*\)/g
    for (const match of source.matchAll(created)) {
        const table = match[2] ?? tables[match[3]]
        into.add(`${table}:read`)
        const variable = match[1]
        if (new RegExp(`\\b${variable}\\.insert\\(`).test(source)) into.add(`${table}:create`)
        if (new RegExp(`\\b${variable}\\.update(Multiple)?\\(`).test(source)) into.add(`${table}:write`)
        if (new RegExp(`\\b${variable}\\.delete(Record|Multiple)\\(`).test(source)) into.add(`${table}:delete`)
    }
    for (const match of source.matchAll(/new GlideRecord(?:Secure)?\(\s*'([\w.]+)'\s*\)/g)) into.add(`${match[1]}:read`)
}

export const crossScopePrivileges: Check = {
    name: 'cross-scope privileges match the scripts',
    refuses: 'an operation on a table outside the scope, or an execute of a global script include, with no sys_scope_privilege; or a privilege no script uses',
    sources: [
        'ServiceNow docs, "Cross-scope privilege record": runtime access tracking allows a script\'s operation (read, write, create, delete) on another scope\'s table, and its execute of another scope\'s script include, only through a sys_scope_privilege (https://raw.githubusercontent.com/ServiceNow/ServiceNowDocs/australia/markdown/application-development/c_CrossScopePrivilegeRecord.md)',
        'ServiceNow docs, "Runtime access tracking": under Enforcing the system blocks the operation until its privilege is Allowed (https://raw.githubusercontent.com/ServiceNow/ServiceNowDocs/zurich/markdown/application-development/c_RuntimeAccessTracking.md); KB0717945: an installed custom app\'s runtime access tracking is set to Enforcing on the target instance',
    ],
    run(app) {
        const derived = derivedOperations(app)
        const privileges = app.records.filter((record) => record.table === 'sys_scope_privilege' && record.folder === 'update')
        const declared = new Set(privileges.map((row) => `${row.fields.target_name}:${row.fields.operation}`))
        const findings: Finding[] = []
        for (const key of [...derived].filter((k) => !declared.has(k)).sort()) {
            findings.push({ where: 'src/fluent/security/privileges.now.ts', message: `no cross-scope privilege for ${key.replace(':', ' ')}`, key: `missing ${key}` })
        }
        for (const row of privileges) {
            const key = `${row.fields.target_name}:${row.fields.operation}`
            if (derived.has(key)) continue
            findings.push({ where: row.file.slice(app.dist.length + 1), message: `privilege ${key.replace(':', ' ')} is used by no script`, key: `unused ${key}` })
        }
        return findings
    },
}
