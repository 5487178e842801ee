/**
 * The run stage: each event of a snapshot saved on a fresh embedded instance running the built app (emulator/), and
 * what the save did as an EventResult (design.md "Replay (contract)"); also the stamp backfill's dry run.
 */
import { SnapshotError } from '../read/errors.ts'
import type { ReplayEvent } from '../read/events/event.ts'
import type { Snapshot } from '../read/snapshot.ts'
import { isTrue, isTrueUnlessFalse, type Row } from '../read/values.ts'
import type { BuiltApp } from '../../emulator/app/artifacts.ts'
import type { GlideRecordLike, InstanceLike } from '../../emulator/app/glide-api.ts'
import { AppRuntime } from '../../emulator/app/runtime.ts'
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
    /** The Partner columns on the ticket as saved (the stamp), or null when the ticket was not saved. */
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

const DECISION = 'x_bu_itpartner_decision'
/** Outcomes that depend on which route matched. */
const ROUTED = new Set(['rerouted', 'kept_specialty', 'no_target', 'boomerang_blocked', 'boomerang_warned'])
const AGENT_ID = 'replay-itil-agent'
const AGENT_ROLE = 'itil'

/** Replays a snapshot's events against the built app on a fresh embedded instance. */
export class ReplayEngine {
    readonly instance: InstanceLike
    private readonly runtime: AppRuntime
    /** Active routes whose condition has a term the embedded GlideFilter cannot evaluate (a `javascript:` value). */
    private readonly opaqueRoutes: { label: string; order: number; table: string }[]
    private readonly numbers = new Map<string, string>()
    private readonly groupNames = new Map<string, string>()
    private agentRoles: string[] = [AGENT_ROLE]
    private agentId = AGENT_ID

    constructor(
        private readonly snapshot: Snapshot,
        app: BuiltApp,
    ) {
        this.runtime = new AppRuntime(app)
        this.instance = this.runtime.instance
        this.defineEventFields()
        this.runtime.setAssignmentRules(snapshot.tables.get('sysrule_assignment') ?? [])
        this.opaqueRoutes = (snapshot.tables.get('x_bu_itpartner_route') ?? [])
            .filter((route) => isTrueUnlessFalse(route.active) && /javascript:/i.test(route.condition || ''))
            .map((route) => ({ label: `"${route.description || route.sys_id}" (order ${route.order || 0})`, order: Number(route.order || 0), table: route.table || 'incident' }))
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
        const facts = (this.runtime.module('/src/server/glide/config-facts.ts').configurationFacts as () => unknown)()
        return (this.runtime.module('/src/server/core/config-check.ts').checkConfiguration as (facts: unknown) => string[])(facts)
    }

    /**
     * The stamp backfill over the snapshot's incident rows, run by the built module as the scheduled job runs
     * it, except that its writer records each change instead of saving it: every ticket the run would stamp, nothing
     * changed. `onChange` sees them in the module's order (open tickets by sys_id, in batches).
     */
    backfill(onChange: (change: BackfillChange) => void): BackfillSummary {
        const module = this.runtime.module('/src/server/rules/backfill.ts')
        const backfillStamps = module.backfillStamps as (options: { dryRun: boolean; write: (id: string, values: Record<string, string | boolean>) => void }) => BackfillSummary
        const stampOf = (values: Readonly<Record<string, unknown>>): BackfillStamp => ({
            partner: this.partnerName(String(values.x_bu_itpartner_partner ?? '') || undefined),
            signal: String(values.x_bu_itpartner_signal ?? '') || null,
            escalation: isTrue(values.x_bu_itpartner_escalation),
        })
        return backfillStamps({
            dryRun: false,
            write: (id, values) => {
                const ticket = this.instance.row('incident', id)!
                onChange({ number: ticket.number || id, from: stampOf(ticket), to: stampOf(values) })
            },
        })
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
        let groupBefore: string | null = null
        let aborted = false
        let workNotes: string | null = null
        const saved = this.runtime.save(action, current, previous, notes, {
            afterEngines: () => (groupBefore = this.groupName(current.getValue('assignment_group'))),
            beforeWrite: () => {
                aborted = current.isActionAborted()
                // Read before the save: the platform moves the pending entry into the journal and the field reads back empty.
                workNotes = current.getValue('work_notes')
            },
        })
        const sysId = current.getUniqueValue()
        if (saved && action === 'insert') this.numbers.set(event.number, sysId)
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

    /** The saved ticket's form as an itil agent sees it; the banner is the onLoad scripts' info messages. */
    private display(table: string, sysId: string, values: Readonly<Row>): { banner: string | null; scratchpad: Record<string, unknown> } {
        const { messages, scratchpad } = this.runtime.display(table, sysId, values, { id: this.agentId, name: this.userName(this.agentId), roles: this.agentRoles })
        return { banner: messages.length ? messages.join('\n') : null, scratchpad }
    }
}
