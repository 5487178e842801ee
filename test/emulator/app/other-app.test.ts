import { join } from 'node:path'
import { readBuiltApp } from '../../../emulator/app/artifacts.ts'
import { AppRuntime } from '../../../emulator/app/runtime.ts'
import { Instance } from '../../../emulator/glide/index.ts'

/**
 * The emulator knows no app: a second SDK app, not this one (test/fixtures/other-app, scope x_demo_tiny; its dist/app
 * is committed, `npm run build:fixture` rebuilds it), loads and runs through the same loader as IT Partner Routing.
 */
const FIXTURE = join(__dirname, '..', '..', 'fixtures', 'other-app')

afterEach(() => Instance.deactivate())

describe('a second app, Tiny Demo, on the embedded instance', () => {
    test('its scope, name and table come from its dist/app', () => {
        const app = readBuiltApp(FIXTURE)
        expect([app.scope, app.name]).toEqual(['x_demo_tiny', 'Tiny Demo'])
        expect(app.tables).toEqual({
            x_demo_tiny_note: {
                scope: 'x_demo_tiny',
                // The SDK's default Application Access: read only from other scopes.
                access: { accessibleFrom: 'public', read: true, create: false, update: false, delete: false },
                display: 'title',
                fields: {
                    title: { type: 'string' },
                    shouted: { type: 'string' },
                    owner: { type: 'reference', reference: 'sys_user' },
                    reads: { type: 'integer', default: '0' },
                    active: { type: 'boolean', default: 'true' },
                },
            },
        })
        expect(app.businessRules.map((rule) => [rule.name, rule.collection, rule.when])).toEqual([['Tiny Demo: shout the title', 'x_demo_tiny_note', 'before']])
        expect(app.privileges).toEqual([{ targetName: 'sys_user', targetScope: 'global', targetType: 'sys_db_object', operation: 'read', status: 'allowed' }])
    })

    test('installed, its code runs in its scope and its table has its columns and defaults; nothing of IT Partner Routing is there', () => {
        const { instance } = new AppRuntime(readBuiltApp(FIXTURE))
        expect(instance.callingScope).toBe('x_demo_tiny')
        expect(instance.schema.hasTable('x_demo_tiny_note')).toBe(true)
        expect(instance.schema.hasTable('x_bu_itpartner_partner')).toBe(false)
        expect(instance.schema.field('incident', 'x_bu_itpartner_partner')).toBeUndefined()
    })

    test('a save fires its before rule, which calls its module', () => {
        const runtime = new AppRuntime(readBuiltApp(FIXTURE))
        const { instance } = runtime
        instance.load('sys_user', [{ sys_id: 'u1', name: 'Ada Lovelace', user_name: 'ada' }])
        const current = instance.recordForInsert('x_demo_tiny_note', { title: 'hello', owner: 'u1' })
        expect(runtime.save('insert', current, null, [])).toBe(true)
        expect(instance.rows('x_demo_tiny_note')).toEqual([
            expect.objectContaining({ title: 'hello', shouted: 'HELLO (Ada Lovelace)', owner: 'u1', reads: '0', active: 'true' }),
        ])
        const { current: again, previous } = instance.recordForUpdate('x_demo_tiny_note', current.getUniqueValue(), { title: 'bye', owner: '' })
        expect(runtime.save('update', again, previous, [])).toBe(true)
        expect(instance.rows('x_demo_tiny_note')[0].shouted).toBe('BYE')
    })

    test('its script include, called by its API name, queries its table', () => {
        const runtime = new AppRuntime(readBuiltApp(FIXTURE))
        const { instance } = runtime
        const current = instance.recordForInsert('x_demo_tiny_note', { title: 'hi' })
        runtime.save('insert', current, null, [])
        expect(runtime.scriptIncludes.apiNames()).toEqual(['x_demo_tiny.TinyGreeter'])
        const Greeter = runtime.scriptIncludes.get('x_demo_tiny.TinyGreeter')
        const greeter = new Greeter()
        expect((greeter.greet as (id: string) => string)(current.getUniqueValue())).toBe('Hello, HI')
        expect((greeter.greet as (id: string) => string)('missing')).toBe('')
        expect(greeter.type).toBe('TinyGreeter')
    })

    test("under Enforcing, its rule's read of the owner (sys_user, global) runs only with the privilege its dist/app declares", () => {
        const app = readBuiltApp(FIXTURE)
        const runtime = new AppRuntime({ ...app, privileges: [] })
        const { instance } = runtime
        instance.load('sys_user', [{ sys_id: 'u1', name: 'Ada Lovelace' }])
        const current = instance.recordForInsert('x_demo_tiny_note', { title: 'hello', owner: 'u1' })
        const refusal =
            "Read operation on table 'sys_user' from scope 'Tiny Demo' was denied. The application 'Tiny Demo' must declare a cross scope access privilege. Please contact the application author to update their privilege requests."
        expect(() => runtime.save('insert', current, null, [])).toThrow(refusal)
        expect(instance.rows('x_demo_tiny_note')).toEqual([])
        expect(instance.logs).toEqual([{ level: 'error', message: refusal, source: 'platform' }])
    })
})
