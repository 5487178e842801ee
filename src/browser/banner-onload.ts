import { IT_PARTNER_FIELD, itPartnerMaySee, itPartnerShow } from './banner.ts'
import { itPartnerAsk } from './banner-ajax.ts'

/**
 * onLoad "IT Partner banner": shows what the display rule "IT Partner form banner" put on g_scratchpad, with no server
 * call. When the rule did not run (removed, inactive, or refused on this instance), g_scratchpad lacks its
 * `itPartnerChecked` mark: the script then asks ITPartnerBannerAjax once, as the caller onChange script does.
 */
export function onLoad(): void {
    if (!itPartnerMaySee()) return
    const banner = g_scratchpad.itPartner
    if (banner) {
        itPartnerShow(banner)
        return
    }
    if (g_scratchpad.itPartnerChecked) return
    const caller = g_form.getValue(IT_PARTNER_FIELD) || ''
    // A new form with no caller yet: the caller onChange script asks once there is one.
    if (!caller && g_form.isNewRecord()) return
    itPartnerAsk(caller, function (found: ItPartnerBanner | null): void {
        // The caller onChange script answers for a caller changed meanwhile.
        if (!found || (g_form.getValue(IT_PARTNER_FIELD) || '') !== caller) return
        itPartnerShow(found)
    })
}
