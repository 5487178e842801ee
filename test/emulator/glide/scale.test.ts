/** Scale: equality lookups must use the per-field index; asserted on rows scanned, not on time. */
import { GlideRecord, Instance } from '../../../emulator/glide/index.ts'

const USERS = 10_000
const LOOKUPS = 20_000

function userName(i: number): string {
    return `user${i}`
}

test(`${USERS} users, ${LOOKUPS} equality lookups scan one row each`, () => {
    const inst = new Instance().activate()
    const ids = inst.load(
        'sys_user',
        Array.from({ length: USERS }, (_, i) => ({ user_name: userName(i), department: `d${i % 50}`, active: i % 7 === 0 ? 'false' : 'true' })),
    )
    inst.resetCounters()
    let found = 0
    let expected = 0
    for (let i = 0; i < LOOKUPS; i++) {
        const n = (i * 7919) % USERS
        const gr = new GlideRecord('sys_user')
        gr.addQuery('user_name', userName(n))
        gr.addActiveQuery()
        gr.query()
        if (gr.next()) found++
        if (n % 7 !== 0) expected++
    }
    expect(found).toBe(expected)
    expect(inst.counters.queries).toBe(LOOKUPS)
    // The unique user_name index beats the active index: one candidate row per lookup.
    expect(inst.counters.rowsScanned).toBe(LOOKUPS)

    inst.resetCounters()
    const byId = new GlideRecord('sys_user')
    for (let i = 0; i < USERS; i += 10) expect(byId.get(ids[i])).toBe(true)
    expect(inst.counters.rowsScanned).toBe(0)
    const byField = new GlideRecord('sys_user')
    expect(byField.get('user_name', userName(4242))).toBe(true)
    const several = new GlideRecord('sys_user')
    several.addQuery('user_name', 'IN', [userName(1), userName(2), userName(3)])
    several.query()
    expect(several.getRowCount()).toBe(3)
    expect(inst.counters.rowsScanned).toBe(1 + 3)

    // A condition no index serves scans the table, which the counter shows.
    inst.resetCounters()
    const scan = new GlideRecord('sys_user')
    scan.addQuery('user_name', 'STARTSWITH', 'user999')
    scan.query()
    expect(scan.getRowCount()).toBe(11)
    expect(inst.counters.rowsScanned).toBe(USERS)
})

test('indexes follow inserts, updates and deletes', () => {
    const inst = new Instance().activate()
    inst.load('sys_user', Array.from({ length: 1000 }, (_, i) => ({ user_name: userName(i) })))
    const lookup = (name: string): string[] => {
        const gr = new GlideRecord('sys_user')
        gr.addQuery('user_name', name)
        gr.query()
        const out: string[] = []
        while (gr.next()) out.push(gr.getUniqueValue())
        return out
    }
    const [renamed] = lookup(userName(5))
    const gr = new GlideRecord('sys_user')
    gr.get(renamed)
    gr.setValue('user_name', 'renamed')
    gr.update()
    const added = new GlideRecord('sys_user')
    added.setValue('user_name', userName(5))
    const addedId = added.insert()
    inst.resetCounters()
    expect(lookup('renamed')).toEqual([renamed])
    expect(lookup(userName(5))).toEqual([addedId])
    added.deleteRecord()
    expect(lookup(userName(5))).toEqual([])
    expect(inst.counters.rowsScanned).toBe(2)
})
