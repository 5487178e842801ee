/**
 * The GlideAjax request both client scripts make: the onLoad script when the display rule left no data on
 * g_scratchpad, the caller onChange script for a new caller. Asynchronous: scoped GlideAjax has no synchronous call.
 */

/** The record's sys_id: getUniqueValue in Core UI and Workspace, getSysId in Service Portal. */
export function itPartnerRecordId(): string {
    if (typeof g_form.getUniqueValue === 'function') return g_form.getUniqueValue()
    return typeof g_form.getSysId === 'function' ? g_form.getSysId() : ''
}

/**
 * Asks x_bu_itpartner.ITPartnerBannerAjax.getBanner for this caller, the form's opener and (saved forms) the ticket.
 * The callback gets the banner, or null: no banner, a refused request, or an answer that is not a banner's JSON.
 */
export function itPartnerAsk(caller: string, callback: (banner: ItPartnerBanner | null) => void): void {
    const ajax = new GlideAjax('x_bu_itpartner.ITPartnerBannerAjax')
    ajax.addParam('sysparm_name', 'getBanner')
    ajax.addParam('sysparm_caller', caller)
    ajax.addParam('sysparm_opener', g_form.getValue('opened_by') || '')
    ajax.addParam('sysparm_ticket', g_form.isNewRecord() ? '' : itPartnerRecordId())
    ajax.getXMLAnswer(function (answer: string | null): void {
        let banner: ItPartnerBanner | null = null
        try {
            banner = answer ? (JSON.parse(answer) as ItPartnerBanner) : null
        } catch {
            banner = null
        }
        callback(banner && banner.partner ? banner : null)
    })
}
