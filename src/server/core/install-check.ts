/**
 * The installation check: what the instance must give the app at run time, from facts an adapter reads
 * (src/server/glide/install-facts.ts). One message per problem, each with its fix, and the settings an admin
 * compares with what they noted before the install. docs/install.md ("Check installation") explains each line.
 */
import { message, type Message } from './messages.ts'

/** The app's scope: its business rules and cross-scope privileges are the records of this scope. */
export const APP_SCOPE = 'x_bu_itpartner'

/** The ATF suite the app ships (src/fluent/atf/suite.now.ts). */
export const ATF_SUITE = 'IT Partner Routing'

/** The GlideQuery plugin, which global.GlideQuery needs ("GlideQuery - Scoped, Global": "requires the GlideQuery [com.sn_glidequery] plugin"). */
export const GLIDEQUERY_PLUGIN = 'com.sn_glidequery'

/**
 * Security Center's hardening property: when false, a scoped app may do only what a table's Application Access and
 * the app's cross-scope privileges allow; when true or absent, scoped GlideRecord may still create and update where
 * Application Access forbids it (Instance Security Hardening Settings, "Disable GlideRecord Scope Fencing Legacy
 * Behavior").
 */
export const HARDENING_PROPERTY = 'glide.record.legacy_cross_scope_access_policy_in_script'

export type RuleWhen = 'before' | 'after' | 'display'

/** The app's business rules on incident, as it ships them, and what stops when one does not run. */
export const INCIDENT_RULES: readonly { name: string; when: RuleWhen; effect: Message }[] = [
    { name: 'IT Partner escalation routing', when: 'before', effect: message('installEffectRouting') },
    { name: 'IT Partner anti-boomerang guard', when: 'before', effect: message('installEffectGuard') },
    { name: 'IT Partner decision log', when: 'after', effect: message('installEffectDecisionLog') },
    { name: 'IT Partner form banner', when: 'display', effect: message('installEffectBanner') },
]

export interface Privilege {
    /** The table (sys_db_object) or script include the app reaches in another scope. */
    target: string
    type: string
    operation: string
}

const table = (target: string, operation: string): Privilege => ({ target, type: 'sys_db_object', operation })

/** Every cross-scope privilege the app declares (src/fluent/security/privileges.now.ts). */
export const PRIVILEGES: readonly Privilege[] = [
    table('incident', 'read'),
    table('incident', 'write'),
    table('sys_user_group', 'read'),
    table('sys_user_grmember', 'read'),
    table('sys_user', 'read'),
    table('cmn_department', 'read'),
    table('sys_scope', 'read'),
    table('sys_script', 'read'),
    table('sys_scope_privilege', 'read'),
    table('sys_db_object', 'read'),
    table('sys_atf_test_suite', 'read'),
    table('sys_atf_test_suite_result', 'read'),
    { target: 'GlideQuery', type: 'sys_script_include', operation: 'execute' },
    { target: 'AbstractAjaxProcessor', type: 'sys_script_include', operation: 'execute' },
]

/** A table's Application Access and web service access as sys_db_object stores them. */
export interface TableAccess {
    /** `public` (All application scopes) or `package_private` (this scope only). */
    access: string
    read_access: boolean
    create_access: boolean
    update_access: boolean
    delete_access: boolean
    ws_access: boolean
    /** Allow configuration: new fields, UI actions, client scripts from other scopes. */
    alter_access: boolean
    actions_access: boolean
    client_scripts_access: boolean
    /** Caller access: 0 none, 1 caller tracking, 2 caller restriction. */
    caller_access: string
}

export interface SuiteResult {
    /** sys_created_on of the result. */
    when: string
    status: string
    passed: number
    failed: number
    errors: number
    skipped: number
}

export interface InstallationFacts {
    /** Whether the app's scope was found (sys_scope); without it, rules and privileges were not read. */
    scopeFound: boolean
    /** The app's business rules on incident. */
    rules: { name: string; active: boolean }[]
    /** The app's cross-scope privileges with their status (allowed, requested, denied). */
    privileges: (Privilege & { status: string })[]
    /** incident's sys_db_object row, or null when it could not be read. */
    incident: TableAccess | null
    /** The hardening property's value; null when it is not set. */
    hardening: string | null
    /** Whether the GlideQuery plugin is active; null when the instance would not say. */
    glideQueryActive: boolean | null
    /** Whether the shipped ATF suite is on the instance, and its newest result (null: never run). */
    atfSuiteFound: boolean
    atfLastResult: SuiteResult | null
}

export interface InstallationReport {
    problems: Message[]
    /** The settings shown whatever their value, for the admin to compare. */
    facts: Message[]
}

const ACCESS_FIELDS = [
    'read_access',
    'create_access',
    'update_access',
    'delete_access',
    'ws_access',
    'alter_access',
    'actions_access',
    'client_scripts_access',
] as const satisfies readonly (keyof TableAccess)[]

/** What an admin must fix for the app to run as designed, in the order the lines appear. */
export function checkInstallation(facts: InstallationFacts): InstallationReport {
    const hardened = facts.hardening === 'false'
    const problems = [...ruleProblems(facts), ...privilegeProblems(facts), ...incidentProblems(facts.incident, hardened)]
    if (facts.glideQueryActive === null) problems.push(message('installGlideQueryUnknown', GLIDEQUERY_PLUGIN))
    else if (!facts.glideQueryActive) problems.push(message('installGlideQueryInactive', GLIDEQUERY_PLUGIN))
    const shown: Message[] = []
    if (facts.incident) shown.push(message('installFactIncident', describeAccess(facts.incident)))
    if (hardened) shown.push(message('installFactHardened', HARDENING_PROPERTY))
    else if (facts.hardening === null) shown.push(message('installFactLegacyUnset', HARDENING_PROPERTY))
    else shown.push(message('installFactLegacy', HARDENING_PROPERTY, facts.hardening))
    if (!facts.atfSuiteFound) problems.push(message('installAtfSuiteMissing', ATF_SUITE))
    else if (!facts.atfLastResult) shown.push(message('installFactAtfNever', ATF_SUITE))
    else {
        const run = facts.atfLastResult
        if (run.status === 'success') shown.push(message('installFactAtfPassed', ATF_SUITE, run.when, String(run.passed)))
        else problems.push(message('installAtfFailed', ATF_SUITE, run.when, run.status, String(run.passed), String(run.failed), String(run.errors), String(run.skipped)))
    }
    return { problems, facts: shown }
}

function ruleProblems(facts: InstallationFacts): Message[] {
    if (!facts.scopeFound) return [message('installScopeMissing', APP_SCOPE)]
    const problems: Message[] = []
    for (const rule of INCIDENT_RULES) {
        const found = facts.rules.filter((candidate) => candidate.name === rule.name)
        if (!found.length) problems.push(message('installRuleMissing', rule.name, rule.when, rule.effect))
        else if (!found.some((candidate) => candidate.active)) problems.push(message('installRuleInactive', rule.name, rule.when, rule.effect))
    }
    return problems
}

function privilegeProblems(facts: InstallationFacts): Message[] {
    if (!facts.scopeFound) return []
    if (!facts.privileges.length) return [message('installPrivilegesNone')]
    const problems: Message[] = []
    for (const privilege of PRIVILEGES) {
        const found = facts.privileges.filter((row) => row.target === privilege.target && row.type === privilege.type && row.operation === privilege.operation)
        if (!found.length) problems.push(message('installPrivilegeMissing', privilege.operation, privilege.target))
        else if (!found.some((row) => row.status === 'allowed')) problems.push(message('installPrivilegeNotAllowed', privilege.operation, privilege.target, found[0].status || '(empty)'))
    }
    return problems
}

function incidentProblems(incident: TableAccess | null, hardened: boolean): Message[] {
    if (!incident) return [message('installIncidentUnreadable')]
    const problems: Message[] = []
    if (incident.access !== 'public') problems.push(message('installIncidentScope', incident.access || '(empty)'))
    if (!incident.read_access) problems.push(message('installIncidentRead'))
    if (!incident.update_access) problems.push(hardened ? message('installIncidentUpdate') : message('installIncidentUpdateLegacy', HARDENING_PROPERTY))
    const configuration = (['alter_access', 'actions_access', 'client_scripts_access'] as const).filter((field) => !incident[field])
    if (configuration.length) problems.push(message('installIncidentConfiguration', configuration.join(', ')))
    if (!incident.ws_access) problems.push(message('installIncidentWebServices'))
    return problems
}

/** The settings as sys_db_object names them, so an admin can compare them field by field. */
function describeAccess(incident: TableAccess): string {
    const flags = ACCESS_FIELDS.map((field) => `${field}=${incident[field]}`)
    return [`access=${incident.access}`, ...flags, `caller_access=${incident.caller_access || '0'}`].join(', ')
}
