import { itPartnerMaySee, itPartnerShow } from './banner.ts'

/** onLoad "IT Partner banner": shows what the display rule put on g_scratchpad; no server call. */
export function onLoad(): void {
    const banner = g_scratchpad.itPartner
    if (!banner || !itPartnerMaySee()) return
    itPartnerShow(banner)
}
