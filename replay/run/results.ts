import type { ReplayEvent } from '../read/events/event.ts'
import type { EventResult } from './engine.ts'
import type { Progress } from './progress.ts'

/**
 * The results passed on one by one, after showing each with its event to `see` (the value figures, the report page),
 * with the progress reported. One generator rather than two: each layer costs a resume per event.
 */
export function* results(
    replayed: Iterable<{ event: ReplayEvent; result: EventResult }>,
    total: number,
    progress: Progress,
    see: (result: EventResult, event: ReplayEvent) => void,
): Generator<EventResult> {
    let index = 0
    for (const { event, result } of replayed) {
        progress.every(index++, total, 10_000, 'events replayed')
        see(result, event)
        yield result
    }
}
