import type { GlideRecord } from '@servicenow/glide'
import type { Evidence } from '../core/model.ts'
import { decideRoute, movesTicket, planRouting } from '../core/routing.ts'
import { escalates } from '../core/signals.ts'
import { workNoteFor } from '../core/text.ts'
import { addWorkNote, logDecision } from '../glide/decision-log.ts'
import { findEvidence, partnerOwningGroup } from '../glide/evidence.ts'
import { reportUnusableGroups } from '../glide/group-properties.ts'
import { readConfig } from '../glide/properties.ts'
import { groupField, ticketLabel } from '../glide/records.ts'
import { findGroup, loadRoutes } from '../glide/routes.ts'
import { failOpen } from './fail-open.ts'

/** Business rule "IT Partner escalation routing" (before insert/update): Behaviours 1, 2 and 6. */
export function routeEscalation(current: GlideRecord, previous: GlideRecord | null): void {
    failOpen('escalation routing', current, () => route(current, previous))
}

function route(current: GlideRecord, previous: GlideRecord | null): void {
    const config = readConfig()
    // Before any early return: a typo in a group property must show in the log whatever the ticket.
    reportUnusableGroups(config)
    const isUpdate = !current.isNewRecord() && !!previous
    const group = groupField(current, 'assignment_group')
    const previousGroup = isUpdate ? groupField(previous!, 'assignment_group') : null
    const plan = planRouting(
        {
            action: isUpdate ? 'update' : 'insert',
            group,
            previousGroup,
            partiesChanged: isUpdate && (changed(current, previous!, 'caller_id') || changed(current, previous!, 'opened_by')),
        },
        config,
    )
    if (!plan.evaluate) return

    let handoff: Evidence | null = null
    if (plan.checkHandoff && previousGroup) {
        const partner = partnerOwningGroup(previousGroup.id)
        handoff = partner && { signal: 'partner_handoff', partner }
    }
    if (!handoff && !plan.checkParties) return

    const label = ticketLabel(current)
    const escalation = findEvidence(
        { caller: current.getValue('caller_id') || '', opener: current.getValue('opened_by') || '', ticket: label },
        {
            known: handoff,
            openerMembership: plan.checkParties,
            department: plan.checkParties && config.departmentPolicy === 'escalate',
        },
    )
    if (!escalation || !escalates(escalation.signal, config.departmentPolicy)) return

    const { routes, matches } = loadRoutes(current, label)
    const decision = decideRoute({
        escalation,
        group,
        routes,
        matches,
        defaultGroup: () => findGroup(config.defaultEscalationGroup),
        config,
    })
    if (movesTicket(decision)) current.setValue('assignment_group', decision.toGroup!.id)
    addWorkNote(current, workNoteFor(decision))
    logDecision(current, decision)
}

function changed(current: GlideRecord, previous: GlideRecord, field: string): boolean {
    return (current.getValue(field) || '') !== (previous.getValue(field) || '')
}
