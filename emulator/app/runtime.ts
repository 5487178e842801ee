/**
 * A built app installed on a fresh embedded instance: its tables and scope (install.ts), its modules, its business
 * rules, its script includes and its onLoad client scripts. `save` runs one save in the platform's order, `display` opens a saved record's
 * form as a given user.
 */
import { ClientScript } from '../client/form.ts'
import type { BuiltApp } from './artifacts.ts'
import { glideModule, type GlideModule, type GlideRecordLike, type InstanceLike, type Row } from './glide-api.ts'
import { installApp } from './install.ts'
import { ModuleLoader } from './modules.ts'
import { assignmentRules, businessRules, type AssignmentRule, type BusinessRule } from './rules.ts'
import { ScriptIncludes } from './script-includes.ts'

/** Distinct form loads remembered: bounds the memory when scratchpads differ per record. */
const MAX_SHOWN = 10_000

export type SaveAction = 'insert' | 'update'

/** Points of a save where the caller reads the record: after the before engines, and just before the write. */
export interface SaveObserver {
    afterEngines?(): void
    beforeWrite?(): void
}

/** A user who opens a form. */
export interface FormUser {
    id: string
    name: string
    roles: string[]
}

export class AppRuntime {
    readonly instance: InstanceLike
    readonly glide: GlideModule = glideModule()
    readonly loader: ModuleLoader
    readonly rules: BusinessRule[]
    /** The app's script includes, by API name (`<scope>.<name>`). */
    readonly scriptIncludes: ScriptIncludes
    private assignment: AssignmentRule[] = []
    private readonly onLoad: ClientScript[]
    private readonly onLoadTables: string[]
    /**
     * What each onLoad script showed, by script and table, then by g_scratchpad as JSON, for loads that read nothing
     * else (display()): two lookups rather than one on a joined key, which would copy the JSON on every form load.
     */
    private readonly shown = new Map<string, Map<string, string[]>>()
    private shownCount = 0

    constructor(app: BuiltApp) {
        const glide = this.glide
        this.instance = new glide.Instance()
        installApp(this.instance, app)
        this.instance.activate()
        this.loader = new ModuleLoader(app.modules, { '@servicenow/glide': glide }, app.packageRoot)
        this.rules = businessRules(app, this.loader, glide)
        this.scriptIncludes = new ScriptIncludes(app.scriptIncludes, this.loader, glide, glide.globalScope(this.instance))
        const scripts = app.clientScripts
            .filter((script) => script.active === 'true' && script.type === 'onLoad')
            .sort((a, b) => Number(a.order || 0) - Number(b.order || 0))
        this.onLoadTables = scripts.map((script) => script.table || '')
        this.onLoad = scripts.map(
            (script) =>
                new ClientScript({
                    name: script.name || script.sys_id,
                    script: script.script || '',
                    messages: (script.messages || '').split('\n').filter((line) => line.length > 0),
                }),
        )
    }

    /** The instance's assignment rules (sysrule_assignment rows), applied by every later save. */
    setAssignmentRules(rows: Row[]): void {
        this.assignment = assignmentRules(rows)
    }

    /** A module of dist/app by the end of its path. */
    module(suffix: string): Record<string, unknown> {
        const path = [...this.loader.paths()].find((candidate) => candidate.endsWith(suffix))
        if (!path) throw new Error(`dist/app has no module ${suffix}; rebuild the app`)
        return this.loader.require(path)
    }

    /**
     * One save as the platform runs it, the write included; returns whether the record was written.
     * ServiceNow docs, "Execution order of scripts and engines" (Xanadu to Zurich): before rules < 1000, the before
     * engines (assignment rules among them), before rules >= 1000, the write, after rules. test/replay/order.test.ts
     */
    save(action: SaveAction, current: GlideRecordLike, previous: GlideRecordLike | null, notes: string[], observe: SaveObserver = {}): boolean {
        const table = current.getTableName()
        for (const rule of this.rules) if (rule.order < 1000 && this.applies(rule, 'before', table, action, current)) rule.run(current, previous, undefined)
        this.applyAssignmentRules(table, current, notes)
        observe.afterEngines?.()
        for (const rule of this.rules) if (rule.order >= 1000 && this.applies(rule, 'before', table, action, current)) rule.run(current, previous, undefined)
        observe.beforeWrite?.()
        const saved = this.instance.commit(current)
        if (saved) for (const rule of this.rules) if (this.applies(rule, 'after', table, action, current)) rule.run(current, previous, undefined)
        return saved
    }

    private applies(rule: BusinessRule, when: BusinessRule['when'], table: string, action: SaveAction, current: GlideRecordLike): boolean {
        return rule.when === when && rule.table === table && (action === 'insert' ? rule.insert : rule.update) && this.conditionHolds(rule, current)
    }

    /**
     * A rule's filter condition, evaluated like the platform: GlideFilter on the record being saved, whose change
     * operators (VALCHANGES, CHANGESFROM, CHANGESTO) compare with the stored values (none on insert); then its script
     * condition.
     */
    private conditionHolds(rule: BusinessRule, record: GlideRecordLike): boolean {
        return (!rule.condition || this.glide.GlideFilter.checkRecord(record, rule.condition)) && rule.scriptCondition(record)
    }

    /** Platform assignment rules: only when assignment_group and assigned_to are empty; the first match applies ("Assignment rules module"). */
    private applyAssignmentRules(table: string, current: GlideRecordLike, notes: string[]): void {
        if (current.getValue('assignment_group') || current.getValue('assigned_to')) return
        for (const rule of this.assignment) {
            if (rule.table !== table) continue
            if (rule.condition && !this.glide.GlideFilter.checkRecord(current, rule.condition)) continue
            if (rule.group) current.setValue('assignment_group', rule.group)
            if (rule.user) current.setValue('assigned_to', rule.user)
            if (rule.script) {
                notes.push(
                    `assignment rule "${rule.name}" matched but has a script, which the replay cannot run offline; ` +
                        (rule.group || rule.user ? 'only its group/user fields were applied' : 'the ticket was left unassigned'),
                )
            }
            return
        }
    }

    /**
     * A saved record's form as `user` opens it: the display rules fill g_scratchpad, then the onLoad client scripts of
     * the record's table (or a table it extends, or none) run; `messages` are their info messages.
     */
    display(table: string, sysId: string, values: Readonly<Row>, user: FormUser): { messages: string[]; scratchpad: Record<string, unknown> } {
        const instance = this.instance
        instance.session = { userId: user.id, userName: user.name }
        const record = instance.recordForDisplay(table, sysId)
        const scratchpad: Record<string, unknown> = {}
        for (const rule of this.rules) {
            if (rule.when !== 'display' || rule.table !== table) continue
            if (!this.conditionHolds(rule, record)) continue
            rule.run(record, null, scratchpad)
        }
        const messages: string[] = []
        for (let at = 0; at < this.onLoad.length; at++) {
            const scriptTable = this.onLoadTables[at]
            if (scriptTable && !instance.schema.isA(table, scriptTable)) continue
            // The platform sends g_scratchpad to the form as JSON: a script that read nothing else showed the same
            // messages for the same JSON (the user's roles do not change while a runtime lives).
            const pad = JSON.stringify(scratchpad)
            const script = `${at} ${table}`
            let byPad = this.shown.get(script)
            if (!byPad) this.shown.set(script, (byPad = new Map()))
            const known = byPad.get(pad)
            if (known) {
                messages.push(...known)
                continue
            }
            const form = this.onLoad[at].open({ table, sysId, values, scratchpad, roles: user.roles })
            form.onLoad()
            messages.push(...form.messages)
            if (!form.readRecord && this.shownCount < MAX_SHOWN && JSON.stringify(scratchpad) === pad) {
                byPad.set(pad, [...form.messages])
                this.shownCount++
            }
        }
        return { messages, scratchpad }
    }
}
