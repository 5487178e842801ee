/** The app properties as the replay applies them: what the readable report and the report page both list. */
import { parseConfig, PROPERTY, type Config, type RawProperties } from '../../src/server/core/config.ts'
import type { Row } from '../read/values.ts'

export type PropertyKey = keyof typeof PROPERTY

export interface PropertyInEffect {
    readonly key: PropertyKey
    readonly name: string
    /** The snapshot's sys_properties value; undefined when it has none and the default applies. */
    readonly given: string | undefined
    /** The value the app runs with: parsed, a malformed one replaced by its default. */
    readonly effective: string
    /** Why the app does not use the given value as written. */
    readonly problem: string | null
}

/** Every app property, in PROPERTY's order, from the snapshot's sys_properties rows. */
export function propertiesInEffect(rows: readonly Row[]): PropertyInEffect[] {
    const byName = new Map(rows.map((row) => [row.name, row.value ?? '']))
    return (Object.keys(PROPERTY) as PropertyKey[]).map((key) => {
        const given = byName.get(PROPERTY[key])
        // Each property parses on its own: no property's problem depends on another's value.
        const raw: RawProperties = { [key]: given ?? null }
        const { config, problems } = parseConfig(raw)
        return { key, name: PROPERTY[key], given, effective: shown(config)[key], problem: problems[0] ?? null }
    })
}

function shown(config: Config): Record<PropertyKey, string> {
    return {
        enabled: String(config.enabled),
        tier1Groups: config.tier1Groups.join(', '),
        defaultEscalationGroup: config.defaultEscalationGroup,
        boomerangPolicy: config.boomerangPolicy,
        departmentPolicy: config.departmentPolicy,
        pingPongThreshold: String(config.pingPongThreshold),
    }
}
