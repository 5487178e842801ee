/** Which groups count as tier 1 for the value figures: the app's own tier1_groups rule, on the snapshot's property. */
import { groupMatches, parseConfig } from '../../../src/server/core/config.ts'
import type { Row } from '../../read/values.ts'

/** Whether a group name is a tier-1 group, per the effective `tier1_groups` (names ignoring case, or sys_ids). */
export function tier1Test(properties: readonly Row[], groups: readonly Row[]): (name: string) => boolean {
    const given = properties.find((row) => row.name === 'x_bu_itpartner.tier1_groups')?.value
    const { config } = parseConfig({ tier1Groups: given ?? null })
    const ids = new Map<string, string>()
    for (const group of groups) if (group.name && !ids.has(group.name)) ids.set(group.name, group.sys_id)
    return (name) => config.tier1Groups.some((entry) => groupMatches({ id: ids.get(name) ?? name, name }, entry))
}
