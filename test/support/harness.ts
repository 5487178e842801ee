import type { Instance } from '../../replay/glide/index.ts'
import { guardBoomerang } from '../../src/server/rules/guard-boomerang.ts'
import { recordDecisions } from '../../src/server/rules/record-decisions.ts'
import { routeEscalation } from '../../src/server/rules/route-escalation.ts'
import { reportUnusableGroups } from '../../src/server/glide/group-properties.ts'
import { readConfig } from '../../src/server/glide/properties.ts'

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
