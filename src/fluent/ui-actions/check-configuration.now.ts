import '@servicenow/sdk/global'
import { UiAction } from '@servicenow/sdk/core'
import { showConfigurationCheck } from '../../server/rules/check-configuration'

/**
 * The configuration check for app admins: a banner button on the Escalation routes list (application menu >
 * Escalation Routes) that lists every configuration problem as messages (now-sdk explain ui-action-guide:
 * list.showBannerButton, server-side module script).
 */
UiAction({
    $id: Now.ID['ua_check_configuration'],
    table: 'x_bu_itpartner_route',
    name: 'Check configuration',
    actionName: 'x_bu_itpartner_check_configuration',
    hint: 'Lists every IT Partner Routing configuration problem: properties, routes, Partners, red flags, departments',
    active: true,
    showInsert: false,
    showUpdate: false,
    showQuery: true,
    list: { showBannerButton: true, style: 'unstyled' },
    roles: ['x_bu_itpartner.admin'],
    order: 100,
    script: showConfigurationCheck,
})
