import { IT_PARTNER_FIELD, itPartnerMaySee, itPartnerShow } from './banner.ts'
import { itPartnerAsk } from './banner-ajax.ts'
import { itPartnerHide } from './banner-refresh.ts'

/** onChange of caller_id "IT Partner banner refresh": asks the server for the new caller's banner (asynchronously). */
export function onChange(_control: unknown, _oldValue: string, newValue: string, isLoading: boolean): void {
    if (isLoading || !itPartnerMaySee()) return
    if (!newValue && g_form.isNewRecord()) {
        itPartnerHide()
        return
    }
    itPartnerAsk(newValue || '', function (banner: ItPartnerBanner | null): void {
        // A later change of the caller wins: drop an answer for a caller no longer on the form.
        if ((g_form.getValue(IT_PARTNER_FIELD) || '') !== (newValue || '')) return
        itPartnerHide()
        if (banner) itPartnerShow(banner)
    })
}
