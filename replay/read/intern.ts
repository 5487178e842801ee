/**
 * One string per value. JSON.parse makes a new string for every value, and what the replay keeps for a whole run
 * (saved tickets, the history's events, a million ticket rows while they load) would otherwise hold the same caller,
 * group or category a million times over.
 */
import type { Row } from './values.ts'

/** Distinct values an Interner keeps: bounds its memory when most values are unique (free text). */
const MAX_INTERNED = 200_000

export class Interner {
    private readonly known = new Map<string, string>()

    of(value: string): string {
        const known = this.known.get(value)
        if (known !== undefined) return known
        if (this.known.size < MAX_INTERNED) this.known.set(value, value)
        return value
    }
}

/** Distinct values of one column that SharedValues keeps: past it the column is taken as unique (sys_id, number, text). */
const MAX_SHARED_PER_COLUMN = 50_000

/**
 * Equal values of a table's column share one string, in place: the events built from the rows then share them too.
 * Column by column, so a column of unique values (sys_id, number) stops being tracked without costing the others.
 */
export class SharedValues {
    /** By column: its values so far, or null once it has too many to be worth sharing. */
    private readonly columns = new Map<string, Map<string, string> | null>()

    share(row: Row): void {
        for (const field in row) {
            let values = this.columns.get(field)
            if (values === null) continue
            if (!values) this.columns.set(field, (values = new Map()))
            const value = row[field]
            const known = values.get(value)
            if (known !== undefined) row[field] = known
            else if (values.size < MAX_SHARED_PER_COLUMN) values.set(value, value)
            else this.columns.set(field, null)
        }
    }
}
