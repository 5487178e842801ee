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
import { readLabels } from '../../replay/report/page/labels.ts'
import { policiesOf, renderReport } from '../../replay/report/page/render.ts'
import { ReportCollector } from '../../replay/report/page/collector.ts'
import { ValueTracker } from '../../replay/report/value/tracker.ts'
import type { EventResult } from '../../replay/run/engine.ts'
import type { ReportData } from '../../replay/report/page/data.ts'
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
const CHARTS = ['chart-flow', 'chart-partner', 'chart-departments', 'chart-signal', 'chart-weeks']
/** The width a manager's screen shows the page at: no title or tile may wrap there, the sentence takes two lines at most. */
const WIDE = { width: 1400, height: 900 }
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
        'chart-departments': bars(data.departments),
        'chart-signal': bars(data.bySignal),
        'chart-weeks': data.weeks ? bars(data.weeks) : 0,
    }
}

/** The texts a chart drew (labels, axis names, numbers). */
function chartTexts(page: Page, id: string): Promise<string[]> {
    return page.evaluate((chartId) => [...document.querySelectorAll(`#${chartId} svg text`)].map((text) => text.textContent ?? ''), id)
}

/** The total of each bar, as the page writes it (thousands separators). */
function totals(stacked: { categories: string[]; series: { values: number[] }[] }): string[] {
    return stacked.categories.map((_, index) => stacked.series.reduce((sum, series) => sum + series.values[index], 0).toLocaleString('en-US'))
}

/**
 * The title and tiles that wrapped or were cut at the page's width, and the value sentence if it took more than two
 * lines: each element is compared with a one-line copy of itself (same styles, no wrapping) and with its own scroll width.
 */
function wrapped(page: Page): Promise<string[]> {
    return page.evaluate(() => {
        const bad: string[] = []
        for (const node of document.querySelectorAll<HTMLElement>('h1, #value-sentence, .kpi .value, .kpi .label')) {
            const copy = node.cloneNode(true) as HTMLElement
            copy.style.whiteSpace = 'nowrap'
            copy.style.position = 'absolute'
            copy.style.visibility = 'hidden'
            node.parentElement!.append(copy)
            const oneLine = copy.getBoundingClientRect().height
            copy.remove()
            const lines = node.id === 'value-sentence' ? 2 : 1
            if (node.getBoundingClientRect().height > oneLine * lines + 1 || node.scrollWidth > node.clientWidth + 1) bad.push(node.textContent ?? '')
        }
        return bad
    })
}

async function status(page: Page): Promise<string> {
    return (await page.textContent('#table-status')) ?? ''
}

async function bodyRows(page: Page): Promise<number> {
    return page.locator('#events-body tr').count()
}

/** Each tile's figure as the page writes it, by the figure select's value. */
function tileValues(page: Page): Promise<Record<string, string>> {
    return page.evaluate(async () => {
        const values: Record<string, string> = {}
        const select = document.getElementById('filter-figure') as HTMLSelectElement
        for (const tile of document.querySelectorAll<HTMLButtonElement>('#value-tiles .kpi')) {
            tile.click()
            values[select.value] = tile.querySelector('.value')!.textContent!
        }
        return values
    })
}

/** For each figure of the select: the sum the tickets table gives for the tickets it lists. */
function figureSums(page: Page): Promise<Record<string, string>> {
    return page.evaluate(() => {
        const sums: Record<string, string> = {}
        const select = document.getElementById('filter-figure') as HTMLSelectElement
        for (const option of [...select.options]) {
            select.value = option.value
            select.dispatchEvent(new Event('change'))
            sums[option.value] = /: ([^:(]+?)(?: \(|$)/.exec(document.getElementById('tickets-status')!.textContent!)![1]
        }
        return sums
    })
}

function ticketNumbers(page: Page): Promise<string[]> {
    return page.$$eval('#tickets-body tr td:first-child', (cells) => cells.map((cell) => cell.textContent ?? ''))
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
            expect(await bodyRows(page)).toBe(3)
        })

        it('lists the events of a bar when it is clicked', async () => {
            const { page, data } = opened
            // The "skipped tier 1" segment of the first Partner's bar: the largest shape of that colour (not the legend swatch).
            await page.locator('#chart-partner').scrollIntoViewIfNeeded()
            const box = await page.evaluate(() => {
                const shapes = [...document.querySelectorAll<SVGGraphicsElement>('#chart-partner svg path[fill="#1b7837"]')]
                const rects = shapes.map((shape) => shape.getBoundingClientRect()).sort((a, b) => b.width * b.height - a.width * a.height)
                return { x: rects[0].x + rects[0].width / 2, y: rects[0].y + rects[0].height / 2 }
            })
            await page.mouse.click(box.x, box.y)
            const partner = data.byPartner.categories[0]
            const selected = await page.$eval('#filter-partner', (select) => (select as HTMLSelectElement).selectedOptions[0].text)
            expect(selected).toMatch(new RegExp(`^${partner.replace(/[()]/g, '\\$&')} \\((\\d+)\\)$`))
            const events = Number(/\((\d+)\)$/.exec(selected)![1])
            expect(await status(page)).toBe(`${events} of ${data.events} events`)
            await page.selectOption('#filter-partner', '')
            await page.fill('#search', '')
            expect(await bodyRows(page)).toBe(data.events)
        })

        it('heads the page with what the app would have saved', async () => {
            const { page, data } = opened
            expect(await page.textContent('#value-sentence')).toBe(data.value!.sentence)
            expect(data.value!.sentence).toBe(
                'Of 5 Partner escalations, 3 would have skipped tier 1 and 0 already went straight; 5 hops and 55.1 hours in tier-1 queues saved; 1 boomerang stopped.',
            )
            const tiles = await page.$$eval('#value-tiles .kpi', (nodes) => nodes.map((node) => node.textContent))
            expect(tiles).toEqual([
                '5Partner escalations',
                '3would have skipped tier 1',
                '0already went straight',
                '5hops saved (6 → 1)',
                '55.1hours in tier-1 queues saved',
                '1boomerangs stopped',
                '0moot tier-1 moves',
                '4tier-1 stations skipped',
                '0escalations still in tier 1',
            ])
        })

        it('lists the tickets behind each figure of the sentence, whose figures sum to it', async () => {
            const { page } = opened
            expect(await figureSums(page)).toEqual(await tileValues(page))
            await page.click('#value-tiles .kpi:has-text("boomerangs stopped")')
            expect(await page.textContent('#tickets-status')).toBe('1 of 5 Partner escalations; boomerangs stopped: 1')
            expect(await ticketNumbers(page)).toEqual(['INC0020001'])
            await page.click('#value-tiles .kpi:has-text("hours in tier-1 queues saved")')
            expect(await ticketNumbers(page)).toEqual(['INC0020001', 'INC0020002', 'INC0020003'])
        })

        it("shows a ticket's events when its number is clicked", async () => {
            const { page, data } = opened
            await page.selectOption('#filter-figure', 'escalations')
            await page.click('#tickets-body button:has-text("INC0020003")')
            expect(await page.inputValue('#search')).toBe('INC0020003')
            expect(await status(page)).toBe(`3 of ${data.events} events`)
            await page.fill('#search', '')
        })

        it('draws no flow for a blocked attempt: it is listed apart as "asked for, kept"', async () => {
            const { page, data } = opened
            // Real moves, all from the IT Help Center: INC0020001 (insert) and INC0020003 (hand-off) to Network Services,
            // INC0020002 to System Engineering. The blocked "asked for IT Help Center, kept Network Services" would make
            // Network Services 3.
            expect(data.flow.links.reduce((sum, link) => sum + link.value, 0)).toBe(3)
            const texts = await chartTexts(page, 'chart-flow')
            expect(texts).toEqual(['IT Help Center: 3', 'Network Services: 2', 'System Engineering: 1'])
            expect((await page.textContent('#blocked-list tbody'))?.trim()).toBe('asked for IT Help Center, kept Network Services1')
        })

        it("writes each bar's total on it", async () => {
            const { page, data } = opened
            for (const [id, stacked] of [
                ['chart-partner', data.byPartner],
                ['chart-departments', data.departments],
                ['chart-signal', data.bySignal],
            ] as const) {
                const texts = await chartTexts(page, id)
                for (const total of totals(stacked)) expect(texts).toContain(total)
            }
        })

        it('shows for an update the group the ticket had, the one asked for and the one kept', async () => {
            const { page } = opened
            await page.fill('#search', 'boomerang')
            const blocked = page.locator('#events-body tr[data-outcome="boomerang_blocked"] td').nth(4)
            expect(await blocked.textContent()).toBe('had Network Services, asked for IT Help Center, kept Network Services')
            expect(await blocked.locator('s').textContent()).toBe('IT Help Center')
            await page.fill('#search', '')
        })

        it('wraps neither the title nor a tile at 1400 px, and the sentence takes two lines at most', async () => {
            const wide = await open(file, WIDE)
            expect(wide.errors).toEqual([])
            expect(await wrapped(wide.page)).toEqual([])
            await wide.page.close()
        }, 60_000)

        it('writes a screenshot at 1400 px', async () => {
            const wide = await open(file, WIDE)
            const shot = join(OUT, 'report.png')
            await wide.page.screenshot({ path: shot, fullPage: true })
            await wide.page.close()
            expect(statSync(shot).size).toBeGreaterThan(20_000)
            if (process.env.UPDATE_SCREENSHOT === '1') {
                mkdirSync(join(ROOT, 'docs', 'img'), { recursive: true })
                copyFileSync(shot, join(ROOT, 'docs', 'img', 'report.png'))
            }
        }, 60_000)
    })

    describe('a history export (test/replay/fixtures/history-value): from each figure to its tickets', () => {
        const file = join(OUT, 'history.html')
        let opened: Opened

        beforeAll(async () => {
            const run = runCli([join(ROOT, 'test', 'replay', 'fixtures', 'history-value'), '--html', file])
            if (run.status !== 0) throw new Error(`replay --html failed: ${run.stderr}`)
            opened = await open(file, WIDE)
        }, 120_000)

        afterAll(async () => {
            await opened?.page.close()
        })

        it('loads without console errors, nothing at the top wrapped', async () => {
            expect(opened.errors).toEqual([])
            expect(await wrapped(opened.page)).toEqual([])
        })

        it('lists for each figure the tickets whose figures sum to it', async () => {
            const { page } = opened
            const tiles = await tileValues(page)
            expect(tiles).toEqual({ escalations: '9', skipped: '6', straight: '2', hops: '9', hours: '16.5', boomerangs: '3', moot: '2', stations: '10', still: '1' })
            expect(await figureSums(page)).toEqual(tiles)
        })

        it('names the tickets behind the boomerangs stopped, the moot moves and those that went straight', async () => {
            const { page } = opened
            const listed = async (figure: string) => {
                await page.selectOption('#filter-figure', figure)
                return ticketNumbers(page)
            }
            expect(await listed('boomerangs')).toEqual(['INC0040001', 'INC0040004', 'INC0040005'])
            expect(await listed('moot')).toEqual(['INC0040002'])
            expect(await listed('straight')).toEqual(['INC0040003', 'INC0040004'])
            // The ticket that needed no reroute still shows its Partner and signal.
            const row = await page.$$eval('#tickets-body tr:first-child td', (cells) => cells.map((cell) => cell.textContent))
            expect(row.slice(0, 6)).toEqual(['INC0040003', 'Metropolitan College IT (MET IT)', 'Red flag on the caller', 'Network Services', 'Network Services', 'went straight'])
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
            const value = new ValueTracker({ isTier1: (name) => name === 'IT Help Center' })
            for (let n = 0; n < EVENTS; n++) {
                const number = `INC${String(1_000_000 + n)}`
                const partner = n % 41 === 0 ? HOSTILE : `Partner ${n % 40}`
                const result: EventResult = {
                    number,
                    action: 'insert',
                    group_before: n % 7 === 0 ? HOSTILE : 'IT Help Center',
                    group_after: `Group ${n % 30}`,
                    partner,
                    signal: signals[n % 4],
                    stamp: { partner, signal: signals[n % 4], escalation: n % 4 !== 3, hops: 0, boomerangs: 0, ping_pong: false },
                    outcome: outcomes[n % outcomes.length],
                    reason: `Reason for ${partner}`,
                    banner: 'A banner',
                    blocked: n % outcomes.length === 4,
                    work_notes: `IT Partner Routing: ${partner}`,
                    warnings: n % 1000 === 0 ? ['a warning'] : [],
                }
                const day = String(1 + (n % 28)).padStart(2, '0')
                const event = { index: n, table: 'incident', action: 'insert' as const, number, record: { opened_at: `2026-${n % 2 ? '10' : '11'}-${day} 10:00:00` }, user: '' }
                collector.add(result, event)
                value.add(result, event)
            }
            writeFileSync(
                file,
                renderReport({
                    data: collector.finish(HOSTILE, value.summary(), value.ticketValues()),
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

        it('writes totals with thousands separators on the bars, wraps no tile at 1400 px, and lists the tickets behind each figure', async () => {
            const { page, data } = opened
            const partnerTotals = totals(data.byPartner)
            expect(partnerTotals.some((total) => total.includes(','))).toBe(true)
            const texts = await chartTexts(page, 'chart-partner')
            for (const total of partnerTotals) expect(texts).toContain(total)
            expect(await page.textContent('#value-sentence')).toMatch(/^Of \d{1,3}(,\d{3})* Partner escalations, \d{1,3}(,\d{3})* would have skipped tier 1 /)
            const wide = await open(file, WIDE)
            expect(await wrapped(wide.page)).toEqual([])
            await wide.page.close()
            expect(await figureSums(page)).toEqual(await tileValues(page))
        }, 120_000)

        it('keeps only one page of rows in the table, and filters, searches and pages through all of them', async () => {
            const { page } = opened
            expect(await status(page)).toBe('100,000 of 100,000 events')
            expect(await bodyRows(page)).toBe(50)
            await page.click('#page-next')
            expect(await page.textContent('#page-info')).toBe('rows 51–100, page 2 of 2,000')
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
            const { page, data } = opened
            const hostileNode = data.flow.nodes.findIndex((node) => node.name === HOSTILE)
            expect(hostileNode).toBeGreaterThan(-1)
            await page.evaluate((dataIndex) => {
                const echarts = (window as unknown as { echarts: typeof import('echarts') }).echarts
                echarts.getInstanceByDom(document.getElementById('chart-flow')!)!.dispatchAction({ type: 'showTip', seriesIndex: 0, dataIndex })
            }, hostileNode)
            const tooltip = page.locator('#chart-flow div[style*="position: absolute"]').last()
            await tooltip.waitFor({ state: 'visible' })
            expect(await tooltip.textContent()).toContain(HOSTILE)
            expect(await page.locator('img').count()).toBe(0)
        })
    })
})
