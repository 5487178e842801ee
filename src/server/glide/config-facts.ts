import { gs, GlideRecord } from '@servicenow/glide'
import { configuredGroupNames, propertyGroupEntries, type ConfigurationFacts } from '../core/config-check.ts'
import { PROPERTY, type RawProperties } from '../core/config.ts'
import { routeFacts } from './admin-records.ts'
import { groupsNamed } from './group-properties.ts'
import { isActive, TABLE } from './records.ts'

/** Gathers what checkConfiguration needs: the properties, the groups they name and the app tables' active rows. */
export function configurationFacts(): ConfigurationFacts {
    const properties: RawProperties = {}
    for (const key of Object.keys(PROPERTY) as (keyof typeof PROPERTY)[]) properties[key] = gs.getProperty(PROPERTY[key], null)
    const named = { properties, groups: groupsNamed(propertyGroupEntries(properties)), routes: activeRoutes(), partners: partners() }
    return {
        ...named,
        groupsPerName: groupsPerName(configuredGroupNames(named).map((use) => use.name)),
        ...flagsAndDepartments(),
    }
}

/**
 * How many groups, active or not, have each name (one query; none without names). Name conditions ORed one by one, not
 * an IN list, since a group name may hold a comma; matched ignoring case, as queries and the group properties match.
 */
function groupsPerName(names: string[]): Record<string, number> {
    const counts: Record<string, number> = {}
    const unique = new Map<string, string>()
    for (const name of names) if (!unique.has(name.toLowerCase())) unique.set(name.toLowerCase(), name)
    if (!unique.size) return counts
    const [first, ...others] = [...unique.values()]
    const group = new GlideRecord('sys_user_group')
    const condition = group.addQuery('name', first)
    for (const name of others) condition.addOrCondition('name', name)
    group.query()
    while (group.next()) {
        const key = (group.getValue('name') || '').toLowerCase()
        if (unique.has(key)) counts[key] = (counts[key] ?? 0) + 1
    }
    return counts
}

function activeRoutes(): ConfigurationFacts['routes'] {
    const record = new GlideRecord(TABLE.route)
    record.addQuery('active', true)
    record.orderBy('order')
    record.query()
    const routes: ConfigurationFacts['routes'] = []
    while (record.next()) {
        routes.push({ label: `"${record.getValue('description') || record.getUniqueValue()}" (order ${record.getValue('order') || 0})`, facts: routeFacts(record) })
    }
    return routes
}

function partners(): ConfigurationFacts['partners'] {
    const record = new GlideRecord(TABLE.partner)
    record.addQuery('active', true)
    record.query()
    const rows: ConfigurationFacts['partners'] = []
    while (record.next()) {
        rows.push({
            name: record.getValue('name') || record.getUniqueValue(),
            active: true,
            supportGroup: record.getValue('support_group') || '',
            supportGroupName: record.getValue('support_group') ? record.getDisplayValue('support_group') : '',
            supportStream: record.getValue('support_stream') || '',
        })
    }
    return rows
}

/** Active red flags and Partner departments, with the active flag of each referenced user and Partner. */
function flagsAndDepartments(): Pick<ConfigurationFacts, 'redFlags' | 'departments'> {
    const redFlags: ConfigurationFacts['redFlags'] = []
    const flag = new GlideRecord(TABLE.redFlag)
    flag.addQuery('active', true)
    flag.query()
    while (flag.next()) {
        const user = flag.getElement('user').getRefRecord()
        const partner = flag.getElement('partner').getRefRecord()
        redFlags.push({
            userId: flag.getValue('user') || '',
            user: shown(flag, 'user', '(no user)'),
            userActive: user.isValidRecord() && isActive(user.getValue('active')),
            partner: shown(flag, 'partner', NO_PARTNER),
            partnerActive: partner.isValidRecord() && isActive(partner.getValue('active')),
        })
    }
    const departments: ConfigurationFacts['departments'] = []
    const row = new GlideRecord(TABLE.department)
    row.addQuery('active', true)
    row.query()
    while (row.next()) {
        departments.push({
            departmentId: row.getValue('department') || '',
            department: shown(row, 'department', '(no department)'),
            partner: shown(row, 'partner', NO_PARTNER),
        })
    }
    return { redFlags, departments }
}

const NO_PARTNER = '(no IT Partner)'

/** A reference as an admin can find it: its display value, else the sys_id it holds (its record is gone), else `none`. */
function shown(record: GlideRecord, field: string, none: string): string {
    return record.getDisplayValue(field) || record.getValue(field) || none
}
