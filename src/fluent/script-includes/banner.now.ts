import '@servicenow/sdk/global'
import { ScriptInclude } from '@servicenow/sdk/core'

/** GlideAjax processor for the "IT Partner banner refresh" client script; answers itil and app-role users only. */
ScriptInclude({
    $id: Now.ID['si_banner_ajax'],
    name: 'ITPartnerBannerAjax',
    apiName: 'x_bu_itpartner.ITPartnerBannerAjax',
    description:
        'GlideAjax getBanner(sysparm_caller, sysparm_opener, sysparm_ticket): the IT Partner banner as JSON, or empty. Bridge to src/server/rules/banner-ajax.ts.',
    script: Now.include('./banner-ajax.js'),
    clientCallable: true,
    accessibleFrom: 'package_private',
    active: true,
})

/** Server-side form helpers (UI action conditions); not client-callable. */
ScriptInclude({
    $id: Now.ID['si_it_partner_form'],
    name: 'ITPartnerForm',
    apiName: 'x_bu_itpartner.ITPartnerForm',
    description: 'new ITPartnerForm(current).canSendToPartner(): the condition of the "Send to IT Partner" UI action. Bridge to src/server/rules/send-to-partner.ts.',
    script: Now.include('./it-partner-form.js'),
    clientCallable: false,
    accessibleFrom: 'package_private',
    active: true,
})
