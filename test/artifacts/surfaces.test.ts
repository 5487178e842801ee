import { parseEncodedQuery } from '../../emulator/glide/encoded-query.ts'
import { built as builtAnywhere } from '../support/dist.ts'

/** The stamp's surfaces as they ship in dist/app (run `npm run build` first): they read the stamp on incident. */
const built = (table: string, where: Record<string, string> = {}) => builtAnywhere(table, where).filter((record) => record.folder === 'update')

const READERS = ['itil', 'x_bu_itpartner.admin', 'x_bu_itpartner.reader']

/** incident's own fields the surfaces use (base system, all three releases), and the app's columns from dist/app. */
const PLATFORM_INCIDENT_FIELDS = ['active', 'assignment_group', 'caller_id', 'calendar_stc', 'resolved_at', 'number', 'short_description', 'state', 'sys_updated_on']

function appColumn(element: string): Record<string, string> | undefined {
    return built('sys_dictionary', { name: 'incident', element })[0]?.fields
}

function incidentField(name: string): boolean {
    return PLATFORM_INCIDENT_FIELDS.includes(name) || !!appColumn(name)
}

function fieldsOf(query: string): string[] {
    // Date terms (ON) are invalid to the embedded parser: their field is read from the text.
    const dated = query.split('^').flatMap((term) => /^(\w+)ON/.exec(term)?.[1] ?? [])
    return [...parseEncodedQuery(query).fields, ...dated]
}

describe('Core UI list style (sys_ui_style)', () => {
    test('one field style, on the app\'s IT Partner column of incident (not a platform field), applied when the stamp says Partner escalation', () => {
        const styles = built('sys_ui_style')
        expect(styles).toHaveLength(1)
        const style = styles[0].fields
        expect(style).toMatchObject({ name: 'incident', element: 'x_bu_itpartner_partner', value: 'javascript:current.x_bu_itpartner_escalation == true' })
        // "Creation restrictions across application scopes": no field style on a field of another scope.
        expect(appColumn(style.element)).toBeDefined()
        expect(appColumn('x_bu_itpartner_escalation')!.internal_type).toBe('boolean')
        expect(style.style).toMatch(/background-color: #[0-9a-f]{6};/)
    })
})

describe('Workspace highlighted value on the caller', () => {
    test('a highlighted value on incident.caller_id with one condition on the stamp', () => {
        const values = built('sys_highlighted_value')
        expect(values).toHaveLength(1)
        expect(values[0].fields).toMatchObject({ table: 'incident', field: 'caller_id', active: 'true' })
        const conditions = built('sys_highlighted_value_condition')
        expect(conditions).toHaveLength(1)
        expect(conditions[0].fields).toMatchObject({
            highlighted_value: values[0].fields.sys_id,
            conditions: 'x_bu_itpartner_escalation=true',
            color: 'info',
            active: 'true',
        })
        expect(fieldsOf(conditions[0].fields.conditions).every(incidentField)).toBe(true)
        expect(Number(conditions[0].fields.order)).toBeGreaterThan(0)
    })
})

describe('module "Partner escalations"', () => {
    test('lists open incidents stamped as Partner escalations, for agents, readers and admins, first in the menu', () => {
        const menu = built('sys_app_application', { title: 'IT Partner Routing' })[0]
        const found = built('sys_app_module', { title: 'Partner escalations' })
        expect(found).toHaveLength(1)
        const module = found[0].fields
        expect(module).toMatchObject({ application: menu.fields.sys_id, link_type: 'LIST', name: 'incident', active: 'true' })
        expect(module.roles.split(',').sort()).toEqual(READERS)
        expect(module.filter).toBe('active=true^x_bu_itpartner_escalation=true^ORDERBYDESCsys_updated_on')
        expect(fieldsOf(module.filter).every(incidentField)).toBe(true)
        const orders = built('sys_app_module', { application: menu.fields.sys_id }).map((row) => Number(row.fields.order))
        expect(Number(module.order)).toBe(Math.min(...orders))
    })
})

const INCIDENT_REPORTS = [
    { title: 'Open IT Partner escalations by assignment group', type: 'horizontal_bar', field: 'assignment_group', aggregate: 'COUNT', filter: 'active=true^x_bu_itpartner_escalation=true' },
    { title: 'Time to resolve: IT Partner escalations against other incidents', type: 'bar', field: 'x_bu_itpartner_escalation', aggregate: 'AVG', filter: 'resolved_atONLast 3 months@javascript:gs.beginningOfLast3Months()@javascript:gs.endOfLast3Months()' },
    { title: 'IT Partner escalations over the ping-pong threshold', type: 'list', field: '', aggregate: 'COUNT', filter: 'x_bu_itpartner_ping_pong=true^ORDERBYDESCx_bu_itpartner_hops' },
]

describe('reports over incident', () => {
    test.each(INCIDENT_REPORTS)('$title: $type over incident, its filter on the stamp', ({ title, type, field, aggregate, filter }) => {
        const found = built('sys_report', { title })
        expect(found).toHaveLength(1)
        const report = found[0].fields
        expect(report).toMatchObject({ table: 'incident', type, aggregate, user: 'GLOBAL' })
        expect(report.field ?? '').toBe(field)
        if (field) expect(incidentField(field)).toBe(true)
        expect(report.filter).toBe(filter)
        expect(fieldsOf(report.filter).every(incidentField)).toBe(true)
        expect(report.roles.split(',').sort()).toEqual(READERS)
        const modules = built('sys_app_module', { report: report.sys_id })
        expect(modules).toHaveLength(1)
        expect(modules[0].fields).toMatchObject({ link_type: 'REPORT', active: 'true', roles: report.roles })
    })

    test('time to resolve averages the Resolve time field (seconds), empty values left out by the platform', () => {
        expect(built('sys_report', { title: INCIDENT_REPORTS[1].title })[0].fields.sumfield).toBe('calendar_stc')
    })

    test('the ping-pong list shows the counters', () => {
        const list = built('sys_report', { title: INCIDENT_REPORTS[2].title })[0].fields.field_list.split(',')
        expect(list).toEqual(expect.arrayContaining(['number', 'x_bu_itpartner_partner', 'x_bu_itpartner_hops', 'x_bu_itpartner_boomerangs']))
        expect(list.every(incidentField)).toBe(true)
    })
})
