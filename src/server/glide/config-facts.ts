import { gs, GlideRecord } from '@servicenow/glide'
import { propertyGroupEntries, type ConfigurationFacts } from '../core/config-check.ts'
import { PROPERTY, type RawProperties } from '../core/config.ts'
import { routeFacts } from './admin-records.ts'
import { groupsNamed } from './group-properties.ts'
import { isActive, TABLE } from './records.ts'

/** Gathers what checkConfiguration needs: the properties, the groups they name and the app tables' active rows. */
export function configurationFacts(): ConfigurationFacts {
    const properties: RawProperties = {}
    for (const key of Object.keys(PROPERTY) as (keyof typeof PROPERTY)[]) properties[key] = gs.getProperty(PROPERTY[key], null)
    return {
        properties,
        groups: groupsNamed(propertyGroupEntries(properties)),
        routes: activeRoutes(),
        partners: partners(),
        ...flagsAndDepartments(),
    }
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
