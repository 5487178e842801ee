import { gs } from '@servicenow/glide'
import { parseConfig, PROPERTY, type Config, type RawProperties } from '../core/config.ts'

/** Reads the app properties; a malformed one is logged and replaced by its default, never fatal. */
export function readConfig(): Config {
    const raw: RawProperties = {}
    for (const key of Object.keys(PROPERTY) as (keyof typeof PROPERTY)[]) {
        raw[key] = gs.getProperty(PROPERTY[key], null)
    }
    const { config, problems } = parseConfig(raw)
    for (const problem of problems) gs.warn('IT Partner Routing: ' + problem)
    return config
}
