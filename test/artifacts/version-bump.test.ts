/**
 * A version bump must not break the app's scripts: the SDK builds every sys_module path from package.json's version
 * (`<scope>/<package>/<version>/src/server/...`), so a script that named a version would require modules that no
 * longer exist. This copies the project, sets another version, builds the copy and runs that build's script
 * includes, backfill jobs, ATF server steps, a business rule and a UI action on the embedded instance.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import * as glide from '../../emulator/glide/index.ts'
import { readBuiltApp } from '../../emulator/app/artifacts.ts'
import { compileRuleScript, type ModuleLoader } from '../../emulator/app/modules.ts'
import { appInstance } from '../support/app.ts'
import { runAtfTest } from '../support/atf-server.ts'
import { builtIn, packageRoot, type BuiltFinder } from '../support/dist.ts'
import { existingIncident } from '../support/harness.ts'
import { ajaxRequest, appModules, builtScriptInclude } from '../support/script-include.ts'
import { articleWorld, G, P, U } from '../support/world.ts'

const ROOT = join(__dirname, '..', '..')
const VERSION = '0.3.0'
/** Left out of the copy: installed packages (linked instead), build output, git and tool state. */
const SKIPPED = new Set(['node_modules', 'dist', 'build', 'target', '.git', 'reports', 'coverage', '.stryker-tmp'])

let copy = ''
let find: BuiltFinder
let loader: ModuleLoader

beforeAll(() => {
    expect(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version).not.toBe(VERSION)
    copy = mkdtempSync(join(tmpdir(), 'itpartner-version-'))
    cpSync(ROOT, copy, { recursive: true, filter: (source) => !SKIPPED.has(relative(ROOT, source).split('/')[0]) })
    symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir')
    const pkgFile = join(copy, 'package.json')
    writeFileSync(pkgFile, JSON.stringify({ ...JSON.parse(readFileSync(pkgFile, 'utf8')), version: VERSION }, null, 4) + '\n')
    const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: copy, encoding: 'utf8' })
    if (build.status !== 0) throw new Error(`the build of the ${VERSION} copy failed:\n${build.stdout}\n${build.stderr}`)
    find = builtIn(join(copy, 'dist', 'app'))
    loader = appModules(copy)
}, 400_000)

afterAll(() => {
    glide.Instance.deactivate()
    if (copy) rmSync(copy, { recursive: true, force: true })
})

/** A fresh instance with the copy's build installed. */
const copiedApp = () => appInstance({}, readBuiltApp(copy))

/** Every require() specifier in a script. */
const requires = (script: string) => [...script.matchAll(/\brequire\(\s*'([^']+)'\s*\)/g)].map((match) => match[1])

describe(`the app built as version ${VERSION}`, () => {
    test('its modules live under the new version, and no script requires a path with any other version', () => {
        expect(packageRoot(find)).toBe(`x_bu_itpartner/it-partner-routing/${VERSION}`)
        const modules = find('sys_module').map((record) => record.fields.path)
        expect(modules.filter((path) => !path.startsWith(`${packageRoot(find)}/`))).toEqual([])
        const scripts = [
            ...find('sys_script_include').map((record) => record.fields.script),
            ...find('sysauto_script').map((record) => record.fields.script),
            ...find('sys_script').map((record) => record.fields.script),
            ...find('sys_ui_action').map((record) => record.fields.script),
            ...find('sys_variable_value').map((record) => record.fields.value),
        ].map((script) => script ?? '')
        const specifiers = scripts.flatMap(requires)
        expect(specifiers.length).toBeGreaterThanOrEqual(10)
        for (const specifier of specifiers) {
            const path = specifier.startsWith('./') ? `${packageRoot(find)}/${specifier.slice(2)}` : specifier
            expect([specifier, modules.includes(path)]).toEqual([specifier, true])
        }
    })

    test('ITPartnerBannerAjax answers the banner of a red-flagged caller', () => {
        articleWorld()
        const Ajax = builtScriptInclude('x_bu_itpartner.ITPartnerBannerAjax', loader, find)
        const answer = new Ajax(ajaxRequest({ sysparm_name: 'getBanner', sysparm_caller: U.metTech, sysparm_opener: U.agent, sysparm_ticket: '' })).getBanner()
        expect(JSON.parse(String(answer))).toMatchObject({ kind: 'escalation', signal: 'red_flag', partner: 'Metropolitan College IT (MET IT)' })
    })

    test('ITPartnerForm offers Send to IT Partner for a department client', () => {
        const inst = articleWorld()
        const ticket = existingIncident(inst, { caller_id: U.metClient, assignment_group: G.helpCenter, opened_by: U.agent })
        const Form = builtScriptInclude('x_bu_itpartner.ITPartnerForm', loader, find)
        expect(new Form(inst.recordForDisplay('incident', ticket)).canSendToPartner()).toBe(true)
    })

    test('the backfill jobs: the dry run writes nothing, the run stamps the open escalation', () => {
        const inst = articleWorld()
        const ticket = existingIncident(inst, { caller_id: U.metTech, assignment_group: G.network, opened_by: U.agent, active: 'true' })
        const writes: { table: string; id: string; values: Record<string, unknown> }[] = []
        const job = (name: string) => find('sysauto_script', { name })[0].fields.script
        const run = (name: string) => new Function('require', 'global', job(name))((path: string) => loader.scriptRequire(path), glide.globalScope(inst, writes))
        run('IT Partner Routing: backfill stamps (dry run)')
        expect(writes).toEqual([])
        run('IT Partner Routing: backfill stamps (run)')
        expect(writes).toEqual([{ table: 'incident', id: ticket, values: expect.objectContaining({ x_bu_itpartner_partner: P.met, x_bu_itpartner_signal: 'red_flag' }) }])
    })

    test('the ATF server steps of the backfill test (25) pass', () => {
        const inst = copiedApp().activate()
        expect(() => runAtfTest(inst, 'IT Partner 25', { root: copy, world: { global: glide.globalScope(inst) } })).not.toThrow()
    })

    test('the ATF server steps of the surface tests (23, 24) pass', () => {
        expect(() => runAtfTest(copiedApp().activate(), 'IT Partner 23', { root: copy })).not.toThrow()
        expect(() => runAtfTest(copiedApp().activate(), 'IT Partner 24', { root: copy })).not.toThrow()
    })

    test('the business rules and UI actions, whose require the SDK writes from the version, reach their modules', () => {
        const inst = articleWorld()
        const [rule] = find('sys_script', { name: 'IT Partner escalation routing' })
        expect(requires(rule.fields.script)).toEqual([`${packageRoot(find)}/src/server/rules/route-escalation.ts`])
        const current = inst.recordForInsert('incident', { caller_id: U.metTech, category: 'network', assignment_group: G.helpCenter, opened_by: U.agent })
        compileRuleScript(rule.fields.script, loader, {})(current, null, undefined)
        expect(current.getValue('assignment_group')).toBe(G.network)

        const ticket = existingIncident(inst, { caller_id: U.metClient, assignment_group: G.helpCenter, opened_by: U.agent })
        const [action] = find('sys_ui_action', { name: 'Send to IT Partner' })
        new Function('current', 'action', 'require', action.fields.script)(inst.recordForDisplay('incident', ticket), { setRedirectURL: () => undefined }, (path: string) =>
            loader.scriptRequire(path),
        )
        expect(inst.row('incident', ticket)!.assignment_group).toBe(G.metGroup)
    })
})
