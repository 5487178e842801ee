/**
 * Banner formatting shared by the onLoad and the caller onChange scripts. The build copies it into each shipped
 * script (no import/export reaches the browser). Every getMessage key here must be listed in both client scripts'
 * `messages` field (src/fluent/client-scripts/banner.now.ts); placeholders {0}, {1} are filled in here.
 */

export const IT_PARTNER_ICON = 'icon-user-group'
export const IT_PARTNER_FIELD = 'caller_id'

/** Roles that see the banner; the server checks the same roles. */
export function itPartnerMaySee(): boolean {
    return g_user.hasRole('itil') || g_user.hasRole('x_bu_itpartner.reader') || g_user.hasRole('x_bu_itpartner.admin')
}

/** The one info message an agent reads for this banner. */
export function itPartnerText(banner: ItPartnerBanner): string {
    const partner = banner.partner
    const parts: string[] = []
    if (banner.kind === 'escalation') {
        if (banner.signal === 'red_flag') {
            parts.push(itPartnerFormat(getMessage('IT Partner escalation from {0}: the caller is {0} staff (red flag).'), [partner]))
        } else if (banner.signal === 'partner_opener') {
            parts.push(itPartnerFormat(getMessage('IT Partner escalation from {0}: this ticket was opened by {0} staff.'), [partner]))
        } else {
            parts.push(itPartnerFormat(getMessage('IT Partner escalation from {0}: {0} handed this ticket to IS&T from its own queue.'), [partner]))
        }
        parts.push(
            itPartnerFormat(
                getMessage(
                    'Level 1 troubleshooting is done. Do not ask basic triage questions (reboot, another outlet) and do not send the ticket back to the Service Desk, Desktop Services or {0}: route it to the IS&T group that can solve it.',
                ),
                [partner],
            ),
        )
        if (banner.note) parts.push(itPartnerFormat(getMessage('Red flag note: {0}'), [banner.note]))
    } else {
        parts.push(
            itPartnerFormat(getMessage('Department client: {0} is supported by the IT Partner {1}.'), [
                banner.department || getMessage("The caller's department"),
                partner,
            ]),
        )
        if (banner.supportGroup) {
            parts.push(
                itPartnerFormat(
                    getMessage(
                        'If the client reached IS&T by mistake, use Send to IT Partner to move the ticket to {0}. If {1} escalated it after Level 1 troubleshooting, keep it with IS&T.',
                    ),
                    [banner.supportGroup, partner],
                ),
            )
        } else if (banner.supportStream) {
            parts.push(
                itPartnerFormat(
                    getMessage(
                        "If the client reached IS&T by mistake, refer them to {1}'s support stream: {0}. If {1} escalated it after Level 1 troubleshooting, keep it with IS&T.",
                    ),
                    [banner.supportStream, partner],
                ),
            )
        } else {
            parts.push(
                itPartnerFormat(
                    getMessage(
                        'If the client reached IS&T by mistake, refer them to {0} (no support group or stream is on record). If {0} escalated it after Level 1 troubleshooting, keep it with IS&T.',
                    ),
                    [partner],
                ),
            )
        }
        parts.push(getMessage('Account issues and KACE stay with IS&T.'))
    }
    if (banner.contact) parts.push(itPartnerFormat(getMessage('{0} contact: {1}'), [partner, banner.contact]))
    return parts.join(' ')
}

/** The caller field's decoration title. */
export function itPartnerDecoration(banner: ItPartnerBanner): string {
    return banner.kind === 'escalation'
        ? itPartnerFormat(getMessage('IT Partner escalation: {0}'), [banner.partner])
        : itPartnerFormat(getMessage('IT Partner client: {0}'), [banner.partner])
}

/** Shows a banner and remembers it on g_scratchpad, so it can be taken down exactly. */
export function itPartnerShow(banner: ItPartnerBanner): void {
    g_form.addInfoMessage(itPartnerText(banner))
    g_form.addDecoration(IT_PARTNER_FIELD, IT_PARTNER_ICON, itPartnerDecoration(banner))
    g_scratchpad.itPartner = banner
}

/** Fills {0}, {1}, ... in one pass; values lose angle brackets, since Core UI renders messages as HTML. */
export function itPartnerFormat(template: string, values: string[]): string {
    return template.replace(/\{(\d)\}/g, function (placeholder: string, index: string): string {
        const value = values[Number(index)]
        return value === undefined ? placeholder : String(value).replace(/</g, '\u2039').replace(/>/g, '\u203a')
    })
}
