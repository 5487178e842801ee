import { gs, type GlideRecord } from '@servicenow/glide'
import { bannerFor, escalationFromStamp, type Banner } from '../core/banner.ts'
import type { Partner } from '../core/model.ts'
import { isProvenEscalation } from '../core/signals.ts'
import type { Stamp } from '../core/stamp.ts'
import { departmentClient, findEvidence, redFlags, type Parties } from './evidence.ts'
import { isActive, partnerFrom } from './records.ts'
import { STAMP_FIELD } from './stamp.ts'

/** Roles whose users see the banner: itil agents and the app's own roles (admin passes every hasRole). */
export const BANNER_ROLES = ['itil', 'x_bu_itpartner.reader', 'x_bu_itpartner.admin'] as const

export function maySeeBanner(): boolean {
    return BANNER_ROLES.some((role) => gs.hasRole(role))
}

/**
 * GlideRecord, not GlideRecordSecure, though the GlideAjax path reads on the agent's behalf (ServiceNow's "Script
 * includes" page recommends GlideRecordSecure there): only BANNER_ROLES get an answer (maySeeBanner and the
 * execute ACL), the queries are fixed and take only sys_ids, and the answer carries only banner fields those roles
 * read anyway. Secure reads would add ACLs on sys_user_grmember, cmn_department and sys_user_group that an
 * instance may tighten, silently dropping the banner for some agents, and the display rule shares this lookup.
 *
 * The banner for a ticket's parties, as design.md's precedence says, in at most 4 queries: red flags of caller and
 * opener, this ticket's recorded hand-off or opener escalations (only for a saved ticket), the opener's membership
 * of an active Partner's support group, and, when no escalation is proven, the caller's Partner department.
 * `ticketGroup` gives the ticket's assignment group; it is asked only for a department client whose Partner has a
 * support group (Send to IT Partner is not offered for a ticket already there).
 */
export function lookupBanner(parties: Parties, ticketId: string, ticketGroup: () => string): Banner | null {
    const escalation = findEvidence(parties, {
        history: ticketId || undefined,
        openerMembership: true,
        department: false,
    })
    if (isProvenEscalation(escalation)) return bannerFor(escalation, null)
    const client = departmentClient(parties.caller)
    return bannerFor(null, client, client?.partner.supportGroup ? ticketGroup() : '')
}

/**
 * The banner of a saved ticket whose stamp says proven escalation, in 1 query: the red flags of caller and
 * opener (the note, and whether a red flag outranks the stamp). The stamped Partner comes through the ticket's
 * reference field (reference reads, no query). Null when the stamp cannot be trusted (core escalationFromStamp): the
 * caller then uses lookupBanner. Only for parties the stamp was made for (the saved caller and opener).
 */
export function stampedBanner(parties: Parties, stamp: Stamp, ticket: GlideRecord): Banner | null {
    if (!stamp.escalation) return null
    const flags = redFlags([parties.caller, parties.opener], parties.ticket)
    const escalation = escalationFromStamp(stamp, {
        callerFlag: flags.get(parties.caller) ?? null,
        openerFlag: flags.get(parties.opener) ?? null,
        stampedPartner: () => stampedPartner(ticket),
    })
    return escalation && bannerFor(escalation, null)
}

/** The ticket's stamped Partner when it exists and is active. */
function stampedPartner(ticket: GlideRecord): Partner | null {
    const partner = ticket.getElement(STAMP_FIELD.partner).getRefRecord()
    return partner.isValidRecord() && isActive(partner.getValue('active')) ? partnerFrom(partner) : null
}
