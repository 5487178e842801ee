import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { readDist, type BuiltRecord } from '../../scripts/preflight/dist.ts'

export type { BuiltRecord }

export const DIST = join(__dirname, '..', '..', 'dist', 'app')

let cache: BuiltRecord[] | null = null

/** Every record in dist/app (the pre-flight scan's reader). Run `npm run build` first. */
export function builtRecords(): BuiltRecord[] {
    cache ??= readDist(DIST)
    return cache
}

/** Records of one table, optionally filtered by exact field values. */
export function built(table: string, where: Record<string, string> = {}): BuiltRecord[] {
    return builtRecords().filter(
        (record) => record.table === table && Object.entries(where).every(([field, value]) => record.fields[field] === value),
    )
}

/** The name attribute of a reference in a built record's XML (`<sys_user_role name="itil">...`). */
export function referenceName(record: BuiltRecord, field: string): string {
    return new RegExp(`<${field} [^>]*name="([^"]+)"`).exec(readFileSync(record.file, 'utf8'))?.[1] ?? ''
}
