/** Small helpers shared by the embedded Glide implementation. */

/** A stored row: every value is a string, like the Table API's raw form ('' = empty). */
export type Row = Record<string, string>

/** Anything that renders itself as a Glide value (GlideElement, GlideRecord). */
interface Stringable {
    toString(): string
}

/** Coerces a script value to its stored string form: null/undefined become '', arrays become 'a,b'. */
export function toGlideString(value: unknown): string {
    if (value === null || value === undefined) return ''
    if (typeof value === 'string') return value
    if (Array.isArray(value)) return value.map(toGlideString).join(',')
    return (value as Stringable).toString()
}

/** Replaces {0}..{n} with args like gs.getMessage / gs.error; placeholders without an argument stay as written. */
export function formatMessage(template: string, args: readonly unknown[]): string {
    return template.replace(/\{(\d+)\}/g, (whole, index: string) => {
        const i = Number(index)
        return i < args.length && args[i] !== undefined ? toGlideString(args[i]) : whole
    })
}

/** Character codes of '0'..'9', 'a'..'f'. */
const HEX_CODES: readonly number[] = Array.from('0123456789abcdef', (c) => c.charCodeAt(0))
const ZERO = 48

/**
 * A string made of the character codes, stored flat. Concatenating short pieces (`a + b + c`) makes a tree of
 * 32-byte nodes over the pieces instead, and a stored ticket keeps its sys_id and stamps for the whole replay:
 * about 300 bytes per event at a million events (heap snapshot).
 */
function flat(codes: number[]): string {
    return String.fromCharCode.apply(null, codes)
}

/** Deterministic sys_id source (xorshift128), so replays and snapshots are reproducible run to run. */
export class IdSource {
    #s: [number, number, number, number]
    readonly #codes: number[] = new Array<number>(32).fill(ZERO)

    constructor(seed: number) {
        // splitmix32 spreads a small seed over the whole state; xorshift128 must not start at all zeros.
        let x = seed >>> 0
        const next = (): number => {
            x = (x + 0x9e3779b9) >>> 0
            let z = x
            z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0
            z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0
            return (z ^ (z >>> 16)) >>> 0
        }
        this.#s = [next() || 1, next(), next(), next()]
    }

    #word(): number {
        const s = this.#s
        let t = s[3]
        t ^= t << 11
        t ^= t >>> 8
        s[3] = s[2]
        s[2] = s[1]
        s[1] = s[0]
        t ^= s[0]
        t ^= s[0] >>> 19
        s[0] = t >>> 0
        return s[0]
    }

    /** 32 lowercase hex digits. */
    next(): string {
        const codes = this.#codes
        for (let i = 0; i < 32; i += 8) {
            const w = this.#word()
            for (let digit = 0; digit < 8; digit++) codes[i + digit] = HEX_CODES[(w >>> (28 - 4 * digit)) & 15]
        }
        return flat(codes)
    }
}

const DAY_MS = 86_400_000

/** How far `timeZone` (IANA) is ahead of UTC at the instant `ms`, in milliseconds (whole seconds). */
function zoneOffset(timeZone: string, ms: number): number {
    if (timeZone === 'UTC') return 0
    const parts = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
    }).formatToParts(new Date(ms))
    const part = (type: string) => Number(parts.find((entry) => entry.type === type)?.value)
    const local = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'))
    return local - Math.floor(ms / 1000) * 1000
}

/** Instance clock: a fixed start that advances one second per stamp, so sys_created_on orders rows deterministically. */
export class Clock {
    #ms: number
    // Stamps are taken on every save: the date part is formatted once per day, the time by arithmetic.
    #day = NaN
    /** 'YYYY-MM-DD hh:mm:ss' as character codes: the date part set once per day, the time written per stamp. */
    readonly #codes: number[] = new Array<number>(19).fill(ZERO)

    constructor(start: string) {
        const ms = Date.parse(start.replace(' ', 'T') + 'Z')
        if (Number.isNaN(ms)) throw new Error(`Clock: invalid start time "${start}" (expected "YYYY-MM-DD HH:mm:ss")`)
        this.#ms = ms
    }

    /**
     * The start (00:00:00) of the day `days` days before the last stamp in `timeZone` (IANA), as the UTC time in the same
     * form; does not advance.
     */
    daysAgoStart(days: number, timeZone = 'UTC'): string {
        const localDay = Math.floor((this.#ms + zoneOffset(timeZone, this.#ms)) / DAY_MS) - days
        const localStart = localDay * DAY_MS
        const start = localStart - zoneOffset(timeZone, localStart - zoneOffset(timeZone, localStart))
        return new Date(start).toISOString().slice(0, 19).replace('T', ' ')
    }

    /** The last stamp, in milliseconds since 1970 UTC; does not advance. */
    now(): number {
        return this.#ms
    }

    /** Next timestamp in the platform's 'YYYY-MM-DD HH:mm:ss' (UTC) form. */
    tick(): string {
        this.#ms += 1000
        const day = Math.floor(this.#ms / DAY_MS)
        if (day !== this.#day) {
            const iso = new Date(day * DAY_MS).toISOString()
            // Years outside 0000-9999 have a longer ISO form: format those stamps whole.
            if (iso.length !== 24) return new Date(this.#ms).toISOString().slice(0, 19).replace('T', ' ')
            this.#day = day
            for (let i = 0; i < 10; i++) this.#codes[i] = iso.charCodeAt(i)
            this.#codes[10] = 32
            this.#codes[13] = this.#codes[16] = 58
        }
        const seconds = Math.floor((this.#ms - day * DAY_MS) / 1000)
        two(this.#codes, 11, Math.floor(seconds / 3600))
        two(this.#codes, 14, Math.floor(seconds / 60) % 60)
        two(this.#codes, 17, seconds % 60)
        return flat(this.#codes)
    }
}

/** Writes n (0-99) as two digits at `at`. */
function two(codes: number[], at: number, n: number): void {
    codes[at] = ZERO + Math.floor(n / 10)
    codes[at + 1] = ZERO + (n % 10)
}

const paths = new Map<string, readonly string[]>()

/** A dot-walked path split into its fields; memoized, since matchers and getValue split the same few paths per row. */
export function pathParts(path: string): readonly string[] {
    let parts = paths.get(path)
    if (!parts) {
        parts = path.split('.')
        if (paths.size >= 5000) paths.clear()
        paths.set(path, parts)
    }
    return parts
}
