import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { built as builtAnywhere } from '../support/dist.ts'

/**
 * Least privilege: every operation the app's server code performs on a table outside x_bu_itpartner has a
 * sys_scope_privilege, and every privilege is used. Derived, not listed:
 *  - src/server/**\/*.ts (what ships as sys_module): string literals passed to `new GlideRecord(...)` (read; plus
 *    create/write/delete when that variable calls insert/update/deleteRecord), TABLE constants of
 *    src/server/glide/records.ts, `addJoinQuery('<table>', ...)` (read), and reference fields read through
 *    getDisplayValue/getElement/groupField/groupWithStatus('<field>'): the field's reference table per the app's
 *    sys_dictionary in dist/app (read);
 *  - scripts in dist/app (business rules, script includes, UI actions, transform scripts): `new GlideRecord('<table>')`;
 *  - business rules in dist/app on a table outside the scope: `current` is read and written (read, write).
 * Limits: table names built at run time (e.g. a route's own table, checked with isValidField only) are not seen.
 */
const SCOPE = 'x_bu_itpartner'
const SERVER = join(__dirname, '..', '..', 'src', 'server')
const built = (table: string) => builtAnywhere(table).filter((record) => record.folder === 'update')

function serverFiles(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const path = join(dir, entry.name)
        if (entry.isDirectory()) return serverFiles(path)
        return /\.ts$/.test(entry.name) && !/\.(test|d)\.ts$/.test(entry.name) ? [path] : []
    })
}

/** `TABLE.partner` -> 'x_bu_itpartner_partner', read from records.ts. */
function tableConstants(): Record<string, string> {
    const source = readFileSync(join(SERVER, 'glide', 'records.ts'), 'utf8')
    const block = /export const TABLE = \{([\s\S]*?)\}/.exec(source)![1]
    return Object.fromEntries([...block.matchAll(/(\w+):\s*'([\w.]+)'/g)].map((match) => [match[1], match[2]]))
}

/** Reference columns of the app's tables, field name -> referenced table (from dist/app sys_dictionary). */
function referenceColumns(): Map<string, Set<string>> {
    const columns = new Map<string, Set<string>>()
    for (const row of built('sys_dictionary')) {
        if (!row.fields.name?.startsWith(SCOPE) || row.fields.internal_type !== 'reference' || !row.fields.reference)
            continue
        const reference = row.fields.reference
        columns.set(row.fields.element, (columns.get(row.fields.element) ?? new Set()).add(reference))
    }
    return columns
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

function derivedOperations(): Set<string> {
    const tables = tableConstants()
    const references = referenceColumns()
    const used = new Set<string>()
    for (const file of serverFiles(SERVER)) {
        const source = readFileSync(file, 'utf8')
        glideRecordOperations(source, tables, used)
        for (const match of source.matchAll(/addJoinQuery\(\s*'([\w.]+)'/g)) used.add(`${match[1]}:read`)
        const readers = /\b(?:getDisplayValue|getElement|groupField|groupWithStatus)\(\s*(?:\w+\s*,\s*)?'(\w+)'/g
        for (const match of source.matchAll(readers)) {
            for (const table of references.get(match[1]) ?? []) used.add(`${table}:read`)
        }
    }
    for (const table of ['sys_script', 'sys_script_include', 'sys_ui_action', 'sys_transform_script']) {
        for (const record of built(table)) glideRecordOperations(record.fields.script ?? '', tables, used)
    }
    for (const rule of built('sys_script')) {
        used.add(`${rule.fields.collection}:read`).add(`${rule.fields.collection}:write`)
    }
    return new Set([...used].filter((key) => !key.startsWith(SCOPE)))
}

describe('cross-scope privileges match what the server code does', () => {
    const derived = derivedOperations()
    const declared = new Set(
        built('sys_scope_privilege').map((row) => `${row.fields.target_name}:${row.fields.operation}`),
    )

    it('finds the tables the server modules touch', () => {
        expect(derived).toEqual(
            new Set([
                'incident:read',
                'incident:write',
                'sys_user_group:read',
                'sys_user_grmember:read',
                'sys_user:read',
                'cmn_department:read',
            ]),
        )
    })

    it('declares a privilege for every operation on a table outside the scope', () => {
        expect([...derived].filter((key) => !declared.has(key)).sort()).toEqual([])
    })

    it('declares no privilege the code does not use', () => {
        expect([...declared].filter((key) => !derived.has(key)).sort()).toEqual([])
    })
})
