/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The report page in a real browser: the system's headless Chromium (Debian's `chromium` package; .ci/run installs
 * it), driven by playwright-core. Without the browser these tests are skipped, loudly, and counted as skipped.
 * UPDATE_SCREENSHOT=1 (npm run screenshot) also writes the demo page's screenshot to docs/img/report.png.
 */
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { readLabels, policiesOf, renderReport } from '../../replay/report/html.ts'
import { ReportCollector } from '../../replay/report/model.ts'
import type { EventResult } from '../../replay/engine/engine.ts'
import type { ReportData } from '../../replay/report/data.ts'
import { ROOT, runCli } from './helpers.ts'

function systemChromium(): string | null {
    if (process.env.CHROMIUM_PATH) return existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : null
    const found = spawnSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' })
    return found.status === 0 ? found.stdout.trim().split('\n')[0] : null
}

const BROWSER = systemChromium()
const describeInBrowser = BROWSER ? describe : describe.skip
if (!BROWSER) {
    console.warn('SKIPPED: the report page browser tests: no Chromium (apt-get install -y chromium, or set CHROMIUM_PATH)')
}

const OUT = mkdtempSync(join(tmpdir(), 'itpartner-report-browser-'))
const CHARTS = ['chart-flow', 'chart-partner', 'chart-signal', 'chart-weeks']
const HOSTILE = `MET <img src=x onerror="window.pwned=1"> & "Co" </script>`

interface Opened {
    page: Page
    /** Console errors and uncaught exceptions while the page loaded and ran. */
    errors: string[]
    data: Omit<ReportData, 'table'>
}

let browser: Browser

async function open(file: string, viewport = { width: 1280, height: 900 }): Promise<Opened> {
    const page = await browser.newPage({ viewport })
    const errors: string[] = []
    page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text())
    })
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto('file://' + file)
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 })
    // The charts' data only: sending 100,000 table rows back through the protocol would take a minute.
    const data = (await page.evaluate(() => ({ ...JSON.parse(document.getElementById('report-data')!.textContent!), table: null }))) as Opened['data']
    return { page, errors, data }
}

/** Filled SVG shapes with an area that a chart drew (bars, legend swatches, Sankey nodes and links). */
function marks(page: Page, id: string): Promise<number> {
    return page.evaluate((chartId) => {
        const chart = document.getElementById(chartId)
        if (!chart) return -1
        return [...chart.querySelectorAll<SVGGraphicsElement>('svg path')].filter((path) => {
            const fill = path.getAttribute('fill')
            if (!fill || fill === 'none' || fill === 'transparent' || fill.startsWith('rgb(0,0,0)')) return false
            const box = path.getBBox()
            return box.width > 0.5 && box.height > 0.5
        }).length
    }, id)
}

/** What each chart must draw: one mark per non-zero bar segment and one legend swatch per series; Sankey nodes and links. */
function expectedMarks(data: Opened['data']): Record<string, number> {
    const bars = (stacked: { series: { values: number[] }[] }) =>
        stacked.series.reduce((sum, series) => sum + series.values.filter((value) => value > 0).length + 1, 0)
    return {
        'chart-flow': data.flow.nodes.length + data.flow.links.length,
        'chart-partner': bars(data.byPartner),
        'chart-signal': bars(data.bySignal),
        'chart-weeks': data.weeks ? bars(data.weeks) : 0,
    }
}

async function status(page: Page): Promise<string> {
    return (await page.textContent('#table-status')) ?? ''
}

async function bodyRows(page: Page): Promise<number> {
    return page.locator('#events-body tr').count()
}

describeInBrowser('the report page in headless Chromium', () => {
    beforeAll(async () => {
        browser = await chromium.launch({ executablePath: BROWSER!, args: ['--no-sandbox'] })
    }, 60_000)

    afterAll(async () => {
        await browser?.close()
    })

    describe('the demo replay', () => {
        const file = join(OUT, 'demo.html')
        let opened: Opened

        beforeAll(async () => {
            const run = runCli(['replay/demo', '--html', file])
            if (run.status !== 0) throw new Error(`replay --html failed: ${run.stderr}`)
            opened = await open(file)
        }, 120_000)

        it('loads without console errors', () => {
            expect(opened.errors).toEqual([])
        })

        it.each(CHARTS)('draws every mark of %s', async (id) => {
            const expected = expectedMarks(opened.data)[id]
            expect(expected).toBeGreaterThan(0)
            expect(await marks(opened.page, id)).toBe(expected)
        })

        it('narrows the table with a filter and with the search box', async () => {
            const { page, data } = opened
            expect(await status(page)).toBe(`${data.events} of ${data.events} events`)
            expect(await bodyRows(page)).toBe(data.events)
            const blocked = data.outcomes.find((outcome) => outcome.value === 'boomerang_blocked')!.count
            expect(blocked).toBeGreaterThan(0)
            const value = await page.$eval('#filter-outcome', (select, wanted) => {
                const option = [...(select as HTMLSelectElement).options].find((one) => one.text.startsWith(wanted))
                return option?.value ?? ''
            }, 'Boomerang blocked')
            await page.selectOption('#filter-outcome', value)
            expect(await status(page)).toBe(`${blocked} of ${data.events} events`)
            expect(await bodyRows(page)).toBe(blocked)
            expect(await page.locator('#events-body tr[data-outcome="boomerang_blocked"]').count()).toBe(blocked)
            await page.selectOption('#filter-outcome', '')
            await page.fill('#search', 'INC0020003')
            expect(await bodyRows(page)).toBe(2)
        })

        it('lists the events of a bar when it is clicked', async () => {
            const { page, data } = opened
            // The Boomerang blocked segment of the first Partner's bar: the largest shape of that colour (not the legend swatch).
            const box = await page.evaluate(() => {
                const shapes = [...document.querySelectorAll<SVGGraphicsElement>('#chart-partner svg path[fill="#b2182b"]')]
                const rects = shapes.map((shape) => shape.getBoundingClientRect()).sort((a, b) => b.width * b.height - a.width * a.height)
                return { x: rects[0].x + rects[0].width / 2, y: rects[0].y + rects[0].height / 2 }
            })
            await page.mouse.click(box.x, box.y)
            const partner = data.byPartner.categories[0]
            const selected = (id: string) => page.$eval(id, (select) => (select as HTMLSelectElement).selectedOptions[0].text)
            expect(await selected('#filter-outcome')).toMatch(/^Boomerang blocked \(/)
            expect(await selected('#filter-partner')).toMatch(new RegExp(`^${partner.replace(/[()]/g, '\\$&')} \\(`))
            const blocked = data.byPartner.series.find((series) => series.outcome === 'boomerang_blocked')!.values[0]
            expect(await status(page)).toBe(`${blocked} of ${data.events} events`)
            await page.selectOption('#filter-outcome', '')
            await page.selectOption('#filter-partner', '')
            await page.fill('#search', '')
            expect(await bodyRows(page)).toBe(data.events)
        })

        it('writes a screenshot', async () => {
            await opened.page.fill('#search', '')
            const shot = join(OUT, 'report.png')
            await opened.page.screenshot({ path: shot, fullPage: true })
            expect(statSync(shot).size).toBeGreaterThan(20_000)
            if (process.env.UPDATE_SCREENSHOT === '1') {
                mkdirSync(join(ROOT, 'docs', 'img'), { recursive: true })
                copyFileSync(shot, join(ROOT, 'docs', 'img', 'report.png'))
            }
        })
    })

    describe('hostile names and 100,000 events', () => {
        const file = join(OUT, 'large.html')
        const EVENTS = 100_000
        let opened: Opened

        beforeAll(async () => {
            const outcomes = ['rerouted', 'rerouted', 'kept_specialty', 'no_target', 'boomerang_blocked', 'boomerang_warned', 'sent_to_partner', 'none']
            const signals = ['red_flag', 'partner_opener', 'partner_handoff', 'department']
            const collector = new ReportCollector(readLabels(ROOT))
            for (let n = 0; n < EVENTS; n++) {
                const number = `INC${String(1_000_000 + n)}`
                const partner = n % 41 === 0 ? HOSTILE : `Partner ${n % 40}`
                const result: EventResult = {
                    number,
                    action: 'insert',
                    stamp: null,
                    group_before: n % 7 === 0 ? HOSTILE : 'IT Help Center',
                    group_after: `Group ${n % 30}`,
                    partner,
                    signal: signals[n % 4],
                    outcome: outcomes[n % outcomes.length],
                    reason: `Reason for ${partner}`,
                    banner: 'A banner',
                    blocked: n % outcomes.length === 4,
                    work_notes: `IT Partner Routing: ${partner}`,
                    warnings: n % 1000 === 0 ? ['a warning'] : [],
                }
                const day = String(1 + (n % 28)).padStart(2, '0')
                collector.add(result, { index: n, table: 'incident', action: 'insert', number, record: { opened_at: `2026-${n % 2 ? '10' : '11'}-${day} 10:00:00` }, user: '' })
            }
            writeFileSync(
                file,
                renderReport({
                    data: collector.finish(HOSTILE),
                    snapshotDir: HOSTILE,
                    generatedAt: new Date('2026-11-26T12:00:00Z'),
                    policies: policiesOf([]),
                    findings: [{ severity: 'warning', message: HOSTILE }],
                }),
            )
            opened = await open(file)
        }, 180_000)

        it('loads without console errors and runs nothing from the data', async () => {
            expect(opened.errors).toEqual([])
            expect(await opened.page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined()
            expect(await opened.page.locator('img').count()).toBe(0)
            expect(await opened.page.textContent('h1')).toContain(HOSTILE)
            expect(await opened.page.textContent('.findings')).toContain(HOSTILE)
        })

        it.each(CHARTS)('aggregates %s and draws its marks', async (id) => {
            expect(await marks(opened.page, id)).toBe(expectedMarks(opened.data)[id])
        })

        it('keeps only one page of rows in the table, and filters, searches and pages through all of them', async () => {
            const { page } = opened
            expect(await status(page)).toBe('100,000 of 100,000 events')
            expect(await bodyRows(page)).toBe(50)
            await page.click('#page-next')
            expect(await page.textContent('#page-info')).toBe('rows 51–100, page 2 of 2000')
            const partnerValue = await page.$eval('#filter-partner', (select, wanted) => {
                return [...(select as HTMLSelectElement).options].find((one) => one.text.startsWith(wanted))?.value ?? ''
            }, HOSTILE)
            await page.selectOption('#filter-partner', partnerValue)
            const hostileEvents = Math.ceil(EVENTS / 41)
            expect(await status(page)).toBe(`${hostileEvents.toLocaleString('en-US')} of 100,000 events`)
            expect(await page.locator('#events-body tr').first().locator('td').nth(5).textContent()).toBe(HOSTILE)
            await page.selectOption('#filter-partner', '')
            await page.fill('#search', 'inc1054321')
            expect(await bodyRows(page)).toBe(1)
            expect(await status(page)).toBe('1 of 100,000 events')
        })

        it('shows a hostile name as text in tooltips', async () => {
            const { page } = opened
            await page.evaluate(() => {
                const echarts = (window as unknown as { echarts: typeof import('echarts') }).echarts
                echarts.getInstanceByDom(document.getElementById('chart-partner')!)!.dispatchAction({ type: 'showTip', seriesIndex: 0, dataIndex: 0 })
            })
            const tooltip = page.locator('#chart-partner div[style*="position: absolute"]').last()
            await tooltip.waitFor({ state: 'visible' })
            expect(await tooltip.textContent()).toContain(HOSTILE)
            expect(await page.locator('img').count()).toBe(0)
        })
    })
})
