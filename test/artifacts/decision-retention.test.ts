import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ModuleLoader } from '../../emulator/app/modules.ts'
import * as glide from '../../emulator/glide/index.ts'
import { built } from '../support/dist.ts'
import { appInstance, builtApp } from '../support/app.ts'

const ROOT = join(__dirname, '..', '..')
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string }

describe('dist/app: decision log retention', () => {
    test('the property ships as an integer, 365 by default, admin-only', () => {
        const [property] = built('sys_properties', { name: 'x_bu_itpartner.decision_retention_days' })
        expect(property.fields).toMatchObject({ type: 'integer', value: '365' })
        expect(property.fields.write_roles).toContain('x_bu_itpartner.admin')
    })

    test('a daily, active sysauto_script job calls purgeDecisions from the built module path, with a fixed start', () => {
        const jobs = built('sysauto_script', { name: 'IT Partner Routing: decision retention' })
        expect(jobs).toHaveLength(1)
        expect(jobs[0].fields).toMatchObject({ active: 'true', run_type: 'daily', time_zone: 'UTC', run_start: '2025-01-01 03:00:00' })
        const path = `x_bu_itpartner/${pkg.name}/${pkg.version}/src/server/rules/decision-retention.ts`
        expect(jobs[0].fields.script).toContain(`require('${path}')`)
        expect(built('sys_module', { path })).toHaveLength(1)
    })

    test('the built job script deletes only old decisions on the embedded instance and logs the count', () => {
        const [job] = built('sysauto_script', { name: 'IT Partner Routing: decision retention' })
        const loader = new ModuleLoader(builtApp().modules, { '@servicenow/glide': glide })
        const inst = appInstance({ startTime: '2026-03-10 12:00:00' }).activate()
        inst.load('incident', [{ sys_id: 'inc1', number: 'INC0000001' }])
        inst.load('x_bu_itpartner_decision', [
            { sys_id: 'old', task: 'inc1', sys_created_on: '2025-01-01 00:00:00' },
            { sys_id: 'new', task: 'inc1', sys_created_on: '2026-01-01 00:00:00' },
        ])
        new Function('require', job.fields.script)((path: string) => loader.require(path))
        expect(inst.rows('x_bu_itpartner_decision').map((row) => row.sys_id)).toEqual(['new'])
        expect(inst.rows('incident')).toHaveLength(1)
        expect(inst.logs.map((entry) => entry.message)).toEqual([
            'IT Partner Routing: decision retention (365 days) removed 1 routing decision(s) created before 2025-03-10 00:00:00',
        ])
    })
})
