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

/** '00'..'ff': a table is faster than toString(16) for the sys_ids of every insert. */
const HEX_BYTES: readonly string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'))

/** Deterministic sys_id source (xorshift128), so replays and snapshots are reproducible run to run. */
export class IdSource {
    #s: [number, number, number, number]

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
        let id = ''
        for (let i = 0; i < 4; i++) {
            const w = this.#word()
            id += HEX_BYTES[w >>> 24] + HEX_BYTES[(w >>> 16) & 255] + HEX_BYTES[(w >>> 8) & 255] + HEX_BYTES[w & 255]
        }
        return id
    }
}

const DAY_MS = 86_400_000

/** Instance clock: a fixed start that advances one second per stamp, so sys_created_on orders rows deterministically. */
export class Clock {
    #ms: number
    // Stamps are taken on every save: the date part is formatted once per day, the time by arithmetic.
    #day = NaN
    #datePart = ''

    constructor(start: string) {
        const ms = Date.parse(start.replace(' ', 'T') + 'Z')
        if (Number.isNaN(ms)) throw new Error(`Clock: invalid start time "${start}" (expected "YYYY-MM-DD HH:mm:ss")`)
        this.#ms = ms
    }

    /** The start (00:00:00 UTC) of the day `days` days before the last stamp, in the same form; does not advance. */
    daysAgoStart(days: number): string {
        const day = Math.floor(this.#ms / DAY_MS) - days
        return new Date(day * DAY_MS).toISOString().slice(0, 10) + ' 00:00:00'
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
            this.#datePart = iso.slice(0, 10) + ' '
        }
        const seconds = Math.floor((this.#ms - day * DAY_MS) / 1000)
        return this.#datePart + two(Math.floor(seconds / 3600)) + ':' + two(Math.floor(seconds / 60) % 60) + ':' + two(seconds % 60)
    }
}

function two(n: number): string {
    return n < 10 ? '0' + n : String(n)
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
