import { setFlagsFromString } from 'node:v8'

/**
 * The heap as a long replay wants it, set before the events are read. V8 lets the heap grow to several times what
 * was live after the last full collection; a replay keeps a large live set (every saved ticket) and makes much
 * short-lived garbage, so the history export of a million events peaked at 1.18 GB. Growing by 40% at most kept it
 * under 800 MB at no measured cost in speed (docs/replay.md "Scale"). A V8 flag, not a limit: a larger export still
 * gets the memory it needs. Node.js docs, "v8.setFlagsFromString(flags)"; the flag is --heap-growing-percent
 * (`node --v8-options`), read at each full collection.
 */
export function tuneHeap(): void {
    setFlagsFromString('--heap-growing-percent=40')
}
