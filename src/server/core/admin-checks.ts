/** Validation of the admin tables, as pure decisions and messages (the Glide adapters gather the facts). */

export interface Verdict {
    /** Block the save (error message + abort) or let it through (warning message, if any). */
    block: boolean
    message: string | null
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
    const what = kind === 'department' ? `Department ${subject}` : `User ${subject}`
    const row = kind === 'department' ? 'Partner department' : 'red flag'
    return {
        block: true,
        message: `${what} already has an active ${row} (IT Partner: ${other.partner}). Deactivate that ${row} first, or save this one as inactive.`,
    }
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
}

/** An active route needs an active group; any route needs a table that exists and a condition that reads on it. */
export function checkRoute(facts: RouteFacts): Verdict {
    const problems: string[] = []
    if (facts.active && !facts.group) problems.push('its assignment group does not exist')
    else if (facts.active && facts.group && !facts.group.active)
        problems.push(`its assignment group "${facts.group.name}" is inactive`)
    if (!facts.tableExists) problems.push(`its table "${facts.table}" does not exist`)
    for (const problem of facts.conditionProblems) problems.push(`its condition term ${problem}`)
    if (facts.tableExists) for (const problem of facts.fieldProblems) problems.push(fieldProblemText(problem))
    if (!problems.length) return OK
    return { block: true, message: `This escalation route cannot be saved: ${problems.join('; ')}.` }
}

function fieldProblemText(problem: FieldProblem): string {
    const term = `its condition term "${problem.term}"`
    if (problem.reason === 'no_table') return `${term} names a table that does not exist: ${problem.table}`
    if (problem.reason === 'no_field') return `${term} names a field that ${problem.table} does not have: ${problem.step}`
    return `${term} dot-walks through ${problem.table}.${problem.step}, which is not a reference field`
}

/** A Partner nobody can be sent to: not blocked (it may still get escalations), but the admin is told. */
export function checkPartner(facts: { active: boolean; supportGroup: string; supportStream: string }): Verdict {
    if (!facts.active || facts.supportGroup || facts.supportStream.trim()) return OK
    return {
        block: false,
        message:
            'This IT Partner has neither a support group nor a support stream: agents will not be told where to send its clients, and Send to IT Partner will not be offered.',
    }
}
