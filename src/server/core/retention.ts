/** Decision log retention: how long `x_bu_itpartner_decision` rows are kept, and how much one run may delete. */

export const RETENTION_PROPERTY = 'x_bu_itpartner.decision_retention_days'
export const DEFAULT_RETENTION_DAYS = 365
/** Rows one query fetches and deletes. */
export const BATCH_SIZE = 500
/** Batches per run: a run deletes at most BATCH_SIZE * MAX_BATCHES rows; the rest waits for the next day's run. */
export const MAX_BATCHES = 20

export interface RetentionSetting {
    /** Days a decision is kept; null keeps every decision (the property is 0). */
    days: number | null
    /** Why the property's value was not used (the default applies), or null. */
    problem: string | null
}

/** The property's value: a whole number of days, 0 = keep forever; absent means the default; anything else is logged. */
export function parseRetentionDays(raw: string | null): RetentionSetting {
    const value = (raw ?? '').trim()
    if (!value) return { days: DEFAULT_RETENTION_DAYS, problem: null }
    if (!/^\d+$/.test(value)) {
        return {
            days: DEFAULT_RETENTION_DAYS,
            problem: `${RETENTION_PROPERTY} = "${value}" is not a whole number of days (0 keeps every decision); using ${DEFAULT_RETENTION_DAYS}`,
        }
    }
    const days = Number(value)
    return { days: days === 0 ? null : days, problem: null }
}

/** The log line of a run: how many rows it removed, and whether older rows are left for the next run. */
export function retentionSummary(days: number, cutoff: string, removed: number, capped: boolean): string {
    const more = capped ? `; it stopped at its limit of ${BATCH_SIZE * MAX_BATCHES} rows, the next run continues` : ''
    return `IT Partner Routing: decision retention (${days} days) removed ${removed} routing decision(s) created before ${cutoff}${more}`
}
