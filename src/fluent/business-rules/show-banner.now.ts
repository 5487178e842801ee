import '@servicenow/sdk/global'
import { BusinessRule } from '@servicenow/sdk/core'
import { showBanner } from '../../server/rules/show-banner'

/**
 * Fills g_scratchpad.itPartner for agents; the onLoad client script "IT Partner banner" shows it (Behaviour 4). The
 * condition runs the rule only for the banner's roles (BANNER_ROLES in src/server/glide/banner-lookup.ts): the
 * "Condition" field is a script that must return true for the rule to run ("Classic Business rules", ServiceNow
 * docs: https://www.servicenow.com/docs/r/xanadu/api-reference/business-rules-classic/c_BusinessRules.html).
 */
BusinessRule({
    $id: Now.ID['br_show_banner'],
    name: 'IT Partner form banner',
    description:
        'Puts what the IT Partner banner shows (Partner, signal, red-flag note, support group or stream, department) on g_scratchpad for itil and app-role users (design.md Behaviour 4).',
    table: 'incident',
    when: 'display',
    order: 100,
    active: true,
    condition: "gs.hasRole('itil') || gs.hasRole('x_bu_itpartner.reader') || gs.hasRole('x_bu_itpartner.admin')",
    script: showBanner,
})
