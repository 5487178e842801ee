import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as glide from '../../emulator/glide/index.ts'
import { built as builtAnywhere, packageRoot } from '../support/dist.ts'
import { builtTest, runAtfTest, type AtfStep } from '../support/atf-server.ts'
import { appInstance } from '../support/app.ts'

/**
 * ATF 23 to 25 (src/fluent/atf/surfaces.now.ts) as they ship: their queries are the shipped module's and reports'
 * filters, ATF 25 calls the built backfill module by the jobs' path, and each test passes on the embedded instance and
 * fails when the app stops doing what it checks.
 */
const built = (table: string, where: Record<string, string> = {}) => builtAnywhere(table, where).filter((record) => record.folder === 'update')
const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { name: string; version: string }

const RECORD_QUERY = '2d82e3c7531400109e02ddeeff7b12a7'
const QUERY = '915990ab531000109e02ddeeff7b12f8'
const STEP_OUTPUT = /\{\{step\['\w+'\]\.record_id\}\}/.source

/** The Record Query conditions of a test, with their leading sys_id (and grouping) terms on step outputs removed. */
function queries(prefix: string): string[] {
    return builtTest(prefix)
        .steps.filter((step) => step.config === RECORD_QUERY)
        .map((step) => step.values.get(QUERY)!.replace(new RegExp(`^sys_id=${STEP_OUTPUT}\\^(assignment_group=${STEP_OUTPUT}\\^)?`), ''))
}

const filterOf = (table: string, title: string) => built(table, { title })[0].fields.filter

describe('ATF 23 to 25 ship with the surfaces they check', () => {
    test('the three tests are in the suite, in order after ATF 22, each with its steps', () => {
        const [suite] = built('sys_atf_test_suite', { name: 'IT Partner Routing' })
        const members = built('sys_atf_test_suite_test', { test_suite: suite.fields.sys_id })
        for (const [prefix, order] of [
            ['IT Partner 23', '2300'],
            ['IT Partner 24', '2400'],
            ['IT Partner 25', '2500'],
        ]) {
            const test = built('sys_atf_test').find((row) => row.fields.name.startsWith(prefix + ':'))!
            expect(members.filter((member) => member.fields.test === test.fields.sys_id).map((member) => member.fields.order)).toEqual([order])
            // A Fluent test whose step the ATF plugin cannot transform is left out of dist/app while the build succeeds.
            expect([prefix, builtTest(prefix).steps.length >= 8]).toEqual([prefix, true])
        }
    })

    test('ATF 23 queries with the module "Partner escalations" filter and the open-escalations report filter', () => {
        const module = built('sys_app_module', { title: 'Partner escalations' })[0].fields.filter
        const report = filterOf('sys_report', 'Open IT Partner escalations by assignment group')
        expect(queries('IT Partner 23')).toEqual([module, module, report, report])
        expect(built('sys_report', { title: 'Open IT Partner escalations by assignment group' })[0].fields.field).toBe('assignment_group')
    })

    test('ATF 24 queries with the ping-pong report filter', () => {
        const report = filterOf('sys_report', 'IT Partner escalations over the ping-pong threshold')
        expect(queries('IT Partner 24')).toEqual([report, report])
    })

    test('ATF 25 requires the built backfill module by the path the jobs use, and writes as the run job does', () => {
        const step = builtTest('IT Partner 25').steps.find((candidate) => candidate.name === 'Run Server Side Script')!
        const script = [...step.values.values()].find((value) => value.includes('function'))!
        expect([...script.matchAll(/require\('([^']+)'\)/g)].map((match) => match[1])).toEqual(['./src/server/rules/backfill.ts'])
        const path = `${packageRoot()}/src/server/rules/backfill.ts`
        expect(path).toBe(`x_bu_itpartner/${pkg.name}/${pkg.version}/src/server/rules/backfill.ts`)
        expect(built('sys_module', { path })).toHaveLength(1)
        const writer = "new global.GlideQuery('incident').where('sys_id', ticketId).disableWorkflow().disableAutoSysFields().update(values)"
        expect(script).toContain(writer)
        expect(built('sysauto_script', { name: 'IT Partner Routing: backfill stamps (run)' })[0].fields.script).toContain(writer)
    })
})

describe('ATF 23 to 25 on the embedded instance', () => {
    afterEach(() => glide.Instance.deactivate())

    const instance = () => appInstance().activate()
    const after = (name: RegExp, change: (outputs: Map<string, Record<string, string>>) => void) => (step: AtfStep, outputs: Map<string, Record<string, string>>) => {
        if (name.test(step.values.get('dd54cf535320220002c6435723dc34fd') ?? step.values.get('bc4c43935320220002c6435723dc34a2') ?? '')) change(outputs)
    }
    /** Sets fields of the incident a test inserted, as a later save of another app would (no rules). */
    const tamper = (inst: glide.Instance, shortDescription: string, values: Record<string, string>) => {
        const row = inst.rows('incident').find((ticket) => ticket.short_description === shortDescription)!
        inst.db.store.update(inst.db.store.find('incident', row.sys_id)!, values)
    }

    test('23 passes: the module and the report find the escalation, not the plain ticket', () => {
        expect(() => runAtfTest(instance(), 'IT Partner 23')).not.toThrow()
    })

    test('23 fails when the escalation carries no stamp', () => {
        const inst = instance()
        const options = { afterStep: after(/ATF23 VPN down/, () => tamper(inst, 'ATF23 VPN down', { x_bu_itpartner_escalation: 'false' })) }
        expect(() => runAtfTest(inst, 'IT Partner 23', options)).toThrow(/step 12 \(Record Query\): records_match_query, but none matches/)
    })

    test('24 passes: one hop is not ping-pong, two hops at threshold 2 are, and the report lists the ticket', () => {
        expect(() => runAtfTest(instance(), 'IT Partner 24')).not.toThrow()
    })

    test('24 fails when a move is not counted', () => {
        const inst = instance()
        const options = { afterStep: after(/^assignment_group=\{\{/, () => tamper(inst, 'ATF24 VPN down', { x_bu_itpartner_hops: '0' })) }
        expect(() => runAtfTest(inst, 'IT Partner 24', options)).toThrow(/step 14 \(Record Validation\): incident \w+ does not match .*x_bu_itpartner_hops=1/)
    })

    test('25 passes: dry run writes nothing, the run stamps the ticket without rules or sys fields, a second run writes nothing', () => {
        const inst = instance()
        const writes: { table: string; id: string; values: Record<string, unknown> }[] = []
        // global.GlideQuery from the app's scope: the emulator checks its execute privilege, and incident's Can update.
        runAtfTest(inst, 'IT Partner 25', { world: { global: glide.globalScope(inst, writes) } })
        const ticket = inst.rows('incident').find((row) => row.short_description === 'ATF25 VPN down')!
        const partner = inst.rows('x_bu_itpartner_partner').find((row) => row.name === 'ATF25 Partner')!
        expect(writes).toEqual([
            { table: 'incident', id: ticket.sys_id, values: { x_bu_itpartner_partner: partner.sys_id, x_bu_itpartner_signal: 'red_flag', x_bu_itpartner_escalation: true } },
        ])
    })

    test('25 fails when the run writes nothing', () => {
        const inst = instance()
        const GlideQuery = function () {
            const query = { where: () => query, disableWorkflow: () => query, disableAutoSysFields: () => query, update: () => undefined }
            return query
        }
        expect(() => runAtfTest(inst, 'IT Partner 25', { world: { global: { GlideQuery } } })).toThrow(/run: the stamp names ATF25 Partner: expected "\w+", got null/)
    })
})
