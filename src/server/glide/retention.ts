import { GlideRecord } from '@servicenow/glide'

/**
 * Deletes up to `limit` routing decisions created before `cutoff` ('YYYY-MM-DD HH:mm:ss'), one by one, and returns
 * how many. Per-row deleteRecord on a setLimit query, not deleteMultiple: "GlideRecord - Scoped", deleteMultiple():
 * setLimit() "does not limit the number of records that are deleted with deleteMultiple()"; "Delete all records from
 * a table" asks to limit the records deleted in one action with setLimit() so that the table is not locked.
 * Only the decision table: tickets and their journal are never read or changed.
 */
export function deleteDecisionsBefore(cutoff: string, limit: number): number {
    const decisions = new GlideRecord('x_bu_itpartner_decision')
    decisions.addQuery('sys_created_on', '<', cutoff)
    decisions.orderBy('sys_created_on')
    decisions.setLimit(limit)
    decisions.query()
    let removed = 0
    while (decisions.next()) if (decisions.deleteRecord()) removed++
    return removed
}
