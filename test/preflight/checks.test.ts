import { CHECKS } from '../../scripts/preflight/scan.ts'
import { cleanApp, failing, moduleRecord, seeded, stub, type FixtureRecord } from './fixture.ts'

const T = 'x_bu_itpartner_thing'
const client = (script: string): FixtureRecord[] => [{ table: 'sys_script_client', fields: { name: 'Seeded', table: T, script } }]
const ownerModule = (body: string) =>
    seeded({
        table: 'sys_module',
        name: 'glide/owner.ts',
        fields: {
            content: `import { GlideRecord, gs } from '@servicenow/glide';\nexport function ownerName(id) {\n    const user = new GlideRecord('sys_user');\n    user.get(id);\n${body}\n    return '';\n}\n`,
        },
    })

describe('pre-flight checks on a clean fixture', () => {
    it('finds nothing', () => {
        expect(failing(cleanApp())).toEqual({})
    })

    it('has one check per rule of the Store technical review, each with a source', () => {
        expect(CHECKS).toHaveLength(13)
        for (const check of CHECKS) expect(check.sources.length).toBeGreaterThan(0)
    })
})

/** Each seeded violation: the check that must fire, exactly once, and no other check. */
const cases: [string, string, FixtureRecord[]][] = [
    ['client code', 'GlideRecord', client("function onLoad() {\n    var gr = new GlideRecord('sys_user');\n}\n")],
    ['client code', 'document', client("function onLoad() {\n    document.title = 'x';\n}\n")],
    ['client code', 'window', client("function onLoad() {\n    window.open('about:blank');\n}\n")],
    ['client code', '$(', client("function onLoad() {\n    $('header').hide();\n}\n")],
    ['client code', 'jQuery', client("function onLoad() {\n    jQuery.noop();\n}\n")],
    ['client code', 'gel(', client("function onLoad() {\n    gel('x');\n}\n")],
    ['client code', 'getXMLWait', client("function onLoad() {\n    var ga = new GlideAjax('X');\n    ga.getXMLWait();\n}\n")],
    ['client code', 'getReference without a callback', client("function onLoad() {\n    var owner = g_form.getReference('owner');\n}\n")],
    [
        'client code',
        'a UI action client script',
        seeded({ table: 'sys_ui_action', name: 'Check thing', fields: { script: 'function checkThing() {\n    document.body;\n}\n' } }),
    ],
    [
        'no current.update() in before rules',
        'current.update() in a module the rule imports',
        seeded({
            table: 'sys_module',
            name: 'glide/owner.ts',
            fields: {
                content:
                    "import { GlideRecord } from '@servicenow/glide';\nexport function ownerName(id) {\n    const user = new GlideRecord('sys_user');\n    return user.get(id);\n}\n" +
                    'export function save(current) {\n    current.update();\n}\n',
            },
        }),
    ],
    [
        'before rules write no other table',
        'an insert in a module the rule imports',
        ownerModule("    const log = new GlideRecord('x_bu_itpartner_thing_log');\n    log.insert();"),
    ],
    [
        'every business rule has a condition',
        'a rule without condition or filter',
        seeded({ table: 'sys_script', name: 'Thing check', fields: { filter_condition: '' } }),
    ],
    ['no global-table scripts', 'a client script on global', seeded({ table: 'sys_script_client', name: 'Thing form', fields: { table: 'global' } })],
    ['no global-table scripts', 'a UI action with no table', seeded({ table: 'sys_ui_action', name: 'Check thing', fields: { table: '' } })],
    ['no hard-coded sys_ids or instance URLs', 'a sys_id', ownerModule("    gs.info('0123456789abcdef0123456789abcdef');")],
    ['no hard-coded sys_ids or instance URLs', 'an instance URL', ownerModule("    gs.info('https://acme.service-now.com/nav_to.do');")],
    ['no eval, Function or gs.sql', 'eval', ownerModule("    eval('1');")],
    ['no eval, Function or gs.sql', 'new Function', ownerModule("    new Function('return 1');")],
    ['no eval, Function or gs.sql', 'gs.sql', ownerModule("    gs.sql('select 1');")],
    ['no gs.log, gs.print, console.log or alert', 'gs.log', ownerModule("    gs.log('x');")],
    ['no gs.log, gs.print, console.log or alert', 'gs.print', ownerModule("    gs.print('x');")],
    ['no gs.log, gs.print, console.log or alert', 'console.log', ownerModule("    console.log('x');")],
    ['no gs.log, gs.print, console.log or alert', 'alert', client("function onLoad() {\n    alert('x');\n}\n")],
    ['no getRowCount()', 'getRowCount for existence', ownerModule("    user.query();\n    if (user.getRowCount() > 0) return 'x';")],
    [
        'every app table has ACLs',
        'a table without its delete ACL',
        cleanApp().filter((record) => !(record.table === 'sys_security_acl' && record.fields.operation === 'delete')),
    ],
    [
        'cross-scope privileges match the scripts',
        'a read of another scope with no privilege',
        ownerModule("    const group = new GlideRecord('sys_user_group');\n    group.get(id);"),
    ],
    ['cross-scope privileges match the scripts', 'a privilege nothing uses', seeded([{ table: 'sys_scope_privilege', fields: { target_name: 'cmn_location', operation: 'read' } }])],
    [
        'cross-scope privileges match the scripts',
        'a global script include a scheduled job executes with no privilege',
        seeded([{ table: 'sysauto_script', fields: { name: 'Thing job', script: "(function () {\n    new global.GlideQuery('x_bu_itpartner_thing').where('active', true).select();\n})();\n" } }]),
    ],
    [
        'cross-scope privileges match the scripts',
        'a GlideAjax processor extending global.AbstractAjaxProcessor with no privilege',
        seeded([
            {
                table: 'sys_script_include',
                fields: { name: 'ThingAjax', script: 'var ThingAjax = Class.create();\nThingAjax.prototype = Object.extendsObject(global.AbstractAjaxProcessor, {\n    type: \'ThingAjax\',\n});\n' },
            },
        ]),
    ],
    [
        'cross-scope privileges match the scripts',
        'an execute privilege nothing uses',
        seeded([{ table: 'sys_scope_privilege', fields: { target_name: 'GlideQuery', target_type: 'sys_script_include', operation: 'execute' } }]),
    ],
    ['gs.getProperty with a default', 'no second argument', ownerModule("    user.get(gs.getProperty('x_bu_itpartner.owner'));")],
    ['transform maps state "run business rules"', 'run_business_rules missing', seeded({ table: 'sys_transform_map', name: 'Things import', fields: { run_business_rules: '' } })],
]

describe.each(cases)('%s fires exactly once on %s', (check, _what, records) => {
    it('and no other check fires', () => {
        const found = failing(records)
        expect(Object.keys(found)).toEqual([check])
        expect(found[check]).toHaveLength(1)
    })
})

describe('global script includes', () => {
    it('need one execute privilege each, which a comment naming one does not use', () => {
        const job = (script: string): FixtureRecord => ({ table: 'sysauto_script', fields: { name: 'Thing job', script } })
        const privilege: FixtureRecord = { table: 'sys_scope_privilege', fields: { target_name: 'GlideQuery', target_type: 'sys_script_include', operation: 'execute' } }
        expect(failing(seeded([job("new global.GlideQuery('x_bu_itpartner_thing').select();\n"), privilege]))).toEqual({})
        expect(failing(seeded([job("// new global.GlideQuery('x_bu_itpartner_thing')\ngs.info('none');\n"), privilege]))).toEqual({
            'cross-scope privileges match the scripts': [expect.stringMatching(/privilege GlideQuery execute is used by no script$/)],
        })
    })
})

describe('findings say where', () => {
    it('names the dist/app file and the line of the violation in it', () => {
        // The XML's content starts on line 6; eval is the module's fifth line.
        const found = failing(ownerModule("    eval('1');"))
        expect(found['no eval, Function or gs.sql']).toEqual([expect.stringMatching(/^update\/sys_module_\d+\.xml:10: eval\( in sys_module src\/server\/glide\/owner\.ts$/)])
    })

    it('does not blame a module that no before rule reaches', () => {
        const records = seeded({ table: 'sys_script', name: 'Thing check', fields: { script: stub('rules/thing.ts', 'checkThing') } })
        records.push(moduleRecord('glide/other.ts', "export function save(current) {\n    current.update();\n}\n"))
        expect(failing(records)).toEqual({})
    })

    it('reports a module that imports itself or is missing without looping', () => {
        const records = seeded({
            table: 'sys_module',
            name: 'glide/owner.ts',
            fields: {
                content:
                    "import { GlideRecord } from '@servicenow/glide';\nimport { x } from './owner.ts';\nimport { y } from './gone.ts';\n" +
                    "export function ownerName(id) {\n    const user = new GlideRecord('sys_user');\n    return user.get(id) && x && y;\n}\n",
            },
        })
        expect(failing(records)).toEqual({})
    })
})
