import '@servicenow/sdk/global'
import { BusinessRule } from '@servicenow/sdk/core'
import { showBanner } from '../../server/rules/show-banner'

/** Fills g_scratchpad.itPartner for agents; the onLoad client script "IT Partner banner" shows it (Behaviour 4). */
BusinessRule({
    $id: Now.ID['br_show_banner'],
    name: 'IT Partner form banner',
    description:
        'Puts what the IT Partner banner shows (Partner, signal, red-flag note, support group or stream, department) on g_scratchpad for itil and app-role users (design.md Behaviour 4).',
    table: 'incident',
    when: 'display',
    order: 100,
    active: true,
    script: showBanner,
})
