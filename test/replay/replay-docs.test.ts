/**
 * docs/replay.md "Replay your own tickets" tells an admin what to export and how: its commands and examples must
 * agree with one another and with what the replay reads.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { tableParts } from '../../replay/read/export/files.ts'
import { REQUIRED_COLUMNS } from '../../replay/read/tables.ts'
import { ROOT } from './helpers.ts'

const DOC = readFileSync(join(ROOT, 'docs', 'replay.md'), 'utf8')

/** The `export_table TABLE "QUERY" FIELDS` calls of the paging loop. */
function loopExports(): { table: string; query: string; fields: string }[] {
    const calls = [...DOC.matchAll(/^export_table (\w+) "([^"]*)"(?: \\\n\s+| )([\w,]+)$/gm)]
    return calls.map(([, table, query, fields]) => ({ table, query, fields }))
}

describe('docs/replay.md: exporting from an instance', () => {
    test('the plain URL of the audit export asks for the same fields and field changes as the loop', () => {
        const audit = loopExports().find((call) => call.table === 'sys_audit')!
        const line = DOC.split('\n').find((text) => text.startsWith('https://<instance>.service-now.com/api/now/table/sys_audit?'))!
        const url = new URL(line.replace('<instance>', 'instance'))
        const fieldList = (query: string) => /fieldnameIN([\w,]+)/.exec(query)![1]
        expect(url.searchParams.get('sysparm_fields')).toBe(audit.fields)
        expect(fieldList(url.searchParams.get('sysparm_query')!)).toBe(fieldList(audit.query))
    })

    test('the folder shows the names the loop writes, and the replay reads them as pages', () => {
        const exports = loopExports()
        expect(exports.map((call) => call.table)).toEqual(expect.arrayContaining(['incident', 'sys_audit', 'sys_user', 'sys_user_group', 'cmn_department']))
        const folder = /### 1\. The folder[\s\S]*?```\n([\s\S]*?)```/.exec(DOC)![1]
        const dir = mkdtempSync(join(tmpdir(), 'itpartner-docs-'))
        for (const { table } of exports) {
            // The loop's first page of each table: "$1.$offset.json" with offset 0.
            expect(folder).toContain(`${table}.0.json`)
            writeFileSync(join(dir, `${table}.0.json`), '{"result":[]}')
            writeFileSync(join(dir, `${table}.10000.json`), '{"result":[]}')
            expect(tableParts(dir, table)).toEqual([`${table}.0.json`, `${table}.10000.json`])
        }
    })

    test('the example route row has the columns the replay needs, and its condition is an encoded query', () => {
        const block = /A route row:\n\s*```json\n([\s\S]*?)```/.exec(DOC)![1]
        const route = (JSON.parse(block) as { result: Record<string, string>[] }).result[0]
        for (const column of [...REQUIRED_COLUMNS.x_bu_itpartner_route, 'order', 'table', 'active', 'description']) expect(route).toHaveProperty(column)
        expect(route.condition).toMatch(/^\w+(=|LIKE)\w+(\^(OR)?\w+(=|LIKE)\w+)*$/)
        expect(DOC).toMatch(/`condition` is an\s+\*\*encoded query\*\*/)
    })
})
