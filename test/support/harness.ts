import { GlideFilter, type Instance } from '../../emulator/glide/index.ts'
import { guardBoomerang } from '../../src/server/rules/guard-boomerang.ts'
import { recordDecisions } from '../../src/server/rules/record-decisions.ts'
import { routeEscalation } from '../../src/server/rules/route-escalation.ts'
import { reportUnusableGroups } from '../../src/server/glide/group-properties.ts'
import { readConfig } from '../../src/server/glide/properties.ts'
import { compileCondition } from '../../emulator/app/modules.ts'

/** A session that already read the properties once: the steady state whose query counts the budgets are about. */
export function steadySession(inst: Instance): void {
    inst.withoutCounting(() => reportUnusableGroups(readConfig()))
    inst.clearOutput()
}

/**
 * Saves a new incident the way the platform would run the app's rules on it (routing before, the decision log after
 * the save); returns the stored row.
 */
export function insertIncident(inst: Instance, values: Record<string, string>): Record<string, string> {
    const current = inst.recordForInsert('incident', { opened_by: inst.session.userId, ...values })
    routeEscalation(current, null)
    if (inst.commit(current)) recordDecisions(current, null)
    return inst.row('incident', current.getUniqueValue())!
}

/** Updates an incident through the app's rules (routing, then the guard; the decision log after the save); returns saved or not. */
export function updateIncident(inst: Instance, sysId: string, changes: Record<string, string>): { saved: boolean; row: Record<string, string> } {
    const { current, previous } = inst.recordForUpdate('incident', sysId, changes)
    routeEscalation(current, previous)
    guardBoomerang(current, previous)
    const saved = inst.commit(current)
    if (saved) recordDecisions(current, previous)
    return { saved, row: inst.row('incident', sysId)! }
}

/** Stores an incident as it stands, without running the app (a ticket that already exists). */
export function existingIncident(inst: Instance, values: Record<string, string>): string {
    const current = inst.recordForInsert('incident', values)
    inst.commit(current)
    return current.getUniqueValue()
}

/**
 * The conditions of the app's incident rules: the guard's filter condition, the routing and decision-log script
 * conditions (test/artifacts/stamp-app.test.ts checks dist/app has these).
 */
export const CONDITION = {
    routing:
        "current.operation() == 'insert' || current.getElement('assignment_group').changes() || " +
        "current.getElement('caller_id').changes() || current.getElement('opened_by').changes()",
    guard: 'assignment_groupVALCHANGES^EQ',
    decisionLog:
        "current.operation() == 'insert' ? !current.getElement('x_bu_itpartner_pending_decision').nil() : " +
        "current.getElement('x_bu_itpartner_pending_decision').changes()",
}

const routingHolds = compileCondition(CONDITION.routing, {})
const decisionLogHolds = compileCondition(CONDITION.decisionLog, {})

type Ticket = Parameters<typeof routeEscalation>[0]

/**
 * One save as the platform runs it: the before rules whose condition holds, in order (routing 1000, guard
 * 1100, then `later`, a rule of order > 1100 of another app), the write unless aborted, then the after rule.
 * Returns whether the save happened.
 */
export function platformSave(inst: Instance, current: Ticket, previous: Ticket | null, later?: (current: Ticket) => void): boolean {
    if (routingHolds(current)) routeEscalation(current, previous)
    if (previous && GlideFilter.checkRecord(current, CONDITION.guard)) guardBoomerang(current, previous)
    if (later) later(current)
    if (!inst.commit(current)) return false
    if (decisionLogHolds(current)) recordDecisions(current, previous)
    return true
}
