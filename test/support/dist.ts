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
    return matching(builtRecords(), table, where)
}

export type BuiltFinder = typeof built

/** built() for another build: the dist/app folder of a copy of the project built elsewhere. */
export function builtIn(dist: string): BuiltFinder {
    const records = readDist(dist)
    return (table, where = {}) => matching(records, table, where)
}

function matching(records: BuiltRecord[], table: string, where: Record<string, string>): BuiltRecord[] {
    return records.filter((record) => record.table === table && Object.entries(where).every(([field, value]) => record.fields[field] === value))
}

/** The app's package folder on the instance, `<scope>/<package>/<version>`: the folder of sys_app.package_json. */
export function packageRoot(find: BuiltFinder = built): string {
    const [app] = find('sys_app')
    if (!app?.fields.package_json) throw new Error('dist/app has no sys_app with a package_json')
    return app.fields.package_json.replace(/\/package\.json$/, '')
}

/** The name attribute of a reference in a built record's XML (`<sys_user_role name="itil">...`). */
export function referenceName(record: BuiltRecord, field: string): string {
    return new RegExp(`<${field} [^>]*name="([^"]+)"`).exec(readFileSync(record.file, 'utf8'))?.[1] ?? ''
}
