import '@servicenow/sdk/global'
import { UiAction } from '@servicenow/sdk/core'
import { showInstallationCheck } from '../../server/rules/check-installation'

/**
 * The installation check for admins, beside Check configuration on the Escalation routes list: whether the app's
 * business rules run on incident, its cross-scope privileges are Allowed, incident's Application Access is as the app
 * needs it, the hardening property, the GlideQuery plugin and the last run of the ATF suite (docs/install.md, "Check
 * installation"). A list banner button with a server-side module script (now-sdk explain ui-action-guide).
 */
UiAction({
    $id: Now.ID['ua_check_installation'],
    table: 'x_bu_itpartner_route',
    name: 'Check installation',
    actionName: 'x_bu_itpartner_check_installation',
    hint: 'Lists what the instance must give IT Partner Routing at run time: business rules, cross-scope privileges, incident access, ATF results',
    active: true,
    showInsert: false,
    showUpdate: false,
    showQuery: true,
    list: { showBannerButton: true, style: 'unstyled' },
    roles: ['x_bu_itpartner.admin'],
    order: 110,
    script: showInstallationCheck,
})
