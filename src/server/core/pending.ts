import type { Decision } from './model.ts'

/**
 * Decisions a before rule made, carried on the ticket to the after rule that records them: a
 * decision row exists only for a save that happened. Values are sys_ids, as the decision row stores them.
 */
export interface PendingRow {
    partner: string
    signal: string
    outcome: string
    from_group: string
    to_group: string
    route: string
    reason: string
}

export interface Pending {
    /** Unique per save (the sys_mod_count the save will have), so two saves with the same decisions still differ. */
    save: string
    rows: PendingRow[]
}

/** The row a decision becomes; the reason is cut to the column's 1000 characters. */
export function pendingRow(decision: Decision): PendingRow {
    return {
        partner: decision.partner?.id ?? '',
        signal: decision.signal ?? '',
        outcome: decision.outcome,
        from_group: decision.fromGroup?.id ?? '',
        to_group: decision.toGroup?.id ?? '',
        route: decision.route?.id ?? '',
        reason: decision.reason.slice(0, 1000),
    }
}

/** The column's new value: this save's earlier decisions (same save token) plus the new one. */
export function addPending(column: string, save: string, decision: Decision): string {
    const earlier = readPending(column)
    const rows = earlier && earlier.save === save ? earlier.rows : []
    return JSON.stringify({ save, rows: [...rows, pendingRow(decision)] })
}

/** The column's decisions, or null when it is empty or not what addPending wrote. */
export function readPending(column: string | null): Pending | null {
    if (!column) return null
    let parsed: unknown
    try {
        parsed = JSON.parse(column)
    } catch {
        return null
    }
    const pending = parsed as Pending
    if (!pending || typeof pending.save !== 'string' || !Array.isArray(pending.rows)) return null
    return pending.rows.every(isRow) ? pending : null
}

const FIELDS: (keyof PendingRow)[] = ['partner', 'signal', 'outcome', 'from_group', 'to_group', 'route', 'reason']

function isRow(row: unknown): row is PendingRow {
    return !!row && typeof row === 'object' && FIELDS.every((field) => typeof (row as Record<string, unknown>)[field] === 'string')
}
