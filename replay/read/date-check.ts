/**
 * The dates a snapshot gives in a display format where the replay expects raw values: one warning per file (or per
 * events file), naming the first, since the fix is the same for all of them (export raw values).
 */
import { isRawDateTime } from './datetime.ts'
import type { RawRow } from './values.ts'

/** Date columns the replay reads (the page's weekly chart, `at` of an event): raw values are `YYYY-MM-DD hh:mm:ss`. */
const DATE_FIELDS = ['at', 'opened_at', 'sys_created_on', 'sys_updated_on'] as const

/**
 * Dates in a display format (`05/12/2026 10:00:00 AM`, `2026-12-05 10:00:00 AM`) where the replay expects the raw
 * `YYYY-MM-DD hh:mm:ss` (UTC): a list exported with display values. Counted per file, reported once with the first.
 */
export class DateCheck {
    private first: string | null = null
    private count = 0

    constructor(private readonly warn: (message: string) => void) {}

    check(file: string, index: number, unit: 'row' | 'event', number: string | undefined, ...values: (RawRow | undefined)[]): void {
        for (const value of values) {
            if (!value) continue
            for (const field of DATE_FIELDS) {
                const date = value[field]
                if (typeof date !== 'string' || !date || isRawDateTime(date)) continue
                this.count++
                this.first ??= `${file}: ${unit} ${index + 1}${number ? ` (${number})` : ''} has ${field} "${date.slice(0, 40)}"`
            }
        }
    }

    /** Reports what was found since the last report. */
    report(): void {
        if (!this.first) return
        this.warn(
            `${this.first}${this.count > 1 ? ` and ${this.count - 1} more date${this.count === 2 ? '' : 's'}` : ''} not in the raw format ` +
                'YYYY-MM-DD hh:mm:ss (UTC): display values, in the exporting user\'s date format and time zone, which the replay cannot read reliably. ' +
                'Export raw values (the Table API default, or the list\'s Export > JSON or Export > XML)',
        )
        this.first = null
        this.count = 0
    }
}
