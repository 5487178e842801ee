import { gs, type GlideRecord } from '@servicenow/glide'
import { checkBoomerang } from '../core/boomerang.ts'
import { groupMatches, isTier1, type Config } from '../core/config.ts'
import { english } from '../core/messages.ts'
import type { Group } from '../core/model.ts'
import { countMove } from '../core/ping-pong.ts'
import { addWorkNote, queueDecision } from '../glide/decision-log.ts'
import { findEvidence, partnerOwningGroup } from '../glide/evidence.ts'
import { translate } from '../glide/messages.ts'
import { readConfig } from '../glide/properties.ts'
import { groupField, isActive, ticketLabel } from '../glide/records.ts'
import { specialtyRoute } from '../glide/routes.ts'
import { readCounts, STAMP_FIELD, stampedEscalation, writeCounts } from '../glide/stamp.ts'
import { failOpen } from './fail-open.ts'

export const ADMIN_ROLE = 'x_bu_itpartner.admin'

/**
 * Business rule "IT Partner anti-boomerang guard" (before update, after routing, when the group changes): Behaviour 3,
 * and the ping-pong counters, which see the group as this save will store it.
 */
export function guardBoomerang(current: GlideRecord, previous: GlideRecord | null): void {
    if (!previous) return
    const from = groupField(previous, 'assignment_group')
    const to = groupField(current, 'assignment_group')
    // An update that keeps the group costs nothing: no property read, no query.
    if (sameGroup(from, to)) return
    const seen: { config: Config | null; boomerang: boolean } = { config: null, boomerang: false }
    failOpen('anti-boomerang guard', current, () => {
        const config = (seen.config = readConfig())
        seen.boomerang = !!to && guard(current, previous, from, to, config)
    })
    const config = seen.config
    if (config) failOpen('ping-pong count', current, () => countPingPong(current, previous, seen.boomerang, config))
}

/** Judges a move to another group; true when it was a boomerang (blocked or warned). */
function guard(current: GlideRecord, previous: GlideRecord, from: Group | null, to: Group, config: Config): boolean {
    if (!config.enabled || config.boomerangPolicy === 'off') return false
    const label = ticketLabel(current)
    if (isTier1(to, config)) {
        // A Partner handing the ticket to tier 1 is the hand-off the routing rule serves, not a boomerang.
        if (from && partnerOwningGroup(from.id)) return false
    } else if (!partnerOwningGroup(to.id)) {
        // Neither tier 1 nor any Partner's queue: no boomerang possible, so no signal lookups.
        return false
    }
    // The stamp (set by routing before this rule, order 1000) answers for a proven escalation without a query; a
    // ticket not stamped as one (from before the install, or a red flag added since) is looked up as before.
    const escalation =
        stampedEscalation(current) ??
        findEvidence(
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
    if (verdict.verdict === 'allow') return false
    if (verdict.verdict === 'block') {
        revertAssignment(current, previous)
        queueDecision(current, verdict.decision)
        gs.addErrorMessage(translate(verdict.message))
        return true
    }
    queueDecision(current, verdict.decision)
    addWorkNote(current, 'IT Partner Routing\n' + english(verdict.message))
    gs.addInfoMessage(translate(verdict.message))
    return true
}

/**
 * Hops and boomerangs tried, from the previous image's stamp and the group this save stores (after a block put it
 * back). No query; the kill switch stops counting like everything else the app writes on a ticket.
 */
function countPingPong(current: GlideRecord, previous: GlideRecord, boomerang: boolean, config: Config): void {
    if (!config.enabled) return
    const counts = countMove(
        {
            wasEscalation: isActive(previous.getValue(STAMP_FIELD.escalation)),
            handoff: current.getValue(STAMP_FIELD.signal) === 'partner_handoff' && previous.getValue(STAMP_FIELD.signal) !== 'partner_handoff',
            groupChanged: (current.getValue('assignment_group') || '') !== (previous.getValue('assignment_group') || ''),
            boomerang,
            ...readCounts(current),
        },
        config.pingPongThreshold,
    )
    if (counts) writeCounts(current, counts)
}

function sameGroup(from: Group | null, to: Group | null): boolean {
    return to ? groupMatches(from, to.id) : !from
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
