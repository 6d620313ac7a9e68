import type { Browser, Page } from 'playwright-core'
import { keepScreenshot, launchBrowser, login, newPage, startProduct, type RunningProduct, pickOption } from './harness'
import { fetchSandboxContacts, sayInSandbox, type SandboxContacts } from './seed-requests'

let product: RunningProduct
let browser: Browser
let contacts: SandboxContacts

beforeAll(async () => {
  // A test types faster than people do: lift the per-group reply caps (they have their own tests)
  // so every reply this test waits for is sent.
  product = await startProduct({ BOT_BURST: '20', BOT_MAX_PER_MINUTE: '30', BOT_MAX_PER_SENDER_PER_MINUTE: '20' })
  browser = await launchBrowser()
  contacts = await fetchSandboxContacts(product.url)
})
afterAll(async () => {
  await browser?.close()
  await product?.stop()
})

/** Types a message in the composer and sends it. */
async function say(page: Page, text: string): Promise<void> {
  await page.fill('[data-testid=sandbox-input]', text)
  await page.click('[data-testid=sandbox-send]')
}

const botLine = (page: Page, text: string | RegExp) => page.locator('[data-testid=message][data-talker-kind=bot]', { hasText: text })

async function openSandbox(page: Page): Promise<void> {
  await login(page, product.url, 'admin')
  await page.click('[data-testid=nav] >> text=沙盒体验')
  await page.waitForURL(/\/sandbox/)
  await page.waitForSelector('[data-testid=sandbox-sender]')
}

describe('console › sandbox', () => {
  it('when a resident reports, asks about a policy, a neighbour writes and a worker replies › then the chat shows it all, live', async () => {
    // Arrange: the second group and one of its residents, picked in the page
    const group = contacts.groups.find((g) => g.topic === '滨河花园二期业主群')!
    const resident = contacts.residents.filter((r) => r.compoundId === group.compoundId)[1]
    const neighbour = contacts.residents.filter((r) => r.compoundId === group.compoundId)[2]
    const worker = contacts.workers.find((w) => w.name === '网格员小赵')!
    const { page, errors, context } = await newPage(browser)
    await openSandbox(page)
    await pickOption(page, 'sandbox-group', group.topic)
    await pickOption(page, 'sandbox-sender', resident.name)
    await expect(page.locator('[data-testid=chat-title]').textContent()).resolves.toBe(group.topic)

    // Act 1: a report of a broken corridor light
    await say(page, '6号楼2单元7层的楼道灯坏了，晚上看不见')
    // Assert 1: the resident's own green bubble, the decision, and the bot's reply @-ing them with the request number
    const mine = page.locator('[data-testid=message][data-self=true]', { hasText: '楼道灯坏了' })
    await mine.waitFor()
    await expect(mine.locator('[data-testid=message-decision]').textContent()).resolves.toContain('报事 · 照明 · 已登记')
    const ack = botLine(page, '已登记为第')
    await ack.waitFor()
    const ackText = (await ack.locator('[data-testid=message-text]').textContent()) ?? ''
    expect(ackText).toContain(`@${resident.name}`)
    const no = Number(/第(\d+)号/.exec(ackText)?.[1])
    expect(no).toBeGreaterThan(0)
    await expect(page.locator('[data-testid=sandbox-made]').textContent()).resolves.toContain(`第${no}号`)

    // Act 2: a policy question from the examples
    await page.click('[data-testid=example-policy]')
    await expect(page.inputValue('[data-testid=sandbox-input]')).resolves.toContain('高龄津贴')
    await page.click('[data-testid=sandbox-send]')
    // Assert 2: the knowledge base's answer, as the bot
    await botLine(page, '【高龄津贴').waitFor()
    await expect(page.locator('[data-testid=message][data-self=true]', { hasText: '高龄津贴' }).locator('[data-testid=message-decision]').textContent()).resolves.toContain('政策咨询 · 高龄津贴')

    // Act 3: a neighbour writes through the API (not this page), then a worker replies to the request from the group
    await sayInSandbox(product.url, { group: group.topic, sender: neighbour.id, text: '楼下快递柜今天有人在修吗' })
    await sayInSandbox(product.url, { group: group.topic, sender: worker.id, text: `回复 ${no} 师傅明天上午来修` })
    // Assert 3: both show up without a reload (polling), and so does the reply the outbox relays later
    const theirs = page.locator('[data-testid=message][data-self=false]', { hasText: '快递柜' })
    await theirs.waitFor({ timeout: 15_000 })
    await expect(theirs.textContent()).resolves.toContain(neighbour.name)
    await page.locator('[data-testid=message][data-talker-kind=worker]', { hasText: `回复 ${no}` }).waitFor({ timeout: 15_000 })
    await botLine(page, `【工单 #${no}】网格员小赵回复：师傅明天上午来修`).waitFor({ timeout: 30_000 })
    // The newest message is scrolled into view.
    await expect(page.locator('[data-testid=message]').last().isVisible()).resolves.toBe(true)
    const scrolledToEnd = await page.$eval('[data-testid=transcript]', (el) => el.scrollHeight - el.scrollTop - el.clientHeight < 60)
    expect(scrolledToEnd).toBe(true)
    await keepScreenshot(page, 'sandbox')

    // Assert 4: the page shows exactly what the API's transcript holds (other bot messages, such as a
    // birthday greeting, may still arrive: compare until both sides agree or time runs out)
    let shown: string[] = []
    let stored: string[] = []
    for (const until = Date.now() + 10_000; Date.now() < until; await page.waitForTimeout(500)) {
      const res = (await (await fetch(`${product.url}/api/sandbox/transcript?group=${encodeURIComponent(group.topic)}`)).json()) as { messages: { text: string }[] }
      stored = res.messages.map((m) => m.text)
      shown = await page.locator('[data-testid=message-text]').allTextContents()
      if (JSON.stringify(shown) === JSON.stringify(stored)) break
    }
    expect(shown).toEqual(stored)
    await expect(page.locator('[data-testid=message-sending]').count()).resolves.toBe(0)
    expect(errors).toEqual([])
    await context.close()
  })

  it('on a phone, in a direct chat with the bot › then the full policy text comes back and a reload keeps the chat', async () => {
    const resident = contacts.residents[5]
    const { page, errors, context } = await newPage(browser, { phone: true })
    await login(page, product.url, 'admin')
    await page.goto(`${product.url}/sandbox`)
    await page.click('[data-testid=sandbox-mode] >> text=私聊机器人')
    await pickOption(page, 'sandbox-sender', resident.name)
    await expect(page.locator('[data-testid=chat-title]').textContent()).resolves.toContain(`${resident.name} 与 邻里小助手 的私聊`)
    await say(page, '低保怎么申请')
    // A direct question gets the full text (not the group's brief answer with "私聊我").
    const answer = botLine(page, '低保')
    await answer.waitFor()
    await expect(answer.textContent()).resolves.not.toContain('私聊我')
    // The composer and the newest message fit the phone's screen.
    const box = await page.locator('[data-testid=sandbox-send]').boundingBox()
    expect(box && box.y + box.height).toBeLessThanOrEqual(844)
    await expect(answer.isVisible()).resolves.toBe(true)
    await page.reload()
    await page.locator('[data-testid=message][data-self=true]', { hasText: '低保怎么申请' }).waitFor()
    expect(errors).toEqual([])
    await context.close()
  })
})
