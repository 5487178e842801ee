/**
 * Table dictionary of the embedded instance: fields, references, display fields, table inheritance and the scope that
 * owns each table. It starts with the platform's tables that apps commonly use; an app's own tables and the columns it
 * adds come from its dist/app (emulator/app/install.ts).
 */
import { METADATA_TABLES } from './metadata-tables.ts'

export type FieldType =
    | 'string'
    | 'boolean'
    | 'integer'
    | 'decimal'
    | 'reference'
    | 'journal'
    | 'glide_date_time'

export interface FieldDef {
    readonly name: string
    readonly type: FieldType
    /** Target table of a reference field. */
    readonly reference?: string
    /** Dictionary default applied to new records. */
    readonly defaultValue?: string
}

/**
 * A table's Application Access (sys_db_object): what scripts of other scopes may do with its records. Runtime
 * protection, checked at each operation (ServiceNow docs, "Table design and runtime settings", Xanadu to Zurich).
 */
export interface ApplicationAccess {
    /** Accessible from: 'public' all application scopes, 'package_private' this application scope only. */
    readonly accessibleFrom: 'public' | 'package_private'
    readonly read: boolean
    readonly create: boolean
    readonly update: boolean
    readonly delete: boolean
}

/**
 * What a table allows other scopes unless its definition says otherwise: read only, the docs' "Default runtime access
 * permissions" of a new application table. The platform's own tables get the same here (no page gives theirs), so an
 * app that writes one must be installed where an admin allowed it, and a test must say so.
 */
export const DEFAULT_ACCESS: ApplicationAccess = { accessibleFrom: 'public', read: true, create: false, update: false, delete: false }

/** Field shorthand for define(): a type name, or an object; `reference` alone implies type 'reference'. */
export type FieldSpec = FieldType | { type?: FieldType; reference?: string; default?: string }

export interface TableSpec {
    /** The scope that owns the table (sys_db_object.sys_scope); a table defined without one is global. */
    scope?: string
    /** Parent table (e.g. incident extends task). */
    extends?: string
    /** Application Access settings given here replace the table's (DEFAULT_ACCESS until set). */
    access?: Partial<ApplicationAccess>
    /** Field marked display=true in the dictionary. */
    display?: string
    /** Auto-numbering prefix for `number` (INC, TASK). */
    numberPrefix?: string
    fields?: Record<string, FieldSpec>
}

interface TableDef {
    readonly name: string
    scope: string
    access: ApplicationAccess
    parent?: string
    display?: string
    numberPrefix?: string
    readonly fields: Map<string, FieldDef>
}

/** Fields every table has. */
const SYSTEM_FIELDS: Readonly<Record<string, FieldType>> = {
    sys_id: 'string',
    sys_class_name: 'string',
    sys_created_on: 'glide_date_time',
    sys_created_by: 'string',
    sys_updated_on: 'glide_date_time',
    sys_updated_by: 'string',
    sys_mod_count: 'integer',
}

const ACTIVE = { type: 'boolean', default: 'true' } as const

const GLOBAL = 'global'

/** Platform tables, with the fields apps commonly read (the platform has more); define() adds fields and tables. */
const BUILT_IN: Readonly<Record<string, TableSpec>> = {
    sys_user: {
        display: 'name',
        fields: {
            user_name: 'string',
            name: 'string',
            first_name: 'string',
            last_name: 'string',
            email: 'string',
            title: 'string',
            active: ACTIVE,
            vip: 'boolean',
            department: { reference: 'cmn_department' },
            manager: { reference: 'sys_user' },
            company: 'string',
            location: 'string',
        },
    },
    cmn_department: {
        display: 'name',
        fields: {
            name: 'string',
            id: 'string',
            description: 'string',
            parent: { reference: 'cmn_department' },
            dept_head: { reference: 'sys_user' },
            company: 'string',
        },
    },
    sys_user_group: {
        display: 'name',
        fields: {
            name: 'string',
            description: 'string',
            email: 'string',
            type: 'string',
            active: ACTIVE,
            manager: { reference: 'sys_user' },
            parent: { reference: 'sys_user_group' },
        },
    },
    sys_user_grmember: {
        fields: { user: { reference: 'sys_user' }, group: { reference: 'sys_user_group' } },
    },
    sys_user_role: { display: 'name', fields: { name: 'string', description: 'string' } },
    sys_user_has_role: {
        fields: {
            user: { reference: 'sys_user' },
            role: { reference: 'sys_user_role' },
            inherited: 'boolean',
            state: 'string',
        },
    },
    sys_properties: {
        display: 'name',
        fields: { name: 'string', value: 'string', type: 'string', description: 'string' },
    },
    sys_journal_field: {
        fields: { element_id: 'string', element: 'string', name: 'string', value: 'string' },
    },
    sysrule_assignment: {
        display: 'name',
        fields: {
            name: 'string',
            active: ACTIVE,
            table: 'string',
            order: 'integer',
            condition: 'string',
            group: { reference: 'sys_user_group' },
            user: { reference: 'sys_user' },
        },
    },
    task: {
        display: 'number',
        numberPrefix: 'TASK',
        fields: {
            number: 'string',
            short_description: 'string',
            description: 'string',
            state: 'integer',
            active: ACTIVE,
            priority: 'integer',
            impact: 'integer',
            urgency: 'integer',
            contact_type: 'string',
            opened_at: 'glide_date_time',
            opened_by: { reference: 'sys_user' },
            assigned_to: { reference: 'sys_user' },
            assignment_group: { reference: 'sys_user_group' },
            parent: { reference: 'task' },
            work_notes: 'journal',
            comments: 'journal',
        },
    },
    incident: {
        extends: 'task',
        numberPrefix: 'INC',
        fields: {
            caller_id: { reference: 'sys_user' },
            category: 'string',
            subcategory: 'string',
        },
    },
}

function toFieldDef(name: string, spec: FieldSpec): FieldDef {
    if (typeof spec === 'string') return { name, type: spec }
    const type = spec.type ?? (spec.reference ? 'reference' : 'string')
    if (type === 'reference' && !spec.reference) throw new Error(`Schema: reference field "${name}" needs a target table`)
    return {
        name,
        type,
        ...(spec.reference ? { reference: spec.reference } : {}),
        ...(spec.default !== undefined ? { defaultValue: spec.default } : {}),
    }
}

export class Schema {
    readonly #tables = new Map<string, TableDef>()
    // Lookups run per row and per query; all cleared on every define().
    readonly #pathCache = new Map<string, Map<string, FieldDef | null>>()
    readonly #fieldCache = new Map<string, Map<string, FieldDef | null>>()
    /** The field cache of the table asked last: most field() calls in a row ask about one record's table. */
    #lastFieldTable = ''
    #lastFields: Map<string, FieldDef | null> | null = null
    readonly #ancestorCache = new Map<string, string[]>()
    readonly #descendantCache = new Map<string, string[]>()
    readonly #namesCache = new Map<string, string[]>()
    readonly #defaultsCache = new Map<string, Readonly<Record<string, string>>>()
    readonly #journalCache = new Map<string, readonly string[]>()
    #version = 0

    /** A schema preloaded with the built-in platform tables (pass false for an empty one). */
    constructor(builtIns = true) {
        if (builtIns) for (const [table, spec] of Object.entries({ ...BUILT_IN, ...METADATA_TABLES })) this.define(table, spec)
    }

    /** Bumped on every define(), so caches keyed on field types (indexes) know to rebuild. */
    get version(): number {
        return this.#version
    }

    /** Adds a table or extends an existing one; fields given here replace same-named ones. */
    define(table: string, spec: TableSpec = {}): this {
        let def = this.#tables.get(table)
        if (!def) {
            def = { name: table, scope: GLOBAL, access: DEFAULT_ACCESS, fields: new Map() }
            this.#tables.set(table, def)
        }
        if (spec.extends !== undefined) {
            if (spec.extends === table || this.ancestors(spec.extends).includes(table))
                throw new Error(`Schema: "${table}" cannot extend "${spec.extends}" (cycle)`)
            if (!this.#tables.has(spec.extends)) this.define(spec.extends)
            def.parent = spec.extends
        }
        if (spec.scope !== undefined) def.scope = spec.scope
        if (spec.access !== undefined) def.access = { ...def.access, ...spec.access }
        if (spec.display !== undefined) def.display = spec.display
        if (spec.numberPrefix !== undefined) def.numberPrefix = spec.numberPrefix
        for (const [name, field] of Object.entries(spec.fields ?? {})) def.fields.set(name, toFieldDef(name, field))
        this.#pathCache.clear()
        this.#fieldCache.clear()
        this.#lastFields = null
        this.#ancestorCache.clear()
        this.#descendantCache.clear()
        this.#namesCache.clear()
        this.#defaultsCache.clear()
        this.#journalCache.clear()
        this.#version++
        return this
    }

    hasTable(table: string): boolean {
        return this.#tables.has(table)
    }

    /** The scope that owns the table; 'global' for platform tables and tables the schema does not have. */
    scopeOf(table: string): string {
        return this.#tables.get(table)?.scope ?? GLOBAL
    }

    /** The table's Application Access; DEFAULT_ACCESS for a table the schema does not have. */
    accessOf(table: string): ApplicationAccess {
        return this.#tables.get(table)?.access ?? DEFAULT_ACCESS
    }

    parent(table: string): string | undefined {
        return this.#tables.get(table)?.parent
    }

    /** The table and its ancestors, nearest first. */
    ancestors(table: string): readonly string[] {
        let chain = this.#ancestorCache.get(table)
        if (!chain) {
            chain = []
            for (let t: string | undefined = table; t !== undefined && this.#tables.has(t); t = this.#tables.get(t)?.parent)
                chain.push(t)
            this.#ancestorCache.set(table, chain)
        }
        return chain
    }

    /** The table and every table extending it, at any depth. */
    descendants(table: string): readonly string[] {
        let out = this.#descendantCache.get(table)
        if (!out) {
            out = this.#tables.has(table) ? [table] : []
            for (let i = 0; i < out.length; i++)
                for (const def of this.#tables.values()) if (def.parent === out[i]) out.push(def.name)
            this.#descendantCache.set(table, out)
        }
        return out
    }

    /** True when `table` is `base` or extends it. */
    isA(table: string, base: string): boolean {
        return this.ancestors(table).includes(base)
    }

    /** Part of a hierarchy, so rows carry sys_class_name. */
    isExtensible(table: string): boolean {
        return this.parent(table) !== undefined || this.descendants(table).length > 1
    }

    /** A field of the table, inherited from ancestors, or a system field. */
    field(table: string, name: string): FieldDef | undefined {
        let cache = this.#lastFields
        if (!cache || table !== this.#lastFieldTable) {
            cache = this.#lastFields = cacheFor(this.#fieldCache, table)
            this.#lastFieldTable = table
        }
        let def = cache.get(name)
        if (def === undefined) {
            def = null
            for (const t of this.ancestors(table)) {
                const own = this.#tables.get(t)?.fields.get(name)
                if (own) {
                    def = own
                    break
                }
            }
            if (!def && this.#tables.has(table) && name in SYSTEM_FIELDS) def = { name, type: SYSTEM_FIELDS[name] }
            cache.set(name, def)
        }
        return def ?? undefined
    }

    /** All field names of the table (own, inherited and system). */
    fieldNames(table: string): readonly string[] {
        let names = this.#namesCache.get(table)
        if (!names) {
            const set = new Set<string>()
            for (const t of this.ancestors(table)) for (const name of this.#tables.get(t)?.fields.keys() ?? []) set.add(name)
            if (this.#tables.has(table)) for (const name of Object.keys(SYSTEM_FIELDS)) set.add(name)
            names = [...set]
            this.#namesCache.set(table, names)
        }
        return names
    }

    /** Follows a dot-walked path ('caller_id.department'); undefined when any step is not a field or not a reference. */
    resolvePath(table: string, path: string): FieldDef | undefined {
        const cache = cacheFor(this.#pathCache, table)
        const cached = cache.get(path)
        if (cached !== undefined) return cached ?? undefined
        let current = table
        let def: FieldDef | undefined
        const parts = path.split('.')
        for (let i = 0; i < parts.length; i++) {
            def = this.field(current, parts[i])
            if (!def) break
            if (i < parts.length - 1) {
                if (def.type !== 'reference' || !def.reference) {
                    def = undefined
                    break
                }
                current = def.reference
            }
        }
        cache.set(path, def ?? null)
        return def
    }

    referenceTable(table: string, field: string): string | undefined {
        return this.field(table, field)?.reference
    }

    /**
     * Display field, in the platform's order: display=true on the table or nearest ancestor,
     * else a field named name/u_name/x_name, else number/u_number/x_number, else sys_created_on.
     */
    displayField(table: string): string {
        for (const t of this.ancestors(table)) {
            const display = this.#tables.get(t)?.display
            if (display) return display
        }
        for (const candidate of ['name', 'u_name', 'x_name', 'number', 'u_number', 'x_number'])
            if (this.field(table, candidate) && !(candidate in SYSTEM_FIELDS)) return candidate
        return 'sys_created_on'
    }

    /** Nearest numbering prefix up the hierarchy. */
    numberPrefix(table: string): string | undefined {
        for (const t of this.ancestors(table)) {
            const prefix = this.#tables.get(t)?.numberPrefix
            if (prefix) return prefix
        }
        return undefined
    }

    journalFields(table: string): readonly string[] {
        let names = this.#journalCache.get(table)
        if (!names) {
            names = this.fieldNames(table).filter((name) => this.field(table, name)?.type === 'journal')
            this.#journalCache.set(table, names)
        }
        return names
    }

    /** Dictionary defaults of the table's fields. */
    defaults(table: string): Readonly<Record<string, string>> {
        let out = this.#defaultsCache.get(table)
        if (!out) {
            const found: Record<string, string> = {}
            for (const name of this.fieldNames(table)) {
                const value = this.field(table, name)?.defaultValue
                if (value !== undefined) found[name] = value
            }
            out = Object.freeze(found)
            this.#defaultsCache.set(table, out)
        }
        return out
    }
}

function cacheFor<V>(caches: Map<string, Map<string, V>>, table: string): Map<string, V> {
    let cache = caches.get(table)
    if (!cache) {
        cache = new Map()
        caches.set(table, cache)
    }
    return cache
}
