import type { EventResult } from '../run/engine.ts'
import type { Sink } from './output.ts'

/**
 * `--json`: one array of the event results (design.md "Replay (contract)"), streamed: the first result is written
 * before the last is computed, and the replay waits while the reader is behind.
 */
export async function writeJson(sink: Sink, results: Iterable<EventResult>): Promise<void> {
    let first = true
    for (const result of results) {
        const pending = sink.write((first ? '[\n' : ',\n') + JSON.stringify(result))
        if (pending) await pending
        first = false
    }
    await sink.write(first ? '[]\n' : '\n]\n')
}
