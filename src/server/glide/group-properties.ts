import { gs, GlideRecord } from '@servicenow/glide'
import { groupMatches, PROPERTY, type Config } from '../core/config.ts'
import type { Group } from '../core/model.ts'
import { isActive } from './records.ts'

/** Session client data name of the last check: the properties' values and what was unusable in them. */
const CHECKED = 'x_bu_itpartner.group_properties_checked'

interface Checked {
    values: string
    unusable: string[]
}

/**
 * Logs every tier1_groups entry that names no group and a default_escalation_group that names no group or an inactive
 * one, on every read, so a typo never turns routing off silently. Checking costs one query; its result is remembered in
 * the session (GlideSession client data) for the values checked, so a session pays it once per value, not per save,
 * and the routing rule keeps its zero-query path for tickets it leaves alone. A group renamed or deleted later in the
 * same session is noticed when a value changes or in the next session.
 */
export function reportUnusableGroups(config: Config): void {
    const entries: { property: string; entry: string; needsActive: boolean }[] = config.tier1Groups.map((entry) => ({
        property: PROPERTY.tier1Groups,
        entry,
        needsActive: false,
    }))
    if (config.defaultEscalationGroup) {
        entries.push({ property: PROPERTY.defaultEscalationGroup, entry: config.defaultEscalationGroup, needsActive: true })
    }
    if (!entries.length) return
    const values = JSON.stringify([config.tier1Groups, config.defaultEscalationGroup])
    const session = gs.getSession()
    let checked = remembered(session.getClientData(CHECKED), values)
    if (!checked) {
        const groups = findGroups(entries.map(({ entry }) => entry))
        const unusable: string[] = []
        for (const { property, entry, needsActive } of entries) {
            const group = groups.find((candidate) => groupMatches(candidate, entry))
            if (!group) unusable.push(`${property} names "${entry}", which is not a group; ignoring it.`)
            else if (needsActive && !group.active) unusable.push(`${property} names "${entry}", an inactive group; ignoring it.`)
        }
        checked = { values, unusable }
        session.putClientData(CHECKED, JSON.stringify(checked))
    }
    for (const problem of checked.unusable) gs.warn('IT Partner Routing: ' + problem)
}

function remembered(data: string | null, values: string): Checked | null {
    if (!data) return null
    try {
        const checked = JSON.parse(data) as Checked
        return checked.values === values && Array.isArray(checked.unusable) ? checked : null
    } catch {
        return null
    }
}

/** The groups the entries name, by sys_id or name (one query). */
function findGroups(entries: string[]): Group[] {
    const group = new GlideRecord('sys_user_group')
    group.addQuery('sys_id', 'IN', entries.join(',')).addOrCondition('name', 'IN', entries.join(','))
    group.query()
    const found: Group[] = []
    while (group.next()) found.push({ id: group.getUniqueValue(), name: group.getValue('name') || '', active: isActive(group.getValue('active')) })
    return found
}
