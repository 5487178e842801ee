import { gs, GlideRecord } from '@servicenow/glide'
import type { DepartmentClient } from '../core/banner.ts'
import type { Evidence, Partner, Signal } from '../core/model.ts'
import { outranks, strongest } from '../core/signals.ts'
import { partnerFrom, referencedPartner, TABLE } from './records.ts'

/** The people on a ticket whose Partner affiliation is a signal. */
export interface Parties {
    caller: string
    opener: string
    /** For log lines. */
    ticket: string
}

/** Which lookups, besides the red flags of caller and opener (one query for both), a caller of findEvidence pays for;
 * each is at most one query. */
export interface EvidenceQuestions {
    /** Evidence the caller already holds, e.g. the hand-off that triggered routing. */
    known?: Evidence | null
    /** Opener is a member of an active Partner's support group (one query). */
    openerMembership: boolean
    /** Escalation signals this ticket's earlier decisions recorded, e.g. a past hand-off (one query). */
    history?: string
    /** The caller's department is a Partner department (one query). */
    department: boolean
}

/** Gathers the evidence the questions ask for, strongest first, and skips lookups that can no longer matter. */
export function findEvidence(parties: Parties, ask: EvidenceQuestions): Evidence | null {
    const flags = redFlags([parties.caller, parties.opener], parties.ticket)
    const opener = flags.get(parties.opener)
    const openerFlag: Evidence | null = opener ? { ...opener, signal: 'partner_opener' } : null
    let found = strongest([flags.get(parties.caller), ask.known])
    if (ask.history && !outranks(found, 'partner_handoff')) {
        found = strongest([found, pastEscalation(ask.history)])
    }
    found = strongest([found, openerFlag])
    if (ask.openerMembership && parties.opener && !found) {
        const partner = partnerOfMember(parties.opener)
        found = partner && { signal: 'partner_opener', partner }
    }
    if (ask.department && !found) {
        const client = departmentClient(parties.caller)
        found = client && { signal: 'department', partner: client.partner }
    }
    return found
}

/** Active red flags (of active Partners) for the given users, one query for all; duplicates are logged. */
export function redFlags(users: string[], ticket: string): Map<string, Evidence> {
    const wanted = users.filter((user) => !!user)
    const flags = new Map<string, Evidence>()
    if (!wanted.length) return flags
    const flag = new GlideRecord(TABLE.redFlag)
    flag.addQuery('user', 'IN', wanted.join(','))
    flag.addQuery('active', true)
    flag.addQuery('partner.active', true)
    flag.orderBy('sys_created_on')
    flag.query()
    while (flag.next()) {
        const user = flag.getValue('user') || ''
        if (flags.has(user)) {
            gs.warn(
                'IT Partner Routing: user {0} has more than one active red flag; {1} uses the oldest ({2}). Deactivate the others.',
                user,
                ticket,
                flags.get(user)!.partner.name,
            )
            continue
        }
        const partner = referencedPartner(flag)
        if (partner) flags.set(user, { signal: 'red_flag', partner, note: flag.getValue('note') || '' })
    }
    return flags
}

/** The active Partner whose support group is the given group. */
export function partnerOwningGroup(groupId: string): Partner | null {
    if (!groupId) return null
    const partner = new GlideRecord(TABLE.partner)
    partner.addQuery('support_group', groupId)
    partner.addQuery('active', true)
    partner.setLimit(1)
    partner.query()
    return partner.next() ? partnerFrom(partner) : null
}

/** The active Partner whose support group has the user as a member (one joined query). */
export function partnerOfMember(userId: string): Partner | null {
    const partner = new GlideRecord(TABLE.partner)
    partner.addQuery('active', true)
    partner.addJoinQuery('sys_user_grmember', 'support_group', 'group').addCondition('user', userId)
    partner.orderBy('name')
    partner.setLimit(1)
    partner.query()
    return partner.next() ? partnerFrom(partner) : null
}

/** The caller's Partner department, found through the caller's own department (one joined query). */
export function departmentClient(callerId: string): DepartmentClient | null {
    if (!callerId) return null
    const row = new GlideRecord(TABLE.department)
    row.addQuery('active', true)
    row.addQuery('partner.active', true)
    row.addJoinQuery('sys_user', 'department', 'department').addCondition('sys_id', callerId)
    row.setLimit(1)
    row.query()
    if (!row.next()) return null
    const partner = referencedPartner(row)
    return partner && { partner, department: row.getDisplayValue('department') }
}

const REMEMBERED: Signal[] = ['partner_handoff', 'partner_opener']

/** The strongest hand-off or opener escalation an earlier decision on this ticket recorded. */
export function pastEscalation(taskId: string): Evidence | null {
    const decision = new GlideRecord(TABLE.decision)
    decision.addQuery('task', taskId)
    decision.addQuery('signal', 'IN', REMEMBERED.join(','))
    decision.addQuery('partner.active', true)
    decision.orderBy('sys_created_on')
    decision.query()
    let found: Evidence | null = null
    while (decision.next()) {
        const partner = referencedPartner(decision)
        const signal = decision.getValue('signal') as Signal
        if (partner) found = strongest([found, { signal, partner }])
    }
    return found
}
