import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { BATCH_SIZE } from '../../src/server/core/backfill.ts'
import { built as builtAnywhere, packageRoot } from '../support/dist.ts'

/** The backfill jobs as they ship in dist/app (run `npm run build` first). */
const built = (table: string, where: Record<string, string> = {}) => builtAnywhere(table, where).filter((record) => record.folder === 'update')
const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { name: string; version: string }
const requires = (script: string) => [...script.matchAll(/require\('([^']+)'\)/g)].map((match) => match[1])

describe('scheduled jobs "IT Partner Routing: backfill stamps"', () => {
    test.each([
        ['IT Partner Routing: backfill stamps (dry run)', 'true'],
        ['IT Partner Routing: backfill stamps (run)', 'false'],
    ])('%s: on demand only, calls the built backfill module (by its path in the app package) with dryRun %s', (name, dryRun) => {
        const jobs = built('sysauto_script', { name })
        expect(jobs).toHaveLength(1)
        const job = jobs[0].fields
        expect(job.run_type).toBe('on_demand')
        // Not the build's time: the record stays the same from one release to the next.
        expect(job.run_start).toBe('2025-01-01 00:00:00')
        expect(requires(job.script)).toEqual(['./src/server/rules/backfill.ts'])
        const path = `${packageRoot()}/src/server/rules/backfill.ts`
        expect(path).toBe(`x_bu_itpartner/${pkg.name}/${pkg.version}/src/server/rules/backfill.ts`)
        const [module] = built('sys_module', { path })
        expect(module.fields.content).toContain('backfillStamps')
        expect(job.script).toMatch(new RegExp(`dryRun: ${dryRun}\\b`))
        // No knob in the script: an admin who edits a shipped job customises it, and later upgrades skip it.
        expect(job.script).not.toMatch(/\bvar \w+ = /)
        // Only the run writes, and its write runs no business rules and leaves sys_updated_* alone.
        const writer = "new global.GlideQuery('incident').where('sys_id', ticketId).disableWorkflow().disableAutoSysFields().update(values)"
        expect(job.script.includes(writer)).toBe(dryRun === 'false')
    })

    test('the knobs ship as admin-only properties on the Properties page: batch size 200, kill switch true, a change flushing only the properties cache', () => {
        const properties = builtAnywhere('sys_properties')
        const batch = properties.find((row) => row.fields.name === 'x_bu_itpartner.backfill_batch_size')!
        const enabled = properties.find((row) => row.fields.name === 'x_bu_itpartner.backfill_enabled')!
        expect(batch.fields).toMatchObject({ type: 'integer', value: String(BATCH_SIZE.default) })
        expect(enabled.fields).toMatchObject({ type: 'boolean', value: 'true' })
        for (const property of [batch, enabled]) {
            expect(property.fields.write_roles).toContain('x_bu_itpartner.admin')
            expect(property.fields.ignore_cache).toBe('true')
            expect(builtAnywhere('sys_properties_category_m2m', { property: property.fields.sys_id })).toHaveLength(1)
        }
    })

    // A shipped user reference would not exist on the customer's instance; docs/admin.md says whom the jobs run as.
    test('every scheduled job of the app ships with Run as empty', () => {
        const jobs = built('sysauto_script')
        expect(jobs.length).toBe(3)
        expect(jobs.map((job) => [job.fields.name, job.fields.run_as ?? ''])).toEqual(jobs.map((job) => [job.fields.name, '']))
    })

    test('the backfill jobs are the only on-demand jobs', () => {
        const onDemand = built('sysauto_script').filter((job) => job.fields.run_type === 'on_demand')
        expect(onDemand.map((job) => job.fields.name).sort()).toEqual(['IT Partner Routing: backfill stamps (dry run)', 'IT Partner Routing: backfill stamps (run)'])
    })
})
