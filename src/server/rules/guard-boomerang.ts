import { gs, type GlideRecord } from '@servicenow/glide'
import { checkBoomerang } from '../core/boomerang.ts'
import { groupMatches, isTier1 } from '../core/config.ts'
import { english } from '../core/messages.ts'
import type { Group } from '../core/model.ts'
import { addWorkNote, logDecision } from '../glide/decision-log.ts'
import { findEvidence, partnerOwningGroup } from '../glide/evidence.ts'
import { translate } from '../glide/messages.ts'
import { readConfig } from '../glide/properties.ts'
import { groupField, ticketLabel } from '../glide/records.ts'
import { specialtyRoute } from '../glide/routes.ts'
import { failOpen } from './fail-open.ts'

export const ADMIN_ROLE = 'x_bu_itpartner.admin'

/** Business rule "IT Partner anti-boomerang guard" (before update, after routing): Behaviour 3. */
export function guardBoomerang(current: GlideRecord, previous: GlideRecord | null): void {
    if (!previous) return
    const from = groupField(previous, 'assignment_group')
    const to = groupField(current, 'assignment_group')
    // An update that keeps the group costs nothing: no property read, no query.
    if (!to || groupMatches(from, to.id)) return
    failOpen('anti-boomerang guard', current, () => guard(current, previous, from, to))
}

function guard(current: GlideRecord, previous: GlideRecord, from: Group | null, to: Group): void {
    const config = readConfig()
    if (!config.enabled || config.boomerangPolicy === 'off') return
    const label = ticketLabel(current)
    if (isTier1(to, config)) {
        // A Partner handing the ticket to tier 1 is the hand-off the routing rule serves, not a boomerang.
        if (from && partnerOwningGroup(from.id)) return
    } else if (!partnerOwningGroup(to.id)) {
        // Neither tier 1 nor any Partner's queue: no boomerang possible, so no signal lookups.
        return
    }
    const escalation = findEvidence(
        { caller: current.getValue('caller_id') || '', opener: current.getValue('opened_by') || '', ticket: label },
        { history: current.getUniqueValue(), openerMembership: true, department: false },
    )
    const verdict = checkBoomerang({
        escalation,
        fromGroup: from,
        toGroup: to,
        specialtyRoute: () => specialtyRoute(current, config, label),
        isAdmin: gs.hasRole(ADMIN_ROLE),
        config,
    })
    if (verdict.verdict === 'allow') return
    if (verdict.verdict === 'block') {
        revertAssignment(current, previous)
        logDecision(current, verdict.decision)
        gs.addErrorMessage(translate(verdict.message))
        return
    }
    logDecision(current, verdict.decision)
    addWorkNote(current, 'IT Partner Routing\n' + english(verdict.message))
    gs.addInfoMessage(translate(verdict.message))
}

/**
 * A block keeps the save and puts the assignment back: a scoped rule cannot abort a save of incident
 * ("Example business rule scripts": setAbortAction() "can only be executed from the same scope as the record whose
 * action is being aborted"). The assignee goes back too, in case it changed with the group.
 */
function revertAssignment(current: GlideRecord, previous: GlideRecord): void {
    current.setValue('assignment_group', previous.getValue('assignment_group') || '')
    current.setValue('assigned_to', previous.getValue('assigned_to') || '')
}
