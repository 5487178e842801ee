import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { XMLParser } from 'fast-xml-parser'

/** One record of the built app as it ships in dist/app: its table, field values, and the folder it loads from. */
export interface BuiltRecord {
    table: string
    fields: Record<string, string>
    /** 'update' (always), 'unload.demo' (demo data), ... */
    folder: string
    file: string
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false, trimValues: false })

/** Every record in a built app folder (dist/app), parsed with a real XML parser. The project's one dist/app reader. */
export function readDist(dist: string): BuiltRecord[] {
    if (!existsSync(dist)) throw new Error(`${dist} is missing: run "npm run build" first`)
    const records: BuiltRecord[] = []
    for (const file of walk(dist).filter((name) => name.endsWith('.xml')).sort()) {
        const doc = parser.parse(readFileSync(file, 'utf8'))
        const update = doc.record_update
        if (!update) continue
        for (const [table, value] of Object.entries(update)) {
            if (table.startsWith('@_')) continue
            collect(table, value, relative(dist, file).split('/')[0], file, records)
        }
    }
    return records
}

/** Adds a record and the records nested in it (a sys_choice_v2 carries its sys_choice rows). */
function collect(table: string, value: unknown, folder: string, file: string, into: BuiltRecord[]): void {
    for (const record of (Array.isArray(value) ? value : [value]) as Record<string, unknown>[]) {
        if (!record || typeof record !== 'object') continue
        into.push({ table, fields: flatten(record), folder, file })
        for (const [name, child] of Object.entries(record)) {
            const rows = (Array.isArray(child) ? child : [child]) as unknown[]
            if (rows.some((row) => !!row && typeof row === 'object' && 'sys_id' in (row as object))) {
                collect(name, rows.filter((row) => !!row && typeof row === 'object' && 'sys_id' in (row as object)), folder, file, into)
            }
        }
    }
}

function flatten(record: Record<string, unknown>): Record<string, string> {
    const fields: Record<string, string> = {}
    for (const [name, value] of Object.entries(record)) {
        if (name.startsWith('@_')) continue
        fields[name] = text(value)
    }
    return fields
}

function text(value: unknown): string {
    if (value === null || value === undefined) return ''
    if (typeof value === 'object') return text((value as Record<string, unknown>)['#text'] ?? '')
    return String(value)
}

function walk(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
    )
}
