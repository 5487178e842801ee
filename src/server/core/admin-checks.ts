/** Validation of the admin tables, as pure decisions and messages (the Glide adapters gather the facts). */
import { message, type Message } from './messages.ts'

export interface Verdict {
    /** Block the save (error message + abort) or let it through (warning message, if any). */
    block: boolean
    message: Message | null
}

const OK: Verdict = { block: false, message: null }

/** One active Partner department row per department, one active red flag per user. */
export function checkUnique(
    kind: 'department' | 'red flag',
    subject: string,
    active: boolean,
    other: { partner: string } | null,
): Verdict {
    if (!active || !other) return OK
    return { block: true, message: message(kind === 'department' ? 'duplicateDepartment' : 'duplicateRedFlag', subject, other.partner) }
}

export interface RouteFacts {
    active: boolean
    /** The assignment group, or null when the reference is empty or points at no group. */
    group: { name: string; active: boolean } | null
    table: string
    tableExists: boolean
    condition: string
    /** Parse problems of the condition (see parseCondition). */
    conditionProblems: string[]
    /** Field paths of the condition that do not exist on the route's table. */
    unknownFields: string[]
}

/** An active route needs an active group; any route needs a table that exists and a condition that reads on it. */
export function checkRoute(facts: RouteFacts): Verdict {
    const problems: Message[] = []
    if (facts.active && !facts.group) problems.push(message('routeGroupMissing'))
    else if (facts.active && facts.group && !facts.group.active) problems.push(message('routeGroupInactive', facts.group.name))
    if (!facts.tableExists) problems.push(message('routeTableMissing', facts.table))
    for (const problem of facts.conditionProblems) problems.push(message('routeConditionTerm', problem))
    if (facts.tableExists && facts.unknownFields.length)
        problems.push(message('routeUnknownFields', facts.table, facts.unknownFields.join(', ')))
    if (!problems.length) return OK
    return { block: true, message: message('routeInvalid', problems) }
}

/** A Partner nobody can be sent to: not blocked (it may still get escalations), but the admin is told. */
export function checkPartner(facts: { active: boolean; supportGroup: string; supportStream: string }): Verdict {
    if (!facts.active || facts.supportGroup || facts.supportStream.trim()) return OK
    return { block: false, message: message('partnerUnreachable') }
}
