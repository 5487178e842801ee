import { gs, GlideRecord } from '@servicenow/glide'
import { groupEntries, groupPropertyProblems } from '../core/config-check.ts'
import { groupMatches, type Config } from '../core/config.ts'
import type { Group } from '../core/model.ts'
import { isActive } from './records.ts'

/** Session client data name of the last check: the properties' values it checked. */
const CHECKED = 'x_bu_itpartner.group_properties_checked'

/** The configuration last checked and its values as the session remembers them. */
let lastConfig: Config | null = null
let lastValues = ''

/**
 * Logs what is wrong with the group properties (an entry naming no group or an inactive one, an empty tier-1 list, a
 * tier-1 default), so a typo never turns routing off silently. Checking costs one query; the values checked are
 * remembered in the session (GlideSession client data), so a session checks and logs once per value, not on every
 * save, and the routing rule keeps its zero-query path for tickets it leaves alone. A group renamed
 * or deleted later in the same session is noticed when a value changes or in the next session.
 */
export function reportUnusableGroups(config: Config): void {
    // readConfig hands every save of the same values the same object: their JSON is made once, not per save.
    if (config !== lastConfig) {
        lastConfig = config
        lastValues = JSON.stringify([config.tier1Groups, config.defaultEscalationGroup])
    }
    const values = lastValues
    const session = gs.getSession()
    // A plain comparison, as this runs on every save that reaches the routing rule. "GlideSession - Scoped,
    // getClientData(String paramName)": a String, null when none was put; String() as the platform may hand back a
    // Java string, which is never === a JavaScript one.
    if (String(session.getClientData(CHECKED) ?? '') === values) return
    const groups = groupsNamed(groupEntries(config))
    const unusable = groupPropertyProblems(config, (entry) => groups[entry] ?? null)
    session.putClientData(CHECKED, values)
    for (const problem of unusable) gs.warn('IT Partner Routing: ' + problem + '.')
}

/** Each entry's group by sys_id or name, ignoring case like the routing rule (one query; none without entries). */
export function groupsNamed(entries: string[]): Record<string, Group | null> {
    const groups: Record<string, Group | null> = {}
    for (const entry of entries) groups[entry] = null
    if (!entries.length) return groups
    const record = new GlideRecord('sys_user_group')
    record.addQuery('sys_id', 'IN', entries.join(',')).addOrCondition('name', 'IN', entries.join(','))
    record.query()
    while (record.next()) {
        const group: Group = { id: record.getUniqueValue(), name: record.getValue('name') || '', active: isActive(record.getValue('active')) }
        for (const entry of entries) {
            if (groupMatches(group, entry)) groups[entry] = group
        }
    }
    return groups
}
