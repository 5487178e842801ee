/** Helpers only the caller onChange script needs; kept apart so the onLoad script ships without them. */
import { IT_PARTNER_FIELD, IT_PARTNER_ICON, itPartnerDecoration } from './banner.ts'

/**
 * Takes down the banner shown, if any. g_form can only clear all form messages at once, so this runs only when a
 * banner is up (a form without one keeps its other messages). Service Portal's g_form has no clearMessages: there
 * the old text stays until the form reloads, and only the decoration changes.
 */
export function itPartnerHide(): void {
    const shown = g_scratchpad.itPartner
    if (!shown) return
    if (typeof g_form.clearMessages === 'function') g_form.clearMessages()
    g_form.removeDecoration(IT_PARTNER_FIELD, IT_PARTNER_ICON, itPartnerDecoration(shown))
    g_scratchpad.itPartner = null
}
