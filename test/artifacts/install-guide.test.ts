import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { INCIDENT_RULES, PRIVILEGES } from '../../src/server/core/install-check.ts'
import { built } from '../support/dist.ts'

const guide = readFileSync(join(__dirname, '..', '..', 'docs', 'install.md'), 'utf8')
/** The rows of the table under "What each ATF test proves": the test names it lists. */
const listed = [...guide.slice(guide.indexOf('## 3. What each ATF test proves')).matchAll(/^\| (IT Partner \d\d: [^|]+?) \|/gm)].map((match) => match[1])

describe('docs/install.md', () => {
    test('lists every shipped ATF test by its name, once, and no test that does not ship', () => {
        const shipped = built('sys_atf_test')
            .filter((test) => test.folder === 'update')
            .map((test) => test.fields.name)
            .sort()
        expect(shipped.length).toBeGreaterThanOrEqual(20)
        expect([...listed].sort()).toEqual(shipped)
    })

    test('names every app property and the prerequisites an admin checks', () => {
        const properties = built('sys_properties').map((row) => row.fields.name).filter((name) => name.startsWith('x_bu_itpartner.'))
        for (const name of properties) expect([name, guide.includes('`' + name + '`')]).toEqual([name, true])
        for (const text of ['Can read', 'Can update', 'Allow configuration', 'glide.record.legacy_cross_scope_access_policy_in_script']) {
            expect([text, guide.includes(text)]).toEqual([text, true])
        }
    })
})

describe('docs/install.md: runtime requirements and Check installation', () => {
    const section = (heading: string) => {
        const at = guide.indexOf(`\n## ${heading}\n`)
        expect([heading, at >= 0]).toEqual([heading, true])
        const next = guide.indexOf('\n## ', at + 1)
        return guide.slice(at, next < 0 ? undefined : next)
    }

    test('every runtime item has its own part, with what the admin does', () => {
        const runtime = section('Runtime requirements')
        for (const part of [
            'Module paths',
            'Global script includes and their privileges',
            'Scoped GlideRecord limits',
            'Writes to incident, Application Access and the hardening property',
            'The display rule and the banner fallback',
            "Creation restrictions on another scope's table",
            'Before go-live',
        ]) {
            expect([part, runtime.includes(`\n### ${part}\n`)]).toEqual([part, true])
        }
        expect(runtime.match(/\*\*Admin:\*\*/g)?.length).toBeGreaterThanOrEqual(5)
        for (const evidence of ['**Evidence that it does not.**', '**Evidence that it might.**', 'businessrule-sample', 'Creation restrictions across application scopes']) {
            expect([evidence, runtime.includes(evidence)]).toEqual([evidence, true])
        }
    })

    test('Check installation names every rule it checks and every table it reads', () => {
        const check = section('Check installation')
        for (const rule of INCIDENT_RULES) expect([rule.name, check.includes(`"${rule.name}"`)]).toEqual([rule.name, true])
        for (const table of new Set(PRIVILEGES.filter((privilege) => privilege.target.startsWith('sys_')).map((privilege) => privilege.target))) {
            if (['sys_user', 'sys_user_group', 'sys_user_grmember'].includes(table)) continue
            expect([table, check.includes('`' + table + '`')]).toEqual([table, true])
        }
    })

    test('every link to a heading of the guide finds one', () => {
        const slug = (heading: string) =>
            heading
                .toLowerCase()
                .replace(/[^\w\- ]/g, '')
                .replace(/ /g, '-')
        const headings = new Set([...guide.matchAll(/^#{2,4} (.+)$/gm)].map((match) => slug(match[1])))
        const links = [...guide.matchAll(/\]\(#([^)]+)\)/g)].map((match) => match[1])
        expect(links.length).toBeGreaterThanOrEqual(4)
        for (const link of links) expect([link, headings.has(link)]).toEqual([link, true])
    })
})

