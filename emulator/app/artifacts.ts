/**
 * Reads what the emulator runs of an SDK-built app from its dist/app: the app's scope (the `sys_app` record the SDK
 * writes in dist/app/scope), its tables (`sys_db_object`) and their columns, including the columns it adds to tables of
 * other scopes (`sys_dictionary`, one record per column), its modules, business rules, script includes and client scripts.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, posix } from 'node:path'
import { XMLParser } from 'fast-xml-parser'
import type { Privilege } from '../glide/access.ts'
import type { FieldType } from '../glide/schema.ts'
import type { TableDefinition } from './glide-api.ts'

/** A record's fields; a reference field's `name` or `display_value` attribute is kept as `<field>@name`, `<field>@display_value`. */
export type XmlRecord = Record<string, string>

/** What the emulator runs of an SDK-built app, read from its dist/app. */
export interface BuiltApp {
    /** sys_app.scope, the scope the app's code runs in; 'global' when dist/app has no sys_app. */
    scope: string
    /** sys_app.name. */
    name: string
    businessRules: XmlRecord[]
    modules: Map<string, string>
    clientScripts: XmlRecord[]
    scriptIncludes: XmlRecord[]
    /** Columns, reference columns and display fields by table, from sys_dictionary (app tables and augments). */
    dictionary: Record<string, { display?: string; references: Record<string, string>; fields: string[] }>
    /** The tables the app creates (sys_db_object) and the columns it adds to others, as the emulator's schema defines them. */
    tables: Record<string, TableDefinition>
    /** The app's tables (sys_db_object) whose web service access is off: the Table API answers 403 for them. */
    noWebServiceAccess: Set<string>
    /** The app's cross-scope privileges (sys_scope_privilege). */
    privileges: Privilege[]
    /** The app's package folder, `<scope>/<package>/<version>`: the folder of sys_app.package_json. */
    packageRoot: string
}

/** A built app with nothing in it: the base for tests that build one record by record. */
export function emptyApp(): BuiltApp {
    return {
        scope: 'global',
        name: 'Global',
        businessRules: [],
        modules: new Map(),
        clientScripts: [],
        scriptIncludes: [],
        dictionary: {},
        tables: {},
        noWebServiceAccess: new Set(),
        privileges: [],
        packageRoot: '',
    }
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
        else if (typeof value === 'object') {
            const element = value as Record<string, unknown>
            record[key] = String(element['#text'] ?? '')
            for (const attribute of ['name', 'display_value']) if (element[`@_${attribute}`] !== undefined) record[`${key}@${attribute}`] = String(element[`@_${attribute}`])
        } else record[key] = String(value)
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

/** sys_dictionary.internal_type as the emulator's schema types it; every other type holds a string. */
const FIELD_TYPES: Readonly<Record<string, FieldType>> = {
    boolean: 'boolean',
    integer: 'integer',
    decimal: 'decimal',
    float: 'decimal',
    reference: 'reference',
    glide_date_time: 'glide_date_time',
    journal: 'journal',
    journal_input: 'journal',
}

const WANTED = new Set([
    'sys_app',
    'sys_script',
    'sys_module',
    'sys_script_client',
    'sys_script_include',
    'sys_dictionary',
    'sys_db_object',
    'sys_scope_privilege',
])

/** Reads the records the emulator runs from the dist/app folder of the SDK project at `root`. */
export function readBuiltApp(root: string): BuiltApp {
    const app = emptyApp()
    const records: { table: string; record: XmlRecord }[] = []
    for (const file of xmlFiles(join(root, 'dist', 'app'))) {
        const text = readFileSync(file, 'utf8')
        const table = /<record_update[^>]*\btable="([^"]+)"/.exec(text)?.[1]
        if (!table || !WANTED.has(table)) continue
        const parsed = parser.parse(text) as { record_update?: Record<string, unknown> }
        const node = parsed.record_update?.[table] as Record<string, unknown> | undefined
        if (!node) continue
        const record = flatten(node)
        record.__file = file
        records.push({ table, record })
    }
    for (const { table, record } of records) {
        if (table === 'sys_app') {
            app.scope = record.scope || app.scope
            app.name = record.name || app.scope
            app.packageRoot = posix.dirname(record.package_json ?? '')
        } else if (table === 'sys_script') app.businessRules.push(record)
        else if (table === 'sys_script_client') app.clientScripts.push(record)
        else if (table === 'sys_script_include') app.scriptIncludes.push(record)
        else if (table === 'sys_module') {
            if (record.path) app.modules.set(record.path, record.content ?? '')
        } else if (table === 'sys_db_object') readTable(app, record)
    }
    for (const { table, record } of records) if (table === 'sys_scope_privilege') readPrivilege(app, record)
    for (const { table, record } of records) if (table === 'sys_dictionary') readColumn(app, record)
    return app
}

/** A table the app creates: its scope, the table it extends, its Application Access, its web service access. */
function readTable(app: BuiltApp, record: XmlRecord): void {
    if (!record.name) return
    const definition = (app.tables[record.name] ??= {})
    definition.scope = record['sys_scope@display_value'] || app.scope
    const parent = record['super_class@name']
    if (parent) definition.extends = parent
    definition.access = {
        accessibleFrom: record.access === 'package_private' ? 'package_private' : 'public',
        read: record.read_access !== 'false',
        create: record.create_access === 'true',
        update: record.update_access === 'true',
        delete: record.delete_access === 'true',
    }
    if (record.ws_access === 'false') app.noWebServiceAccess.add(record.name)
}

const TARGET_TYPES: readonly string[] = ['sys_db_object', 'sys_script_include', 'scriptable']
const OPERATIONS: readonly string[] = ['read', 'write', 'create', 'delete', 'execute']
const STATUSES: readonly string[] = ['requested', 'allowed', 'denied']

/** A privilege the app declares for itself (its own sys_scope_privilege records, by their sys_scope). */
function readPrivilege(app: BuiltApp, record: XmlRecord): void {
    if ((record['sys_scope@display_value'] || app.scope) !== app.scope) return
    const { target_name: targetName, target_scope: targetScope, target_type: targetType, operation, status } = record
    if (!targetName || !TARGET_TYPES.includes(targetType) || !OPERATIONS.includes(operation) || !STATUSES.includes(status)) return
    app.privileges.push({
        targetName,
        targetScope: targetScope || 'global',
        targetType: targetType as Privilege['targetType'],
        operation: operation as Privilege['operation'],
        status: status as Privilege['status'],
    })
}

/** One sys_dictionary record: a column (or, with no element, the table's own entry). */
function readColumn(app: BuiltApp, record: XmlRecord): void {
    const name = record.name || record['@_table']
    const element = record.element || record['@_element']
    if (!name || !element) return
    const entry = (app.dictionary[name] ??= { references: {}, fields: [] })
    if (element !== 'NULL') entry.fields.push(element)
    if (record.internal_type === 'reference' && record.reference) entry.references[element] = record.reference
    if (record.display === 'true') entry.display = element
    if (element === 'NULL' || record.internal_type === 'collection') return
    const definition = (app.tables[name] ??= {})
    if (record.display === 'true') definition.display = element
    const type = FIELD_TYPES[record.internal_type ?? ''] ?? 'string'
    const field: { type: FieldType; reference?: string; default?: string } = { type }
    if (type === 'reference' && record.reference) field.reference = record.reference
    else if (type === 'reference') field.type = 'string'
    // A `javascript:` default is a script the platform runs on insert; the emulator runs none.
    if (record.default_value && !record.default_value.startsWith('javascript:')) field.default = record.default_value
    definition.fields = { ...definition.fields, [element]: field }
}
