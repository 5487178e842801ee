/**
 * Bridge to the platform's declared types: app modules are compiled against @servicenow/glide's
 * declarations, while at run time they receive this implementation's records.
 */
import type { GlideRecord as PlatformGlideRecord } from '@servicenow/glide'
import { GlideRecord } from './record.ts'

export type { PlatformGlideRecord }

/** The same record typed as @servicenow/glide declares it. */
export function asPlatformRecord(gr: GlideRecord): PlatformGlideRecord {
    return gr as unknown as PlatformGlideRecord
}

/** Back from the declared type; throws for anything this implementation did not create. */
export function fromPlatformRecord(gr: PlatformGlideRecord | GlideRecord): GlideRecord {
    if (!(gr instanceof GlideRecord)) throw new TypeError('not a record of the embedded Glide instance')
    return gr
}
