import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadApp } from '../../scripts/preflight/app.ts'
import { ALLOWED, FIXED_ON_OTHER_BRANCHES } from '../../scripts/preflight/allow-list.ts'
import { derivedOperations } from '../../scripts/preflight/checks/privileges.ts'
import { runScan } from '../../scripts/preflight/scan.ts'
import { DIST } from '../support/dist.ts'
import { appOf, failing, seeded, type FixtureRecord } from './fixture.ts'

const ROOT = join(__dirname, '..', '..')
const WRITES = 'before rules write no other table'
const withLogWrite = (): FixtureRecord[] =>
    seeded({
        table: 'sys_module',
        name: 'glide/owner.ts',
        fields: {
            content:
                "import { GlideRecord } from '@servicenow/glide';\nexport function ownerName(id) {\n    const user = new GlideRecord('sys_user');\n" +
                "    const log = new GlideRecord('x_bu_itpartner_thing_log');\n    log.insert();\n    return user.get(id);\n}\n",
        },
    })
const LOG_WRITE_KEY = '"Thing check" -> sys_module src/server/glide/owner.ts: log.insert('

describe('the allow-list', () => {
    it('takes out the finding an entry names, and counts it', () => {
        const [result] = runScan(appOf(withLogWrite()), undefined, [{ check: WRITES, key: LOG_WRITE_KEY, reason: 'test' }]).filter(
            (r) => r.check.name === WRITES,
        )
        expect(result.findings).toEqual([])
        expect(result.allowed).toBe(1)
    })

    it('fails the check once for an entry that matches no finding', () => {
        const found = failing(seeded([]), [{ check: WRITES, key: LOG_WRITE_KEY, reason: 'fixed since' }])
        expect(found).toEqual({ [WRITES]: [`scripts/preflight/allow-list.ts: allow-list entry matches no finding (remove it): ${LOG_WRITE_KEY}`] })
    })

    it('refuses an entry naming no check', () => {
        expect(() => runScan(appOf(seeded([])), undefined, [{ check: 'no such check', key: 'x', reason: 'y' }])).toThrow(/no such check/)
    })

    it('lists the findings other branches fix, each with its branch', () => {
        for (const entry of FIXED_ON_OTHER_BRANCHES) expect(entry.reason).toMatch(/\(branch i\d+-[a-z]+\)$/)
    })
})

describe('the built app (dist/app)', () => {
    const app = loadApp(DIST)

    it('passes every check, with only the listed entries allowed', () => {
        const results = runScan(app)
        expect(results.filter((r) => r.findings.length).map((r) => [r.check.name, r.findings])).toEqual([])
        expect(results.reduce((sum, r) => sum + r.allowed, 0)).toBe(ALLOWED.length + FIXED_ON_OTHER_BRANCHES.length)
    })

    it('scans every kind of shipped script', () => {
        const kinds = new Set(app.scripts.map((script) => `${script.table}.${script.field}`))
        for (const kind of ['sys_script.script', 'sys_script_client.script', 'sys_ui_action.script', 'sys_module.content', 'sys_transform_script.script', 'sys_script_include.script', 'sysauto_script.script', 'sys_variable_value.value', 'sys_security_acl.script']) {
            expect(kinds).toContain(kind)
        }
    })

    it('derives the cross-scope operations the server code performs and the global script includes it executes', () => {
        expect(derivedOperations(app)).toEqual(
            new Set([
                'incident:read',
                'incident:write',
                'sys_user_group:read',
                'sys_user_grmember:read',
                'sys_user:read',
                'cmn_department:read',
                // Check installation (src/server/glide/install-facts.ts)
                'sys_scope:read',
                'sys_script:read',
                'sys_scope_privilege:read',
                'sys_db_object:read',
                'sys_atf_test_suite:read',
                'sys_atf_test_suite_result:read',
                // The backfill job's writer and ATF 25: new global.GlideQuery('incident').
                'GlideQuery:execute',
                // ITPartnerBannerAjax: Object.extendsObject(global.AbstractAjaxProcessor, ...).
                'AbstractAjaxProcessor:execute',
            ]),
        )
    })
})

describe('the command line (the npm test step)', () => {
    it('prints a FAIL line with the finding and its source, writes the counts, exits 1', () => {
        const app = appOf(seeded([{ table: 'sys_script_client', fields: { name: 'Seeded', table: 'x_bu_itpartner_thing', script: "function onLoad() {\n    alert('x');\n}\n" } }]))
        const out = join(mkdtempSync(join(tmpdir(), 'preflight-cli-')), 'result.json')
        const run = spawnSync('npx', ['tsx', '--tsconfig', 'tsconfig.run.json', 'scripts/preflight.ts', app.dist, '--json', out], { cwd: ROOT, encoding: 'utf8' })
        expect(run.status).toBe(1)
        expect(run.stdout).toMatch(/^FAIL no gs\.log, gs\.print, console\.log or alert: 1 finding;/m)
        expect(run.stdout).toMatch(/^ {5}update\/sys_script_client_\d+\.xml:8: alert\( in sys_script_client\.script "Seeded"$/m)
        expect(run.stdout).toMatch(/^ {5}source: /m)
        expect(run.stdout).toMatch(/^ok {3}client code$/m)
        // The fixture has none of the real app's findings, so each check with an allow-list entry fails too (stale entry).
        const failed = 1 + new Set([...ALLOWED, ...FIXED_ON_OTHER_BRANCHES].map((entry) => entry.check)).size
        expect(run.stdout).toContain(`pre-flight scan: 13 checks, ${13 - failed} passed, ${failed} failed\n`)
        expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual({ passed: 13 - failed, failed })
    })
})
