/** Reads the app's system properties into a typed configuration; malformed values fall back to defaults. */

export type BoomerangPolicy = 'block' | 'warn' | 'off'
export type DepartmentPolicy = 'review' | 'escalate'

export const PROPERTY = {
    enabled: 'x_bu_itpartner.enabled',
    tier1Groups: 'x_bu_itpartner.tier1_groups',
    defaultEscalationGroup: 'x_bu_itpartner.default_escalation_group',
    boomerangPolicy: 'x_bu_itpartner.boomerang_policy',
    departmentPolicy: 'x_bu_itpartner.department_policy',
    pingPongThreshold: 'x_bu_itpartner.ping_pong_threshold',
} as const

export const DEFAULTS = {
    enabled: 'true',
    tier1Groups: 'IT Help Center,Desktop Services',
    defaultEscalationGroup: '',
    boomerangPolicy: 'block',
    departmentPolicy: 'review',
    pingPongThreshold: '3',
} as const

export type RawProperties = { -readonly [K in keyof typeof PROPERTY]?: string | null }

export interface Config {
    enabled: boolean
    /** Names or sys_ids, trimmed, without duplicates. */
    tier1Groups: string[]
    /** Name or sys_id, or '' for none. */
    defaultEscalationGroup: string
    boomerangPolicy: BoomerangPolicy
    departmentPolicy: DepartmentPolicy
    /** Group hops plus boomerangs tried at which a Partner escalation counts as ping-pong (a whole number, 1 or more). */
    pingPongThreshold: number
}

export interface ParsedConfig {
    config: Config
    /** One sentence per malformed property, for the system log. */
    problems: string[]
}

export function parseConfig(raw: RawProperties): ParsedConfig {
    const problems: string[] = []
    const value = (key: keyof typeof PROPERTY): string => {
        const given = raw[key]
        return given === null || given === undefined ? DEFAULTS[key] : String(given).trim()
    }
    const choice = <T extends string>(key: keyof typeof PROPERTY, allowed: readonly T[]): T => {
        const given = value(key).toLowerCase()
        if ((allowed as readonly string[]).includes(given)) return given as T
        problems.push(
            `${PROPERTY[key]} is "${raw[key]}", not one of ${allowed.join(', ')}; using "${DEFAULTS[key]}"`,
        )
        return DEFAULTS[key] as T
    }
    const wholeNumber = (key: keyof typeof PROPERTY): number => {
        const given = value(key)
        if (/^[1-9][0-9]{0,5}$/.test(given)) return Number(given)
        problems.push(`${PROPERTY[key]} is "${raw[key]}", not a whole number from 1 to 999999; using "${DEFAULTS[key]}"`)
        return Number(DEFAULTS[key])
    }
    const enabled = choice('enabled', ['true', 'false'] as const) === 'true'
    return {
        config: {
            enabled,
            tier1Groups: splitList(value('tier1Groups')),
            defaultEscalationGroup: value('defaultEscalationGroup'),
            boomerangPolicy: choice('boomerangPolicy', ['block', 'warn', 'off'] as const),
            departmentPolicy: choice('departmentPolicy', ['review', 'escalate'] as const),
            pingPongThreshold: wholeNumber('pingPongThreshold'),
        },
        problems,
    }
}

/** Splits a comma-separated list, trimming entries and dropping empty ones and case-insensitive duplicates. */
export function splitList(list: string): string[] {
    const seen = new Set<string>()
    const entries: string[] = []
    for (const part of list.split(',')) {
        const entry = part.trim()
        const key = entry.toLowerCase()
        if (entry && !seen.has(key)) {
            seen.add(key)
            entries.push(entry)
        }
    }
    return entries
}

/** A group names an entry when the entry is its sys_id or, ignoring case as the platform's name lookups do, its name. */
export function groupMatches(group: { id: string; name: string } | null, entry: string): boolean {
    if (!group || !entry) return false
    return entry === group.id || entry.toLowerCase() === group.name.toLowerCase()
}

export function isTier1(group: { id: string; name: string } | null, config: Config): boolean {
    return config.tier1Groups.some((entry) => groupMatches(group, entry))
}
