import { gs } from '@servicenow/glide'
import { parseConfig, PROPERTY, type Config, type ParsedConfig, type RawProperties } from '../core/config.ts'

const KEYS = Object.keys(PROPERTY) as (keyof typeof PROPERTY)[]

/** The last values parsed and their result: every save reads the same values, so each set is parsed once. */
let last: { values: string; parsed: ParsedConfig } | null = null

/** Reads the app properties; a malformed one is logged (on every read, as before) and replaced by its default, never fatal. */
export function readConfig(): Config {
    const raw: RawProperties = {}
    for (const key of KEYS) raw[key] = gs.getProperty(PROPERTY[key], null)
    // An unset property (null) takes its default: its mark must not read as any value.
    const values = KEYS.map((key) => (raw[key] === null || raw[key] === undefined ? '\u0001' : String(raw[key]))).join('\u0000')
    if (last?.values !== values) last = { values, parsed: freeze(parseConfig(raw)) }
    for (const problem of last.parsed.problems) gs.warn('IT Partner Routing: ' + problem)
    return last.parsed.config
}

/** Shared between saves, so no caller may change it. */
function freeze(parsed: ParsedConfig): ParsedConfig {
    Object.freeze(parsed.config.tier1Groups)
    Object.freeze(parsed.config)
    return parsed
}
