/**
 * The readable report, the replay's default output: the properties in effect, the snapshot's warnings and the
 * configuration check, one block per event, the counts, and what the app would have saved.
 */
import { DEFAULTS } from '../../../src/server/core/config.ts'
import type { Snapshot } from '../../read/snapshot.ts'
import type { EventResult, ReplayEngine, Stamp } from '../../run/engine.ts'
import { propertiesInEffect } from '../properties.ts'
import { ticketGroups } from '../ticket-groups.ts'
import { formatCount, plural } from '../value/sentence.ts'
import type { ValueSummary } from '../value/types.ts'
import { GroupHistory, SummaryBuilder, type ReplaySummary } from './summary.ts'
import { clip, WIDTH, wrap } from './wrap.ts'

/** Event line columns: number, action, outcome, from → to, Partner, signal (2 spaces between). */
const COLUMNS = { number: 10, action: 6, outcome: 17, flow: 38, partner: 24, signal: 15 } as const

export interface ReadableInput {
    engine: Pick<ReplayEngine, 'run'>
    snapshot: Snapshot
    /** Configuration problems, printed before the results. */
    configurationProblems?: string[]
    /** What the app would have saved, read once every result has been seen. */
    value?: () => ValueSummary
    /**
     * The group the ticket of the result just run had before its event, when the caller already tracks each ticket's
     * group (the value summary); otherwise the report tracks them itself.
     */
    had?: (result: EventResult) => string | null
}

/**
 * The whole readable report: properties and configuration check, one block per event, then the summary.
 * `write` returns a promise when the reader is behind: the report waits for it before the next event.
 */
export async function readableReport(input: ReadableInput, dir: string, write: (text: string) => Promise<void> | void): Promise<ReplaySummary> {
    const { snapshot } = input
    write(`Replay of ${dir} (${snapshot.events.length} events)\n\n`)
    write(propertyLines(snapshot).join('\n') + '\n\n')
    if (snapshot.warnings.length) {
        write(`Snapshot warnings: ${snapshot.warnings.length}\n`)
        for (const warning of snapshot.warnings) write(wrap(warning, '  ! ', '    ').join('\n') + '\n')
        write('\n')
    }
    const problems = input.configurationProblems ?? []
    write(`Configuration check: ${problems.length ? `${problems.length} problem${problems.length === 1 ? '' : 's'}` : 'no problems'}\n`)
    for (const problem of problems) write(wrap(problem, '  - ', '    ').join('\n') + '\n')
    write('\n' + header() + '\n')
    const history = input.had ? null : new GroupHistory(ticketGroups(snapshot))
    const summary = new SummaryBuilder()
    for (const result of input.engine.run()) {
        const had = history ? history.had(result) : input.had!(result)
        history?.record(result)
        summary.add(result, result.action === 'update' ? had : result.group_before)
        const pending = write(eventBlock(result, had).join('\n') + '\n\n')
        if (pending) await pending
    }
    const totals = summary.result()
    await write('\n' + summaryLines(totals).join('\n') + '\n')
    if (input.value) await write('\n' + valueLines(input.value()).join('\n') + '\n')
    return totals
}

/** The app properties as the replay applies them: the snapshot's value, or the default when it has none. */
function propertyLines(snapshot: Snapshot): string[] {
    const properties = propertiesInEffect(snapshot.tables.get('sys_properties') ?? [])
    const lines = ['Properties in effect:']
    for (const property of properties) {
        const source = property.given !== undefined ? 'sys_properties' : `default${DEFAULTS[property.key] ? '' : ': empty'}`
        lines.push(clip(`  ${property.name.padEnd(42)}${property.effective || '(empty)'}  (${source})`, WIDTH))
    }
    for (const { problem } of properties) if (problem) lines.push(...wrap(problem, '  ! ', '    '))
    return lines
}

function header(): string {
    const line = cells({ number: 'number', action: 'action', outcome: 'outcome', flow: 'group from → to', partner: 'Partner', signal: 'signal' })
    return `${line}\n${Object.values(COLUMNS)
        .map((width) => '-'.repeat(width))
        .join('  ')}`
}

/** One line of at most WIDTH columns, then the groups of an update, the reason, banner, warnings and notes wrapped. */
export function eventBlock(result: EventResult, had: string | null): string[] {
    const from = result.action === 'update' ? had : result.group_before
    const flow = from === result.group_after ? `${name(from)} (unchanged)` : `${name(from)} → ${name(result.group_after)}`
    const lines = [
        cells({
            number: result.number,
            action: result.action,
            outcome: result.outcome,
            flow,
            partner: result.partner ?? '-',
            signal: result.signal ?? '-',
        }),
    ]
    if (result.action === 'update') {
        lines.push(
            ...wrap(
                `had ${name(had)}; the save asked for ${name(result.group_before)}; it kept ${name(result.group_after)}` +
                    (result.blocked ? ' (the app refused the move)' : ''),
                '    groups: ',
            ),
        )
    }
    if (result.reason) lines.push(...wrap(result.reason, '    reason: '))
    if (result.stamp?.signal) lines.push(...wrap(stampText(result.stamp), '    stamp: '))
    if (result.banner) lines.push(...bannerLines(result.banner))
    if (result.work_notes) {
        result.work_notes.split('\n').forEach((paragraph, index) => lines.push(...wrap(paragraph, index ? '                ' : '    work notes: ')))
    }
    for (const warning of result.warnings) lines.push(...wrap(warning, '    warning: '))
    for (const note of result.notes ?? []) lines.push(...wrap(note, '    note: '))
    return lines
}

/** Banner blocks already wrapped: a replay shows the same few banners on many tickets. */
const bannerBlocks = new Map<string, readonly string[]>()

function bannerLines(banner: string): readonly string[] {
    let lines = bannerBlocks.get(banner)
    if (!lines) {
        lines = banner.split('\n').flatMap((paragraph, index) => wrap(paragraph, index ? '            ' : '    banner: '))
        if (bannerBlocks.size >= 10_000) bannerBlocks.clear()
        bannerBlocks.set(banner, lines)
    }
    return lines
}

/** The Partner columns in one line: who, which signal, escalation or not, and the ping-pong counters. */
function stampText(stamp: Stamp): string {
    const kind = stamp.escalation ? 'Partner escalation' : 'no escalation'
    const ping = stamp.ping_pong ? ', ping-pong' : ''
    return `${stamp.partner ?? '(no Partner)'}, ${stamp.signal}, ${kind}; ${stamp.hops} hops, ${stamp.boomerangs} boomerangs tried${ping}`
}

export function summaryLines(summary: ReplaySummary): string[] {
    const lines = [`Summary (${summary.events} events)`]
    const section = (title: string, counts: Record<string, number>) => {
        const entries = Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        lines.push(`  ${title}:${entries.length ? '' : ' none'}`)
        for (const [key, value] of entries) lines.push(clip(`    ${String(value).padStart(7)}  ${key}`, WIDTH))
    }
    section('by outcome', summary.byOutcome)
    section('by Partner and signal', summary.byPartnerSignal)
    section('group to group', summary.flows)
    lines.push(`  boomerangs: ${summary.boomerangsBlocked} blocked, ${summary.boomerangsWarned} warned`)
    return lines
}

/** The value: the sentence first, then how it was counted (docs/replay.md "What the app would have saved"). */
export function valueLines(value: ValueSummary): string[] {
    const n = formatCount
    const time = value.tier1_time
    const lines = ['What the app would have saved', ...wrap(value.sentence, '  ')]
    const signals = value.partner_escalation_signals
    const held = signals.length > 1 ? `${signals.slice(0, -1).join(', ')} or ${signals.at(-1)}` : (signals[0] ?? '')
    lines.push(
        ...wrap(
            `Partner escalations (tickets whose stamp held ${held}): ${n(value.partner_escalations)} of ${plural(value.tickets, 'ticket')}; ` +
                `${n(value.skipped_tier1)} would have skipped tier 1, ${n(value.went_straight)} already went straight; ` +
                `tier-1 stations skipped: ${n(value.tier1_stations_skipped)}; hops ${n(value.hops.actual)} really, ${n(value.hops.app)} with the app; ` +
                `boomerangs ${n(value.boomerangs_stopped)} stopped, ${n(value.boomerangs_warned)} warned; moot tier-1 moves: ${n(value.moot_tier1_moves)} ` +
                '(blocked, but tier-1 triage before the ticket had reached an escalation group: not boomerangs).',
            '  ',
        ),
    )
    const notes: string[] = []
    const have = (count: number) => (count === 1 ? 'has' : 'have')
    if (!time.events_with_time) notes.push('no times in the events (give each event an "at", or opened_at / sys_updated_on)')
    else notes.push(`${n(time.events_with_time)} of ${plural(value.events, 'event')} ${have(time.events_with_time)} a time`)
    if (time.unreadable_times) {
        notes.push(`${plural(time.unreadable_times, 'event')} ${have(time.unreadable_times)} a time the replay cannot read (expected YYYY-MM-DD hh:mm:ss, UTC)`)
    }
    if (time.events_with_time && time.stays_not_measured) {
        notes.push(`${plural(time.stays_not_measured, 'tier-1 stay')} not measured (an event without a time, or a time before the previous one)`)
    }
    if (time.escalations_still_in_tier1) {
        const one = time.escalations_still_in_tier1 === 1
        notes.push(
            `${plural(time.escalations_still_in_tier1, 'Partner escalation')} still in tier 1 at ${one ? 'its' : 'their'} last event (${one ? 'its' : 'their'} hours not counted)`,
        )
    }
    lines.push(...wrap(`Tier-1 time: ${notes.join('; ')}.`, '  '))
    lines.push(`  by IT Partner (escalations, went straight, skipped tier 1, hops saved, hours saved, boomerangs stopped):${value.by_partner.length ? '' : ' none'}`)
    for (const partner of value.by_partner) {
        const hours = partner.tier1_hours_saved === null ? '-' : n(partner.tier1_hours_saved)
        const figures = [partner.escalations, partner.went_straight, partner.skipped_tier1, partner.hops_saved].map((count) => n(count).padStart(7)).join('')
        lines.push(clip(`  ${figures}${hours.padStart(9)}${n(partner.boomerangs_stopped).padStart(7)}  ${partner.partner}`, WIDTH))
    }
    const departments = value.department_clients
    lines.push(`  department clients (not escalations: a person decides):${departments.length ? '' : ' none'}`)
    for (const department of departments) lines.push(clip(`  ${n(department.tickets).padStart(7)}  ${department.partner}`, WIDTH))
    return lines
}

function name(group: string | null): string {
    return group ?? '(none)'
}

function cells(values: Record<keyof typeof COLUMNS, string>): string {
    // Written out per column rather than mapped over COLUMNS: one line per event.
    const line =
        cell(values.number, COLUMNS.number) +
        '  ' +
        cell(values.action, COLUMNS.action) +
        '  ' +
        cell(values.outcome, COLUMNS.outcome) +
        '  ' +
        cell(clipFlow(values.flow), COLUMNS.flow) +
        '  ' +
        cell(values.partner, COLUMNS.partner) +
        '  ' +
        cell(values.signal, COLUMNS.signal)
    return line.trimEnd()
}

function cell(value: string, width: number): string {
    return clip(value, width).padEnd(width)
}

/** Shortens both group names of "from → to" evenly, so a long name does not hide the other. */
function clipFlow(flow: string): string {
    if (flow.length <= COLUMNS.flow) return flow
    const parts = flow.split(' → ')
    if (parts.length !== 2) return flow
    const half = Math.floor((COLUMNS.flow - 3) / 2)
    return `${clip(parts[0], half)} → ${clip(parts[1], half)}`
}

