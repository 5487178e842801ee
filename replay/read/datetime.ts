/**
 * ServiceNow date-times, the one place the replay reads them. An instance exports a date-time as raw value
 * `YYYY-MM-DD hh:mm:ss` in UTC (the Table API's default sysparm_display_value=false, a list's Export > JSON or XML,
 * sys_audit's sys_created_on); a display value is in the exporting user's date format and time zone, so the replay
 * reads none. ISO 8601 is accepted where an admin writes a time by hand (an event's `at`).
 * ServiceNow docs: "Table API" (sysparm_display_value), "Export data from a list", "Viewing Sys Audit and Audit
 * Relationship Change tables" (oldvalue and newvalue of dates in UTC).
 */

/** `YYYY-MM-DD hh:mm:ss` (or ISO with T): checked by characters, as it runs on every event. */
export function isRawDateTime(date: string): boolean {
    const c = (i: number) => date.charCodeAt(i)
    const digit = (i: number) => c(i) >= 48 && c(i) <= 57
    return (
        date.length >= 19 && digit(0) && digit(3) && c(4) === 45 && c(7) === 45 && (c(10) === 32 || c(10) === 84) && c(13) === 58 && c(16) === 58 &&
        (date.length === 19 || !/[AP]M\s*$/i.test(date))
    )
}

/**
 * A date-time in a display format (`05/12/2026 10:00:00 AM`, `2026-12-05 10:00:00 AM`): what a list exported with
 * display values holds. The date check warns about those once; an event keeps no time rather than a wrong one.
 */
export function isDisplayDateTime(value: string): boolean {
    return !isRawDateTime(value) && /\d/.test(value) && /[AP]M$|\//.test(value.trim())
}

/** `YYYY-MM-DD hh:mm:ss` (the raw export form, UTC) or ISO 8601 in UTC, as `YYYY-MM-DD hh:mm:ss`; null when neither. */
export function rawDateTime(value: string): string | null {
    if (value.length === 19 && value.charCodeAt(10) === 32 && value.startsWith(checkedDay) && isClockTime(value)) return value
    const match = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})(?:\.\d+)?Z?$/.exec(value.trim())
    if (!match) return null
    if (Number.isNaN(Date.parse(`${match[1]}T${match[2]}Z`))) return null
    checkedDay = match[1]
    // The value itself when already in that form: a million tickets then hold one string for opened_at and `at`.
    const text = `${match[1]} ${match[2]}`
    return text === value ? value : text
}

/**
 * The day of the last date rawDateTime read (Date.parse accepted it): times of a history come in order, so most of
 * a million fall on the day before them, and the regular expression and Date.parse then run once a day, not once a
 * time (3 times per event: the history, the check, the replay).
 */
let checkedDay = '\u0000'

/** hh:mm:ss at 11..18 of `YYYY-MM-DD hh:mm:ss`, each in range (Date.parse accepts all of these, and more). */
function isClockTime(value: string): boolean {
    const two = (at: number, max: number) => {
        const tens = value.charCodeAt(at) - 48
        const ones = value.charCodeAt(at + 1) - 48
        return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 && tens * 10 + ones <= max
    }
    return value.charCodeAt(13) === 58 && value.charCodeAt(16) === 58 && two(11, 23) && two(14, 59) && two(17, 59)
}

/**
 * A date-time as the instance stores it (`YYYY-MM-DD hh:mm:ss`, UTC) or ISO 8601 (with `T`, an optional zone): ms
 * since 1970, or null when it is not one.
 */
export function timeOf(value: string | undefined): number | null {
    const match = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec((value ?? '').trim())
    if (!match) return null
    const [, y, mo, d, h, mi, s, zone] = match
    const local = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0))
    const check = new Date(local)
    if (check.getUTCDate() !== Number(d) || check.getUTCHours() !== Number(h) || Number(mi) > 59 || Number(s ?? 0) > 59) return null
    if (!zone || zone === 'Z') return local
    const offset = (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2))) * 60_000
    return zone[0] === '+' ? local - offset : local + offset
}

/** The date part of a date-time ("2026-11-02 14:03:00", or ISO) as midnight UTC, or null when it is not one. */
export function dayOf(value: string | undefined): Date | null {
    const match = /^(\d{4})-(\d{2})-(\d{2})/.exec((value ?? '').trim())
    if (!match) return null
    const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
    return Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(match[3]) ? null : date
}
