import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, posix } from 'node:path'
import { XMLParser } from 'fast-xml-parser'

export type XmlRecord = Record<string, string>

/** What the emulator runs of an SDK-built app, read from its dist/app. */
export interface BuiltApp {
    businessRules: XmlRecord[]
    modules: Map<string, string>
    clientScripts: XmlRecord[]
    /** Columns, reference columns and display fields by table, from sys_dictionary (app tables and augments). */
    dictionary: Record<string, { display?: string; references: Record<string, string>; fields: string[] }>
    /** The app's tables (sys_db_object) whose web service access is off: the Table API answers 403 for them. */
    noWebServiceAccess: Set<string>
    /** The app's package folder, `<scope>/<package>/<version>`: the folder of sys_app.package_json. */
    packageRoot?: string
}

const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
})

function flatten(node: Record<string, unknown>): XmlRecord {
    const record: XmlRecord = {}
    for (const [key, value] of Object.entries(node)) {
        if (key.startsWith('@_')) record[key] = String(value)
        else if (value === null || value === undefined || value === '') record[key] = ''
        else if (typeof value === 'object') record[key] = String((value as Record<string, unknown>)['#text'] ?? '')
        else record[key] = String(value)
    }
    return record
}

function xmlFiles(dir: string): string[] {
    if (!existsSync(dir)) return []
    const out: string[] = []
    for (const name of readdirSync(dir)) {
        const path = join(dir, name)
        if (statSync(path).isDirectory()) out.push(...xmlFiles(path))
        else if (name.endsWith('.xml')) out.push(path)
    }
    return out.sort()
}

/** Reads the records the emulator runs from the dist/app folder of the SDK project at `root`. */
export function readBuiltApp(root: string): BuiltApp {
    const app: BuiltApp = { businessRules: [], modules: new Map(), clientScripts: [], dictionary: {}, noWebServiceAccess: new Set(), packageRoot: '' }
    const wanted = ['sys_script', 'sys_module', 'sys_script_client', 'sys_dictionary', 'sys_db_object', 'sys_app']
    for (const file of xmlFiles(join(root, 'dist', 'app'))) {
        const text = readFileSync(file, 'utf8')
        const table = /<record_update[^>]*\btable="([^"]+)"/.exec(text)?.[1]
        if (!table || !wanted.includes(table)) continue
        const parsed = parser.parse(text) as { record_update?: Record<string, unknown> }
        const node = parsed.record_update?.[table] as Record<string, unknown> | undefined
        if (!node) continue
        const record = flatten(node)
        record.__file = file
        if (table === 'sys_script') app.businessRules.push(record)
        else if (table === 'sys_script_client') app.clientScripts.push(record)
        else if (table === 'sys_module') {
            if (record.path) app.modules.set(record.path, record.content ?? '')
        } else if (table === 'sys_dictionary') {
            const name = record.name || record['@_table']
            const element = record.element || record['@_element']
            if (!name || !element) continue
            const entry = (app.dictionary[name] ??= { references: {}, fields: [] })
            if (element !== 'NULL') entry.fields.push(element)
            if (record.internal_type === 'reference' && record.reference) entry.references[element] = record.reference
            if (record.display === 'true') entry.display = element
        } else if (table === 'sys_db_object') {
            if (record.name && record.ws_access === 'false') app.noWebServiceAccess.add(record.name)
        } else if (table === 'sys_app') {
            app.packageRoot = posix.dirname(record.package_json ?? '')
        }
    }
    return app
}
