import type { ReplayEvent, Row, Snapshot } from '../snapshot/load.ts'
import { SnapshotError } from '../snapshot/errors.ts'
import type { BuiltApp, XmlRecord } from './artifacts.ts'
import { ClientScript } from '../client/form.ts'
import { glideModule, type GlideRecordLike, type InstanceLike } from './glide-api.ts'
import { compileCondition, compileRuleScript, ModuleLoader, type RuleFunction } from './modules.ts'
import type { BackfillSummary } from '../../src/server/core/backfill.ts'

/** One event's result: design.md "Replay (contract)". `notes` only when the replay could not emulate something. */
export interface EventResult {
    number: string
    action: 'insert' | 'update'
    group_before: string | null
    group_after: string | null
    partner: string | null
    signal: string | null
    outcome: string
    reason: string | null
    banner: string | null
    blocked: boolean
    /** The entry this save adds to work_notes (the agent's text and the app's together), or null. */
    work_notes: string | null
    /** The app's gs.warn and gs.error log lines during this event. */
    warnings: string[]
    /** The Partner columns on the ticket as saved (issue 16), or null when the ticket was not saved. */
    stamp: Stamp | null
    notes?: string[]
}

/** The stamp as saved: the Partner by name, the counters as numbers. */
export interface Stamp {
    partner: string | null
    signal: string | null
    escalation: boolean
    hops: number
    boomerangs: number
    ping_pong: boolean
}

/** A stamp the backfill reads or would write: the Partner by name. */
export interface BackfillStamp {
    partner: string | null
    signal: string | null
    escalation: boolean
}

/** One ticket the backfill would stamp. */
export interface BackfillChange {
    number: string
    from: BackfillStamp
    to: BackfillStamp
}

export interface BusinessRule {
    name: string
    table: string
    when: 'before' | 'after' | 'display' | 'async'
    order: number
    insert: boolean
    update: boolean
    condition: string
    /** The script condition (sys_script.condition); the filter condition is `condition`. */
    scriptCondition: (current: unknown) => boolean
    run: RuleFunction
}

export interface AssignmentRule {
    id: string
    name: string
    table: string
    order: number
    condition: string
    group: string
    user: string
    script: string
}

const DECISION = 'x_bu_itpartner_decision'
/** Outcomes that depend on which route matched. */
const ROUTED = new Set(['rerouted', 'kept_specialty', 'no_target', 'boomerang_blocked', 'boomerang_warned'])
const AGENT_ID = 'replay-itil-agent'
const AGENT_ROLE = 'itil'
/** Distinct banners remembered: bounds the memory when scratchpads differ per ticket. */
const MAX_SHOWN = 10_000

/** A stored boolean field is true. */
const isTrue = (value: string | undefined) => value === 'true' || value === '1'

/** Active business rules from dist/app, in platform order (order, then name). */
export function businessRules(app: BuiltApp, loader: ModuleLoader, globals: Record<string, unknown>): BusinessRule[] {
    return app.businessRules
        .filter((rule) => rule.active === 'true')
        .map((rule: XmlRecord) => ({
            name: rule.name || rule.sys_id,
            table: rule.collection,
            when: whenOf(rule.when),
            order: Number(rule.order || 100),
            insert: rule.action_insert === 'true',
            update: rule.action_update === 'true',
            condition: rule.filter_condition || '',
            scriptCondition: compileCondition(rule.condition || '', globals),
            run: compileRuleScript(rule.script || '', loader, globals),
        }))
        .sort((a, b) => a.order - b.order || a.name.localeCompare(b.name))
}

/** sys_script.when as the engine runs it: the SDK writes display rules as `before_display`. */
function whenOf(value: string | undefined): BusinessRule['when'] {
    if (value === 'before_display') return 'display'
    return (value || 'before') as BusinessRule['when']
}

/** Active assignment rules (sysrule_assignment) in order. */
export function assignmentRules(rows: Row[]): AssignmentRule[] {
    return rows
        .filter((row) => row.active !== 'false')
        .map((row) => ({
            id: row.sys_id,
            name: row.name || row.sys_id,
            table: row.table || 'incident',
            order: Number(row.order || 100),
            condition: row.condition || '',
            group: row.group || '',
            user: row.user || '',
            script: (row.script || '').trim(),
        }))
        .sort((a, b) => a.order - b.order || a.name.localeCompare(b.name))
}

/** The table a snapshot row's schema extension, from the built app's sys_dictionary. */
function defineSchema(instance: InstanceLike, app: BuiltApp): void {
    for (const [table, entry] of Object.entries(app.dictionary)) {
        const fields = Object.fromEntries(Object.entries(entry.references).map(([field, target]) => [field, { reference: target }]))
        instance.schema.define(table, { ...(entry.display ? { display: entry.display } : {}), fields })
    }
}

/** Replays a snapshot's events against the built app on a fresh embedded instance. */
export class ReplayEngine {
    readonly instance: InstanceLike
    private readonly loader: ModuleLoader
    /** Active routes whose condition has a term the embedded GlideFilter cannot evaluate (a `javascript:` value). */
    private readonly opaqueRoutes: { label: string; order: number; table: string }[]
    private readonly rules: BusinessRule[]
    private readonly assignment: AssignmentRule[]
    private readonly onLoad: ClientScript[]
    private readonly numbers = new Map<string, string>()
    private readonly groupNames = new Map<string, string>()
    private readonly glide = glideModule()
    private agentRoles: string[] = [AGENT_ROLE]
    private agentId = AGENT_ID

    constructor(
        private readonly snapshot: Snapshot,
        app: BuiltApp,
    ) {
        const glide = this.glide
        this.instance = new glide.Instance()
        defineSchema(this.instance, app)
        this.defineEventFields()
        this.instance.activate()
        const loader = new ModuleLoader(app.modules, { '@servicenow/glide': glide })
        this.loader = loader
        this.rules = businessRules(app, loader, glide)
        this.assignment = assignmentRules(snapshot.tables.get('sysrule_assignment') ?? [])
        this.opaqueRoutes = (snapshot.tables.get('x_bu_itpartner_route') ?? [])
            .filter((route) => route.active !== 'false' && /javascript:/i.test(route.condition || ''))
            .map((route) => ({ label: `"${route.description || route.sys_id}" (order ${route.order || 0})`, order: Number(route.order || 0), table: route.table || 'incident' }))
        this.onLoad = app.clientScripts
            .filter((script) => script.active === 'true' && script.type === 'onLoad')
            .sort((a, b) => Number(a.order || 0) - Number(b.order || 0))
            .map((script) => ({ table: script.table, script }))
            .filter(({ table }) => !table || table === 'incident' || table === 'task')
            .map(
                ({ script }) =>
                    new ClientScript({
                        name: script.name || script.sys_id,
                        script: script.script || '',
                        messages: (script.messages || '').split('\n').filter((line) => line.length > 0),
                    }),
            )
        this.loadData()
    }

    /** Ticket fields the snapshot uses that the embedded schema lacks become string fields (else they would be ignored). */
    private defineEventFields(): void {
        const missing = new Map<string, Set<string>>()
        const note = (table: string, fields: Iterable<string>) => {
            for (const field of fields) {
                if (this.instance.schema.field(table, field)) continue
                if (!missing.has(table)) missing.set(table, new Set())
                missing.get(table)!.add(field)
            }
        }
        for (const [table, fields] of this.snapshot.events.fields) note(table, fields)
        for (const row of this.snapshot.tables.get('incident') ?? []) note('incident', Object.keys(row))
        // Fields the instance declares (sys_dictionary.json) exist before the configuration check reads any route.
        for (const row of this.snapshot.tables.get('sys_dictionary') ?? []) if (row.name && row.element) note(row.name, [row.element])
        for (const [table, fields] of missing) {
            this.instance.schema.define(table, { fields: Object.fromEntries([...fields].map((field) => [field, 'string'])) })
        }
    }

    private loadData(): void {
        const { tables } = this.snapshot
        for (const [table, rows] of tables) {
            if (table === 'sys_properties' || table === 'sys_dictionary') continue
            this.instance.load(table, rows)
        }
        for (const property of tables.get('sys_properties') ?? []) this.instance.setProperty(property.name, property.value ?? '')
        for (const group of tables.get('sys_user_group') ?? []) this.groupNames.set(group.sys_id, group.name || group.sys_id)
        for (const ticket of tables.get('incident') ?? []) if (ticket.number) this.numbers.set(ticket.number, ticket.sys_id)
        // The banner is what an itil agent sees: use the snapshot's first itil user, or a stand-in agent.
        const roleIds = new Set((tables.get('sys_user_role') ?? []).filter((role) => role.name === AGENT_ROLE).map((role) => role.sys_id))
        roleIds.add(AGENT_ROLE)
        const agent = (tables.get('sys_user_has_role') ?? []).find((grant) => roleIds.has(grant.role))
        this.agentId = agent?.user ?? AGENT_ID
        if (!agent) {
            this.instance.load('sys_user', [{ sys_id: AGENT_ID, user_name: 'replay.agent', name: 'Replay Agent', active: 'true' }])
            this.instance.load('sys_user_has_role', [{ sys_id: AGENT_ID + '-itil', user: AGENT_ID, role: AGENT_ROLE }])
        }
        this.agentRoles = [AGENT_ROLE]
    }

    /**
     * The configuration check as the instance runs it: the built adapter gathers the facts from the embedded
     * instance and the built core function lists the problems.
     */
    configurationProblems(): string[] {
        const facts = (this.builtModule('/src/server/glide/config-facts.ts').configurationFacts as () => unknown)()
        return (this.builtModule('/src/server/core/config-check.ts').checkConfiguration as (facts: unknown) => string[])(facts)
    }

    /**
     * The stamp backfill (issue 16) over the snapshot's incident rows, run by the built module as the scheduled job runs
     * it, except that its writer records each change instead of saving it: every ticket the run would stamp, nothing
     * changed. `onChange` sees them in the module's order (open tickets by sys_id, in batches).
     */
    backfill(onChange: (change: BackfillChange) => void): BackfillSummary {
        const module = this.builtModule('/src/server/rules/backfill.ts')
        const backfillStamps = module.backfillStamps as (options: { dryRun: boolean; write: (id: string, values: Record<string, string | boolean>) => void }) => BackfillSummary
        const flag = (value: unknown) => value === true || value === 'true' || value === '1'
        const stampOf = (values: Readonly<Record<string, unknown>>): BackfillStamp => ({
            partner: this.partnerName(String(values.x_bu_itpartner_partner ?? '') || undefined),
            signal: String(values.x_bu_itpartner_signal ?? '') || null,
            escalation: flag(values.x_bu_itpartner_escalation),
        })
        return backfillStamps({
            dryRun: false,
            write: (id, values) => {
                const ticket = this.instance.row('incident', id)!
                onChange({ number: ticket.number || id, from: stampOf(ticket), to: stampOf(values) })
            },
        })
    }

    /** A module of dist/app by the end of its path. */
    private builtModule(suffix: string): Record<string, unknown> {
        const path = [...this.loader.paths()].find((candidate) => candidate.endsWith(suffix))
        if (!path) throw new Error(`dist/app has no module ${suffix}; rebuild the app`)
        return this.loader.require(path)
    }

    /** Results one by one, so a caller can stream them. */
    *run(): Generator<EventResult> {
        for (const { result } of this.replayed()) yield result
    }

    /** Each event with its result, one by one: the events are read from the snapshot's file as they are replayed. */
    *replayed(): Generator<{ event: ReplayEvent; result: EventResult }> {
        for (const event of this.snapshot.events) yield { event, result: this.replay(event) }
    }

    private readonly userNames = new Map<string, string>()
    /**
     * What each onLoad script showed, by script and table, then by g_scratchpad as JSON, for runs that read nothing
     * else (display()): two lookups rather than one on a joined key, which would copy the JSON on every form load.
     */
    private readonly shown = new Map<string, Map<string, string[]>>()
    private shownCount = 0
    /** Warning texts already reported by an earlier event. */
    private readonly warned = new Set<string>()

    /** Session user names, read once per user (a row read copies the whole row). */
    private userName(id: string): string {
        if (!id) return ''
        let name = this.userNames.get(id)
        if (name === undefined) {
            name = this.instance.row('sys_user', id)?.user_name || ''
            this.userNames.set(id, name)
        }
        return name
    }

    private groupName(id: string | null | undefined): string | null {
        if (!id) return null
        return this.groupNames.get(id) ?? this.instance.row('sys_user_group', id)?.name ?? id
    }

    replay(event: ReplayEvent): EventResult {
        const instance = this.instance
        instance.clearOutput()
        instance.session = { userId: event.user, userName: this.userName(event.user) }
        const notes: string[] = []
        let current: GlideRecordLike
        let previous: GlideRecordLike | null = null
        if (event.action === 'insert') {
            current = instance.recordForInsert(event.table, event.record)
        } else {
            const sysId = this.numbers.get(event.number)
            if (!sysId) {
                throw new SnapshotError('events.json', event.index, `number ${event.number} was never saved (its insert was blocked)`, 'event')
            }
            ;({ current, previous } = instance.recordForUpdate(event.table, sysId, event.set))
        }
        const action = event.action
        const decisionsBefore = instance.db.store.size(DECISION)

        // ServiceNow docs, "Execution order of scripts and engines" (Xanadu to Zurich): before rules < 1000, the before
        // engines (assignment rules among them), before rules >= 1000, the write, after rules. test/replay/order.test.ts
        for (const rule of this.rules) if (rule.order < 1000 && this.applies(rule, 'before', event, current)) rule.run(current, previous, undefined)
        this.applyAssignmentRules(event.table, current, notes)
        const groupBefore = this.groupName(current.getValue('assignment_group'))
        for (const rule of this.rules) if (rule.order >= 1000 && this.applies(rule, 'before', event, current)) rule.run(current, previous, undefined)

        const aborted = current.isActionAborted()
        // Read before the save: the platform moves the pending entry into the journal and the field reads back empty.
        const workNotes = current.getValue('work_notes')
        const saved = instance.commit(current)
        const sysId = current.getUniqueValue()
        if (saved) {
            if (action === 'insert') this.numbers.set(event.number, sysId)
            for (const rule of this.rules) if (this.applies(rule, 'after', event, current)) rule.run(current, previous, undefined)
        }
        // Read only: a stored row's values are replaced on update, never changed in place.
        const stored = saved || action === 'update' ? (instance.db.store.find(event.table, sysId)?.values ?? null) : null
        const groupAfter = stored ? this.groupName(stored.assignment_group) : null

        const written = this.decisionsWritten(sysId, instance.db.store.size(DECISION) - decisionsBefore)
        const decision = written.length ? written[written.length - 1] : null
        const view = stored ? this.display(event.table, sysId, stored) : { banner: null, scratchpad: {} as Record<string, unknown> }
        const fromPad = (view.scratchpad.itPartner ?? null) as { partner?: string; signal?: string } | null
        const result: EventResult = {
            number: event.number,
            action,
            group_before: groupBefore,
            group_after: groupAfter,
            partner: decision ? this.partnerName(decision.partner) : (fromPad?.partner || null),
            signal: decision ? decision.signal || null : (fromPad?.signal || null),
            outcome: decision ? decision.outcome || 'none' : 'none',
            reason: decision ? decision.reason || null : null,
            banner: view.banner,
            // A scoped rule cannot abort a save of incident: the guard's block reverts the reassignment instead.
            blocked: aborted || written.some((row) => row.outcome === 'boomerang_blocked'),
            work_notes: saved ? workNotes : null,
            warnings: [],
            stamp: stored ? this.stampOf(stored) : null,
        }
        for (const entry of instance.logs) {
            if (entry.level === 'error') result.warnings.push(entry.message)
            // The same warning on every save (a malformed property) is shown with the first event only.
            else if (entry.level === 'warn' && !this.warned.has(entry.message)) {
                this.warned.add(entry.message)
                result.warnings.push(entry.message)
            }
        }
        if (decision && ROUTED.has(result.outcome)) notes.push(...this.opaqueRouteNotes(event.table, decision.route))
        if (notes.length) result.notes = notes
        return result
    }

    private applies(rule: BusinessRule, when: BusinessRule['when'], event: ReplayEvent, current: GlideRecordLike): boolean {
        return (
            rule.when === when &&
            rule.table === event.table &&
            (event.action === 'insert' ? rule.insert : rule.update) &&
            this.conditionHolds(rule, current)
        )
    }

    /** A route the replay cannot evaluate could have decided instead of (or was) the route the decision used. */
    private opaqueRouteNotes(table: string, usedRoute: string | undefined): string[] {
        if (!this.opaqueRoutes.length) return []
        const used = usedRoute ? Number(this.instance.row('x_bu_itpartner_route', usedRoute)?.order ?? Infinity) : Infinity
        return this.opaqueRoutes
            .filter((route) => route.table === table && route.order <= used)
            .map(
                (route) =>
                    `route ${route.label} has a condition term the replay cannot evaluate (javascript:); on the instance it may match and change this decision`,
            )
    }

    /** The last `count` decision rows written for the ticket, oldest first (indexed lookup by task, insertion order). */
    private decisionsWritten(sysId: string, count: number): Row[] {
        if (count <= 0) return []
        const rows = [...this.instance.db.store.lookup(DECISION, 'task', [sysId])].sort((a, b) => a.seq - b.seq)
        return rows.slice(-count).map((row) => row.values)
    }

    /**
     * A rule's filter condition, evaluated like the platform: GlideFilter on the record being saved, whose change
     * operators (VALCHANGES, CHANGESFROM, CHANGESTO) compare with the stored values (none on insert); then its script
     * condition.
     */
    private conditionHolds(rule: BusinessRule, record: GlideRecordLike): boolean {
        return (!rule.condition || this.glide.GlideFilter.checkRecord(record, rule.condition)) && rule.scriptCondition(record)
    }

    private stampOf(row: Readonly<Row>): Stamp {
        return {
            partner: this.partnerName(row.x_bu_itpartner_partner),
            signal: row.x_bu_itpartner_signal || null,
            escalation: isTrue(row.x_bu_itpartner_escalation),
            hops: Number(row.x_bu_itpartner_hops || 0),
            boomerangs: Number(row.x_bu_itpartner_boomerangs || 0),
            ping_pong: isTrue(row.x_bu_itpartner_ping_pong),
        }
    }

    private partnerName(id: string | undefined): string | null {
        if (!id) return null
        return this.instance.row('x_bu_itpartner_partner', id)?.name || null
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

    /** Display rules as an itil agent, then the onLoad client scripts; the banner is their info messages. */
    private display(table: string, sysId: string, values: Readonly<Row>): { banner: string | null; scratchpad: Record<string, unknown> } {
        const instance = this.instance
        instance.session = { userId: this.agentId, userName: this.userName(this.agentId) }
        const record = instance.recordForDisplay(table, sysId)
        const scratchpad: Record<string, unknown> = {}
        for (const rule of this.rules) {
            if (rule.when !== 'display' || rule.table !== table) continue
            if (!this.conditionHolds(rule, record)) continue
            rule.run(record, null, scratchpad)
        }
        if (!this.onLoad.length) return { banner: null, scratchpad }
        const info: string[] = []
        for (let at = 0; at < this.onLoad.length; at++) {
            // The platform sends g_scratchpad to the form as JSON: a script that read nothing else showed the same
            // messages for the same JSON (the agent's roles do not change during a replay).
            const pad = JSON.stringify(scratchpad)
            const script = `${at} ${table}`
            let byPad = this.shown.get(script)
            if (!byPad) this.shown.set(script, (byPad = new Map()))
            const known = byPad.get(pad)
            if (known) {
                info.push(...known)
                continue
            }
            const form = this.onLoad[at].open({ table, sysId, values, scratchpad, roles: this.agentRoles })
            form.onLoad()
            info.push(...form.messages)
            if (!form.readRecord && this.shownCount < MAX_SHOWN && JSON.stringify(scratchpad) === pad) {
                byPad.set(pad, [...form.messages])
                this.shownCount++
            }
        }
        return { banner: info.length ? info.join('\n') : null, scratchpad }
    }
}
