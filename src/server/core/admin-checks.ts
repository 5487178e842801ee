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

/** A field path of a route's condition that does not read on its table (found by the Glide adapter). */
export interface FieldProblem {
    /** The condition term as written. */
    term: string
    /** `no_table`: the related list's table does not exist; `no_field`: `table` has no field `step`;
     * `not_reference`: `step` of `table` is not a reference, so the path cannot dot-walk through it. */
    reason: 'no_table' | 'no_field' | 'not_reference'
    table: string
    step: string
}

export interface RouteFacts {
    active: boolean
    /** The assignment group, or null when the reference is empty or points at no group. */
    group: { name: string; active: boolean } | null
    table: string
    tableExists: boolean
    condition: string
    /** Parse problems of the condition (see parseCondition), each naming its term. */
    conditionProblems: string[]
    /** Field paths of the condition that do not read on the route's table (or a related list's table). */
    fieldProblems: FieldProblem[]
    /** GlideRecord.isEncodedQueryValid on the route's table (false when the table does not exist). */
    platformValid: boolean
}

/** An active route needs an active group; any route needs a table that exists and a condition that reads on it. */
export function checkRoute(facts: RouteFacts): Verdict {
    const problems: Message[] = []
    if (facts.active && !facts.group) problems.push(message('routeGroupMissing'))
    else if (facts.active && facts.group && !facts.group.active) problems.push(message('routeGroupInactive', facts.group.name))
    if (!facts.tableExists) problems.push(message('routeTableMissing', facts.table))
    for (const problem of facts.conditionProblems) problems.push(message('routeConditionTerm', problem))
    if (facts.tableExists) for (const problem of facts.fieldProblems) problems.push(fieldProblemText(problem))
    if (facts.tableExists && !facts.platformValid && !facts.conditionProblems.length && !facts.fieldProblems.length) {
        problems.push(message('routeConditionTerm', `"${facts.condition}" is not a valid encoded query on ${facts.table} (GlideRecord.isEncodedQueryValid)`))
    }
    if (!problems.length) return OK
    return { block: true, message: message('routeInvalid', problems) }
}

function fieldProblemText(problem: FieldProblem): Message {
    if (problem.reason === 'no_table') return message('routeTermNoTable', problem.term, problem.table)
    if (problem.reason === 'no_field') return message('routeTermNoField', problem.term, problem.table, problem.step)
    return message('routeTermNotReference', problem.term, problem.table, problem.step)
}

/** A Partner nobody can be sent to: not blocked (it may still get escalations), but the admin is told. */
export function checkPartner(facts: { active: boolean; supportGroup: string; supportStream: string }): Verdict {
    if (!facts.active || facts.supportGroup || facts.supportStream.trim()) return OK
    return { block: false, message: message('partnerUnreachable') }
}
