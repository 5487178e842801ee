import '@servicenow/sdk/global'
import { UiAction } from '@servicenow/sdk/core'
import { sendToPartner } from '../../server/rules/send-to-partner'

/** Behaviour 5: an agent hands a department client who reached IS&T by mistake to the Partner's own queue. */
UiAction({
    $id: Now.ID['ua_send_to_partner'],
    table: 'incident',
    name: 'Send to IT Partner',
    actionName: 'x_bu_itpartner_send_to_partner',
    hint: "Moves the ticket to the support group of the IT Partner that supports the caller's department",
    active: true,
    showInsert: false,
    showUpdate: true,
    form: { showButton: true, style: 'unstyled' },
    // Service Operations Workspace shows a form button only with these (now-sdk explain ui-action-guide, "Workspace
    // Compatibility"); the action runs on the server, so it needs no workspace client script.
    workspace: { isConfigurableWorkspace: true, showFormButtonV2: true },
    roles: ['itil'],
    condition: 'new x_bu_itpartner.ITPartnerForm(current).canSendToPartner()',
    order: 200,
    script: sendToPartner,
})
