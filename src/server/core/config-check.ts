/**
 * The configuration check: every configuration problem of the app, as sentences for an admin. The same function
 * runs on the instance (the "Check configuration" UI action) and in the replay, which prints it first.
 */
import { checkPartner, checkRoute, type RouteFacts } from './admin-checks.ts'
import { isTier1, parseConfig, PROPERTY, type Config, type RawProperties } from './config.ts'
import { argText, english } from './messages.ts'
import type { Group } from './model.ts'

export interface ConfigurationFacts {
    properties: RawProperties
    /** The group each property entry names (see propertyGroupEntries), or null when it names none. */
    groups: Record<string, Group | null>
    /** Active routes, each with a label for the message ("description" (order n)). */
    routes: { label: string; facts: RouteFacts }[]
    /** Active Partners; `supportGroupName` is the support group's name ('' when there is none). */
    partners: { name: string; active: boolean; supportGroup: string; supportGroupName: string; supportStream: string }[]
    /** How many sys_user_group rows have each group name the configuration uses (see configuredGroupNames), by lower case. */
    groupsPerName: Record<string, number>
    /** Active red flags. */
    redFlags: { userId: string; user: string; userActive: boolean; partner: string; partnerActive: boolean }[]
    /** Active Partner department rows. */
    departments: { departmentId: string; department: string; partner: string }[]
}

/** The tier-1 and default escalation group entries whose groups the check needs. */
export function propertyGroupEntries(properties: RawProperties): string[] {
    return groupEntries(parseConfig(properties).config)
}

/** The entries of the group properties: tier-1 groups, then the default escalation group. */
export function groupEntries(config: Config): string[] {
    return config.defaultEscalationGroup ? [...config.tier1Groups, config.defaultEscalationGroup] : config.tier1Groups
}

/**
 * What is wrong with the group properties, given the group each entry names (null: none). The routing rule logs these
 * on every read and the configuration check lists them, in the same words.
 */
export function groupPropertyProblems(config: Config, groupOf: (entry: string) => Group | null): string[] {
    const problems: string[] = []
    for (const entry of config.tier1Groups) {
        const group = groupOf(entry)
        if (!group) problems.push(`${PROPERTY.tier1Groups} lists "${entry}", which is not a group: that entry is ignored`)
        else if (group.active === false) problems.push(`${PROPERTY.tier1Groups} lists "${entry}", an inactive group`)
    }
    if (!config.tier1Groups.length) problems.push(`${PROPERTY.tier1Groups} is empty: no ticket is routed past tier 1`)
    const fallback = config.defaultEscalationGroup
    if (fallback) {
        const group = groupOf(fallback)
        if (!group) problems.push(`${PROPERTY.defaultEscalationGroup} is "${fallback}", which is not a group: escalations no route matches stay put (no_target)`)
        else if (group.active === false) problems.push(`${PROPERTY.defaultEscalationGroup} is "${fallback}", an inactive group: it is not used`)
        else if (isTier1(group, config)) problems.push(`${PROPERTY.defaultEscalationGroup} is "${fallback}", a tier-1 group: escalations would go back to tier 1`)
    }
    return problems
}

/** One group name the configuration uses, and where. */
interface GroupNameUse {
    name: string
    usedBy: string
}

/**
 * The group names the configuration uses: the group properties' entries that are names (a sys_id names one group), the
 * active routes' groups and the active Partners' support groups. `groups` is the group each property entry names.
 */
export function configuredGroupNames(facts: Pick<ConfigurationFacts, 'properties' | 'groups' | 'routes' | 'partners'>): GroupNameUse[] {
    const config = parseConfig(facts.properties).config
    const uses: GroupNameUse[] = []
    for (const entry of config.tier1Groups) {
        if (facts.groups[entry]?.id !== entry) uses.push({ name: entry, usedBy: PROPERTY.tier1Groups })
    }
    const fallback = config.defaultEscalationGroup
    if (fallback && facts.groups[fallback]?.id !== fallback) uses.push({ name: fallback, usedBy: PROPERTY.defaultEscalationGroup })
    for (const route of facts.routes) if (route.facts.group) uses.push({ name: route.facts.group.name, usedBy: `escalation route ${route.label}` })
    for (const partner of facts.partners) if (partner.supportGroupName) uses.push({ name: partner.supportGroupName, usedBy: `IT Partner "${partner.name}"` })
    return uses.filter((use) => !!use.name)
}

/**
 * Group names that more than one group has. A look-up by name (the group properties) then finds one of them, which
 * one unpredictably, and an admin picking a route's or Partner's group by name may pick the wrong one.
 */
function duplicateGroupNameProblems(facts: ConfigurationFacts): string[] {
    const byName = new Map<string, { name: string; usedBy: string[] }>()
    for (const use of configuredGroupNames(facts)) {
        const key = use.name.toLowerCase()
        if ((facts.groupsPerName[key] ?? 0) < 2) continue
        const entry = byName.get(key) ?? { name: use.name, usedBy: [] }
        if (!entry.usedBy.includes(use.usedBy)) entry.usedBy.push(use.usedBy)
        byName.set(key, entry)
    }
    return [...byName.entries()].map(
        ([key, { name, usedBy }]) =>
            `Group name "${name}" belongs to ${facts.groupsPerName[key]} groups (used by ${usedBy.join('; ')}): a look-up by name picks one of ` +
            'them unpredictably. Rename the groups so that each name is unique (or give the group property the sys_id of the right group), ' +
            'then check that each route and Partner points at the group you mean',
    )
}

/** Every problem, in the order an admin fixes them: properties, routes, Partners, red flags, departments, group names. */
export function checkConfiguration(facts: ConfigurationFacts): string[] {
    const problems: string[] = []
    const { config, problems: malformed } = parseConfig(facts.properties)
    problems.push(...malformed)
    problems.push(...groupPropertyProblems(config, (entry) => facts.groups[entry] ?? null))

    for (const route of facts.routes) {
        const verdict = checkRoute(route.facts)
        // The route's problems without the save form's "cannot be saved" sentence around them.
        if (verdict.message) problems.push(`Escalation route ${route.label}: ${argText(verdict.message.args[0], english)}`)
    }
    for (const partner of facts.partners) {
        if (checkPartner(partner).message) problems.push(`IT Partner "${partner.name}" has neither a support group nor a support stream`)
    }

    const flagsByUser = new Map<string, string[]>()
    for (const flag of facts.redFlags) {
        if (!flag.userActive) problems.push(`Red flag of "${flag.user}" (${flag.partner}) is active, but the user is inactive`)
        if (!flag.partnerActive) problems.push(`Red flag of "${flag.user}" is active, but its IT Partner "${flag.partner}" is inactive`)
        flagsByUser.set(flag.userId, [...(flagsByUser.get(flag.userId) ?? []), flag.partner])
    }
    for (const [userId, partners] of flagsByUser) {
        if (partners.length < 2) continue
        const user = facts.redFlags.find((flag) => flag.userId === userId)!.user
        problems.push(`User "${user}" has ${partners.length} active red flags (${partners.join(', ')}): keep one`)
    }

    const partnersByDepartment = new Map<string, string[]>()
    for (const row of facts.departments) partnersByDepartment.set(row.departmentId, [...(partnersByDepartment.get(row.departmentId) ?? []), row.partner])
    for (const [departmentId, partners] of partnersByDepartment) {
        if (partners.length < 2) continue
        const department = facts.departments.find((row) => row.departmentId === departmentId)!.department
        problems.push(`Department "${department}" is listed ${partners.length} times as a Partner department (${partners.join(', ')}): keep one active row`)
    }
    problems.push(...duplicateGroupNameProblems(facts))
    return problems
}
