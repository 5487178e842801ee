import { GlideRecord } from '@servicenow/glide'
import { parseCondition } from '../core/condition.ts'
import type { FieldProblem, RouteFacts } from '../core/admin-checks.ts'
import { isActive } from './records.ts'

/**
 * Another active row of the same app table with the same value in `field` (one query), as the name of its Partner,
 * or null. Used for "one active row per department / per red-flagged user".
 */
export function otherActiveRow(row: GlideRecord, field: string): { partner: string } | null {
    const value = row.getValue(field)
    if (!value) return null
    const other = new GlideRecord(row.getTableName())
    other.addQuery(field, value)
    other.addQuery('active', true)
    if (!row.isNewRecord()) other.addQuery('sys_id', '!=', row.getUniqueValue())
    other.setLimit(1)
    other.query()
    return other.next() ? { partner: other.getDisplayValue('partner') || '(unknown)' } : null
}

/** The facts checkRoute needs about a route being saved: its group, its table and its condition's fields. */
export function routeFacts(route: GlideRecord): RouteFacts {
    const table = route.getValue('table') || ''
    const condition = route.getValue('condition') || ''
    const parsed = parseCondition(condition)
    const tableExists = !!table && new GlideRecord(table).isValid()
    // "GlideRecord - Scoped", isEncodedQueryValid(String query) (Xanadu to Zurich): the platform's own reading decides
    // on operators the parser lacks; the parser still names the term and checks each field path.
    const platformValid = tableExists && new GlideRecord(table).isEncodedQueryValid(condition)
    const conditionProblems = platformValid || !tableExists ? parsed.problems : [...parsed.problems, ...parsed.unknownOperators]
    const fieldProblems: FieldProblem[] = []
    if (tableExists) {
        for (const field of parsed.fields) {
            const problem = fieldPathProblem(field.table ?? table, field.path, field.term)
            if (problem) fieldProblems.push(problem)
        }
    }
    return {
        active: isActive(route.getValue('active')),
        group: assignmentGroup(route),
        table,
        tableExists,
        condition,
        conditionProblems,
        fieldProblems,
        platformValid,
    }
}

function assignmentGroup(route: GlideRecord): RouteFacts['group'] {
    if (!route.getValue('assignment_group')) return null
    const group = route.getElement('assignment_group').getRefRecord()
    if (!group.isValidRecord()) return null
    return { name: group.getValue('name') || '', active: isActive(group.getValue('active')) }
}

/**
 * `caller_id.department.name` reads on incident when each step is a field and each step before the last is a
 * reference (GlideElement.getReferenceTable names its table). No query: dictionary reads only.
 */
function fieldPathProblem(table: string, path: string, term: string): FieldProblem | null {
    let record = new GlideRecord(table)
    if (!record.isValid()) return { term, reason: 'no_table', table, step: '' }
    let on = table
    const steps = path.split('.')
    for (let index = 0; index < steps.length; index++) {
        if (!record.isValidField(steps[index])) return { term, reason: 'no_field', table: on, step: steps[index] }
        if (index === steps.length - 1) break
        const next = record.getElement(steps[index]).getReferenceTable()
        if (!next) return { term, reason: 'not_reference', table: on, step: steps[index] }
        record = new GlideRecord(next)
        on = next
    }
    return null
}
