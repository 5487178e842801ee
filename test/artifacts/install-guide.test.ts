import { readFileSync } from 'node:fs'
import { join } from 'node:path'
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
