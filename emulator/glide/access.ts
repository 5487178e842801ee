/**
 * The platform's cross-scope policy for app code, i.e. code running in the calling scope (an installed app's scope, or
 * 'global'). A table operation app code makes on another scope's table passes two checks, in the platform's order:
 *  1. the table's Application Access (sys_db_object; "Table design and runtime settings"): else "<Op> operation
 *     against '<table>' from scope '<scope>' has been refused due to the table's cross-scope access policy";
 *  2. for an app scope, its runtime access tracking ("Runtime access tracking"): under Enforcing, a
 *     sys_scope_privilege for the table and operation with status allowed; else "<Op> operation on table '<table>'
 *     from scope '<app>' was denied. The application '<app>' must declare a cross scope access privilege. ...".
 * A global script include an app reaches (`global.GlideQuery`) needs the same privilege with operation execute. A
 * refusal is written to the system log and thrown into the script (KB1641480, "How to troubleshoot cross scope security
 * restricted access denied errors": a "Security restricted" message is thrown and the operation is blocked).
 */
import type { ApplicationAccess, Schema } from './schema.ts'

/** Runtime access tracking (sys_app.runtime_access_tracking): None, Tracking, Enforcing. */
export type TrackingMode = 'none' | 'tracking' | 'enforcing'

export type TableOperation = 'read' | 'write' | 'create' | 'delete'

/** A sys_scope_privilege record of the calling app. */
export interface Privilege {
    readonly targetName: string
    readonly targetScope: string
    readonly targetType: 'sys_db_object' | 'sys_script_include' | 'scriptable'
    readonly operation: TableOperation | 'execute'
    readonly status: 'requested' | 'allowed' | 'denied'
}

const GLOBAL = 'global'

/** The global scope as the platform names it in a refusal ("from scope 'rhino.global'", KB0727180). */
const GLOBAL_CALLER = 'rhino.global'

const OPERATION: Readonly<Record<TableOperation, string>> = { read: 'Read', write: 'Write', create: 'Create', delete: 'Delete' }

/** The Application Access flag each operation needs ("Can read", "Can update" for a write, "Can create", "Can delete"). */
const ACCESS_FLAG: Readonly<Record<TableOperation, keyof Omit<ApplicationAccess, 'accessibleFrom'>>> = {
    read: 'read',
    write: 'update',
    create: 'create',
    delete: 'delete',
}

/** The tail of the platform's refusals for a missing privilege (ServiceNow docs, ais-dashboards-cross-scope-access; release notes). */
const DECLARE = 'must declare a cross scope access privilege. Please contact the application author to update their privilege requests.'

const privilegeKey = (type: Privilege['targetType'], scope: string, name: string, operation: Privilege['operation']) =>
    `${type}\u0000${scope}\u0000${name}\u0000${operation}`

export class CrossScopeAccess {
    #scope = GLOBAL
    #appName = 'Global'
    #mode: TrackingMode
    readonly #privileges = new Map<string, Privilege>()
    /** Tracking mode: the privileges the platform records for the undeclared accesses it lets through. */
    readonly #tracked: Privilege[] = []
    /** Refusal message (or null: allowed) per operation and table; cleared on any change the verdict depends on. */
    readonly #verdicts: Readonly<Record<TableOperation, Map<string, string | null>>> = { read: new Map(), write: new Map(), create: new Map(), delete: new Map() }
    #schemaVersion = -1

    /**
     * `log`: where the platform's refusals go. `legacy`: the property glide.record.legacy_cross_scope_access_policy_in_script
     * read as true, under which GlideRecord may create and update what the table's Application Access does not allow.
     */
    constructor(
        private readonly schema: Schema,
        private readonly log: (message: string) => void,
        private readonly legacy: () => boolean,
        mode: TrackingMode = 'enforcing',
    ) {
        this.#mode = mode
    }

    /** The scope app code runs in ('global' reaches every table of its own scope, and the others by their settings). */
    get scope(): string {
        return this.#scope
    }

    set scope(scope: string) {
        this.#scope = scope
        this.invalidate()
    }

    /** The calling app's name (sys_app.name): the runtime access refusals name the app by it. */
    get appName(): string {
        return this.#appName
    }

    set appName(name: string) {
        this.#appName = name
        this.invalidate()
    }

    get mode(): TrackingMode {
        return this.#mode
    }

    set mode(mode: TrackingMode) {
        this.#mode = mode
        this.invalidate()
    }

    /** The calling app's sys_scope_privilege records. */
    get privileges(): readonly Privilege[] {
        return [...this.#privileges.values()]
    }

    set privileges(privileges: readonly Privilege[]) {
        this.#privileges.clear()
        for (const privilege of privileges)
            this.#privileges.set(privilegeKey(privilege.targetType, privilege.targetScope, privilege.targetName, privilege.operation), privilege)
        this.invalidate()
    }

    /** Under Tracking: a privilege (status allowed) per undeclared access the platform let through, as it records them. */
    get tracked(): readonly Privilege[] {
        return this.#tracked
    }

    /** Forgets every verdict: a setting it depends on changed (the legacy property, say). */
    invalidate(): void {
        for (const verdicts of Object.values(this.#verdicts)) verdicts.clear()
    }

    /** The table belongs to the calling scope (Schema.scopeOf); global code counts every global table as its own. */
    inScope(table: string): boolean {
        return this.schema.scopeOf(table) === this.#scope
    }

    /** Refuses (logs, then throws) a table operation app code may not make. Runs for every query and reference read. */
    checkTable(table: string, operation: TableOperation): void {
        if (this.#schemaVersion !== this.schema.version) {
            this.invalidate()
            this.#schemaVersion = this.schema.version
        }
        const verdicts = this.#verdicts[operation]
        let refusal = verdicts.get(table)
        if (refusal === undefined) {
            refusal = this.schema.scopeOf(table) === this.#scope ? null : this.#tableRefusal(table, operation)
            verdicts.set(table, refusal)
        }
        if (refusal !== null) this.#refuse(refusal)
    }

    /** Refuses (logs, then throws) app code's use of a script include of another scope it has no privilege for. */
    checkScriptInclude(name: string, targetScope: string): void {
        if (targetScope === this.#scope) return
        const refusal = this.#privilegeRefusal('sys_script_include', targetScope, name, 'execute', `Execute operation on script include '${name}'`)
        if (refusal !== null) this.#refuse(refusal)
    }

    /**
     * A scoped-API refusal: `api` (setAbortAction, setWorkflow) on a record of a table outside the calling scope, which
     * the platform refuses to any scope but global; null when allowed.
     */
    apiRefusal(api: string, table: string): string | null {
        if (this.#scope === GLOBAL || this.inScope(table)) return null
        return `Access to api '${api}' from scope '${this.#scope}' has been refused due to the api's cross-scope access policy`
    }

    /** Logs the platform's refusal, as the platform does before the script sees it. */
    report(message: string): void {
        this.log(message)
    }

    #refuse(message: string): never {
        this.log(message)
        throw new Error(message)
    }

    #tableRefusal(table: string, operation: TableOperation): string | null {
        const access = this.schema.accessOf(table)
        const legacyWrite = (operation === 'create' || operation === 'write') && this.legacy()
        if (access.accessibleFrom === 'package_private' || (!access[ACCESS_FLAG[operation]] && !legacyWrite)) {
            const caller = this.#scope === GLOBAL ? GLOBAL_CALLER : this.#scope
            return `${OPERATION[operation]} operation against '${table}' from scope '${caller}' has been refused due to the table's cross-scope access policy`
        }
        return this.#privilegeRefusal('sys_db_object', this.schema.scopeOf(table), table, operation, `${OPERATION[operation]} operation on table '${table}'`)
    }

    /** Runtime access tracking of the calling app: null when the access may run. */
    #privilegeRefusal(type: Privilege['targetType'], targetScope: string, name: string, operation: Privilege['operation'], what: string): string | null {
        if (this.#scope === GLOBAL || this.#mode === 'none') return null
        const declared = this.#privileges.get(privilegeKey(type, targetScope, name, operation))
        if (declared?.status === 'allowed') return null
        if (this.#mode === 'tracking' && !declared) {
            this.#tracked.push({ targetName: name, targetScope, targetType: type, operation, status: 'allowed' })
            this.#privileges.set(privilegeKey(type, targetScope, name, operation), this.#tracked[this.#tracked.length - 1])
            return null
        }
        return `${what} from scope '${this.#appName}' was denied. The application '${this.#appName}' ${DECLARE}`
    }
}
