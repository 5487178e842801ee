/** The value's files: `--summary FILE` (one JSON object) and `--tickets FILE` (JSON Lines, one object per ticket). */
import type { Sink } from '../output.ts'
import type { ValueTracker } from './tracker.ts'

/** The summary object: the value's figures (other keys may join them). */
export async function writeSummary(file: Sink, tracker: ValueTracker, snapshot: string): Promise<void> {
    await file.write(JSON.stringify({ snapshot, ...tracker.summary() }, null, 2) + '\n')
}

/** One line per ticket, in the order of its first event, written as it goes (never the whole file in memory). */
export async function writeTickets(file: Sink, tracker: ValueTracker): Promise<void> {
    for (const ticket of tracker.ticketValues()) {
        const pending = file.write(JSON.stringify(ticket) + '\n')
        if (pending) await pending
    }
}
