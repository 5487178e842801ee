import { gs, GlideRecord } from '@servicenow/glide'
import type { Banner } from '../core/banner.ts'
import { lookupBanner, maySeeBanner } from '../glide/banner-lookup.ts'

/** What the caller onChange script sends (GlideAjax parameters sysparm_caller, sysparm_opener, sysparm_ticket). */
export interface BannerRequest {
    caller: string | null
    opener: string | null
    ticket: string | null
}

const SYS_ID = /^[0-9a-f]{32}$/

/** The Banner fields the answer carries, and nothing else. */
const BANNER_FIELDS: readonly (keyof Banner)[] = [
    'kind',
    'partner',
    'signal',
    'note',
    'supportGroup',
    'supportGroupId',
    'supportStream',
    'contact',
    'department',
    'canSendToPartner',
]

/**
 * GlideAjax ITPartnerBannerAjax.getBanner (Behaviour 4): the banner for the caller now on the form, as JSON of the
 * Banner fields, or '' when there is none, the user may not see banners, or an input is not a sys_id.
 */
export function bannerAnswer(request: BannerRequest): string {
    if (!maySeeBanner()) return ''
    const caller = request.caller || ''
    const opener = request.opener || ''
    const ticket = request.ticket || ''
    for (const [name, value] of [
        ['sysparm_caller', caller],
        ['sysparm_opener', opener],
        ['sysparm_ticket', ticket],
    ]) {
        if (value && !SYS_ID.test(value)) {
            gs.warn('IT Partner Routing: banner request refused: {0} is not a sys_id ("{1}").', name, value.slice(0, 64))
            return ''
        }
    }
    const label = ticket || '(new ticket)'
    try {
        const banner = lookupBanner({ caller, opener, ticket: label }, ticket, () => storedGroup(ticket))
        if (!banner) return ''
        const answer: Record<string, unknown> = {}
        for (const field of BANNER_FIELDS) answer[field] = banner[field]
        return JSON.stringify(answer)
    } catch (error) {
        gs.error('IT Partner Routing: the banner refresh failed on {0}; no banner shown. {1}', label, String(error))
        return ''
    }
}

/** The saved ticket's assignment group (one query, asked only for a department client whose Partner has a group). */
function storedGroup(ticket: string): string {
    if (!ticket) return ''
    const record = new GlideRecord('incident')
    return record.get(ticket) ? record.getValue('assignment_group') || '' : ''
}
