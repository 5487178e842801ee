import { groupMatches, isTier1, type Config } from './config.ts'
import type { Decision, Evidence, Group, Route } from './model.ts'
import { describeEvidence, groupName, routeName } from './text.ts'

/** What a save looks like to the routing rule. */
export interface TicketChange {
    action: 'insert' | 'update'
    group: Group | null
    /** The group before this update (update only). */
    previousGroup: Group | null
    /** The caller or the opener changed in this update. */
    partiesChanged: boolean
}

/** Which questions the routing rule must ask before it can decide; each costs queries, so ask only these. */
export interface RoutingPlan {
    evaluate: boolean
    /** The previous group may be a Partner's group handing the ticket over. */
    checkHandoff: boolean
    /** Caller and opener signals count (insert, or an update that changed them). */
    checkParties: boolean
}

const NOTHING: RoutingPlan = { evaluate: false, checkHandoff: false, checkParties: false }

/**
 * Behaviour 1's entry test. A group an agent chose that is not tier-1 is left alone; on update only a Partner
 * hand-off or a change of caller or opener is routed (any other move to tier 1 is the boomerang guard's business).
 */
export function planRouting(change: TicketChange, config: Config): RoutingPlan {
    if (!config.enabled) return NOTHING
    if (change.group && !isTier1(change.group, config)) return NOTHING
    if (change.action === 'insert') return { evaluate: true, checkHandoff: false, checkParties: true }
    const previous = change.previousGroup
    const checkHandoff = !!previous && previous.id !== change.group?.id && !isTier1(previous, config)
    const checkParties = change.partiesChanged
    return { evaluate: checkHandoff || checkParties, checkHandoff, checkParties }
}

export interface RoutingInput {
    escalation: Evidence
    group: Group | null
    /** Active routes for the ticket's table in ascending order. */
    routes: readonly Route[]
    /** Whether a route's condition matches the ticket (called lazily, in order). */
    matches: (route: Route) => boolean
    /** Resolves the default escalation group (asked only when no route applies); null when unset or unknown. */
    defaultGroup: () => Group | null
    config: Config
}

/** Chooses where an escalation goes: first matching route with a usable group, else the default group. */
export function decideRoute(input: RoutingInput): Decision {
    const { escalation, group, config } = input
    const why = `Escalation: ${describeEvidence(escalation)}.`
    const skipped: string[] = []
    for (const route of input.routes) {
        if (!input.matches(route)) continue
        if (!usable(route.group)) {
            const problem = route.group ? `"${route.group.name}" is inactive` : 'no longer exists'
            skipped.push(`Route ${routeName(route)} skipped: its group ${problem}.`)
            continue
        }
        const target = route.group as Group
        return isTier1(target, config)
            ? decision(input, 'kept_specialty', target, route, why, `Route ${routeName(route)} is a tier-1 specialty, so it stays with ${target.name}.`, skipped)
            : decision(input, 'rerouted', target, route, why, `Route ${routeName(route)} sends it to ${target.name}.`, skipped)
    }

    const fallback = config.defaultEscalationGroup ? input.defaultGroup() : null
    if (usable(fallback) && !isTier1(fallback, config)) {
        const reason = `No escalation route matched; sent to the default escalation group ${fallback!.name}.`
        return decision(input, 'rerouted', fallback, null, why, reason, skipped)
    }
    const noDefault = !config.defaultEscalationGroup
        ? 'no default escalation group is set'
        : fallback
          ? `the default escalation group "${fallback.name}" is ${usable(fallback) ? 'a tier-1 group' : 'inactive'}`
          : `the default escalation group "${config.defaultEscalationGroup}" was not found`
    const reason = `No escalation route matched and ${noDefault}; the group stays ${groupName(group)}.`
    return decision(input, 'no_target', group, null, why, reason, skipped)
}

// Built field by field, with no closure or spread: this runs for every escalation and both are slow paths in the JIT.
function decision(
    input: RoutingInput,
    outcome: Decision['outcome'],
    toGroup: Group | null,
    route: Route | null,
    why: string,
    reason: string,
    skipped: string[],
): Decision {
    return {
        outcome,
        signal: input.escalation.signal,
        partner: input.escalation.partner,
        fromGroup: input.group,
        toGroup,
        route,
        reason: skipped.length ? [why, reason, ...skipped].join(' ') : why + ' ' + reason,
    }
}

/** True when a decision moves the ticket. */
export function movesTicket(decision: Decision): boolean {
    return !!decision.toGroup && !groupMatches(decision.fromGroup, decision.toGroup.id)
}

function usable(group: Group | null): boolean {
    return !!group && group.active !== false
}
