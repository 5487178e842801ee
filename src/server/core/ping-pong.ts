/** The ping-pong metric: how often a Partner escalation changed hands, and how often it bounced. */
export interface PingPong {
    hops: number
    boomerangs: number
    pingPong: boolean
}

export interface GroupMove {
    /** The ticket was a proven Partner escalation before this save (its stamp in the previous image). */
    wasEscalation: boolean
    /** The group as saved differs from the previous one (a blocked boomerang puts it back: no hop). */
    groupChanged: boolean
    /** This save is a Partner's hand-off (the stamp became partner_handoff now): the escalation reaches IS&T, no hop. */
    handoff: boolean
    /** The guard found a boomerang in this save, blocked or warned. */
    boomerang: boolean
    hops: number
    boomerangs: number
}

/**
 * Counts one save. A hop is a change of group of a ticket that was already a Partner escalation, whoever made it
 * (an agent, an assignment rule or the app's own reroute): the save that makes a ticket an escalation is not a hop,
 * nor is a Partner's hand-off out of its own queue (a Partner-staff ticket is stamped while still with its Partner).
 * A boomerang tried counts whether blocked or warned; a warned one also moved the ticket, so it is a hop too.
 * Returns null when nothing changes.
 */
export function countMove(move: GroupMove, threshold: number): PingPong | null {
    const hops = whole(move.hops) + (move.wasEscalation && move.groupChanged && !move.handoff ? 1 : 0)
    const boomerangs = whole(move.boomerangs) + (move.boomerang ? 1 : 0)
    if (hops === whole(move.hops) && boomerangs === whole(move.boomerangs)) return null
    return { hops, boomerangs, pingPong: hops + boomerangs >= threshold }
}

/** A counter read from the ticket: anything but a whole number (empty, edited by hand) counts as 0. */
function whole(value: number): number {
    return Number.isInteger(value) && value > 0 ? value : 0
}
