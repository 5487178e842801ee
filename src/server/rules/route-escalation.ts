import type { GlideRecord } from '@servicenow/glide'
import type { Evidence } from '../core/model.ts'
import { decideRoute, movesTicket, planRouting } from '../core/routing.ts'
import { stampFor } from '../core/stamp.ts'
import { escalates } from '../core/signals.ts'
import { workNoteFor } from '../core/text.ts'
import { addWorkNote, queueDecision } from '../glide/decision-log.ts'
import { findEvidence, partnerOwningGroup } from '../glide/evidence.ts'
import { reportUnusableGroups } from '../glide/group-properties.ts'
import { readConfig } from '../glide/properties.ts'
import { groupField, ticketLabel } from '../glide/records.ts'
import { findGroup, loadRoutes } from '../glide/routes.ts'
import { writeStamp } from '../glide/stamp.ts'
import { failOpen } from './fail-open.ts'

/**
 * Business rule "IT Partner escalation routing" (before insert/update, only when the group, caller or opener changes:
 * its filter condition): Behaviours 1, 2 and 6, and the stamp (the Partner kept on the ticket).
 */
export function routeEscalation(current: GlideRecord, previous: GlideRecord | null): void {
    failOpen('escalation routing', current, () => route(current, previous))
}

function route(current: GlideRecord, previous: GlideRecord | null): void {
    const config = readConfig()
    // Before any early return: a typo in a group property must show in the log (once per session and value).
    reportUnusableGroups(config)
    // The kill switch: the app changes no ticket, its stamp included.
    if (!config.enabled) return
    const isUpdate = !current.isNewRecord() && !!previous
    const group = groupField(current, 'assignment_group')
    const previousGroup = isUpdate ? groupField(previous!, 'assignment_group') : null
    // The stamp follows the parties: set on insert, renewed when caller or opener changes.
    const partiesChanged = !isUpdate || changed(current, previous!, 'caller_id') || changed(current, previous!, 'opened_by')
    const plan = planRouting({ action: isUpdate ? 'update' : 'insert', group, previousGroup, partiesChanged }, config)

    let handoff: Evidence | null = null
    if (plan.checkHandoff && previousGroup) {
        const partner = partnerOwningGroup(previousGroup.id)
        handoff = partner && { signal: 'partner_handoff', partner }
    }
    if (!handoff && !partiesChanged) return

    const label = ticketLabel(current)
    // With the parties asked about, every signal is looked for (the stamp names a department client too); a hand-off
    // alone asks only what could outrank it.
    const evidence = findEvidence(
        { caller: current.getValue('caller_id') || '', opener: current.getValue('opened_by') || '', ticket: label },
        { known: handoff, openerMembership: partiesChanged, department: partiesChanged },
    )
    writeStamp(current, stampFor(evidence))
    // When the plan routes, it asked exactly these questions (insert or parties changed; or the hand-off alone).
    if (!plan.evaluate || !evidence || !escalates(evidence.signal, config.departmentPolicy)) return

    const { routes, matches } = loadRoutes(current, label)
    const decision = decideRoute({
        escalation: evidence,
        group,
        routes,
        matches,
        defaultGroup: () => findGroup(config.defaultEscalationGroup),
        config,
    })
    if (movesTicket(decision)) current.setValue('assignment_group', decision.toGroup!.id)
    addWorkNote(current, workNoteFor(decision))
    queueDecision(current, decision)
}

function changed(current: GlideRecord, previous: GlideRecord, field: string): boolean {
    return (current.getValue(field) || '') !== (previous.getValue(field) || '')
}
