/**
 * The report page's script (compiled to a classic script and inlined by replay/report/page/render.ts). It reads the
 * data embedded as JSON, draws the charts with ECharts' SVG renderer and runs the paged, filterable events table.
 * Texts from the snapshot reach the page only through textContent and escaped tooltips, never as markup.
 * One file of over 500 lines: the page runs it as one inlined classic script, which cannot import a module at run
 * time (only types are imported), so its parts (charts, value tiles, events table) share this file.
 */
import type { ReportData, Stacked } from '../data.ts'
import type { ValueSummary } from '../../value/types.ts'

declare const echarts: typeof import('echarts')

type Chart = ReturnType<typeof echarts.init>

const PAGE_SIZE = 50
/** Row fields, in the order of ReportData.table.rows. */
const NUMBER = 0
const ACTION = 1
const OUTCOME = 2
const FROM = 3
const TO = 4
const PARTNER = 5
const SIGNAL = 6
const BLOCKED = 7
const HAD = 13
const DETAILS: [number, string][] = [
    [8, 'Reason'],
    [9, 'Banner'],
    [10, 'Work note'],
    [11, 'Warnings'],
    [12, 'Replay notes'],
]

/** Ticket row fields, in the order of ReportData.tickets.rows; the flags' bits. */
const T_NUMBER = 0
const T_PARTNER = 1
const T_SIGNAL = 2
const T_ACTUAL = 3
const T_APP = 4
const T_FLAGS = 5
const T_STATIONS = 6
const T_ACTUAL_HOPS = 7
const T_APP_HOPS = 8
const T_HOPS_SAVED = 9
const T_TENTHS = 10
const T_BOOMERANGS = 11
const T_MOOT = 12
const WENT_STRAIGHT = 1
const SKIPPED_TIER1 = 2
const STILL_IN_TIER1 = 4

/**
 * The value figures, each with the amount a ticket adds to it: the tickets behind a figure are those that add to it,
 * and their amounts sum to the figure (in tenths for hours).
 */
interface Figure {
    value: string
    label: string
    /** What the ticket adds, in the figure's unit (hours: tenths). */
    amount: (row: number[]) => number
    total: (value: ValueSummary) => number | null
    color: string
}
const FIGURES: Figure[] = [
    { value: 'escalations', label: 'Partner escalations', amount: () => 1, total: (value) => value.partner_escalations, color: '#2166ac' },
    { value: 'skipped', label: 'would have skipped tier 1', amount: (row) => (row[T_FLAGS] & SKIPPED_TIER1 ? 1 : 0), total: (value) => value.skipped_tier1, color: '#1b7837' },
    { value: 'straight', label: 'already went straight', amount: (row) => (row[T_FLAGS] & WENT_STRAIGHT ? 1 : 0), total: (value) => value.went_straight, color: '#5aae61' },
    { value: 'hops', label: 'hops saved', amount: (row) => row[T_HOPS_SAVED], total: (value) => value.hops.saved, color: '#1b7837' },
    {
        value: 'hours',
        label: 'hours in tier-1 queues saved',
        amount: (row) => Math.max(0, row[T_TENTHS]),
        total: (value) => (value.tier1_hours_saved === null ? null : Math.round(value.tier1_hours_saved * 10)),
        color: '#1b7837',
    },
    { value: 'boomerangs', label: 'boomerangs stopped', amount: (row) => row[T_BOOMERANGS], total: (value) => value.boomerangs_stopped, color: '#b2182b' },
    { value: 'moot', label: 'moot tier-1 moves', amount: (row) => row[T_MOOT], total: (value) => value.moot_tier1_moves, color: '#bababa' },
    { value: 'stations', label: 'tier-1 stations skipped', amount: (row) => row[T_STATIONS], total: (value) => value.tier1_stations_skipped, color: '#1b7837' },
    { value: 'still', label: 'escalations still in tier 1', amount: (row) => (row[T_FLAGS] & STILL_IN_TIER1 ? 1 : 0), total: (value) => value.tier1_time.escalations_still_in_tier1, color: '#bababa' },
]

/** A figure's total as the page shows it: hours are counted in tenths. */
function figureText(figure: Figure, total: number): string {
    return format(figure.value === 'hours' ? total / 10 : total)
}

/** One colour per outcome, kept across charts; a colour-blind-safe set where it matters (blocked vs rerouted). */
const COLORS: Record<string, string> = {
    rerouted: '#1b7837',
    kept_specialty: '#2166ac',
    no_target: '#8c6d31',
    boomerang_blocked: '#b2182b',
    boomerang_warned: '#e08214',
    sent_to_partner: '#762a83',
    error: '#4d4d4d',
    none: '#bababa',
    skipped_tier1: '#1b7837',
    went_straight: '#5aae61',
    other_escalations: '#2166ac',
    department: '#9e9ac8',
}
/** Names of the page's own series that are not outcomes. */
const KINDS: Record<string, string> = {
    skipped_tier1: 'Would have skipped tier 1',
    went_straight: 'Already went straight',
    other_escalations: 'Other escalations (specialty, no target, stayed with the Partner)',
    department: 'Department clients (no decision)',
}
const FALLBACK = ['#35978f', '#bf812d', '#de77ae', '#7f7f7f']

const data = JSON.parse(byId('report-data').textContent || '{}') as ReportData
const strings = data.table.strings
const outcomeLabel = new Map(data.outcomes.map((choice) => [choice.value, choice.label]))
const signalLabel = new Map(data.signals.map((choice) => [choice.value, choice.label]))

function byId<T extends HTMLElement = HTMLElement>(id: string): T {
    const element = document.getElementById(id)
    if (!element) throw new Error(`report page: #${id} is missing`)
    return element as T
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
    const node = document.createElement(tag)
    if (text !== undefined) node.textContent = text
    if (className) node.className = className
    return node
}

function escape(text: string): string {
    return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
}

function colorOf(outcome: string, index: number): string {
    return COLORS[outcome] ?? FALLBACK[index % FALLBACK.length]
}

function label(outcome: string): string {
    return outcomeLabel.get(outcome) ?? KINDS[outcome] ?? outcome
}

/** A number as the page shows every number: with thousands separators. */
function format(value: number): string {
    return value.toLocaleString('en-US', { maximumFractionDigits: 1 })
}

function tile(section: HTMLElement, value: string, text: string, color?: string, onClick?: () => void): void {
    const box = onClick ? element('button', undefined, 'kpi') : element('div', undefined, 'kpi')
    if (color) box.style.borderTopColor = color
    box.append(element('span', value, 'value'), element('span', text, 'label'))
    if (onClick) {
        ;(box as HTMLButtonElement).type = 'button'
        box.title = `List the tickets behind "${text}"`
        box.addEventListener('click', onClick)
    }
    section.append(box)
}

/** A table with one page of rows in the DOM at a time; the function it returns shows other rows, from the first page. */
function pagedTable(ids: { body: string; info: string; prev: string; next: string }, rowOf: (index: number) => HTMLTableRowElement): (rows: number[]) => void {
    const body = byId(ids.body)
    const info = byId(ids.info)
    const prev = byId<HTMLButtonElement>(ids.prev)
    const next = byId<HTMLButtonElement>(ids.next)
    let shown: number[] = []
    let page = 0
    const render = () => {
        const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE))
        page = Math.min(page, pages - 1)
        const first = page * PAGE_SIZE
        const slice = shown.slice(first, first + PAGE_SIZE)
        body.replaceChildren(...slice.map(rowOf))
        info.textContent = shown.length ? `rows ${format(first + 1)}–${format(first + slice.length)}, page ${format(page + 1)} of ${format(pages)}` : 'no rows'
        prev.disabled = page === 0
        next.disabled = page >= pages - 1
    }
    prev.addEventListener('click', () => {
        page--
        render()
    })
    next.addEventListener('click', () => {
        page++
        render()
    })
    return (rows) => {
        shown = rows
        page = 0
        render()
    }
}

/** What the app would have saved, as tiles under the sentence (html.ts writes the sentence); a click lists its tickets. */
function valueTiles(showFigure: ((figure: string) => void) | null): void {
    const value = data.value
    if (!value) return
    const section = byId('value-tiles')
    for (const figure of FIGURES) {
        const total = figure.total(value)
        const click = showFigure ? () => showFigure(figure.value) : undefined
        if (total === null) tile(section, '–', 'hours in tier 1: no times in the events', COLORS.none, click)
        else if (figure.value === 'hops') tile(section, format(total), `hops saved (${format(value.hops.actual)} → ${format(value.hops.app)})`, figure.color, click)
        else tile(section, figureText(figure, total), figure.label, figure.color, click)
    }
}

/** Shows the events of one ticket in the events table (its number in the search box, no filter). */
function showTicketEvents(number: string): void {
    for (const id of ['filter-outcome', 'filter-partner', 'filter-signal']) byId<HTMLSelectElement>(id).value = ''
    const search = byId<HTMLInputElement>('search')
    search.value = number
    search.dispatchEvent(new Event('input'))
    byId('filters').scrollIntoView()
}

/**
 * The tickets behind the value figures: the figure select keeps the tickets that add to a figure, and the status
 * line gives their sum, which is the figure. Returns what a tile calls to show its figure (null: no value counted).
 */
function tickets(): ((figure: string) => void) | null {
    const list = data.tickets
    const value = data.value
    if (!list || !value) return null
    const rows = list.rows
    const select = byId<HTMLSelectElement>('filter-figure')
    for (const figure of FIGURES) select.append(new Option(figure.label, figure.value))
    const status = byId('tickets-status')

    const apply = () => {
        const figure = FIGURES.find((one) => one.value === select.value) ?? FIGURES[0]
        const shown: number[] = []
        let sum = 0
        rows.forEach((row, index) => {
            const amount = figure.amount(row)
            if (amount === 0) return
            shown.push(index)
            sum += amount
        })
        const total = figure.total(value)
        status.textContent =
            `${format(shown.length)} of ${format(rows.length)} Partner escalations; ${figure.label}: ` +
            (total === null ? 'no times in the events' : figureText(figure, sum)) +
            (list.omitted ? ` (the list holds the first ${format(rows.length)} Partner escalations; the ${format(list.omitted)} later ones count in the figures above)` : '')
        show(shown)
    }

    const rowOf = (index: number): HTMLTableRowElement => {
        const row = rows[index]
        const text = (field: number) => strings[row[field]]
        const number = element('button', text(T_NUMBER), 'link')
        number.type = 'button'
        number.title = 'Show this ticket\'s events'
        number.addEventListener('click', () => showTicketEvents(text(T_NUMBER)))
        const cell = element('td')
        cell.append(number)
        const signal = text(T_SIGNAL)
        const way = row[T_FLAGS] & WENT_STRAIGHT ? 'went straight' : row[T_FLAGS] & SKIPPED_TIER1 ? 'would have skipped tier 1' : ''
        const tr = element('tr')
        tr.append(
            cell,
            element('td', text(T_PARTNER)),
            element('td', signal ? (signalLabel.get(signal) ?? signal) : ''),
            element('td', text(T_ACTUAL)),
            element('td', text(T_APP)),
            element('td', way + (row[T_FLAGS] & STILL_IN_TIER1 ? (way ? '; ' : '') + 'still in tier 1' : '')),
            element('td', format(row[T_STATIONS]), 'count'),
            element('td', `${format(row[T_ACTUAL_HOPS])} → ${format(row[T_APP_HOPS])}`, 'count'),
            element('td', row[T_TENTHS] < 0 ? '–' : format(row[T_TENTHS] / 10), 'count'),
            element('td', format(row[T_BOOMERANGS]), 'count'),
            element('td', format(row[T_MOOT]), 'count'),
        )
        return tr
    }

    const show = pagedTable({ body: 'tickets-body', info: 'tickets-page-info', prev: 'tickets-prev', next: 'tickets-next' }, rowOf)
    select.addEventListener('change', apply)
    apply()
    return (figure) => {
        select.value = figure
        apply()
        byId('tickets-section').scrollIntoView()
    }
}

function kpis(): void {
    const section = byId('kpis')
    tile(section, format(data.events), 'events replayed')
    tile(section, format(data.decisions), 'decisions')
    data.outcomes.forEach((outcome, index) => {
        if (outcome.count || outcome.value !== 'error') tile(section, format(outcome.count), outcome.label, colorOf(outcome.value, index))
    })
}

function chart(id: string): Chart {
    const chart = echarts.init(byId(id), undefined, { renderer: 'svg' })
    window.addEventListener('resize', () => chart.resize())
    return chart
}

function empty(id: string, text: string): void {
    const box = byId(id)
    box.classList.add('empty')
    box.textContent = text
}

/** Shows the events with these values (by select id; a value the table does not have leaves it at "all"), unsearched. */
function showEvents(filters: Record<string, string>): void {
    const ids = new Map(strings.map((text, index) => [text, String(index)]))
    for (const [selectId, value] of Object.entries(filters)) {
        const select = byId<HTMLSelectElement>(selectId)
        const wanted = ids.get(value) ?? ''
        select.value = [...select.options].some((option) => option.value === wanted) ? wanted : ''
    }
    const search = byId<HTMLInputElement>('search')
    search.value = ''
    search.dispatchEvent(new Event('input'))
    byId('filters').scrollIntoView()
}

/**
 * A stacked bar chart per category, its total written at the end of each bar; horizontal for names (Partners),
 * vertical for weeks. With `filters` (the table's selects for a category and series), clicking a bar shows its
 * events in the table.
 */
function stackedBars(
    id: string,
    stacked: Stacked,
    horizontal: boolean,
    name: (category: string) => string,
    filters?: (category: string, series: string) => Record<string, string>,
    emptyText = 'No events in this replay have one.',
): void {
    if (!stacked.categories.length) return empty(id, emptyText)
    const categories = stacked.categories.map(name)
    const totals = stacked.categories.map((_, index) => stacked.series.reduce((sum, series) => sum + series.values[index], 0))
    const categoryAxis = { type: 'category' as const, data: categories, inverse: horizontal, axisLabel: { width: 180, overflow: 'truncate' as const } }
    const valueAxis = { type: 'value' as const, minInterval: 1, axisLabel: { formatter: (value: number) => format(value) } }
    const bars = chart(id)
    if (filters) {
        bars.on('click', (params) => {
            const series = stacked.series[params.seriesIndex ?? -1]
            if (series) showEvents(filters(stacked.categories[params.dataIndex], series.outcome))
        })
    }
    // The totals: an empty last segment of each stack whose label is the bar's total.
    const total = {
        type: 'bar' as const,
        name: 'total',
        stack: 'outcomes',
        data: totals.map(() => 0),
        silent: true,
        itemStyle: { color: 'transparent' },
        label: { show: true, position: horizontal ? ('right' as const) : ('top' as const), color: '#1f2328', fontWeight: 600 as const, formatter: (params: { dataIndex: number }) => format(totals[params.dataIndex]) },
    }
    bars.setOption({
        animation: false,
        legend: { top: 0, left: 0, right: 0, itemWidth: 14, textStyle: { fontSize: 11 }, data: stacked.series.map((series) => label(series.outcome)) },
        grid: { left: horizontal ? 190 : 50, right: horizontal ? 60 : 20, top: 56, bottom: 30 },
        tooltip: {
            trigger: 'axis',
            axisPointer: { type: 'shadow' },
            formatter: (params: unknown) => {
                const items = params as { axisValue: string; seriesName: string; value: number; color: string }[]
                const lines = items
                    .filter((item) => item.value && item.seriesName !== 'total')
                    .map((item) => `<span style="color:${escape(item.color)}">●</span> ${escape(item.seriesName)}: ${format(item.value)}`)
                return [`<b>${escape(items[0]?.axisValue ?? '')}</b>`, ...lines].join('<br>')
            },
        },
        xAxis: horizontal ? valueAxis : categoryAxis,
        yAxis: horizontal ? categoryAxis : valueAxis,
        series: [
            ...stacked.series.map((series, index) => ({
                type: 'bar' as const,
                name: label(series.outcome),
                stack: 'outcomes',
                data: series.values,
                itemStyle: { color: colorOf(series.outcome, index) },
                barMaxWidth: 36,
            })),
            total,
        ],
    })
}

/** The app's real moves, one link per outcome in its colour; blocked attempts are not moves (listed apart). */
function flow(): void {
    if (!data.flow.links.length) return empty('chart-flow', 'The app moved no ticket in this replay.')
    const names = new Map(data.flow.nodes.map((node) => [node.id, node.name]))
    const nameOf = (id: string) => names.get(id) ?? id
    const outcomes = [...new Set(data.flow.links.map((link) => link.outcome))]
    byId('flow-legend').replaceChildren(
        ...outcomes.map((outcome) => {
            const item = element('span', label(outcome), 'legend-item')
            item.style.setProperty('--swatch', colorOf(outcome, 0))
            return item
        }),
    )
    chart('chart-flow').setOption({
        animation: false,
        tooltip: {
            trigger: 'item',
            formatter: (params: unknown) => {
                const item = params as { dataType: string; data: { source?: string; target?: string; name?: string; outcome?: string }; value: number }
                if (item.dataType === 'edge') {
                    return `${escape(nameOf(item.data.source ?? ''))} → ${escape(nameOf(item.data.target ?? ''))}: ${format(item.value)} (${escape(label(item.data.outcome ?? ''))})`
                }
                return `${escape(nameOf(item.data.name ?? ''))}: ${format(item.value)}`
            },
        },
        series: [
            {
                type: 'sankey',
                left: 10,
                right: 170,
                nodeGap: 12,
                data: data.flow.nodes.map((node) => ({ name: node.id, itemStyle: { color: node.id.startsWith('from:') ? '#8da0cb' : '#66c2a5' } })),
                links: data.flow.links.map((link) => ({ ...link, lineStyle: { color: colorOf(link.outcome, 0) } })),
                label: { formatter: (params: { name: string; value: number }) => `${nameOf(params.name)}: ${format(params.value)}` },
                lineStyle: { opacity: 0.5 },
                emphasis: { focus: 'adjacency' },
            },
        ],
    })
}

function weeks(): void {
    const weeks = data.weeks
    const note = byId('weeks-note')
    if (!weeks) {
        note.textContent = 'The events carry no opened_at or sys_created_on, so decisions cannot be placed in weeks.'
        byId('chart-weeks').remove()
        return
    }
    note.textContent =
        'Week (Monday, UTC) of the ticket’s opened_at, or sys_created_on; an update counts in the week its ticket was opened.' +
        (weeks.undated ? ` ${weeks.undated.toLocaleString('en-US')} decision(s) on tickets without a date are not shown.` : '')
    stackedBars('chart-weeks', weeks, false, (week) => week)
}

/** The events table: filters and search narrow the rows; only one page of rows is in the DOM at a time. */
function table(): void {
    const rows = data.table.rows
    const lower = strings.map((text) => text.toLowerCase())
    const search = byId<HTMLInputElement>('search')
    const selects = [
        { select: byId<HTMLSelectElement>('filter-outcome'), field: OUTCOME, name: (value: string) => label(value) },
        { select: byId<HTMLSelectElement>('filter-partner'), field: PARTNER, name: (value: string) => value || '(no Partner)' },
        { select: byId<HTMLSelectElement>('filter-signal'), field: SIGNAL, name: (value: string) => (value ? (signalLabel.get(value) ?? value) : '(no signal)') },
    ]
    for (const { select, field, name } of selects) {
        const counts = new Map<number, number>()
        for (const row of rows) counts.set(row[field], (counts.get(row[field]) ?? 0) + 1)
        select.append(new Option(`all (${rows.length.toLocaleString('en-US')})`, ''))
        for (const [id, count] of [...counts].sort((a, b) => b[1] - a[1])) select.append(new Option(`${name(strings[id])} (${count.toLocaleString('en-US')})`, String(id)))
    }
    const status = byId('table-status')

    const apply = () => {
        const query = search.value.trim().toLowerCase()
        const matching = query ? new Set(lower.flatMap((text, id) => (text.includes(query) ? [id] : []))) : null
        const wanted = selects.map(({ select, field }) => ({ field, id: select.value === '' ? -1 : Number(select.value) }))
        const shown: number[] = []
        rows.forEach((row, index) => {
            if (wanted.some(({ field, id }) => id >= 0 && row[field] !== id)) return
            if (matching && !row.some((id, field) => field !== BLOCKED && matching.has(id))) return
            shown.push(index)
        })
        status.textContent =
            `${format(shown.length)} of ${format(rows.length)} events` +
            (data.table.omitted
                ? ` (the table lists the first ${format(rows.length)} of ${format(data.events)} events; ` +
                  `the ${format(data.table.omitted)} later ones count in the figures and charts above)`
                : '')
        show(shown)
    }

    const rowOf = (index: number): HTMLTableRowElement => {
        const row = rows[index]
        const text = (field: number) => strings[row[field]]
        const tr = element('tr')
        tr.dataset.outcome = text(OUTCOME)
        const outcome = element('td')
        const badge = element('span', label(text(OUTCOME)), 'badge')
        badge.style.backgroundColor = colorOf(text(OUTCOME), 0)
        outcome.append(badge)
        if (row[BLOCKED]) outcome.append(' ', element('span', 'blocked', 'blocked'))
        const move = element('td')
        const group = (field: number) => text(field) || '(no group)'
        // An update: the group the ticket had, the one the save asked for (struck through when refused), the one kept.
        if (text(ACTION) === 'update') move.append('had ', element('span', group(HAD)), ', asked for ', element(row[BLOCKED] ? 's' : 'span', group(FROM)), ', kept ', element('span', group(TO)))
        else move.append(element('span', group(FROM)), ' → ', element('span', group(TO)))
        const signal = text(SIGNAL)
        const details = element('td', undefined, 'details')
        for (const [field, name] of DETAILS) {
            if (!text(field)) continue
            const block = element('details')
            if (field === 8) block.open = true
            block.append(element('summary', name), element('div', text(field), 'text'))
            details.append(block)
        }
        tr.append(
            element('td', format(index + 1), 'muted'),
            element('td', text(NUMBER)),
            element('td', text(ACTION)),
            outcome,
            move,
            element('td', text(PARTNER)),
            element('td', signal ? (signalLabel.get(signal) ?? signal) : ''),
            details,
        )
        return tr
    }

    const show = pagedTable({ body: 'events-body', info: 'page-info', prev: 'page-prev', next: 'page-next' }, rowOf)
    search.addEventListener('input', apply)
    for (const { select } of selects) select.addEventListener('change', apply)
    apply()
}

valueTiles(tickets())
kpis()
flow()
stackedBars('chart-partner', data.byPartner, true, (partner) => partner, (partner) => ({ 'filter-partner': partner }), 'No Partner escalations in this replay.')
stackedBars(
    'chart-departments',
    data.departments,
    true,
    (partner) => partner,
    (partner) => ({ 'filter-partner': partner, 'filter-outcome': 'none', 'filter-signal': 'department' }),
    'No department clients in this replay.',
)
stackedBars('chart-signal', data.bySignal, true, (signal) => signalLabel.get(signal) ?? signal, (signal, outcome) => ({ 'filter-signal': signal, 'filter-outcome': outcome }))
weeks()
table()
document.body.dataset.ready = 'true'
