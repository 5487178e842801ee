import { matchesCondition, splitQuery, type ConditionRecord } from '../../replay/engine/conditions.ts'
import { assignmentRules } from '../../replay/engine/engine.ts'
import { compileRuleScript, ModuleLoader } from '../../replay/engine/modules.ts'
import { businessRules } from '../../replay/engine/engine.ts'
import type { BuiltApp } from '../../replay/engine/artifacts.ts'

const record = (values: Record<string, string>): ConditionRecord => ({ getValue: (field) => values[field] ?? '' })
/** A tiny reference matcher for plain `field=value` / `fieldLIKEvalue` terms. */
const plain = (r: ConditionRecord, term: string) => {
    const like = /^(\w+)LIKE(.*)$/.exec(term)
    if (like) return (r.getValue(like[1]) ?? '').includes(like[2])
    const [field, value] = term.split('=')
    return (r.getValue(field) ?? '') === value
}

describe('filter conditions', () => {
    test('VALCHANGES compares with previous; insert counts as a change from empty', () => {
        const cond = 'assignment_groupVALCHANGES^EQ'
        expect(matchesCondition(cond, record({ assignment_group: 'a' }), record({ assignment_group: 'b' }), plain)).toBe(true)
        expect(matchesCondition(cond, record({ assignment_group: 'a' }), record({ assignment_group: 'a' }), plain)).toBe(false)
        expect(matchesCondition(cond, record({ assignment_group: 'a' }), null, plain)).toBe(true)
        expect(matchesCondition(cond, record({}), null, plain)).toBe(false)
    })
    test('CHANGESFROM and CHANGESTO', () => {
        const now = record({ state: '2' })
        const before = record({ state: '1' })
        expect(matchesCondition('stateCHANGESFROM1', now, before, plain)).toBe(true)
        expect(matchesCondition('stateCHANGESFROM3', now, before, plain)).toBe(false)
        expect(matchesCondition('stateCHANGESTO2', now, before, plain)).toBe(true)
        expect(matchesCondition('stateCHANGESTO2', now, now, plain)).toBe(false)
    })
    test('^, ^OR and ^NQ combine plain and change terms', () => {
        const now = record({ category: 'network', priority: '1', group: 'x' })
        const before = record({ category: 'network', priority: '1', group: 'x' })
        expect(matchesCondition('category=network^priority=1', now, before, plain)).toBe(true)
        expect(matchesCondition('category=software^ORpriority=1', now, before, plain)).toBe(true)
        expect(matchesCondition('category=software^priority=1^NQgroup=x', now, before, plain)).toBe(true)
        expect(matchesCondition('groupVALCHANGES^ORcategory=software', now, before, plain)).toBe(false)
        expect(matchesCondition('', now, before, plain)).toBe(true)
        expect(splitQuery('a=1^ORb=2^c=3^EQ^ORDERBYnumber^NQd=4')).toEqual([[['a=1', 'b=2'], ['c=3']], [['d=4']]])
    })
})

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
            businessRules: [rule('late', '1100', { filter_condition: 'assignment_groupVALCHANGES^EQ' }), rule('off', '1', { active: 'false' }), rule('early', '100', { when: 'after', action_update: 'true' })],
            modules,
            clientScripts: [],
            dictionary: {},
        }
        const rules = businessRules(app, loader, {})
        expect(rules.map((r) => [r.name, r.order, r.when, r.insert, r.update, r.condition])).toEqual([
            ['early', 100, 'after', true, true, ''],
            ['late', 1100, 'before', true, false, 'assignment_groupVALCHANGES^EQ'],
        ])
    })
})
