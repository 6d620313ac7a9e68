import type { Browser, Page } from 'playwright-core'
import { keepScreenshot, launchBrowser, login, newPage, startProduct, type RunningProduct, pickOption } from './harness'
import { fetchToken } from './seed-requests'

let product: RunningProduct
let browser: Browser
let adminToken: string

beforeAll(async () => {
  product = await startProduct()
  browser = await launchBrowser()
  adminToken = await fetchToken(product.url, 'admin')
})
afterAll(async () => {
  await browser?.close()
  await product?.stop()
})

interface StoredResident {
  id: string
  name: string
  compoundId: string
  building?: string
  phone?: string
  tags: string[]
  consent: { greetings: boolean; pushes: boolean }
}

async function residents(query: Record<string, string>): Promise<{ items: StoredResident[]; total: number }> {
  const res = await fetch(`${product.url}/api/residents?${new URLSearchParams({ pageSize: '100', ...query })}`, { headers: { Authorization: `Bearer ${adminToken}` } })
  expect(res.status).toBe(200)
  return (await res.json()) as { items: StoredResident[]; total: number }
}

/** The resident total the page shows once a list request answered. */
async function shownTotal(page: Page, act: () => Promise<void>): Promise<number> {
  const answered = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/residents' && r.request().method() === 'GET')
  await act()
  expect((await answered).status()).toBe(200)
  await page.locator('[data-testid=resident-results][data-loading=false]').waitFor()
  return Number(await page.locator('[data-testid=resident-total]').getAttribute('data-total'))
}

const ROSTER = [
  '姓名,小区,楼栋,单元,房号,电话,生日,标签,同意祝福,同意推送',
  '周秀兰,米亚花园三期,12号楼,1单元,1201,13700001111,1944-05-06,低保、独居老人,是,否',
  '郑国强,米亚花园三期,12,2,1302,,农历08-15,退役军人,否,否',
  '钱多多,米亚花园三期,12,2,1303,12345,,,,',
].join('\n')

describe('console › residents', () => {
  it('when an admin imports a roster with one bad row › then the report says row by row what happened and why, and the good rows are in the list', async () => {
    // Arrange
    const { page, errors, context } = await newPage(browser)
    await login(page, product.url, 'admin')
    await page.goto(`${product.url}/residents`)
    expect((await residents({ q: '周秀兰' })).total).toBe(0)

    // Act
    await page.click('[data-testid=roster-open]')
    await page.setInputFiles('[data-testid=roster-import] input[type=file]', { name: '米亚12号楼.csv', mimeType: 'text/csv', buffer: Buffer.from('\uFEFF' + ROSTER) })
    await page.click('[data-testid=roster-submit]')

    // Assert: the report
    const report = page.locator('[data-testid=roster-report]')
    await report.waitFor()
    for (const [status, count] of [['imported', '2'], ['updated', '0'], ['unchanged', '0'], ['rejected', '1']]) {
      await expect(report.locator(`[data-testid=roster-count-${status}]`).getAttribute('data-count')).resolves.toBe(count)
    }
    await expect(report.locator('[data-testid=roster-row][data-row="2"]').getAttribute('data-status')).resolves.toBe('imported')
    await expect(report.locator('[data-testid=roster-row][data-row="3"]').getAttribute('data-status')).resolves.toBe('imported')
    await expect(report.locator('[data-testid=roster-row][data-row="4"]').getAttribute('data-status')).resolves.toBe('rejected')
    await expect(report.locator('[data-testid=roster-detail-4]').innerText()).resolves.toBe('电话「12345」格式不对')
    await keepScreenshot(page, 'residents-import')
    // Assert: stored as the file says
    const [zhou] = (await residents({ q: '周秀兰' })).items
    expect(zhou).toMatchObject({ building: '12', phone: '13700001111', tags: ['低保', '独居老人'], consent: { greetings: true, pushes: false } })
    expect((await residents({ q: '钱多多' })).total).toBe(0)
    // Assert: the list shows them once the dialog is closed
    await page.click('[data-testid=roster-done]')
    await shownTotal(page, async () => {
      await page.fill('[data-testid=filter-q]', '周秀兰')
      await page.click('[data-testid=filter-search]')
    })
    await expect(page.locator('[data-testid=resident-row]').count()).resolves.toBe(1)
    await expect(page.locator('[data-testid=resident-list]').innerText()).resolves.toContain('137000011')
    expect(errors).toEqual([])
    await context.close()
  })

  it('when filtering by tag, then by compound and building › then each filter narrows the list to what the API holds', async () => {
    // Arrange
    const { page, errors, context } = await newPage(browser)
    await login(page, product.url, 'admin')
    const all = await shownTotal(page, () => page.goto(`${product.url}/residents`).then(() => undefined))
    // The page shows 20 a page, in the API's order.
    const elderly = await residents({ tag: '高龄', pageSize: '20' })
    const compound = (await (await fetch(`${product.url}/api/compounds`, { headers: { Authorization: `Bearer ${adminToken}` } })).json()) as { items: { id: string; name: string }[] }
    const mia = compound.items.find((c) => c.name === '米亚花园三期')!
    const miaBuilding1 = await residents({ compoundId: mia.id, building: '1', pageSize: '20' })

    // Act + Assert: tag
    const byTag = await shownTotal(page, () => pickOption(page, 'filter-tag', '高龄'))
    expect(byTag).toBe(elderly.total)
    expect(byTag).toBeGreaterThan(0)
    expect(byTag).toBeLessThan(all)
    const shown = await page.locator('[data-testid=resident-row]').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')))
    expect(shown).toEqual(elderly.items.map((r) => r.id))
    expect(elderly.items.every((r) => r.tags.includes('高龄'))).toBe(true)
    await keepScreenshot(page, 'residents')

    // Act + Assert: compound and building, on a fresh page
    await shownTotal(page, () => page.reload().then(() => undefined))
    await shownTotal(page, () => pickOption(page, 'filter-compound', '米亚花园三期'))
    const byBuilding = await shownTotal(page, () => pickOption(page, 'filter-building', '1栋'))
    expect(byBuilding).toBe(miaBuilding1.total)
    expect(byBuilding).toBeGreaterThan(0)
    const rows = await page.locator('[data-testid=resident-row]').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')))
    expect(rows).toEqual(miaBuilding1.items.map((r) => r.id))
    expect(miaBuilding1.items.every((r) => r.compoundId === mia.id && r.building === '1')).toBe(true)
    expect(errors).toEqual([])
    await context.close()
  })

  it('when an admin turns on push consent and adds a tag › then the change is stored and shown after a reload', async () => {
    // Arrange: a resident without push consent
    const { page, errors, context } = await newPage(browser)
    await login(page, product.url, 'admin')
    const target = (await residents({})).items.find((r) => !r.consent.pushes && !r.tags.includes('残疾'))!
    expect(target).toBeDefined()
    await page.goto(`${product.url}/residents`)
    await shownTotal(page, async () => {
      await page.fill('[data-testid=filter-q]', target.name)
      await page.click('[data-testid=filter-search]')
    })

    // Act
    await page.locator(`[data-testid=resident-row][data-id="${target.id}"]`).click()
    const editor = page.locator('[data-testid=resident-editor]')
    await editor.waitFor()
    await editor.locator('[data-testid=consent-pushes]').click()
    await editor.locator('[data-testid=resident-tag-残疾]').click()
    await editor.locator('[data-testid=resident-save]').click()
    await editor.waitFor({ state: 'hidden' })

    // Assert
    const stored = (await residents({ q: target.name })).items.find((r) => r.id === target.id)!
    expect(stored.consent).toEqual({ greetings: target.consent.greetings, pushes: true })
    expect(stored.tags.sort()).toEqual([...target.tags, '残疾'].sort())
    await page.reload()
    await shownTotal(page, async () => {
      await page.fill('[data-testid=filter-q]', target.name)
      await page.click('[data-testid=filter-search]')
    })
    const row = page.locator('tr', { has: page.locator(`[data-testid=resident-row][data-id="${target.id}"]`) })
    await expect(row.locator('[data-testid=consent-pushes-yes]').count()).resolves.toBe(1)
    await expect(row.innerText()).resolves.toContain('残疾')
    expect(errors).toEqual([])
    await context.close()
  })

  it('when a worker opens the roster on a phone › then only their compound shows, as cards with masked phones, and there is no import', async () => {
    // Arrange
    const { page, errors, context } = await newPage(browser, { phone: true })
    await login(page, product.url, 'liu')

    // Act
    const total = await shownTotal(page, () => page.goto(`${product.url}/residents`).then(() => undefined))

    // Assert
    await expect(page.locator('[data-testid=residents-readonly]').innerText()).resolves.toContain('导入名册需要管理员权限')
    await expect(page.locator('[data-testid=roster-open]').count()).resolves.toBe(0)
    await expect(page.locator('table').count()).resolves.toBe(0)
    const mia = (await (await fetch(`${product.url}/api/compounds`, { headers: { Authorization: `Bearer ${adminToken}` } })).json()) as { items: { id: string; name: string }[] }
    expect(total).toBe((await residents({ compoundId: mia.items.find((c) => c.name === '米亚花园三期')!.id })).total)
    const cards = await page.locator('[data-testid=resident-row]').allInnerTexts()
    expect(cards.length).toBeGreaterThan(0)
    expect(cards.every((t) => t.includes('米亚花园三期'))).toBe(true)
    expect(cards.filter((t) => /1\d{2}\*{4}\d{4}/.test(t)).length).toBeGreaterThan(0)
    expect(cards.some((t) => /1\d{10}/.test(t))).toBe(false)
    await page.click('[data-testid=filter-compound]')
    await page.locator('.el-select-dropdown__item:visible').first().waitFor()
    await expect(page.locator('.el-select-dropdown__item:visible').allInnerTexts()).resolves.toEqual(['米亚花园三期'])
    expect(errors).toEqual([])
    await context.close()
  })
})
