import { GlideRecord } from '@servicenow/glide'
import { parseCondition } from '../core/condition.ts'
import type { RouteFacts } from '../core/admin-checks.ts'
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
    const target = table ? new GlideRecord(table) : null
    const tableExists = !!target && target.isValid()
    return {
        active: isActive(route.getValue('active')),
        group: assignmentGroup(route),
        table,
        tableExists,
        condition,
        conditionProblems: parsed.problems,
        unknownFields: tableExists ? parsed.fields.filter((path) => !fieldPathExists(table, path)) : [],
    }
}

function assignmentGroup(route: GlideRecord): RouteFacts['group'] {
    if (!route.getValue('assignment_group')) return null
    const group = route.getElement('assignment_group').getRefRecord()
    if (!group.isValidRecord()) return null
    return { name: group.getValue('name') || '', active: isActive(group.getValue('active')) }
}

/** `caller_id.department.name` exists when each step is a field and each step before the last is a reference. */
function fieldPathExists(table: string, path: string): boolean {
    let record = new GlideRecord(table)
    const steps = path.split('.')
    for (let index = 0; index < steps.length; index++) {
        if (!record.isValidField(steps[index])) return false
        if (index === steps.length - 1) break
        const next = record.getElement(steps[index]).getReferenceTable()
        if (!next) return false
        record = new GlideRecord(next)
    }
    return true
}
