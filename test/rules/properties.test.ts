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

    test('two properties whose values run together alike are still read anew', () => {
        const inst = appInstance().activate()
        inst.setProperty('x_bu_itpartner.tier1_groups', 'Help')
        inst.setProperty('x_bu_itpartner.default_escalation_group', 'Desk')
        expect(readConfig()).toMatchObject({ tier1Groups: ['Help'], defaultEscalationGroup: 'Desk' })
        inst.setProperty('x_bu_itpartner.tier1_groups', 'HelpD')
        inst.setProperty('x_bu_itpartner.default_escalation_group', 'esk')
        expect(readConfig()).toMatchObject({ tier1Groups: ['HelpD'], defaultEscalationGroup: 'esk' })
    })

    test('a property set to the text "null" is not taken for an unset one', () => {
        const inst = appInstance().activate()
        expect(readConfig().boomerangPolicy).toBe('block')
        expect(warnings(inst)).toEqual([])
        inst.setProperty('x_bu_itpartner.boomerang_policy', 'null')
        readConfig()
        expect(warnings(inst)).toEqual([expect.stringContaining('x_bu_itpartner.boomerang_policy is "null"')])
    })

    test('unchanged properties are parsed once: every save gets the same configuration', () => {
        appInstance().activate()
        expect(readConfig()).toBe(readConfig())
    })
})
