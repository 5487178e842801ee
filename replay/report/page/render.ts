/**
 * Writes the replay's report page: one self-contained HTML file (styles, the page script, Apache ECharts and the
 * data inlined), so that it opens offline and can be mailed to whoever decides on going live.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { DEFAULTS } from '../../../src/server/core/config.ts'
import { propertiesInEffect } from '../properties.ts'
import { ROOT } from '../../run/root.ts'
import type { Row } from '../../read/values.ts'
import type { Finding, ReportData } from './data.ts'

const PAGE_DIR = join(ROOT, 'replay', 'report', 'page', 'browser')

export interface Policy {
    name: string
    value: string
    /** Where the value comes from: the snapshot's sys_properties row, or the app's default. */
    source: 'snapshot' | 'default'
    /** Why the app does not use the value as given (it applies the default then). */
    problem: string | null
}

export interface ReportPage {
    data: ReportData
    snapshotDir: string
    generatedAt: Date
    policies: Policy[]
    /** The configuration check's findings; null when the replay has no configuration check to run. */
    findings: Finding[] | null
}

/** The app properties in effect for a snapshot (an absent property has its default), each with its problem. */
export function policiesOf(rows: Row[]): Policy[] {
    return propertiesInEffect(rows).map((property) => ({
        name: property.name,
        value: property.given ?? DEFAULTS[property.key],
        source: property.given === undefined ? 'default' : 'snapshot',
        problem: property.problem,
    }))
}

/** Text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
    return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
}

/** JSON that is safe inside a <script> element: no "<" (so no "</script>" or "<!--"), and no line separators. */
export function scriptJson(value: unknown): string {
    return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** Code for an inline <script>: refused when it contains what would end the element or start an HTML comment. */
function inlineScript(code: string, what: string): string {
    if (/<\/script|<!--/i.test(code)) throw new Error(`${what} cannot be inlined: it contains "</script" or "<!--"`)
    return code
}

/** The page script, compiled from TypeScript (its sources are type-checked by npm test). */
function pageScript(): string {
    const source = readFileSync(join(PAGE_DIR, 'app.ts'), 'utf8')
    const output = ts.transpileModule(source, {
        compilerOptions: { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.Preserve, removeComments: true },
    }).outputText
    if (/^\s*(import|export)\b/m.test(output)) throw new Error('replay/report/page/browser/app.ts must compile to a classic script')
    return `(function () {\n${output}\n})();`
}

function echarts(): { code: string; version: string; notice: string } {
    const pkg = require.resolve('echarts/package.json')
    const version = (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version
    return {
        code: readFileSync(join(pkg, '..', 'dist', 'echarts.min.js'), 'utf8'),
        version,
        notice: readFileSync(join(pkg, '..', 'NOTICE'), 'utf8').trim(),
    }
}

function policiesTable(policies: Policy[]): string {
    const rows = policies
        .map(
            (policy) =>
                `<tr><th scope="row"><code>${escapeHtml(policy.name)}</code></th><td>${policy.value ? escapeHtml(policy.value) : '<i>empty</i>'}</td>` +
                `<td class="muted">${policy.source === 'default' ? 'default (not in the snapshot)' : 'snapshot'}` +
                `${policy.problem ? `<div class="finding warning"><b>warning</b> ${escapeHtml(policy.problem)}</div>` : ''}</td></tr>`,
        )
        .join('\n')
    return `<table class="policies"><thead><tr><th>property</th><th>value in effect</th><th>from</th></tr></thead><tbody>\n${rows}\n</tbody></table>`
}

function findingsList(findings: Finding[] | null): string {
    if (findings === null) return '<p class="muted" id="findings-none">This replay ran no configuration check.</p>'
    if (!findings.length) return '<p id="findings-ok">No configuration problems found.</p>'
    const items = findings.map((finding) => `<li class="finding ${escapeHtml(finding.severity)}"><b>${escapeHtml(finding.severity)}</b> ${escapeHtml(finding.message)}</li>`)
    return `<ul class="findings">\n${items.join('\n')}\n</ul>`
}

/** A count as the page shows it: with thousands separators. */
function count(value: number): string {
    return value.toLocaleString('en-US')
}

/** The value sentence that heads the page, or why there is none. */
function valueSentence(data: ReportData): string {
    if (!data.value) return '<p id="value-sentence" class="headline muted">This replay did not count what the app would have saved.</p>'
    return `<p id="value-sentence" class="headline">${escapeHtml(data.value.sentence)}</p>`
}

/** Blocked attempts: no move, so no flow; "asked for X, kept Y" with their events. */
function blockedList(data: ReportData): string {
    const { rows, others } = data.blocked
    if (!rows.length) return '<p class="muted" id="blocked-none">The app blocked no move in this replay.</p>'
    const lines = rows.map(
        (row) => `<tr><td>asked for <s>${escapeHtml(row.asked)}</s>, kept <b>${escapeHtml(row.kept)}</b></td><td class="count">${count(row.count)}</td></tr>`,
    )
    if (others) lines.push(`<tr><td class="muted">other groups</td><td class="count">${count(others)}</td></tr>`)
    return `<table class="blocked-list" id="blocked-list"><thead><tr><th>the save asked for, the ticket kept</th><th class="count">events</th></tr></thead><tbody>\n${lines.join('\n')}\n</tbody></table>`
}

/** The Partner escalations behind the value figures: a figure filter, a paged table (the page script fills it). */
function ticketsSection(data: ReportData): string {
    if (!data.tickets) return ''
    return `<section id="tickets-section">
<h2>The tickets behind the figures</h2>
<form id="ticket-filters" class="filters" onsubmit="return false">
<label>Figure <select id="filter-figure"></select></label>
</form>
<p id="tickets-status" class="muted" aria-live="polite"></p>
<div class="scroll"><table class="tickets"><thead><tr><th>number</th><th>IT Partner</th><th>signal</th><th>actual path</th><th>app path</th><th>on the way in</th><th class="count">tier-1 stations skipped</th><th class="count">hops, actual → app</th><th class="count">hours saved</th><th class="count">boomerangs stopped</th><th class="count">moot tier-1 moves</th></tr></thead>
<tbody id="tickets-body"></tbody></table></div>
<nav class="pager"><button type="button" id="tickets-prev">← previous</button> <span id="tickets-page-info"></span> <button type="button" id="tickets-next">next →</button></nav>
</section>`
}

export function renderReport(page: ReportPage): string {
    const { data } = page
    const library = echarts()
    const css = readFileSync(join(PAGE_DIR, 'page.css'), 'utf8')
    const title = `${data.title}: replay report`
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(title)}</title>
<style>
${css}
</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<p class="muted">Snapshot <code>${escapeHtml(page.snapshotDir)}</code>, replayed ${escapeHtml(page.generatedAt.toISOString().slice(0, 16).replace('T', ' '))} UTC against the built app.
${count(data.events)} events, ${count(data.decisions)} decisions. What the app <em>would</em> do: nothing here was saved on an instance.</p>
</header>
<section id="value" aria-label="What the app would have saved">
<h2>What the app would have saved</h2>
${valueSentence(data)}
<div id="value-tiles" class="kpis tiles"></div>
<p class="muted">Partner escalations are the tickets whose stamp held an escalation signal (red flag, Partner hand-off, Partner opener), whether or not the app had to move them; department clients are apart. A hop is a move from one group to another; tier-1 hours run from the event that put a ticket in tier 1 to the event that moved it out, while the app had it elsewhere. A boomerang stopped is a move back to tier 1 or to the Partner's own group after the ticket had reached an escalation group; a blocked move before that was tier-1 triage the app's reroute made moot. Click a figure to list the tickets behind it. See docs/replay.md.</p>
</section>
${ticketsSection(data)}
<section id="kpis" class="kpis tiles" aria-label="Outcomes"></section>
<section class="two">
<div>
<h2>Policies in effect</h2>
${policiesTable(page.policies)}
</div>
<div>
<h2>Configuration check</h2>
${findingsList(page.findings)}
</div>
</section>
<section>
<h2>Where the app moves tickets: the group before the app → the group it chose</h2>
<p class="muted">The app's real moves only: events whose group after the app differs from the group before it (after the platform's assignment rules; on an update, the group the save asked for), coloured by outcome. A blocked boomerang is no move: the ticket keeps its group (listed beside the signals below).</p>
<p id="flow-legend" class="legend"></p>
<div class="chart tall" id="chart-flow" role="img" aria-label="The app's moves from the group before the app to the group it chose"></div>
</section>
<section class="two">
<p class="muted wide">Click a bar to list its events below.</p>
<div>
<h2>Partner escalations by IT Partner</h2>
<div class="chart" id="chart-partner" role="img" aria-label="Partner escalations (tickets) by IT Partner"></div>
</div>
<div>
<h2>Department clients by IT Partner (no decision: a person decides)</h2>
<div class="chart" id="chart-departments" role="img" aria-label="Department clients (tickets) by IT Partner"></div>
</div>
</section>
<section class="two">
<div>
<h2>Outcomes by signal</h2>
<div class="chart" id="chart-signal" role="img" aria-label="Outcomes by signal"></div>
</div>
<div>
<h2>Moves the app blocked</h2>
<p class="muted">Boomerangs stopped and moot tier-1 moves together (the tickets behind each are listed above).</p>
${blockedList(data)}
</div>
</section>
<section id="weeks-section">
<h2>Escalations and other decisions per week</h2>
<p class="muted" id="weeks-note"></p>
<div class="chart" id="chart-weeks" role="img" aria-label="Decisions per week by outcome"></div>
</section>
<section>
<h2>Events</h2>
<form id="filters" class="filters" onsubmit="return false">
<label>Search <input type="search" id="search" placeholder="number, group, Partner, text…"></label>
<label>Outcome <select id="filter-outcome"></select></label>
<label>IT Partner <select id="filter-partner"></select></label>
<label>Signal <select id="filter-signal"></select></label>
</form>
<p id="table-status" class="muted" aria-live="polite"></p>
<table class="events"><thead><tr><th>#</th><th>number</th><th>action</th><th>outcome</th><th>groups (update: had, asked for, kept)</th><th>IT Partner</th><th>signal</th><th>details</th></tr></thead>
<tbody id="events-body"></tbody></table>
<nav class="pager"><button type="button" id="page-prev">← previous</button> <span id="page-info"></span> <button type="button" id="page-next">next →</button></nav>
</section>
<footer class="muted">
Made by <code>npm run replay -- &lt;dir&gt; --html FILE</code> (IT Partner Routing). Charts drawn with
<a href="https://echarts.apache.org/">Apache ECharts</a> ${escapeHtml(library.version)}, inlined in this page under the
<a href="https://www.apache.org/licenses/LICENSE-2.0">Apache License 2.0</a>. Its notice:
<span id="echarts-notice">${escapeHtml(library.notice).replace(/\n+/g, ' ')}</span>
</footer>
<script type="application/json" id="report-data">${scriptJson(data)}</script>
<script>
${inlineScript(library.code, 'echarts.min.js')}
</script>
<script>
${inlineScript(pageScript(), 'the page script')}
</script>
</body>
</html>
`
}
