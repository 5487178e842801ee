/**
 * What the value figures need of the snapshot's configuration: which groups are tier 1 (the app's own tier1_groups
 * rule), which are IT Partners' own queues, and whether department_policy makes a department client an escalation.
 */
import { groupMatches, parseConfig } from '../../../src/server/core/config.ts'
import type { Row } from '../../read/values.ts'

export interface ValueRules {
    /** Whether a group (by name) is a tier-1 group. */
    isTier1: (name: string) => boolean
    /** Whether a group (by name) is an active IT Partner's support group: a Partner's queue, no escalation group. */
    isPartnerGroup?: (name: string) => boolean
    /** department_policy = escalate: a stamp with signal department makes a Partner escalation too. */
    departmentEscalates?: boolean
}

/** Whether a group name is a tier-1 group, per the effective `tier1_groups` (names ignoring case, or sys_ids). */
export function tier1Test(properties: readonly Row[], groups: readonly Row[]): (name: string) => boolean {
    const given = properties.find((row) => row.name === 'x_bu_itpartner.tier1_groups')?.value
    const { config } = parseConfig({ tier1Groups: given ?? null })
    const ids = new Map<string, string>()
    for (const group of groups) if (group.name && !ids.has(group.name)) ids.set(group.name, group.sys_id)
    return (name) => config.tier1Groups.some((entry) => groupMatches({ id: ids.get(name) ?? name, name }, entry))
}

/** The rules of a snapshot's tables: tier1_groups and department_policy as the app reads them, the Partners' groups. */
export function valueRules(tables: ReadonlyMap<string, readonly Row[]>): Required<ValueRules> {
    const properties = tables.get('sys_properties') ?? []
    const groups = tables.get('sys_user_group') ?? []
    const policy = properties.find((row) => row.name === 'x_bu_itpartner.department_policy')?.value
    const names = new Map(groups.map((group) => [group.sys_id, group.name || group.sys_id]))
    const partnerGroups = new Set<string>()
    for (const partner of tables.get('x_bu_itpartner_partner') ?? []) {
        const group = partner.support_group && partner.active !== 'false' && partner.active !== '0' ? names.get(partner.support_group) : undefined
        if (group) partnerGroups.add(group)
    }
    return {
        isTier1: tier1Test(properties, groups),
        isPartnerGroup: (name) => partnerGroups.has(name),
        departmentEscalates: parseConfig({ departmentPolicy: policy ?? null }).config.departmentPolicy === 'escalate',
    }
}
