/**
 * GlideDateTime ("GlideDateTime - Scoped", Xanadu to Zurich): only what the app uses. `new GlideDateTime()` is the
 * instance clock's current time; addDaysUTC adds whole days on the UTC calendar; getValue is the internal format
 * 'yyyy-MM-dd HH:mm:ss' in UTC. Any other constructor throws, as a gap of the emulator, not a platform rule.
 */
import { activeInstance } from './active.ts'

const DAY_MS = 86_400_000

export class GlideDateTime {
    #ms: number

    constructor(...args: unknown[]) {
        if (args.length) throw new Error('embedded Glide: new GlideDateTime(...) with arguments is not emulated')
        this.#ms = activeInstance().db.now()
    }

    addDaysUTC(days: number): void {
        this.#ms += Math.trunc(Number(days)) * DAY_MS
    }

    getValue(): string {
        return new Date(this.#ms).toISOString().slice(0, 19).replace('T', ' ')
    }
}
