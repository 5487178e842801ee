import { Instance } from '../../emulator/glide/index.ts'
import { readConfig } from '../../src/server/glide/properties.ts'
import { appInstance } from '../support/app.ts'

const warnings = (inst: Instance) => inst.logs.filter((log) => log.level === 'warn').map((log) => log.message)

// readConfig keeps the last values it parsed: what it returns must still follow every change of a property.
describe('readConfig across saves', () => {
    test('a property changed between two reads is read anew, and back again', () => {
        const inst = appInstance().activate()
        inst.setProperty('x_bu_itpartner.boomerang_policy', 'warn')
        expect(readConfig().boomerangPolicy).toBe('warn')
        inst.setProperty('x_bu_itpartner.boomerang_policy', 'off')
        expect(readConfig().boomerangPolicy).toBe('off')
        inst.setProperty('x_bu_itpartner.boomerang_policy', 'warn')
        expect(readConfig().boomerangPolicy).toBe('warn')
    })

    test('a malformed property is logged on every read, not only on the first', () => {
        const inst = appInstance().activate()
        inst.setProperty('x_bu_itpartner.ping_pong_threshold', 'three')
        readConfig()
        readConfig()
        expect(warnings(inst)).toHaveLength(2)
        expect(warnings(inst)[0]).toContain('x_bu_itpartner.ping_pong_threshold is "three"')
    })

    test('no caller can change the configuration the next save reads', () => {
        appInstance().activate()
        const config = readConfig()
        try {
            ;(config.tier1Groups as string[]).push('Network Services')
        } catch {
            // A frozen list refuses the change: either way, the next read must not see it.
        }
        expect(readConfig().tier1Groups).toEqual(['IT Help Center', 'Desktop Services'])
    })
})
