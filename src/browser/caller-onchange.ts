import { IT_PARTNER_FIELD, itPartnerMaySee, itPartnerShow } from './banner.ts'
import { itPartnerHide, itPartnerRecordId } from './banner-refresh.ts'

/** onChange of caller_id "IT Partner banner refresh": asks the server for the new caller's banner (asynchronously). */
export function onChange(_control: unknown, _oldValue: string, newValue: string, isLoading: boolean): void {
    if (isLoading || !itPartnerMaySee()) return
    if (!newValue && g_form.isNewRecord()) {
        itPartnerHide()
        return
    }
    const ajax = new GlideAjax('x_bu_itpartner.ITPartnerBannerAjax')
    ajax.addParam('sysparm_name', 'getBanner')
    ajax.addParam('sysparm_caller', newValue || '')
    ajax.addParam('sysparm_opener', g_form.getValue('opened_by') || '')
    ajax.addParam('sysparm_ticket', g_form.isNewRecord() ? '' : itPartnerRecordId())
    ajax.getXMLAnswer(function (answer: string | null): void {
        // A later change of the caller wins: drop an answer for a caller no longer on the form.
        if ((g_form.getValue(IT_PARTNER_FIELD) || '') !== (newValue || '')) return
        let banner: ItPartnerBanner | null = null
        try {
            banner = answer ? (JSON.parse(answer) as ItPartnerBanner) : null
        } catch {
            banner = null
        }
        itPartnerHide()
        if (banner && banner.partner) itPartnerShow(banner)
    })
}
