import type { Browser, Page } from 'playwright-core'
import { launchBrowser, login, newPage, startProduct, type RunningProduct, pickOption } from './harness'
import { fetchSandboxContacts } from './seed-requests'
// Functions passed to page.waitForFunction run in the browser; the tests' tsconfig has no DOM library.
declare const document: any

// The whole loop of issue 6 through the pages only: a resident reports on the sandbox page, a worker
// sees it arrive in the inbox, replies and resolves it there, and the resident's chat shows both.
let product: RunningProduct
let browser: Browser

beforeAll(async () => {
  product = await startProduct()
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await product?.stop()
})

const GROUP = '米亚花园三期业主群'

describe('console › closed loop', () => {
  it('when a resident reports on the sandbox page › then the worker sees it in the inbox without reloading, replies and resolves it, and the resident’s chat shows the reply and the resolution', async () => {
    // Arrange: the worker's inbox is open first, so the request must arrive by itself
    const contacts = await fetchSandboxContacts(product.url)
    const group = contacts.groups.find((g) => g.topic === GROUP)!
    const resident = contacts.residents.filter((r) => r.compoundId === group.compoundId)[3]
    const worker = await newPage(browser)
    await login(worker.page, product.url, 'liu')
    await worker.page.waitForSelector('[data-testid=request-table]')
    const resi = await newPage(browser)
    await login(resi.page, product.url, 'admin')
    await resi.page.goto(`${product.url}/sandbox`)
    await pickOption(resi.page, 'sandbox-group', GROUP)
    await pickOption(resi.page, 'sandbox-sender', resident.name)

    // Act 1: the resident reports on the sandbox page
    const report = '7号楼1单元门口的下水道堵了，污水冒出来了'
    await resi.page.fill('[data-testid=sandbox-input]', report)
    await resi.page.click('[data-testid=sandbox-send]')
    const ack = resi.page.locator('[data-testid=message][data-talker-kind=bot]', { hasText: '已登记为第' })
    await ack.waitFor()
    const no = Number(/第(\d+)号/.exec((await ack.textContent()) ?? '')?.[1])
    expect(no).toBeGreaterThan(0)

    // Assert 1: the worker's inbox shows it without a reload
    const row = worker.page.locator(`[data-testid=request-table] tbody [data-no="${no}"]`)
    await row.waitFor({ timeout: 20_000 })
    await row.click()
    const drawer = worker.page.locator('[data-testid=request-detail]')
    await expect(drawer.locator('[data-testid=detail-conversation]').textContent()).resolves.toContain(report)

    // Act 2: accept, reply, resolve
    await drawer.locator('[data-testid=action-accept]').click()
    await worker.page.waitForFunction(() => document.querySelector('[data-testid=detail-status]')?.textContent === '已受理')
    const reply = '已联系物业，师傅半小时内到场疏通'
    await drawer.locator('textarea[data-testid=reply-text]').fill(reply)
    await drawer.locator('[data-testid=reply-send]').click()
    await worker.page.waitForFunction((r) => document.querySelector('[data-testid=detail-timeline]')?.textContent?.includes(r), reply)
    await drawer.locator('[data-testid=action-resolve]').click()
    await worker.page.locator('textarea[data-testid=action-text]').fill('下水道已疏通')
    await worker.page.click('[data-testid=action-submit]')
    await worker.page.waitForFunction(() => document.querySelector('[data-testid=detail-status]')?.textContent === '已办结')

    // Assert 2: the resident's chat (still open, not reloaded) shows the worker's reply and the resolution, @-ing them
    const relayed = resi.page.locator('[data-testid=message][data-talker-kind=bot]', { hasText: reply })
    await relayed.waitFor({ timeout: 30_000 })
    await expect(relayed.textContent()).resolves.toContain(`@${resident.name}`)
    const resolved = resi.page.locator('[data-testid=message][data-talker-kind=bot]', { hasText: `【工单 #${no}】已办结：下水道已疏通` })
    await resolved.waitFor({ timeout: 30_000 })
    await expect(resolved.textContent()).resolves.toContain('评价')
    // Each bot message about this request reached the group once.
    const texts = await resi.page.locator('[data-testid=message][data-talker-kind=bot] [data-testid=message-text]').allTextContents()
    expect(texts.filter((t) => t.includes(reply))).toHaveLength(1)
    expect(worker.errors).toEqual([])
    expect(resi.errors).toEqual([])
    await worker.context.close()
    await resi.context.close()
  })
})
