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
