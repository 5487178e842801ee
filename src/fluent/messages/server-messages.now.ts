import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'

/**
 * The server texts shown to agents and admins (src/server/core/messages.ts), in English, as sys_ui_message records:
 * the keys gs.getMessage looks up, so an instance can add translations. test/artifacts checks them against the list.
 */

Record({
    $id: Now.ID['msg_evidence_red_flag'],
    table: 'sys_ui_message',
    data: {
        key: 'the caller has a red flag as {0} staff',
        message: 'the caller has a red flag as {0} staff',
        language: 'en',
    },
})

Record({
    $id: Now.ID['msg_evidence_opener'],
    table: 'sys_ui_message',
    data: {
        key: 'it was opened by {0} staff',
        message: 'it was opened by {0} staff',
        language: 'en',
    },
})

Record({
    $id: Now.ID['msg_evidence_handoff'],
    table: 'sys_ui_message',
    data: {
        key: '{0} handed it over from its own group',
        message: '{0} handed it over from its own group',
        language: 'en',
    },
})

Record({
    $id: Now.ID['msg_evidence_department'],
    table: 'sys_ui_message',
    data: {
        key: 'the caller’s department is supported by {0}',
        message: 'the caller’s department is supported by {0}',
        language: 'en',
    },
})

Record({
    $id: Now.ID['msg_boomerang_to_partner'],
    table: 'sys_ui_message',
    data: {
        key: 'This ticket is an IT Partner escalation ({0}): Level 1 troubleshooting is done, so it must not go back to {1}’s own group {2}.',
        message: 'This ticket is an IT Partner escalation ({0}): Level 1 troubleshooting is done, so it must not go back to {1}’s own group {2}.',
        language: 'en',
    },
})

Record({
    $id: Now.ID['msg_boomerang_to_tier1'],
    table: 'sys_ui_message',
    data: {
        key: 'This ticket is an IT Partner escalation ({0}): Level 1 troubleshooting is done, so it must not go to the tier-1 group {1}.',
        message: 'This ticket is an IT Partner escalation ({0}): Level 1 troubleshooting is done, so it must not go to the tier-1 group {1}.',
        language: 'en',
    },
})

Record({
    $id: Now.ID['msg_boomerang_blocked'],
    table: 'sys_ui_message',
    data: {
        key: '{0} The assignment group was not changed. Ask an IT Partner Routing admin if it really belongs there.',
        message: '{0} The assignment group was not changed. Ask an IT Partner Routing admin if it really belongs there.',
        language: 'en',
    },
})

Record({
    $id: Now.ID['msg_boomerang_admin_override'],
    table: 'sys_ui_message',
    data: {
        key: '{0} Saved anyway because you are an IT Partner Routing admin.',
        message: '{0} Saved anyway because you are an IT Partner Routing admin.',
        language: 'en',
    },
})

Record({
    $id: Now.ID['msg_boomerang_warned'],
    table: 'sys_ui_message',
    data: {
        key: '{0} Saved anyway (the anti-boomerang policy is "warn").',
        message: '{0} Saved anyway (the anti-boomerang policy is "warn").',
        language: 'en',
    },
})

Record({
    $id: Now.ID['msg_send_not_applicable'],
    table: 'sys_ui_message',
    data: {
        key: 'Send to IT Partner does not apply to this ticket (any more); nothing was changed.',
        message: 'Send to IT Partner does not apply to this ticket (any more); nothing was changed.',
        language: 'en',
    },
})

Record({
    $id: Now.ID['msg_send_failed'],
    table: 'sys_ui_message',
    data: {
        key: 'Send to IT Partner failed; the ticket was not changed.',
        message: 'Send to IT Partner failed; the ticket was not changed.',
        language: 'en',
    },
})

Record({
    $id: Now.ID['msg_send_not_saved'],
    table: 'sys_ui_message',
    data: {
        key: 'Send to IT Partner: the ticket could not be saved; it stays where it was.',
        message: 'Send to IT Partner: the ticket could not be saved; it stays where it was.',
        language: 'en',
    },
})

Record({
    $id: Now.ID['msg_sent'],
    table: 'sys_ui_message',
    data: {
        key: 'Sent to {0}’s group {1}.',
        message: 'Sent to {0}’s group {1}.',
        language: 'en',
    },
})

Record({
    $id: Now.ID['msg_duplicate_department'],
    table: 'sys_ui_message',
    data: {
        key: 'Department {0} already has an active Partner department (IT Partner: {1}). Deactivate that Partner department first, or save this one as inactive.',
        message: 'Department {0} already has an active Partner department (IT Partner: {1}). Deactivate that Partner department first, or save this one as inactive.',
        language: 'en',
    },
})

Record({
    $id: Now.ID['msg_duplicate_red_flag'],
    table: 'sys_ui_message',
    data: {
        key: 'User {0} already has an active red flag (IT Partner: {1}). Deactivate that red flag first, or save this one as inactive.',
        message: 'User {0} already has an active red flag (IT Partner: {1}). Deactivate that red flag first, or save this one as inactive.',
        language: 'en',
    },
})

Record({
    $id: Now.ID['msg_route_invalid'],
    table: 'sys_ui_message',
    data: {
        key: 'This escalation route cannot be saved: {0}.',
        message: 'This escalation route cannot be saved: {0}.',
        language: 'en',
    },
})

Record({
    $id: Now.ID['msg_route_group_missing'],
    table: 'sys_ui_message',
    data: {
        key: 'its assignment group does not exist',
        message: 'its assignment group does not exist',
        language: 'en',
    },
})

Record({
    $id: Now.ID['msg_route_group_inactive'],
    table: 'sys_ui_message',
    data: {
        key: 'its assignment group "{0}" is inactive',
        message: 'its assignment group "{0}" is inactive',
        language: 'en',
    },
})

Record({
    $id: Now.ID['msg_route_table_missing'],
    table: 'sys_ui_message',
    data: {
        key: 'its table "{0}" does not exist',
        message: 'its table "{0}" does not exist',
        language: 'en',
    },
})

Record({
    $id: Now.ID['msg_route_condition_term'],
    table: 'sys_ui_message',
    data: {
        key: 'its condition term {0}',
        message: 'its condition term {0}',
        language: 'en',
    },
})

Record({
    $id: Now.ID['msg_route_term_no_table'],
    table: 'sys_ui_message',
    data: {
        key: 'its condition term "{0}" names a table that does not exist: {1}',
        message: 'its condition term "{0}" names a table that does not exist: {1}',
        language: 'en',
    },
})

Record({
    $id: Now.ID['msg_route_term_no_field'],
    table: 'sys_ui_message',
    data: {
        key: 'its condition term "{0}" names a field that {1} does not have: {2}',
        message: 'its condition term "{0}" names a field that {1} does not have: {2}',
        language: 'en',
    },
})

Record({
    $id: Now.ID['msg_route_term_not_reference'],
    table: 'sys_ui_message',
    data: {
        key: 'its condition term "{0}" dot-walks through {1}.{2}, which is not a reference field',
        message: 'its condition term "{0}" dot-walks through {1}.{2}, which is not a reference field',
        language: 'en',
    },
})

Record({
    $id: Now.ID['msg_partner_unreachable'],
    table: 'sys_ui_message',
    data: {
        key: 'This IT Partner has neither a support group nor a support stream: agents will not be told where to send its clients, and Send to IT Partner will not be offered.',
        message: 'This IT Partner has neither a support group nor a support stream: agents will not be told where to send its clients, and Send to IT Partner will not be offered.',
        language: 'en',
    },
})

Record({
    $id: Now.ID['msg_admin_warning'],
    table: 'sys_ui_message',
    data: {
        key: 'Warning: {0}',
        message: 'Warning: {0}',
        language: 'en',
    },
})

Record({
    $id: Now.ID['msg_config_check_clean'],
    table: 'sys_ui_message',
    data: {
        key: 'IT Partner Routing configuration check: no problems found.',
        message: 'IT Partner Routing configuration check: no problems found.',
        language: 'en',
    },
})

Record({
    $id: Now.ID['msg_config_check_problems'],
    table: 'sys_ui_message',
    data: {
        key: 'IT Partner Routing configuration check: {0} problem(s).',
        message: 'IT Partner Routing configuration check: {0} problem(s).',
        language: 'en',
    },
})

Record({
    $id: Now.ID['msg_config_check_problem'],
    table: 'sys_ui_message',
    data: {
        key: 'Configuration problem: {0}',
        message: 'Configuration problem: {0}',
        language: 'en',
    },
})

Record({
    $id: Now.ID['msg_config_check_failed'],
    table: 'sys_ui_message',
    data: {
        key: 'The IT Partner Routing configuration check could not run; see the system log.',
        message: 'The IT Partner Routing configuration check could not run; see the system log.',
        language: 'en',
    },
})
