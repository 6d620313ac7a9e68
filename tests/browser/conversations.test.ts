import type { Browser, Page } from 'playwright-core'
import { keepScreenshot, launchBrowser, login, newPage, startProduct, type RunningProduct, pickOption } from './harness'

// Callbacks of page.evaluate/waitForFunction run in the browser; this Node project has no DOM types.
declare const document: any, getComputedStyle: any

let product: RunningProduct
let browser: Browser

const ROOM_MIYA = 'demo-room-1@chatroom'
const ROOM_HONGQI = 'demo-room-4@chatroom'

beforeAll(async () => {
  product = await startProduct()
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await product?.stop()
})

/** A resident (or worker) writes in a sandbox group; returns the bot's answer. */
async function say(group: string, sender: string, text: string): Promise<{ requestNo?: number; decision?: { intent: string; action: string } }> {
  const res = await fetch(`${product.url}/api/sandbox/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ group, sender, text }) })
  if (!res.ok) throw new Error(`sandbox message failed: ${res.status} ${await res.text()}`)
  return (await res.json()) as { requestNo?: number; decision?: { intent: string; action: string } }
}

const messages = (page: Page) => page.locator('[data-testid=chat-message]')
const texts = (page: Page) => page.locator('[data-testid=chat-text]').allTextContents()

async function waitForTotal(page: Page, n: number): Promise<void> {
  await page.waitForFunction((want) => document.querySelector('[data-testid=conversation-total]')?.textContent?.startsWith(`共 ${want} 条`), n)
}

describe('console › conversations', () => {
  it('when a worker picks a group and searches › then the matching message is found, with the bot’s decision and a link to the request it created', async () => {
    // Arrange
    const tag = `T${Date.now() % 1_000_000}`
    const created = await say(ROOM_MIYA, 'demo-resident-02', `3号楼1单元楼道灯坏了，${tag}`)
    await say(ROOM_MIYA, 'demo-resident-03', '今天天气真不错')
    expect(created.requestNo).toBeGreaterThan(0)
    const { page, errors, context } = await newPage(browser)
    await login(page, product.url, 'liu')
    await page.goto(`${product.url}/conversations`)
    await messages(page).first().waitFor()

    // Act
    await pickOption(page, 'filter-group', '米亚花园三期业主群')
    await page.waitForURL(/groupId=/)
    await page.fill('input[data-testid=filter-q]', tag)

    // Assert
    await waitForTotal(page, 1)
    expect(await texts(page)).toEqual([`3号楼1单元楼道灯坏了，${tag}`])
    const msg = messages(page).first()
    await expect(msg.locator('[data-testid=decision-intent]').textContent()).resolves.toBe('报事')
    await expect(msg.locator('[data-testid=decision-action]').textContent()).resolves.toBe('已登记工单')
    expect(page.url()).toContain(`q=${tag}`)

    // Act: follow the link to the inbox
    await msg.locator('[data-testid=request-link]').click()

    // Assert
    await page.waitForURL(new RegExp(`/inbox\\?no=${created.requestNo}$`))
    await page.locator('[data-testid=request-detail] [data-testid=detail-status]').waitFor()
    await expect(page.locator('[data-testid=request-detail] .title').textContent()).resolves.toContain(`#${created.requestNo}`)
    expect(errors).toEqual([])
    await context.close()
  })

  it('when a group is shown › then the bot’s replies are set apart from residents’ messages, and the type filter keeps only policy questions', async () => {
    // Arrange
    const asked = `高龄津贴怎么申请？`
    await say(ROOM_MIYA, 'demo-resident-04', asked)
    const { page, errors, context } = await newPage(browser)
    await login(page, product.url, 'liu')
    const groups = (await (await fetch(`${product.url}/api/sandbox/contacts`)).json()) as { groups: { roomId: string }[] }
    expect(groups.groups.some((g) => g.roomId === ROOM_MIYA)).toBe(true)
    await page.goto(`${product.url}/conversations`)
    await pickOption(page, 'filter-group', '米亚花园三期业主群')
    await page.waitForURL(/groupId=/)
    await page.locator('[data-testid=chat-message][data-direction=out]').first().waitFor()

    // Assert: a worker sees the bot's answers in their group, styled apart
    const inBg = await page.locator('[data-testid=chat-message][data-direction=in] .bubble').first().evaluate((e) => getComputedStyle(e).backgroundColor)
    const outBg = await page.locator('[data-testid=chat-message][data-direction=out] .bubble').first().evaluate((e) => getComputedStyle(e).backgroundColor)
    expect(outBg).not.toBe(inBg)
    await expect(page.locator('[data-testid=chat-message][data-direction=out]').first().textContent()).resolves.toContain('机器人')
    await keepScreenshot(page, 'conversations')

    // Act
    await pickOption(page, 'filter-intent', '政策咨询')

    // Assert
    await page.waitForURL(/intent=question/)
    await page.waitForFunction(() => Array.from<{ textContent: string }>(document.querySelectorAll('[data-testid=decision-intent]')).every((e: { textContent: string }) => e.textContent === '政策咨询') && document.querySelectorAll('[data-testid=chat-message]').length > 0)
    expect(await texts(page)).toContain(asked)
    expect(await page.locator('[data-testid=chat-message][data-direction=out]').count()).toBe(0)
    expect(errors).toEqual([])
    await context.close()
  })

  it('when a group has more messages than a page › then older ones load on demand, without repeats; a date range outside them shows none', async () => {
    // Arrange: 35 lines of chatter in one group (the bot stays silent on chatter)
    for (let i = 1; i <= 35; i++) await say(ROOM_HONGQI, 'demo-resident-45', `第${i}条闲聊消息`)
    const { page, errors, context } = await newPage(browser)
    await login(page, product.url, 'admin')
    await page.goto(`${product.url}/conversations?q=${encodeURIComponent('条闲聊消息')}`)

    // Assert: the newest page, oldest of it first
    await waitForTotal(page, 35)
    expect(await messages(page).count()).toBe(30)
    expect((await texts(page)).at(-1)).toBe('第35条闲聊消息')
    expect((await texts(page))[0]).toBe('第6条闲聊消息')

    // Act
    await page.click('[data-testid=load-earlier]')

    // Assert
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=chat-message]').length === 35)
    const all = await texts(page)
    expect(all).toEqual(Array.from({ length: 35 }, (_, i) => `第${i + 1}条闲聊消息`))
    expect(await page.locator('[data-testid=load-earlier]').count()).toBe(0)

    // Act: a day long before the messages, typed into the date range
    const range = page.locator('[data-testid=filter-range] input')
    await range.nth(0).fill('2020-01-01')
    await range.nth(1).fill('2020-01-02')
    await range.nth(1).press('Enter')

    // Assert
    await waitForTotal(page, 0)
    await expect(page.locator('[data-testid=conversation-list]').textContent()).resolves.toContain('没有符合条件的消息')
    expect(page.url()).toContain('from=2020-01-01&to=2020-01-02')

    // Act: a reload keeps the range (it lives in the URL); today brings them back
    await page.reload()
    await waitForTotal(page, 0)
    expect(await range.nth(0).inputValue()).toBe('2020-01-01')
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' })
    await page.goto(`${product.url}/conversations?q=${encodeURIComponent('条闲聊消息')}&from=${today}&to=${today}`)
    await waitForTotal(page, 35)
    expect(errors).toEqual([])
    await context.close()
  })

  it('on a phone › then the page fits the screen', async () => {
    const { page, errors, context } = await newPage(browser, { phone: true })
    await login(page, product.url, 'liu')
    await page.goto(`${product.url}/conversations`)
    await messages(page).first().waitFor()
    const width = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(width).toBeLessThanOrEqual(390)
    expect(errors).toEqual([])
    await context.close()
  })
})
