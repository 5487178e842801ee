import '@servicenow/sdk/global'
import { ClientScript } from '@servicenow/sdk/core'

/**
 * Both scripts are compiled from TypeScript in src/browser by scripts/build-browser.mjs (run by `npm run build`).
 * `messages` lists every getMessage key the shared formatter (src/browser/banner.ts) uses, one per line, so the
 * texts are translatable; test/browser checks the list against the built scripts.
 */
const BANNER_MESSAGES = `IT Partner escalation from {0}: the caller is {0} staff (red flag).
IT Partner escalation from {0}: this ticket was opened by {0} staff.
IT Partner escalation from {0}: {0} handed this ticket to IS&T from its own queue.
Level 1 troubleshooting is done. Do not ask basic triage questions (reboot, another outlet) and do not send the ticket back to the Service Desk, Desktop Services or {0}: route it to the IS&T group that can solve it.
Red flag note: {0}
Department client: {0} is supported by the IT Partner {1}.
The caller's department
If the client reached IS&T by mistake, use Send to IT Partner to move the ticket to {0}. If {1} escalated it after Level 1 troubleshooting, keep it with IS&T.
If the client reached IS&T by mistake, refer them to {1}'s support stream: {0}. If {1} escalated it after Level 1 troubleshooting, keep it with IS&T.
If the client reached IS&T by mistake, refer them to {0} (no support group or stream is on record). If {0} escalated it after Level 1 troubleshooting, keep it with IS&T.
Account issues and KACE stay with IS&T.
{0} contact: {1}
IT Partner escalation: {0}
IT Partner client: {0}`

ClientScript({
    $id: Now.ID['cs_banner_onload'],
    name: 'IT Partner banner',
    description:
        'Shows the IT Partner banner and caller decoration from g_scratchpad.itPartner (filled by the display rule "IT Partner form banner"); no server call (design.md Behaviour 4).',
    table: 'incident',
    type: 'onLoad',
    uiType: 'all',
    global: true,
    isolateScript: true,
    active: true,
    order: 100,
    messages: BANNER_MESSAGES,
    script: Now.include('../../../build/browser/banner-onload.js'),
})

ClientScript({
    $id: Now.ID['cs_banner_caller_onchange'],
    name: 'IT Partner banner refresh',
    description:
        'Refreshes the IT Partner banner and caller decoration through GlideAjax (ITPartnerBannerAjax.getBanner) when the caller changes (design.md Behaviour 4).',
    table: 'incident',
    type: 'onChange',
    field: 'caller_id',
    uiType: 'all',
    global: true,
    isolateScript: true,
    active: true,
    order: 100,
    messages: BANNER_MESSAGES,
    script: Now.include('../../../build/browser/caller-onchange.js'),
})
