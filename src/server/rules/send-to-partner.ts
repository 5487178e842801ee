import { gs, type GlideRecord } from '@servicenow/glide'
import type { DepartmentClient } from '../core/banner.ts'
import { message } from '../core/messages.ts'
import type { Decision } from '../core/model.ts'
import { isProvenEscalation } from '../core/signals.ts'
import { stampFor } from '../core/stamp.ts'
import { workNoteFor } from '../core/text.ts'
import { addWorkNote, logDecision } from '../glide/decision-log.ts'
import { departmentClient, findEvidence } from '../glide/evidence.ts'
import { translate } from '../glide/messages.ts'
import { groupField, ticketLabel } from '../glide/records.ts'
import { writeStamp } from '../glide/stamp.ts'

/** Redirect target of a UI action (the platform's `action` object). */
export interface ActionRedirect {
    setRedirectURL(target: unknown): void
}

/**
 * The Partner department of the caller when Send to IT Partner applies: a saved ticket whose caller's department has
 * an active Partner with a support group, which is no proven escalation (counting, like the anti-boomerang guard, an
 * opener who is a member of a Partner's group) and which is not already in that group.
 */
export function partnerTarget(current: GlideRecord): DepartmentClient | null {
    if (current.isNewRecord()) return null
    const caller = current.getValue('caller_id') || ''
    // The department first: it rules out most tickets in one query, before the three escalation lookups.
    const client = departmentClient(caller)
    const group = client?.partner.supportGroup
    if (!client || !group || (current.getValue('assignment_group') || '') === group.id) return null
    const escalation = findEvidence(
        { caller, opener: current.getValue('opened_by') || '', ticket: ticketLabel(current) },
        { history: current.getUniqueValue(), openerMembership: true, department: false },
    )
    return isProvenEscalation(escalation) ? null : client
}

/** UI action condition (through new ITPartnerForm(current).canSendToPartner()): itil users, and a ticket Send to IT Partner applies to. */
export function canSendToPartner(current: GlideRecord): boolean {
    try {
        return gs.hasRole('itil') && !!partnerTarget(current)
    } catch (error) {
        gs.error('IT Partner Routing: Send to IT Partner condition failed: {0}', String(error))
        return false
    }
}

/**
 * UI action "Send to IT Partner" (Behaviour 5): a person decided the department client reached IS&T by mistake.
 * Moves the ticket to the Partner's support group, with a work note and a `sent_to_partner` decision.
 */
export function sendToPartner(current: GlideRecord, action?: ActionRedirect | null): void {
    try {
        const client = gs.hasRole('itil') ? partnerTarget(current) : null
        if (!client) {
            gs.addErrorMessage(translate(message('sendNotApplicable')))
        } else {
            send(current, client)
        }
    } catch (error) {
        gs.error('IT Partner Routing: Send to IT Partner failed on {0}: {1}', ticketLabel(current), String(error))
        gs.addErrorMessage(translate(message('sendFailed')))
    }
    if (action) action.setRedirectURL(current)
}

function send(current: GlideRecord, client: DepartmentClient): void {
    const partner = client.partner
    const toGroup = partner.supportGroup!
    const decision: Decision = {
        outcome: 'sent_to_partner',
        signal: 'department',
        partner,
        fromGroup: groupField(current, 'assignment_group'),
        toGroup,
        route: null,
        reason: `Sent to IT Partner by ${gs.getUserName()}: the caller's department ${client.department} is supported by ${partner.name}, and the client reached IS&T by mistake.`,
    }
    current.setValue('assignment_group', toGroup.id)
    current.setValue('assigned_to', '')
    // The person's decision is the ticket's stamp: the department's Partner, no escalation.
    writeStamp(current, stampFor({ signal: 'department', partner }))
    addWorkNote(current, workNoteFor(decision))
    if (!current.update()) {
        gs.addErrorMessage(translate(message('sendNotSaved')))
        return
    }
    logDecision(current, decision)
    gs.addInfoMessage(translate(message('sent', partner.name, toGroup.name)))
}
