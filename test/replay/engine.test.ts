import { ReplayEngine } from '../../replay/run/engine.ts'
import { compileCondition, compileRuleScript, ModuleLoader } from '../../emulator/app/modules.ts'
import { assignmentRules, businessRules } from '../../emulator/app/rules.ts'
import { emptyApp, readBuiltApp, type BuiltApp } from '../../emulator/app/artifacts.ts'
import { prepareReplay } from '../../replay/run/prepare.ts'
import { DEMO, ROOT } from './helpers.ts'
import { glideModule } from '../../emulator/app/glide-api.ts'
import { built } from '../support/dist.ts'
import { articleWorld, id } from '../support/world.ts'

describe('assignment rules', () => {
    test('active only, sorted by order', () => {
        const rules = assignmentRules([
            { sys_id: '1', name: 'late', order: '500', table: 'incident', active: 'true' },
            { sys_id: '2', name: 'off', order: '1', table: 'incident', active: 'false' },
            { sys_id: '3', name: 'early', order: '10', table: 'incident', active: 'true', script: '  ' },
        ])
        expect(rules.map((rule) => rule.name)).toEqual(['early', 'late'])
        expect(rules[0].script).toBe('')
    })
})

describe('business rules from dist/app records', () => {
    const modules = new Map([
        ['x/app/0.0.1/src/server/rules/a.ts', "import { mark } from '../core/b.ts'\nexport function ruleA(current, previous) { mark(current, 'A') }"],
        ['x/app/0.0.1/src/server/core/b.ts', "import { tag } from '@servicenow/glide'\nexport function mark(current, label) { current.push(tag + label) }"],
        ['x/app/0.0.1/src/server/rules/display.ts', 'export function show(current, previous, g_scratchpad) { g_scratchpad.seen = current.length }'],
    ])
    const loader = new ModuleLoader(modules, { '@servicenow/glide': { tag: '#' } })
    const stub = (fn: string, path: string, args = 'current, previous') => `// generated\nconst { ${fn} } = require('${path}');\n${fn}(${args});`

    test('the SDK stub calls the built module, relative imports resolve against its path, glide is mapped', () => {
        const calls: string[] = []
        compileRuleScript(stub('ruleA', 'x/app/0.0.1/src/server/rules/a.ts'), loader, {})(calls, null, undefined)
        expect(calls).toEqual(['#A'])
        const pad: Record<string, unknown> = {}
        compileRuleScript(stub('show', 'x/app/0.0.1/src/server/rules/display.ts', 'current, previous, g_scratchpad'), loader, {})([1, 2], null, pad)
        expect(pad.seen).toBe(2)
    })

    test('classic scripts run with the Glide globals', () => {
        const calls: string[] = []
        compileRuleScript('current.push(gs)', loader, { gs: 'G' })(calls, null, undefined)
        expect(calls).toEqual(['G'])
    })

    test('only active rules, ordered by order, with when/actions/condition', () => {
        const rule = (name: string, order: string, extra: Record<string, string> = {}) => ({
            name,
            sys_id: name,
            order,
            active: 'true',
            collection: 'incident',
            when: 'before',
            action_insert: 'true',
            action_update: 'false',
            filter_condition: '',
            script: 'void 0',
            ...extra,
        })
        const app: BuiltApp = {
            ...emptyApp(),
            businessRules: [
                rule('late', '1100', { filter_condition: 'assignment_groupVALCHANGES^EQ' }),
                rule('off', '1', { active: 'false' }),
                rule('early', '100', { when: 'after', action_update: 'true' }),
                rule('banner', '100', { when: 'before_display' }),
            ],
            modules,
        }
        const rules = businessRules(app, loader, {})
        expect(rules.map((r) => [r.name, r.order, r.when, r.insert, r.update, r.condition])).toEqual([
            ['banner', 100, 'display', true, false, ''],
            ['early', 100, 'after', true, true, ''],
            ['late', 1100, 'before', true, false, 'assignment_groupVALCHANGES^EQ'],
        ])
    })
})

describe('business rule conditions (sys_script.condition)', () => {
    const glide = glideModule()

    test('an empty condition holds; an expression holds only when it is true', () => {
        expect(compileCondition('', {})(null)).toBe(true)
        expect(compileCondition('current.ok', {})({ ok: true })).toBe(true)
        expect(compileCondition('current.ok', {})({ ok: 1 })).toBe(false)
        expect(compileCondition('tag === "#"', { tag: '#' })(null)).toBe(true)
    })

    test('a condition that reads previous is refused when the app is loaded, not misjudged', () => {
        expect(() => compileCondition('previous.active', {})).toThrow(/reads previous/)
    })

    test('the built display rule runs only for the banner roles', () => {
        const [rule] = built('sys_script', { name: 'IT Partner form banner' })
        const holds = compileCondition(rule.fields.condition, glide as unknown as Record<string, unknown>)
        const forUser = (roles: string[] | null) => {
            const inst = articleWorld()
            const user = id('user condition')
            inst.load('sys_user', [{ sys_id: user, name: 'Con Dition', user_name: 'con', active: 'true' }])
            if (roles) inst.grantRoles(user, roles)
            inst.session.userId = user
            return holds(null)
        }
        expect(forUser(['itil'])).toBe(true)
        expect(forUser(['x_bu_itpartner.reader'])).toBe(true)
        expect(forUser(['x_bu_itpartner.admin'])).toBe(true)
        expect(forUser(null)).toBe(false)
        expect(forUser(['snc_internal'])).toBe(false)
    })

    const filterOf = (name: string) => built('sys_script', { name })[0].fields.filter_condition
    const holds = (table: string, filter: string, changes: Record<string, string>, stored: Record<string, string> = {}) => {
        const inst = articleWorld()
        const [row] = inst.rows(table)
        if (Object.keys(stored).length) inst.commit(inst.recordForUpdate(table, row.sys_id, stored).current)
        return glide.GlideFilter.checkRecord(inst.recordForUpdate(table, row.sys_id, changes).current, filter)
    }

    test.each([
        ['IT Partner department: one active row per department', 'x_bu_itpartner_department', { partner: 'another partner' }],
        ['IT Partner red flag: one active flag per user', 'x_bu_itpartner_red_flag', { note: 'new note' }],
        ['IT Partner: warn without support group or stream', 'x_bu_itpartner_partner', { contact: 'someone' }],
    ])('admin validator "%s" runs on active rows only (its check judges nothing else)', (name, table, edit) => {
        expect(holds(table, filterOf(name), edit)).toBe(true)
        expect(holds(table, filterOf(name), { ...edit, active: 'false' })).toBe(false)
    })

    test('the route validator runs on active routes, and on inactive ones when table or condition changes', () => {
        const filter = filterOf('IT Partner route: active group, valid condition')
        const route = 'x_bu_itpartner_route'
        expect(holds(route, filter, { description: 'renamed' })).toBe(true)
        expect(holds(route, filter, { description: 'renamed' }, { active: 'false' })).toBe(false)
        expect(holds(route, filter, { condition: 'priority=1' }, { active: 'false' })).toBe(true)
        expect(holds(route, filter, { table: 'problem' }, { active: 'false' })).toBe(true)
    })
})

describe('the form banner of each replayed ticket (onLoad client scripts)', () => {
    const probe = (name: string, body: string) => ({
        sys_id: name,
        name,
        active: 'true',
        type: 'onLoad',
        table: 'incident',
        order: '100',
        script: `function onLoad() {\n${body}\n}`,
        messages: '',
    })

    test('a script that reads the ticket runs for every ticket; one that reads only g_scratchpad shows what its scratchpad says', () => {
        const { snapshot } = prepareReplay(DEMO)
        const engine = new ReplayEngine(snapshot, {
            ...readBuiltApp(ROOT),
            clientScripts: [
                probe('number', "g_form.addInfoMessage(g_form.getValue('number'))"),
                probe('pad', "g_form.addInfoMessage(g_scratchpad.itPartner ? g_scratchpad.itPartner.partner : 'no banner')"),
            ],
        })
        const shown = [...engine.run()].filter((result) => result.stamp).map((result) => [result.number, ...result.banner!.split('\n')])
        expect(shown.length).toBeGreaterThan(10)
        for (const [number, first] of shown) expect(first).toBe(number)
        const second = new Set(shown.map(([, , pad]) => pad))
        expect(second).toContain('no banner')
        expect(second).toContain('Metropolitan College IT (MET IT)')
    })
})
