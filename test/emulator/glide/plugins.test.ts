import { GlidePluginManager, Instance } from '../../../emulator/glide/index.ts'

describe('GlidePluginManager.isActive ("GlidePluginManager - Scoped")', () => {
    afterEach(() => Instance.deactivate())

    test('true only for a plugin the instance lists as active (v_plugin), and not a query', () => {
        const inst = new Instance().activate()
        inst.load('v_plugin', [
            { id: 'com.sn_glidequery', name: 'GlideQuery', active: 'active' },
            { id: 'com.example.off', name: 'Off', active: 'inactive' },
        ])
        inst.resetCounters()
        expect(GlidePluginManager.isActive('com.sn_glidequery')).toBe(true)
        expect(GlidePluginManager.isActive('com.example.off')).toBe(false)
        expect(GlidePluginManager.isActive('com.example.absent')).toBe(false)
        expect(inst.counters.queries).toBe(0)
    })
})
