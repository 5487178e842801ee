/** The value tracker's per-ticket state: ticket numbers as compact keys, and typed-array columns by ticket id. */

/** No group, no text. */
export const NONE = -1

/** Flags of a ticket (a bit each). */
export const FLAG = {
    /** Its stamp held an escalation signal after one of its events. */
    ESCALATION: 1,
    /** Really in a tier-1 group now. */
    IN_STAY: 2,
    /** Some of the current tier-1 stay passed while the app had the ticket in another group. */
    STAY_COUNTS: 4,
    /** A counted part of the current stay has no known length. */
    STAY_UNMEASURED: 8,
    /** The actual path has reached an escalation group. */
    ACTUAL_REACHED: 16,
    /** The actual path had a tier-1 station before its first escalation group. */
    ACTUAL_TIER1_FIRST: 32,
    APP_REACHED: 64,
    APP_TIER1_FIRST: 128,
} as const

/**
 * Ticket numbers as compact keys: a number like the first one seen (same prefix, same length, digits after the
 * prefix) is kept as a number, any other as its text. At a million tickets this halves the index's memory.
 */
export class TicketIndex {
    private readonly index = new Map<string | number, number>()
    private readonly texts = new Map<number, string>()
    private prefix: string | null = null
    private width = 0

    get size(): number {
        return this.index.size
    }

    get(number: string): number | undefined {
        return this.index.get(this.key(number))
    }

    add(number: string): number {
        if (this.prefix === null) {
            this.prefix = /^\D*/.exec(number)![0]
            this.width = number.length
        }
        const id = this.index.size
        const key = this.key(number)
        this.index.set(key, id)
        if (typeof key === 'string') this.texts.set(id, number)
        return id
    }

    /** The numbers by id, in the order they were added. */
    *numbers(): Generator<[string, number]> {
        for (const [key, id] of this.index) yield [typeof key === 'string' ? key : this.prefix! + String(key).padStart(this.width - this.prefix!.length, '0'), id]
    }

    /** Read digit by digit: looked up twice per event, where a slice, a regex and Number() cost a few percent. */
    private key(number: string): string | number {
        const prefix = this.prefix ?? ''
        if (number.length !== this.width || !number.startsWith(prefix)) return number
        const digits = number.length - prefix.length
        if (digits === 0 || digits > 15) return number
        let value = 0
        for (let i = prefix.length; i < number.length; i++) {
            const digit = number.charCodeAt(i) - 48
            if (digit < 0 || digit > 9) return number
            value = value * 10 + digit
        }
        return value
    }
}

/** Per-ticket state in columns (typed arrays by ticket id), grown by doubling: a few dozen bytes per ticket. */
export class Columns {
    capacity = 1024
    actualGroup = new Int32Array(this.capacity)
    appGroup = new Int32Array(this.capacity)
    /** The last station of each path, and the stations and tier-1 stations each path has. */
    actualLast = new Int32Array(this.capacity)
    appLast = new Int32Array(this.capacity)
    actualStations = new Int32Array(this.capacity)
    appStations = new Int32Array(this.capacity)
    actualTier1 = new Int32Array(this.capacity)
    appTier1 = new Int32Array(this.capacity)
    /** Time of the ticket's last event (ms), NaN when it had none. */
    lastTime = new Float64Array(this.capacity)
    /** Counted time of the current tier-1 stay (ms), committed when the stay ends with a move out of tier 1. */
    pending = new Float64Array(this.capacity)
    saved = new Float64Array(this.capacity)
    unmeasured = new Int32Array(this.capacity)
    /** Moves the app blocked: after the actual ticket reached an escalation group (boomerangs), before it (moot). */
    boomerangs = new Int32Array(this.capacity)
    moot = new Int32Array(this.capacity)
    /** Boomerangs of the actual history that the app let through with a warning. */
    warned = new Int32Array(this.capacity)
    flags = new Uint8Array(this.capacity)
    /** Interned texts (NONE: none): the Partner and signal of the last escalation stamp; a department stamp's Partner. */
    partner = new Int32Array(this.capacity)
    signal = new Int32Array(this.capacity)
    department = new Int32Array(this.capacity)

    ensure(id: number): void {
        if (id < this.capacity) return
        const capacity = this.capacity * 2
        for (const [name, column] of Object.entries(this) as [keyof this, unknown][]) {
            if (!ArrayBuffer.isView(column)) continue
            const grown = new (column.constructor as Int32ArrayConstructor)(capacity)
            grown.set(column as Int32Array)
            ;(this[name] as unknown) = grown
        }
        this.capacity = capacity
    }
}
