import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import ExcelJS from 'exceljs'
import type { Browser, Page } from 'playwright-core'
import { keepScreenshot, launchBrowser, login, newPage, startProduct, type RunningProduct } from './harness'
import { backdateRequests, fetchToken, getJson, seedDistrictRequests } from './seed-requests'
// Functions passed to page.waitForFunction run in the browser; the tests' tsconfig has no DOM library.
declare const document: any

interface Ratio {
  numerator: number
  denominator: number
  rate: number | null
}
interface Stats {
  period: { from: string; to: string }
  received: number
  responseRate: Ratio
  resolutionRate: Ratio
  satisfactionRate: Ratio
  overdueOpen: number
  groups?: { key: string; stats: Stats }[]
}

let product: RunningProduct
let browser: Browser
let adminToken: string
let seeded: Awaited<ReturnType<typeof seedDistrictRequests>>

beforeAll(async () => {
  // The backdating below writes the database from outside the product, which sees it at its next reload.
  product = await startProduct({ CACHE_RELOAD_S: '1' })
  browser = await launchBrowser()
  // Fifteen reports across the four compounds over two weeks; some accepted, some resolved and rated.
  seeded = await seedDistrictRequests(product.url)
  await backdateRequests(product.databaseUri, seeded)
  adminToken = await fetchToken(product.url, 'admin')
  await waitForBackdatedTrend()
})

/** Waits until the product's statistics show the reports spread over more than one day (it has reloaded). */
async function waitForBackdatedTrend(): Promise<void> {
  const deadline = Date.now() + 30_000
  for (;;) {
    const trend = await getJson<{ days: { received: number }[] }>(product.url, adminToken, '/api/stats/trend')
    if (trend.days.filter((d) => d.received > 0).length > 1) return
    if (Date.now() > deadline) throw new Error(`the product never showed the backdated requests: ${JSON.stringify(trend.days.filter((d) => d.received > 0))}`)
    await new Promise((r) => setTimeout(r, 500))
  }
}
afterAll(async () => {
  await browser?.close()
  await product?.stop()
})

const pct = (r: Ratio) => (r.rate === null ? '—' : `${(r.rate * 100).toFixed(1)}%`)
const kpi = (page: Page, id: string) => page.locator(`[data-testid=kpi-${id}] .kpi-value`).textContent()

/** Waits for the dashboard's call to GET /api/stats?…groupBy=compound and returns its query and answer. */
async function statsCall(page: Page, act: () => Promise<unknown>): Promise<{ query: URLSearchParams; body: Stats }> {
  const [res] = await Promise.all([page.waitForResponse((r) => r.url().includes('/api/stats?') && r.url().includes('groupBy=compound') && r.ok()), act()])
  const query = new URL(res.url()).searchParams
  // Let the page render what it received.
  await page.locator('.content > .el-loading-mask').waitFor({ state: 'hidden' })
  return { query, body: (await res.json()) as Stats }
}

/** The same query asked directly, so the test compares the page with the API rather than with itself. */
const statsFromApi = (query: URLSearchParams) => getJson<Stats>(product.url, adminToken, `/api/stats?${query}`)

async function canvasSize(page: Page, testId: string): Promise<{ width: number; height: number }> {
  const box = await page.locator(`[data-testid=${testId}] canvas`).first().boundingBox()
  return { width: box?.width ?? 0, height: box?.height ?? 0 }
}

async function openDashboard(page: Page): Promise<{ query: URLSearchParams; body: Stats }> {
  await login(page, product.url, 'admin')
  return statsCall(page, () => page.click('[data-testid=nav] >> text=数据看板'))
}

describe('console › dashboard', () => {
  it('with requests across compounds › then the charts render and every figure matches the API; the period and compound filters refetch', async () => {
    const { page, errors, context } = await newPage(browser)
    // Arrange / Act: open the dashboard (this month), then switch to the last 30 days, which hold every seeded request
    await openDashboard(page)
    const last30 = await statsCall(page, () => page.click('[data-testid=period-last30]'))
    const api = await statsFromApi(last30.query)

    // Assert: the period asked for starts 29 days before today at 00:00 (browser time) and covers every seeded request
    const from = new Date(last30.query.get('from')!)
    expect((from.getUTCHours() + 8) % 24).toBe(0) // the browser runs in Asia/Shanghai (UTC+8, no DST)
    expect(Math.floor((Date.now() - from.getTime()) / 86_400_000)).toBe(29) // today and the 29 days before
    expect(api.received).toBe(seeded.length)
    // the key figures, as the API computes them
    await expect(kpi(page, 'received')).resolves.toBe(String(api.received))
    await expect(kpi(page, 'response-rate')).resolves.toBe(pct(api.responseRate))
    await expect(kpi(page, 'resolution-rate')).resolves.toBe(pct(api.resolutionRate))
    await expect(kpi(page, 'satisfaction-rate')).resolves.toBe(pct(api.satisfactionRate))
    await expect(kpi(page, 'overdue')).resolves.toBe(String(api.overdueOpen))
    // and by hand: 7 of the 15 resolved; 4 of the 6 ratings are 4 or 5
    expect(pct(api.resolutionRate)).toBe('46.7%')
    expect(pct(api.satisfactionRate)).toBe('66.7%')

    // Assert: four charts drawn on canvases of real size
    for (const chart of ['chart-trend', 'chart-category', 'chart-heatmap', 'chart-rates']) {
      const size = await canvasSize(page, chart)
      expect(size.width).toBeGreaterThan(200)
      expect(size.height).toBeGreaterThan(150)
    }
    // the trend sums to the requests received (charts describe their data for screen readers)
    await expect(page.getAttribute('[data-testid=chart-trend]', 'aria-label')).resolves.toContain(`受理 ${seeded.length} 件`)
    await expect(page.getAttribute('[data-testid=chart-heatmap]', 'aria-label')).resolves.toContain('4 个小区')

    // Assert: the rates table per compound shows the API's rates
    for (const g of api.groups ?? []) {
      const row = page.locator('[data-testid=rates-table] tr', { has: page.locator(`[data-testid="rates-name-${g.key}"]`) })
      const text = await row.textContent()
      expect(text).toContain(pct(g.stats.responseRate))
      expect(text).toContain(pct(g.stats.resolutionRate))
      expect(text).toContain(pct(g.stats.satisfactionRate))
    }
    expect(api.groups).toHaveLength(4)

    // Assert: the needs list's first cluster is the API's
    const needs = await getJson<{ items: { keyword: string; count: number; categoryName: string }[] }>(product.url, adminToken, `/api/stats/needs?${last30.query}`)
    const firstRow = await page.locator('[data-testid=needs-table] .el-table__body tr').first().textContent()
    expect(firstRow).toContain(needs.items[0].categoryName)
    expect(firstRow).toContain(String(needs.items[0].count))
    await page.locator('[data-testid=needs-table]', { hasText: '充电桩' }).waitFor()
    await keepScreenshot(page, 'dashboard')

    // Act / Assert: the heat grid switches to 办结率; the charts follow the window's size
    await page.click('[data-testid=heat-metric] >> text=办结率')
    await expect(page.getAttribute('[data-testid=chart-heatmap]', 'aria-label')).resolves.toContain('办结率热力图')
    const wide = (await canvasSize(page, 'chart-trend')).width
    await page.setViewportSize({ width: 1000, height: 860 })
    // A function, not a string: the console's CSP forbids eval, which string predicates need.
    await page.waitForFunction((w) => document.querySelector('[data-testid=chart-trend] canvas').getBoundingClientRect().width < w, wide - 100)
    await page.setViewportSize({ width: 1366, height: 860 })

    // Act / Assert: one compound → only its figures, and the heat grid shows one row
    const compound = await statsCall(page, async () => {
      await page.click('[data-testid=compound-filter]')
      await page.locator('.el-select-dropdown__item:visible', { hasText: '米亚花园三期' }).click()
    })
    expect(compound.query.get('compoundId')).toMatch(/^[0-9a-f]{24}$/)
    const compoundApi = await statsFromApi(compound.query)
    expect(compoundApi.received).toBeGreaterThan(0)
    expect(compoundApi.received).toBeLessThan(seeded.length)
    await expect(kpi(page, 'received')).resolves.toBe(String(compoundApi.received))
    await expect(page.getAttribute('[data-testid=chart-heatmap]', 'aria-label')).resolves.toContain('1 个小区')

    // Act / Assert: a custom range a year back → nothing, the trend covers exactly that range
    const lastYear = new Date().getFullYear() - 1
    const empty = await statsCall(page, async () => {
      await page.click('[data-testid=period-custom]')
      const inputs = page.locator('.el-range-editor input')
      await inputs.nth(0).fill(`${lastYear}-03-01`)
      await inputs.nth(1).fill(`${lastYear}-03-10`)
      await inputs.nth(1).press('Enter')
    })
    expect(new Date(empty.query.get('from')!).getFullYear()).toBe(lastYear)
    expect(empty.body.received).toBe(0)
    await expect(kpi(page, 'received')).resolves.toBe('0')
    await expect(page.getAttribute('[data-testid=chart-trend]', 'aria-label')).resolves.toContain('共 10 天，受理 0 件')
    await expect(page.locator('[data-testid=period-label]').textContent()).resolves.toContain(`${lastYear}-03-01 至 ${lastYear}-03-10`)
    expect(errors).toEqual([])
    await context.close()
  })

  it('export › then an .xlsx of the chosen period downloads, with the figures on screen', async () => {
    const { page, errors, context } = await newPage(browser)
    const last30 = await (async () => {
      await openDashboard(page)
      return statsCall(page, () => page.click('[data-testid=period-last30]'))
    })()
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-xlsx]')])
    expect(download.suggestedFilename()).toMatch(/^邻里统计_\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.xlsx$/)
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'linli-xlsx-')), 'stats.xlsx')
    await download.saveAs(file)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(file)
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['总览', '分组', '需求清单']))
    const overview = wb.getWorksheet('总览')!
    expect(overview.getRow(2).getCell(1).value).toBe('受理量')
    expect(overview.getRow(3).getCell(1).value).toBe(last30.body.received)
    expect(overview.getRow(1).getCell(2).value).toBe(last30.query.get('from'))
    expect(errors).toEqual([])
    await context.close()
  })

  it('on a phone › then the figures and charts stack in one column', async () => {
    const { page, errors, context } = await newPage(browser, { phone: true })
    await login(page, product.url, 'admin')
    await statsCall(page, () => page.goto(`${product.url}/dashboard`))
    const trend = await page.locator('[data-testid=chart-trend]').boundingBox()
    const category = await page.locator('[data-testid=chart-category]').boundingBox()
    expect(trend && category).toBeTruthy()
    expect(category!.y).toBeGreaterThanOrEqual(trend!.y + trend!.height)
    expect(Math.abs(category!.width - trend!.width)).toBeLessThan(2)
    expect(trend!.width).toBeLessThanOrEqual(390)
    expect((await canvasSize(page, 'chart-heatmap')).width).toBeGreaterThan(250)
    // No sideways scrolling of the page itself.
    await expect(page.$eval('html', (el) => el.scrollWidth)).resolves.toBeLessThanOrEqual(390)
    expect(errors).toEqual([])
    await context.close()
  })
})
