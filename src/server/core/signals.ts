import type { DepartmentPolicy } from './config.ts'
import { ESCALATION_SIGNALS, SIGNAL_PRECEDENCE, type Evidence, type Signal } from './model.ts'

/** The evidence that names the decision: the first signal in precedence order, whatever order it was found in. */
export function strongest(evidence: readonly (Evidence | null | undefined)[]): Evidence | null {
    let best: Evidence | null = null
    for (const item of evidence) {
        if (item && (!best || rank(item.signal) < rank(best.signal))) best = item
    }
    return best
}

/** True when the signal makes the ticket an escalation under the department policy. */
export function escalates(signal: Signal, policy: DepartmentPolicy): boolean {
    return ESCALATION_SIGNALS.includes(signal) || (signal === 'department' && policy === 'escalate')
}

/** True for a signal that only a person can judge (a department client), never a proven escalation. */
export function isProvenEscalation(evidence: Evidence | null): evidence is Evidence {
    return !!evidence && ESCALATION_SIGNALS.includes(evidence.signal)
}

/** True when evidence of a weaker signal can no longer change the outcome. */
export function outranks(found: Evidence | null, signal: Signal): boolean {
    return !!found && rank(found.signal) < rank(signal)
}

function rank(signal: Signal): number {
    return SIGNAL_PRECEDENCE.indexOf(signal)
}
