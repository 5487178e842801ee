import { groupMatches, isTier1, type Config } from './config.ts'
import type { Decision, Evidence, Group, Route } from './model.ts'
import { isProvenEscalation } from './signals.ts'
import { describeEvidence } from './text.ts'

export interface BoomerangInput {
    /** The strongest signal for the ticket (a department-only ticket is never guarded). */
    escalation: Evidence | null
    fromGroup: Group | null
    toGroup: Group | null
    /** The first specialty route matching the ticket, asked only when the target is tier 1. */
    specialtyRoute: () => Route | null
    isAdmin: boolean
    config: Config
}

export type BoomerangVerdict =
    | { verdict: 'allow' }
    | { verdict: 'block' | 'warn'; decision: Decision; message: string }

/** Behaviour 3: sending a proven escalation back to tier 1 or to the escalating Partner is a boomerang. */
export function checkBoomerang(input: BoomerangInput): BoomerangVerdict {
    const { escalation, toGroup, config } = input
    if (!config.enabled || config.boomerangPolicy === 'off') return { verdict: 'allow' }
    if (!isProvenEscalation(escalation) || !toGroup) return { verdict: 'allow' }
    if (groupMatches(input.fromGroup, toGroup.id)) return { verdict: 'allow' }

    const partner = escalation.partner
    const toPartner = !!partner.supportGroup && groupMatches(partner.supportGroup, toGroup.id)
    let specialty: Route | null = null
    if (!toPartner) {
        if (!isTier1(toGroup, config)) return { verdict: 'allow' }
        specialty = input.specialtyRoute()
        if (specialty) return { verdict: 'allow' }
    }

    const where = toPartner
        ? `back to ${partner.name}'s own group ${toGroup.name}`
        : `to the tier-1 group ${toGroup.name}`
    const why = `This ticket is an IT Partner escalation (${describeEvidence(escalation)}): Level 1 troubleshooting is done, so it must not go ${where}.`
    const block = config.boomerangPolicy === 'block' && !input.isAdmin
    const verdict = block ? 'block' : 'warn'
    const message = block
        ? `${why} The assignment group was not changed. Ask an IT Partner Routing admin if it really belongs there.`
        : input.isAdmin && config.boomerangPolicy === 'block'
          ? `${why} Saved anyway because you are an IT Partner Routing admin.`
          : `${why} Saved anyway (the anti-boomerang policy is "warn").`
    return {
        verdict,
        message,
        decision: {
            outcome: block ? 'boomerang_blocked' : 'boomerang_warned',
            signal: escalation.signal,
            partner,
            fromGroup: input.fromGroup,
            toGroup,
            route: null,
            reason: message,
        },
    }
}
