import { gs } from '@servicenow/glide'
import { bannerFor, type Banner } from '../core/banner.ts'
import { isProvenEscalation } from '../core/signals.ts'
import { departmentClient, findEvidence, type Parties } from './evidence.ts'

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
 * The banner for a ticket's parties, in at most 3 queries: red flags of caller and opener, this ticket's recorded
 * hand-off or opener escalations (only for a saved ticket), and, when no escalation is proven, the caller's
 * Partner department.
 */
export function lookupBanner(parties: Parties, ticketId: string): Banner | null {
    const escalation = findEvidence(parties, {
        redFlags: true,
        history: ticketId || undefined,
        // The guard also counts an opener who is a member of a Partner's group; the banner's budget skips that query.
        openerMembership: false,
        department: false,
    })
    if (isProvenEscalation(escalation)) return bannerFor(escalation, null)
    return bannerFor(null, departmentClient(parties.caller))
}
