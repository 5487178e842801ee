import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'

/**
 * The installation check's texts (src/server/core/messages.ts, install*), in English, as sys_ui_message records: the
 * keys gs.getMessage looks up, so an instance can add translations. test/artifacts checks them against the list.
 */

Record({
    $id: Now.ID['msg_install_check_clean'],
    table: 'sys_ui_message',
    data: {
        key: 'IT Partner Routing installation check: no problems found.',
        message: 'IT Partner Routing installation check: no problems found.',
        language: 'en',
    },
})

Record({
    $id: Now.ID['msg_install_check_problems'],
    table: 'sys_ui_message',
    data: {
        key: 'IT Partner Routing installation check: {0} problem(s).',
        message: 'IT Partner Routing installation check: {0} problem(s).',
        language: 'en',
    },
})

Record({
    $id: Now.ID['msg_install_check_problem'],
    table: 'sys_ui_message',
    data: {
        key: 'Installation problem: {0}',
        message: 'Installation problem: {0}',
        language: 'en',
    },
})

Record({
    $id: Now.ID['msg_install_check_failed'],
    table: 'sys_ui_message',
    data: {
        key: 'The IT Partner Routing installation check could not run; see the system log.',
        message: 'The IT Partner Routing installation check could not run; see the system log.',
        language: 'en',
    },
})

Record({
    $id: Now.ID['msg_install_scope_missing'],
    table: 'sys_ui_message',
    data: {
        key: 'The app’s scope {0} could not be read (sys_scope), so its business rules and cross-scope privileges were not checked. Fix: check that IT Partner Routing is installed (System Applications > All) and that its cross-scope privilege to read sys_scope is Allowed.',
        message: 'The app’s scope {0} could not be read (sys_scope), so its business rules and cross-scope privileges were not checked. Fix: check that IT Partner Routing is installed (System Applications > All) and that its cross-scope privilege to read sys_scope is Allowed.',
        language: 'en',
    },
})

Record({
    $id: Now.ID['msg_install_rule_missing'],
    table: 'sys_ui_message',
    data: {
        key: 'The business rule "{0}" ({1}) is not on incident: {2}. Fix: install the app again; if the rule is still missing, the instance refuses this rule on another scope’s table (docs/install.md, Runtime requirements).',
        message: 'The business rule "{0}" ({1}) is not on incident: {2}. Fix: install the app again; if the rule is still missing, the instance refuses this rule on another scope’s table (docs/install.md, Runtime requirements).',
        language: 'en',
    },
})

Record({
    $id: Now.ID['msg_install_rule_inactive'],
    table: 'sys_ui_message',
    data: {
        key: 'The business rule "{0}" ({1}) is inactive: {2}. Fix: activate it (System Definition > Business Rules).',
        message: 'The business rule "{0}" ({1}) is inactive: {2}. Fix: activate it (System Definition > Business Rules).',
        language: 'en',
    },
})

Record({
    $id: Now.ID['msg_install_effect_routing'],
    table: 'sys_ui_message',
    data: {
        key: 'escalations are not routed past tier 1',
        message: 'escalations are not routed past tier 1',
        language: 'en',
    },
})

Record({
    $id: Now.ID['msg_install_effect_guard'],
    table: 'sys_ui_message',
    data: {
        key: 'escalations can be sent back to tier 1 (boomerangs are not stopped)',
        message: 'escalations can be sent back to tier 1 (boomerangs are not stopped)',
        language: 'en',
    },
})

Record({
    $id: Now.ID['msg_install_effect_decision_log'],
    table: 'sys_ui_message',
    data: {
        key: 'no routing decision rows are written',
        message: 'no routing decision rows are written',
        language: 'en',
    },
})

Record({
    $id: Now.ID['msg_install_effect_banner'],
    table: 'sys_ui_message',
    data: {
        key: 'every incident form asks the server once for its banner instead',
        message: 'every incident form asks the server once for its banner instead',
        language: 'en',
    },
})

Record({
    $id: Now.ID['msg_install_privileges_none'],
    table: 'sys_ui_message',
    data: {
        key: 'No cross-scope privilege of the app could be read (sys_scope_privilege): they were deleted, or the app may not read that table. Fix: check System Applications > Application Cross-Scope Access for the privileges docs/install.md lists, each with the status Allowed.',
        message: 'No cross-scope privilege of the app could be read (sys_scope_privilege): they were deleted, or the app may not read that table. Fix: check System Applications > Application Cross-Scope Access for the privileges docs/install.md lists, each with the status Allowed.',
        language: 'en',
    },
})

Record({
    $id: Now.ID['msg_install_privilege_missing'],
    table: 'sys_ui_message',
    data: {
        key: 'The cross-scope privilege {0} on {1} is missing: where the instance enforces cross-scope access, the app’s {0} of {1} is refused. Fix: install the app again, or add it in System Applications > Application Cross-Scope Access (source IT Partner Routing, status Allowed).',
        message: 'The cross-scope privilege {0} on {1} is missing: where the instance enforces cross-scope access, the app’s {0} of {1} is refused. Fix: install the app again, or add it in System Applications > Application Cross-Scope Access (source IT Partner Routing, status Allowed).',
        language: 'en',
    },
})

Record({
    $id: Now.ID['msg_install_privilege_not_allowed'],
    table: 'sys_ui_message',
    data: {
        key: 'The cross-scope privilege {0} on {1} has the status {2}: the app’s {0} of {1} is refused. Fix: set its status to Allowed (System Applications > Application Cross-Scope Access).',
        message: 'The cross-scope privilege {0} on {1} has the status {2}: the app’s {0} of {1} is refused. Fix: set its status to Allowed (System Applications > Application Cross-Scope Access).',
        language: 'en',
    },
})

Record({
    $id: Now.ID['msg_install_incident_unreadable'],
    table: 'sys_ui_message',
    data: {
        key: 'The Application Access of incident could not be read (sys_db_object). Fix: check it by hand: System Definition > Tables > Incident, tab Application Access (docs/install.md).',
        message: 'The Application Access of incident could not be read (sys_db_object). Fix: check it by hand: System Definition > Tables > Incident, tab Application Access (docs/install.md).',
        language: 'en',
    },
})

Record({
    $id: Now.ID['msg_install_incident_scope'],
    table: 'sys_ui_message',
    data: {
        key: 'incident is accessible from {0} only (Application Access, Accessible from): the app can neither read nor save tickets. Fix: set Accessible from to All application scopes.',
        message: 'incident is accessible from {0} only (Application Access, Accessible from): the app can neither read nor save tickets. Fix: set Accessible from to All application scopes.',
        language: 'en',
    },
})

Record({
    $id: Now.ID['msg_install_incident_read'],
    table: 'sys_ui_message',
    data: {
        key: 'incident does not let other scopes read it (Application Access, Can read is off): the app’s rules and the banner cannot read tickets. Fix: select Can read.',
        message: 'incident does not let other scopes read it (Application Access, Can read is off): the app’s rules and the banner cannot read tickets. Fix: select Can read.',
        language: 'en',
    },
})

Record({
    $id: Now.ID['msg_install_incident_update'],
    table: 'sys_ui_message',
    data: {
        key: 'incident does not let other scopes update it (Application Access, Can update is off): Send to IT Partner and the backfill cannot save tickets. Fix: select Can update.',
        message: 'incident does not let other scopes update it (Application Access, Can update is off): Send to IT Partner and the backfill cannot save tickets. Fix: select Can update.',
        language: 'en',
    },
})

Record({
    $id: Now.ID['msg_install_incident_update_legacy'],
    table: 'sys_ui_message',
    data: {
        key: 'incident does not let other scopes update it (Application Access, Can update is off): the app saves tickets only because {0} is not false; once it is false (Security Center’s recommended value), Send to IT Partner and the backfill cannot save tickets. Fix: select Can update.',
        message: 'incident does not let other scopes update it (Application Access, Can update is off): the app saves tickets only because {0} is not false; once it is false (Security Center’s recommended value), Send to IT Partner and the backfill cannot save tickets. Fix: select Can update.',
        language: 'en',
    },
})

Record({
    $id: Now.ID['msg_install_incident_configuration'],
    table: 'sys_ui_message',
    data: {
        key: 'incident’s Application Access has {0} off: the next install or upgrade of the app cannot change its columns, UI action and client scripts on incident. Fix: select Allow configuration (docs/install.md).',
        message: 'incident’s Application Access has {0} off: the next install or upgrade of the app cannot change its columns, UI action and client scripts on incident. Fix: select Allow configuration (docs/install.md).',
        language: 'en',
    },
})

Record({
    $id: Now.ID['msg_install_incident_web_services'],
    table: 'sys_ui_message',
    data: {
        key: 'incident’s web service access is off (ws_access=false): the Table API and other web services refuse incident. Fix: if it was on before the app was installed, select Allow access to this table via web services again.',
        message: 'incident’s web service access is off (ws_access=false): the Table API and other web services refuse incident. Fix: if it was on before the app was installed, select Allow access to this table via web services again.',
        language: 'en',
    },
})

Record({
    $id: Now.ID['msg_install_glide_query_inactive'],
    table: 'sys_ui_message',
    data: {
        key: 'The GlideQuery plugin ({0}) is not active: the backfill job (run) cannot stamp tickets. Fix: activate the plugin.',
        message: 'The GlideQuery plugin ({0}) is not active: the backfill job (run) cannot stamp tickets. Fix: activate the plugin.',
        language: 'en',
    },
})

Record({
    $id: Now.ID['msg_install_glide_query_unknown'],
    table: 'sys_ui_message',
    data: {
        key: 'Whether the GlideQuery plugin ({0}) is active could not be read (see the system log). Fix: check System Definition > Plugins; the backfill job (run) needs it.',
        message: 'Whether the GlideQuery plugin ({0}) is active could not be read (see the system log). Fix: check System Definition > Plugins; the backfill job (run) needs it.',
        language: 'en',
    },
})

Record({
    $id: Now.ID['msg_install_atf_suite_missing'],
    table: 'sys_ui_message',
    data: {
        key: 'The ATF suite "{0}" is not on this instance. Fix: install the app again; its tests come with it.',
        message: 'The ATF suite "{0}" is not on this instance. Fix: install the app again; its tests come with it.',
        language: 'en',
    },
})

Record({
    $id: Now.ID['msg_install_atf_failed'],
    table: 'sys_ui_message',
    data: {
        key: 'The last run of the ATF suite "{0}" ({1}) has the status {2}: {3} passed, {4} failed, {5} with errors, {6} skipped. Fix: open Automated Test Framework > Suite Results, read the failed steps, fix what they name and run the suite again.',
        message: 'The last run of the ATF suite "{0}" ({1}) has the status {2}: {3} passed, {4} failed, {5} with errors, {6} skipped. Fix: open Automated Test Framework > Suite Results, read the failed steps, fix what they name and run the suite again.',
        language: 'en',
    },
})

Record({
    $id: Now.ID['msg_install_fact_incident'],
    table: 'sys_ui_message',
    data: {
        key: 'incident’s Application Access and web service access as stored (sys_db_object): {0}. Compare them with what you noted before the install.',
        message: 'incident’s Application Access and web service access as stored (sys_db_object): {0}. Compare them with what you noted before the install.',
        language: 'en',
    },
})

Record({
    $id: Now.ID['msg_install_fact_hardened'],
    table: 'sys_ui_message',
    data: {
        key: '{0} is false: scoped apps get only what Application Access and their cross-scope privileges allow (Security Center’s recommended value).',
        message: '{0} is false: scoped apps get only what Application Access and their cross-scope privileges allow (Security Center’s recommended value).',
        language: 'en',
    },
})

Record({
    $id: Now.ID['msg_install_fact_legacy'],
    table: 'sys_ui_message',
    data: {
        key: '{0} is {1}: scoped GlideRecord may still save tables whose Application Access forbids it (the legacy behaviour). The app does not need it.',
        message: '{0} is {1}: scoped GlideRecord may still save tables whose Application Access forbids it (the legacy behaviour). The app does not need it.',
        language: 'en',
    },
})

Record({
    $id: Now.ID['msg_install_fact_legacy_unset'],
    table: 'sys_ui_message',
    data: {
        key: '{0} is not set: the platform behaves as if it were true (the legacy behaviour). The app does not need it.',
        message: '{0} is not set: the platform behaves as if it were true (the legacy behaviour). The app does not need it.',
        language: 'en',
    },
})

Record({
    $id: Now.ID['msg_install_fact_atf_passed'],
    table: 'sys_ui_message',
    data: {
        key: 'The last run of the ATF suite "{0}" ({1}) passed: {2} tests.',
        message: 'The last run of the ATF suite "{0}" ({1}) passed: {2} tests.',
        language: 'en',
    },
})

Record({
    $id: Now.ID['msg_install_fact_atf_never'],
    table: 'sys_ui_message',
    data: {
        key: 'The ATF suite "{0}" has no result on this instance. Run it on a sub-production instance before go-live (never on production) and read this check there.',
        message: 'The ATF suite "{0}" has no result on this instance. Run it on a sub-production instance before go-live (never on production) and read this check there.',
        language: 'en',
    },
})
