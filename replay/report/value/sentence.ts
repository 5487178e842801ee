/** The value figures in the one sentence the text report, the JSON summary and the page all lead with. */
import type { ValueSummary } from './types.ts'

/** A count with thousands separators. */
export function formatCount(value: number): string {
    return value.toLocaleString('en-US', { maximumFractionDigits: 1 })
}

function plural(count: number, one: string, many = `${one}s`): string {
    return `${formatCount(count)} ${count === 1 ? one : many}`
}

/** "N Partner escalations would have skipped tier 1; M hops and H hours in tier-1 queues saved; K boomerangs stopped." */
export function valueSentence(summary: Omit<ValueSummary, 'sentence'>): string {
    const skipped = `${plural(summary.skipped_tier1, 'Partner escalation')} would have skipped tier 1`
    const hops = plural(summary.hops.saved, 'hop')
    const saved =
        summary.tier1_hours_saved === null
            ? `${hops} saved (hours in tier-1 queues: no times in the events)`
            : `${hops} and ${plural(summary.tier1_hours_saved, 'hour')} in tier-1 queues saved`
    return `${skipped}; ${saved}; ${plural(summary.boomerangs_stopped, 'boomerang')} stopped.`
}
