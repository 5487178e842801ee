/**
 * Every text the server shows an agent or admin (error and info messages), by name. The text is its sys_ui_message
 * key, as for the client texts: gs.getMessage returns the key itself where no message exists ("GlideSystem - Scoped":
 * getMessage), so English needs no lookup. src/fluent/messages/server-messages.now.ts ships each key; a test checks
 * the built records against this list. No ASCII apostrophe: the platform fills {0}.. with java.text.MessageFormat,
 * where ' starts a quoted run that would swallow the placeholders after it; texts use ’ instead.
 */
export const MESSAGES = {
    evidenceRedFlag: 'the caller has a red flag as {0} staff',
    evidenceOpener: 'it was opened by {0} staff',
    evidenceHandoff: '{0} handed it over from its own group',
    evidenceDepartment: 'the caller’s department is supported by {0}',
    boomerangToPartner: 'This ticket is an IT Partner escalation ({0}): Level 1 troubleshooting is done, so it must not go back to {1}’s own group {2}.',
    boomerangToTier1: 'This ticket is an IT Partner escalation ({0}): Level 1 troubleshooting is done, so it must not go to the tier-1 group {1}.',
    boomerangBlocked: '{0} The assignment group was not changed. Ask an IT Partner Routing admin if it really belongs there.',
    boomerangAdminOverride: '{0} Saved anyway because you are an IT Partner Routing admin.',
    boomerangWarned: '{0} Saved anyway (the anti-boomerang policy is "warn").',
    sendNotApplicable: 'Send to IT Partner does not apply to this ticket (any more); nothing was changed.',
    sendFailed: 'Send to IT Partner failed; the ticket was not changed.',
    sendNotSaved: 'Send to IT Partner: the ticket could not be saved; it stays where it was.',
    sent: 'Sent to {0}’s group {1}.',
    duplicateDepartment: 'Department {0} already has an active Partner department (IT Partner: {1}). Deactivate that Partner department first, or save this one as inactive.',
    duplicateRedFlag: 'User {0} already has an active red flag (IT Partner: {1}). Deactivate that red flag first, or save this one as inactive.',
    routeInvalid: 'This escalation route cannot be saved: {0}.',
    routeGroupMissing: 'its assignment group does not exist',
    routeGroupInactive: 'its assignment group "{0}" is inactive',
    routeTableMissing: 'its table "{0}" does not exist',
    routeConditionTerm: 'its condition term {0}',
    routeTermNoTable: 'its condition term "{0}" names a table that does not exist: {1}',
    routeTermNoField: 'its condition term "{0}" names a field that {1} does not have: {2}',
    routeTermNotReference: 'its condition term "{0}" dot-walks through {1}.{2}, which is not a reference field',
    partnerUnreachable:
        'This IT Partner has neither a support group nor a support stream: agents will not be told where to send its clients, and Send to IT Partner will not be offered.',
    adminWarning: 'Warning: {0}',
    configCheckClean: 'IT Partner Routing configuration check: no problems found.',
    configCheckProblems: 'IT Partner Routing configuration check: {0} problem(s).',
    configCheckProblem: 'Configuration problem: {0}',
    configCheckFailed: 'The IT Partner Routing configuration check could not run; see the system log.',
    installCheckClean: 'IT Partner Routing installation check: no problems found.',
    installCheckProblems: 'IT Partner Routing installation check: {0} problem(s).',
    installCheckProblem: 'Installation problem: {0}',
    installCheckFailed: 'The IT Partner Routing installation check could not run; see the system log.',
    installScopeMissing:
        'The app’s scope {0} could not be read (sys_scope), so its business rules and cross-scope privileges were not checked. Fix: check that IT Partner Routing is installed (System Applications > All) and that its cross-scope privilege to read sys_scope is Allowed.',
    installRuleMissing:
        'The business rule "{0}" ({1}) is not on incident: {2}. Fix: install the app again; if the rule is still missing, the instance refuses this rule on another scope’s table (docs/install.md, Runtime requirements).',
    installRuleInactive: 'The business rule "{0}" ({1}) is inactive: {2}. Fix: activate it (System Definition > Business Rules).',
    installEffectRouting: 'escalations are not routed past tier 1',
    installEffectGuard: 'escalations can be sent back to tier 1 (boomerangs are not stopped)',
    installEffectDecisionLog: 'no routing decision rows are written',
    installEffectBanner: 'every incident form asks the server once for its banner instead',
    installPrivilegesNone:
        'No cross-scope privilege of the app could be read (sys_scope_privilege): they were deleted, or the app may not read that table. Fix: check System Applications > Application Cross-Scope Access for the privileges docs/install.md lists, each with the status Allowed.',
    installPrivilegeMissing:
        'The cross-scope privilege {0} on {1} is missing: where the instance enforces cross-scope access, the app’s {0} of {1} is refused. Fix: install the app again, or add it in System Applications > Application Cross-Scope Access (source IT Partner Routing, status Allowed).',
    installPrivilegeNotAllowed:
        'The cross-scope privilege {0} on {1} has the status {2}: the app’s {0} of {1} is refused. Fix: set its status to Allowed (System Applications > Application Cross-Scope Access).',
    installIncidentUnreadable:
        'The Application Access of incident could not be read (sys_db_object). Fix: check it by hand: System Definition > Tables > Incident, tab Application Access (docs/install.md).',
    installIncidentScope:
        'incident is accessible from {0} only (Application Access, Accessible from): the app can neither read nor save tickets. Fix: set Accessible from to All application scopes.',
    installIncidentRead: 'incident does not let other scopes read it (Application Access, Can read is off): the app’s rules and the banner cannot read tickets. Fix: select Can read.',
    installIncidentUpdate:
        'incident does not let other scopes update it (Application Access, Can update is off): Send to IT Partner and the backfill cannot save tickets. Fix: select Can update.',
    installIncidentUpdateLegacy:
        'incident does not let other scopes update it (Application Access, Can update is off): the app saves tickets only because {0} is not false; once it is false (Security Center’s recommended value), Send to IT Partner and the backfill cannot save tickets. Fix: select Can update.',
    installIncidentConfiguration:
        'incident’s Application Access has {0} off: the next install or upgrade of the app cannot change its columns, UI action and client scripts on incident. Fix: select Allow configuration (docs/install.md).',
    installIncidentWebServices:
        'incident’s web service access is off (ws_access=false): the Table API and other web services refuse incident. Fix: if it was on before the app was installed, select Allow access to this table via web services again.',
    installGlideQueryInactive: 'The GlideQuery plugin ({0}) is not active: the backfill job (run) cannot stamp tickets. Fix: activate the plugin.',
    installGlideQueryUnknown:
        'Whether the GlideQuery plugin ({0}) is active could not be read (see the system log). Fix: check System Definition > Plugins; the backfill job (run) needs it.',
    installAtfSuiteMissing: 'The ATF suite "{0}" is not on this instance. Fix: install the app again; its tests come with it.',
    installAtfFailed:
        'The last run of the ATF suite "{0}" ({1}) has the status {2}: {3} passed, {4} failed, {5} with errors, {6} skipped. Fix: open Automated Test Framework > Suite Results, read the failed steps, fix what they name and run the suite again.',
    installFactIncident: 'incident’s Application Access and web service access as stored (sys_db_object): {0}. Compare them with what you noted before the install.',
    installFactHardened: '{0} is false: scoped apps get only what Application Access and their cross-scope privileges allow (Security Center’s recommended value).',
    installFactLegacy: '{0} is {1}: scoped GlideRecord may still save tables whose Application Access forbids it (the legacy behaviour). The app does not need it.',
    installFactLegacyUnset: '{0} is not set: the platform behaves as if it were true (the legacy behaviour). The app does not need it.',
    installFactAtfPassed: 'The last run of the ATF suite "{0}" ({1}) passed: {2} tests.',
    installFactAtfNever:
        'The ATF suite "{0}" has no result on this instance. Run it on a sub-production instance before go-live (never on production) and read this check there.',
} as const

export type MessageName = keyof typeof MESSAGES

/** A value for a placeholder: plain text (a name, a number), another message, or a list of messages ("; "-joined). */
export type MessageArg = string | Message | readonly Message[]

/** A text to show a person: its sys_ui_message key and the values of its {0}, {1}, ... */
export interface Message {
    readonly key: string
    readonly args: readonly MessageArg[]
}

export function message(name: MessageName, ...args: MessageArg[]): Message {
    return { key: MESSAGES[name], args }
}

/** The English text, e.g. for a decision row or a work note (records keep one language). */
export function english(text: Message): string {
    return fill(text.key, text.args.map((arg) => argText(arg, english)))
}

/** A placeholder value rendered with `render` for nested messages. */
export function argText(arg: MessageArg, render: (text: Message) => string): string {
    if (typeof arg === 'string') return arg
    if (Array.isArray(arg)) return (arg as readonly Message[]).map(render).join('; ')
    return render(arg as Message)
}

function fill(template: string, values: readonly string[]): string {
    return template.replace(/\{(\d+)\}/g, (whole, index: string) => values[Number(index)] ?? whole)
}
