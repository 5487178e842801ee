import { english, message, type Message } from './messages.ts'
import type { Decision, Evidence, Group, Route } from './model.ts'

/** Why the app treats the ticket as it does, in words an agent understands. */
export function evidenceMessage(evidence: Evidence): Message {
    const partner = evidence.partner.name
    switch (evidence.signal) {
        case 'red_flag':
            return message('evidenceRedFlag', partner)
        case 'partner_opener':
            return message('evidenceOpener', partner)
        case 'partner_handoff':
            return message('evidenceHandoff', partner)
        case 'department':
            return message('evidenceDepartment', partner)
    }
}

export function describeEvidence(evidence: Evidence): string {
    return english(evidenceMessage(evidence))
}

export function groupName(group: Group | null): string {
    return group ? group.name : '(none)'
}

export function routeName(route: Route): string {
    return `"${route.description || route.id}" (order ${route.order})`
}

const SIGNAL_LABEL: Record<Evidence['signal'], string> = {
    red_flag: 'red flag on the caller',
    partner_opener: 'opened by Partner staff',
    partner_handoff: "hand-off from the Partner's group",
    department: "caller in the Partner's department",
}

export function signalLabel(signal: Evidence['signal']): string {
    return SIGNAL_LABEL[signal]
}

/** The work note an agent reads on the ticket: who, why, where it went and by which route. */
export function workNoteFor(decision: Decision): string {
    const lines = ['IT Partner Routing']
    if (decision.partner && decision.signal) {
        lines.push(`IT Partner: ${decision.partner.name} (signal: ${signalLabel(decision.signal)}).`)
    }
    const moved = decision.toGroup && decision.toGroup.id !== decision.fromGroup?.id
    lines.push(
        moved
            ? `Assignment group: ${groupName(decision.fromGroup)} -> ${groupName(decision.toGroup)}.`
            : `Assignment group unchanged: ${groupName(decision.fromGroup)}.`,
    )
    if (decision.route) lines.push(`Route: ${routeName(decision.route)}.`)
    lines.push(decision.reason)
    return lines.join('\n')
}
