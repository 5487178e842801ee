import { groupMatches, isTier1, type Config } from './config.ts'
import type { Decision, Evidence, Group, Route } from './model.ts'
import { isProvenEscalation } from './signals.ts'
import { english, message, type Message } from './messages.ts'
import { evidenceMessage } from './text.ts'

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
    | { verdict: 'block' | 'warn'; decision: Decision; message: Message }

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

    const why = toPartner
        ? message('boomerangToPartner', evidenceMessage(escalation), partner.name, toGroup.name)
        : message('boomerangToTier1', evidenceMessage(escalation), toGroup.name)
    const block = config.boomerangPolicy === 'block' && !input.isAdmin
    const verdict = block ? 'block' : 'warn'
    const text = block
        ? message('boomerangBlocked', why)
        : input.isAdmin && config.boomerangPolicy === 'block'
          ? message('boomerangAdminOverride', why)
          : message('boomerangWarned', why)
    return {
        verdict,
        message: text,
        decision: {
            outcome: block ? 'boomerang_blocked' : 'boomerang_warned',
            signal: escalation.signal,
            partner,
            fromGroup: input.fromGroup,
            toGroup,
            route: null,
            reason: english(text),
        },
    }
}
