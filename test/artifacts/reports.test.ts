import { readFileSync } from 'node:fs'
import { parseEncodedQuery } from '../../emulator/glide/encoded-query.ts'
import { evaluate, FILTER_MATCH } from '../../emulator/glide/match.ts'
import { built as builtAnywhere } from '../support/dist.ts'

/** The decision reports and their menu modules as they ship in dist/app (run `npm run build` first). */
const built = (table: string, where: Record<string, string> = {}) =>
    builtAnywhere(table, where).filter((record) => record.folder === 'update')

const DECISION = 'x_bu_itpartner_decision'
const OUTCOMES = ['rerouted', 'kept_specialty', 'no_target', 'boomerang_blocked', 'boomerang_warned', 'sent_to_partner', 'error']

function report(title: string) {
    const found = built('sys_report', { title })
    expect(found).toHaveLength(1)
    return found[0].fields
}

/** The outcomes a report's filter lets through, by evaluating it on one decision row per outcome (dates aside). */
function outcomesMatching(filter: string): string[] {
    const { expr } = parseEncodedQuery(filter)
    return OUTCOMES.filter((outcome) =>
        evaluate(expr, { value: (field) => (field === 'outcome' ? outcome : ''), isBoolean: () => false, previous: () => undefined }, FILTER_MATCH),
    )
}

/** Fields of the decision table: its dictionary entries in dist/app, and the platform's sys_ fields. */
function decisionField(name: string): boolean {
    return name.startsWith('sys_') || built('sys_dictionary', { name: DECISION, element: name }).length === 1
}

/** Roles that may read the decision log: those of its read ACL, and admin roles that contain them. */
function decisionReaders(): string[] {
    const acl = built('sys_security_acl', { name: DECISION, type: 'record', operation: 'read' })[0]
    return built('sys_security_acl_role', { sys_security_acl: acl.fields.sys_id }).map((row) => {
        const role = built('sys_user_role', { sys_id: row.fields.sys_user_role })[0]
        // A platform role (itil) is named in the reference's name attribute.
        return role?.fields.name ?? /<sys_user_role [^>]*name="([^"]+)"/.exec(readFileSync(row.file, 'utf8'))?.[1] ?? row.fields.sys_user_role
    })
}

const REPORTS = [
    {
        title: 'IT Partner escalations by Partner (last 30 days)',
        type: 'horizontal_bar',
        field: 'partner',
        outcomes: ['rerouted', 'kept_specialty', 'no_target'],
        last30Days: true,
    },
    { title: 'IT Partner Routing outcomes per week', type: 'trend', field: 'outcome', outcomes: OUTCOMES, last30Days: false },
    {
        title: 'Boomerangs blocked or warned, by the group that tried',
        type: 'horizontal_bar',
        field: 'from_group',
        outcomes: ['boomerang_blocked', 'boomerang_warned'],
        last30Days: false,
    },
    { title: 'Misdirected clients sent to their IT Partner', type: 'horizontal_bar', field: 'partner', outcomes: ['sent_to_partner'], last30Days: false },
]

describe('decision reports', () => {
    it('ships exactly the four reports over the decision table', () => {
        expect(built('sys_report', { table: DECISION }).map((row) => row.fields.title).sort()).toEqual(REPORTS.map((one) => one.title).sort())
    })

    it.each(REPORTS)('$title: $type grouped by $field', ({ title, type, field }) => {
        const fields = report(title)
        expect(fields.table).toBe(DECISION)
        expect(fields.type).toBe(type)
        expect(fields.field).toBe(field)
        expect(decisionField(field)).toBe(true)
        expect(fields.aggregate).toBe('COUNT')
    })

    it.each(REPORTS)('$title: counts only its outcomes', ({ title, outcomes, last30Days }) => {
        const { filter } = report(title)
        expect(outcomesMatching(filter)).toEqual(outcomes)
        const parsed = parseEncodedQuery(filter)
        for (const term of parsed.terms) expect(decisionField(term.field)).toBe(true)
        for (const term of parsed.terms.filter((one) => one.field === 'outcome')) {
            for (const value of term.list.length ? term.list : [term.value]) expect(OUTCOMES).toContain(value)
        }
        expect(filter.startsWith('sys_created_onONLast 30 days@javascript:gs.beginningOfLast30Days()@javascript:gs.endOfLast30Days()')).toBe(last30Days)
    })

    it('trends outcomes by the decision date, per week, over the last three months', () => {
        const fields = report('IT Partner Routing outcomes per week')
        expect(fields.trend_field).toBe('sys_created_on')
        expect(fields.interval).toBe('week')
        expect(fields.filter).toBe('sys_created_onONLast 3 months@javascript:gs.beginningOfLast3Months()@javascript:gs.endOfLast3Months()')
    })

    it.each(REPORTS)('$title: visible to everyone who may read the decision log, and the app admin', ({ title }) => {
        const fields = report(title)
        expect(fields.user).toBe('GLOBAL')
        const roles = fields.roles.split(',').sort()
        expect(roles).toEqual(['itil', 'x_bu_itpartner.admin', 'x_bu_itpartner.reader'])
        for (const role of decisionReaders()) expect(roles).toContain(role)
    })

    it.each(REPORTS)('$title: opens from its own module in the app menu, for the same roles', ({ title }) => {
        const menu = built('sys_app_application', { title: 'IT Partner Routing' })[0]
        const modules = built('sys_app_module', { report: report(title).sys_id })
        expect(modules).toHaveLength(1)
        expect(modules[0].fields).toMatchObject({ application: menu.fields.sys_id, link_type: 'REPORT', active: 'true', roles: report(title).roles })
    })
})
