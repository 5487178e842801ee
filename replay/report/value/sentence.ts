/** The value's figures in words: one sentence for a manager, counts with thousands separators and singulars. */
import type { ValueSummary } from './types.ts'

/** A count with thousands separators. */
export function formatCount(value: number): string {
    return value.toLocaleString('en-US', { maximumFractionDigits: 1 })
}

/** "1 ticket", "2 tickets". */
export function plural(count: number, one: string, many = `${one}s`): string {
    return `${formatCount(count)} ${count === 1 ? one : many}`
}

/**
 * "Of E Partner escalations, N would have skipped tier 1 and S already went straight; M hops and H hours in tier-1
 * queues saved; K boomerangs stopped."
 */
export function valueSentence(summary: Omit<ValueSummary, 'sentence'>): string {
    const n = formatCount
    const escalations = `Of ${plural(summary.partner_escalations, 'Partner escalation')}, ${n(summary.skipped_tier1)} would have skipped tier 1 and ${n(summary.went_straight)} already went straight`
    const hops = plural(summary.hops.saved, 'hop')
    const saved =
        summary.tier1_hours_saved === null
            ? `${hops} saved (hours in tier-1 queues: no times in the events)`
            : `${hops} and ${plural(summary.tier1_hours_saved, 'hour')} in tier-1 queues saved`
    return `${escalations}; ${saved}; ${plural(summary.boomerangs_stopped, 'boomerang')} stopped.`
}
