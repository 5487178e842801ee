import { gs, type GlideRecord } from '@servicenow/glide'
import type { Banner } from '../core/banner.ts'
import { lookupBanner, maySeeBanner, stampedBanner } from '../glide/banner-lookup.ts'
import { ticketLabel } from '../glide/records.ts'
import { readStamp } from '../glide/stamp.ts'

/**
 * What the display rule hands the form: `itPartner` only when there is a banner to show; `itPartnerChecked` whenever
 * the rule looked the ticket up, so the onLoad script asks the server only on an instance where the rule did not run.
 */
export interface BannerScratchpad {
    itPartner?: Banner
    itPartnerChecked?: boolean
}

/**
 * Display business rule "IT Partner form banner" (Behaviour 4): fills g_scratchpad.itPartner for agents, so the
 * onLoad client script shows the banner without a server call (without the rule, the script asks ITPartnerBannerAjax). A stamped escalation is shown from its stamp
 * in 1 query; any other ticket, or a stamp that no longer holds, uses the lookups. Never breaks the form.
 */
export function showBanner(current: GlideRecord, _previous: GlideRecord | null, g_scratchpad: BannerScratchpad): void {
    try {
        if (!maySeeBanner()) return
        const parties = {
            caller: current.getValue('caller_id') || '',
            opener: current.getValue('opened_by') || '',
            ticket: ticketLabel(current),
        }
        const saved = !current.isNewRecord()
        // A saved ticket's stamp was made for these very parties; a new one has none yet.
        const banner =
            (saved && stampedBanner(parties, readStamp(current), current)) ||
            lookupBanner(parties, saved ? current.getUniqueValue() : '', () => current.getValue('assignment_group') || '')
        if (banner) g_scratchpad.itPartner = banner
        g_scratchpad.itPartnerChecked = true
    } catch (error) {
        gs.error('IT Partner Routing: the form banner failed on {0}; the form shows no banner. {1}', safeLabel(current), String(error))
    }
}

function safeLabel(current: GlideRecord): string {
    try {
        return ticketLabel(current)
    } catch (unreadable) {
        return '(unknown ticket: ' + String(unreadable) + ')'
    }
}
