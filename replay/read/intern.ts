/** Distinct values an Interner keeps: bounds its memory when most values are unique (free text). */
const MAX_INTERNED = 200_000

/**
 * One string per value: JSON.parse makes a new string for every value, and what the replay keeps for a whole run
 * (saved tickets, the history's events) would otherwise hold the same caller, group or category a million times over.
 */
export class Interner {
    private readonly known = new Map<string, string>()

    of(value: string): string {
        const known = this.known.get(value)
        if (known !== undefined) return known
        if (this.known.size < MAX_INTERNED) this.known.set(value, value)
        return value
    }
}
