import { DEFAULTS, splitList } from '../../src/server/core/config.ts'
import { builtRecords } from '../support/dist.ts'

/** The demo data as it ships (dist/app/unload.demo): loaded only with "Load demo data" (npm run deploy:demo). */
const demo = () => builtRecords().filter((record) => record.folder === 'unload.demo')
/** Tables whose rows the app, the imports or an admin find by name. */
const NAMED: Record<string, string> = {
    sys_user_group: 'name',
    cmn_department: 'name',
    x_bu_itpartner_partner: 'name',
    x_bu_itpartner_route: 'description',
}

describe('dist/app: demo data', () => {
    test('only demo records of these tables ship: none of them loads without demo data', () => {
        const tables = new Set(demo().map((record) => record.table))
        expect([...tables].sort()).toEqual(
            ['cmn_department', 'sys_user', 'sys_user_grmember', 'sys_user_group', 'x_bu_itpartner_department', 'x_bu_itpartner_partner', 'x_bu_itpartner_red_flag', 'x_bu_itpartner_route'].sort(),
        )
        const outside = builtRecords().filter((record) => tables.has(record.table) && record.folder !== 'unload.demo')
        expect(outside.map((record) => `${record.folder}/${record.table}`)).toEqual([])
    })

    test('every group, department, Partner, route and user says "(demo)"', () => {
        const names = demo()
            .filter((record) => record.table in NAMED)
            .map((record) => record.fields[NAMED[record.table]])
        expect(names.length).toBeGreaterThanOrEqual(20)
        expect(names.filter((name) => !name.endsWith('(demo)'))).toEqual([])
        const users = demo().filter((record) => record.table === 'sys_user')
        expect(users.map((user) => [user.fields.user_name.startsWith('demo.'), user.fields.last_name.endsWith('(demo)')])).toEqual(users.map(() => [true, true]))
    })

    test("no demo group answers to a name in the tier-1 groups property's default, the real groups' names", () => {
        const tier1 = splitList(DEFAULTS.tier1Groups).map((name) => name.toLowerCase())
        expect(tier1).toEqual(['it help center', 'desktop services'])
        const groups = demo().filter((record) => record.table === 'sys_user_group')
        expect(groups.filter((group) => tier1.includes(group.fields.name.toLowerCase()))).toEqual([])
        // The demo's own tier-1 groups, which the README tells a demo instance's admin to set.
        expect(groups.map((group) => group.fields.name)).toEqual(expect.arrayContaining(['IT Help Center (demo)', 'Desktop Services (demo)']))
    })
})
