import type { Browser, Page } from 'playwright-core'
import { DEMO_PASSWORD, keepScreenshot, launchBrowser, login, newPage, startProduct, type RunningProduct, pickOption } from './harness'

// Callbacks of page.evaluate/waitForFunction run in the browser; this Node project has no DOM types.
declare const document: any, window: any

let product: RunningProduct
let browser: Browser
let adminToken: string

const ROOM_MIYA = 'demo-room-1@chatroom'
const ROOM_BINHE = 'demo-room-2@chatroom'

beforeAll(async () => {
  // These tests report into the same demo groups many times a minute and look for the bot's acknowledgements;
  // the group rate limit that would drop some of them is tested in tests/e2e/bot.test.ts.
  product = await startProduct({ BOT_BURST: '30', BOT_MAX_PER_MINUTE: '60', BOT_MAX_PER_SENDER_PER_MINUTE: '30' })
  browser = await launchBrowser()
  adminToken = await tokenOf('admin')
})
afterAll(async () => {
  await browser?.close()
  await product?.stop()
})

async function tokenOf(username: string): Promise<string> {
  const res = await fetch(`${product.url}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username, password: DEMO_PASSWORD }) })
  expect(res.status).toBe(200)
  return ((await res.json()) as { token: string }).token
}

async function call<T>(method: string, path: string, body?: unknown, token = adminToken): Promise<T> {
  const res = await fetch(`${product.url}${path}`, { method, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) })
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`)
  return (await res.json()) as T
}

/** A resident writes in a sandbox group; returns the number of the request the bot registered. */
async function report(group: string, sender: string, text: string): Promise<number> {
  const res = await call<{ requestNo?: number; decision?: { action: string } }>('POST', '/api/sandbox/messages', { group, sender, text })
  if (!res.requestNo || res.decision?.action !== 'created') throw new Error(`the bot did not create a request for 「${text}」: ${JSON.stringify(res)}`)
  return res.requestNo
}

/** Polls `check` until it returns a truthy value (or fails after `timeoutMs`). */
async function eventually<T>(what: string, check: () => Promise<T | undefined | null | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const v = await check()
    if (v) return v
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 250))
  }
}

const row = (page: Page, no: number) => page.locator(`tr.request-row-${no}`)
const classOf = async (page: Page, no: number) => (await row(page, no).getAttribute('class')) ?? ''
/** Request numbers listed in the table, top to bottom. */
const listedNos = (page: Page) => page.locator('[data-testid=request-table] tbody [data-no]').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-no'))))

async function openInbox(page: Page, username: string, path = '/inbox'): Promise<void> {
  await login(page, product.url, username)
  if (path !== '/inbox') await page.goto(`${product.url}${path}`)
  await page.waitForSelector('[data-testid=request-table]')
}

describe('console › inbox', () => {
  it('when a resident reports in a group while the inbox is open › then the request appears without a reload, highlighted as new, and the 待受理 count grows', async () => {
    // Arrange
    const { page, errors, context } = await newPage(browser)
    await openInbox(page, 'admin')
    await page.waitForSelector('[data-testid=count-new]')
    const before = Number(await page.textContent('[data-testid=count-new]'))
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42))

    // Act
    const no = await report(ROOM_MIYA, 'demo-resident-05', '10号楼2单元楼道灯坏了，晚上看不见路')

    // Assert
    await row(page, no).waitFor({ timeout: 20_000 })
    expect(await classOf(page, no)).toContain('row-new')
    await expect(row(page, no).textContent()).resolves.toContain('10号楼2单元楼道灯坏了')
    await page.waitForFunction((n) => Number(document.querySelector('[data-testid=count-new]')?.textContent) === n, before + 1)
    // Same document: the list was refreshed in place, not reloaded.
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42)
    expect(errors).toEqual([])
    await context.close()
  })

  it('when a worker registers a phone report in the console › then missing fields are named, and the new request is listed and opens as 工作台登记', async () => {
    // Arrange
    const { page, errors, context } = await newPage(browser)
    await openInbox(page, 'admin')
    const before = Number(await page.textContent('[data-testid=count-new]'))

    // Act: submit the empty form
    await page.click('[data-testid=new-request]')
    const dialog = page.locator('[data-testid=new-request-dialog]')
    await dialog.waitFor()
    await page.click('[data-testid=new-request-submit]')

    // Assert: each required field says what is missing, and nothing was created
    for (const message of ['请选择小区', '请选择分类', '请填写诉求内容', '请填写反映人']) await dialog.locator('.el-form-item__error', { hasText: message }).waitFor()
    expect(Number(await page.textContent('[data-testid=count-new]'))).toBe(before)

    // Act: fill it in
    await pickOption(page, 'new-request-compound', '米亚花园三期')
    await pickOption(page, 'new-request-category', '电梯')
    await page.fill('textarea[data-testid=new-request-summary]', '8号楼1单元电梯停在6楼不动了，王奶奶打电话来说')
    await page.fill('input[data-testid=new-request-reporter]', '王奶奶（电话反映）')
    await page.fill('input[data-testid=new-request-building]', '8')
    await page.click('[data-testid=new-request-urgent]')
    await dialog.locator('.el-form-item__error').first().waitFor({ state: 'detached' })
    await keepScreenshot(page, 'inbox-new-request')
    await page.click('[data-testid=new-request-submit]')

    // Assert: the request opens, and the list and the count have it
    await dialog.waitFor({ state: 'hidden' })
    await page.waitForFunction(() => /[?&]no=\d+/.test(window.location.search))
    const no = Number(new URL(page.url()).searchParams.get('no'))
    const detail = page.locator('[data-testid=request-detail]')
    await detail.locator('text=8号楼1单元电梯停在6楼不动了').first().waitFor()
    await expect(detail.textContent()).resolves.toContain('工作台登记')
    await row(page, no).waitFor()
    expect(await classOf(page, no)).toContain('row-urgent')
    await page.waitForFunction((n) => Number(document.querySelector('[data-testid=count-new]')?.textContent) === n, before + 1)
    const stored = await call<{ source: string; urgent: boolean; category: string; location?: { building?: string }; reporters: { name: string }[] }>('GET', `/api/requests/${no}`)
    expect(stored).toMatchObject({ source: 'console', urgent: true, category: 'elevator', location: { building: '8' }, reporters: [{ name: '王奶奶（电话反映）' }] })
    expect(errors).toEqual([])
    await context.close()
  })

  it('when a request is urgent and past its deadline › then its row is highlighted, and the overdue, urgent, category, compound and search filters narrow the list', async () => {
    // Arrange: urgent requests get a deadline seconds away, so this one becomes overdue while we watch.
    const policy = await call<Record<string, unknown>>('GET', '/api/settings/time-limits')
    const { updatedAt: _u, updatedBy: _b, ...plain } = policy
    let urgentNo: number
    try {
      await call('PUT', '/api/settings/time-limits', { ...plain, urgent: { hours: 0.001 } })
      urgentNo = await report(ROOM_MIYA, 'demo-resident-06', '11号楼电梯困人了，快来人！')
    } finally {
      await call('PUT', '/api/settings/time-limits', plain)
    }
    const lightingNo = await report(ROOM_MIYA, 'demo-resident-07', '12号楼门口路灯不亮')
    const binheNo = await report(ROOM_BINHE, 'demo-resident-17', '3号楼楼顶漏水了，家里天花板在滴水')
    const { page, errors, context } = await newPage(browser)
    await openInbox(page, 'admin')

    // Assert: highlighted once the poll sees it overdue
    await eventually('the urgent row to turn overdue', async () => (await row(page, urgentNo).count()) > 0 && (await classOf(page, urgentNo)).includes('row-overdue'))
    expect(await classOf(page, urgentNo)).toContain('row-urgent')
    expect(await classOf(page, lightingNo)).not.toMatch(/row-overdue|row-urgent/)
    await keepScreenshot(page, 'inbox')

    // Act + Assert: overdue
    await page.click('[data-testid=filter-overdue]')
    await eventually('the overdue filter', async () => {
      const nos = await listedNos(page)
      return nos.includes(urgentNo) && !nos.includes(lightingNo)
    })
    for (const n of await listedNos(page)) expect(await classOf(page, n)).toContain('row-overdue')
    expect(page.url()).toContain('overdue=1')
    await page.click('[data-testid=filter-overdue]')

    // urgent
    await page.click('[data-testid=filter-urgent]')
    await eventually('the urgent filter', async () => {
      const nos = await listedNos(page)
      return nos.includes(urgentNo) && !nos.includes(lightingNo) && !nos.includes(binheNo)
    })
    await page.click('[data-testid=filter-urgent]')

    // category
    await pickOption(page, 'filter-category', '照明')
    await page.keyboard.press('Escape')
    await eventually('the category filter', async () => {
      const nos = await listedNos(page)
      return nos.includes(lightingNo) && !nos.includes(urgentNo) && !nos.includes(binheNo)
    })
    await page.click('text=清除筛选')

    // compound
    await pickOption(page, 'filter-compound', '滨河花园二期')
    await eventually('the compound filter', async () => {
      const nos = await listedNos(page)
      return nos.includes(binheNo) && !nos.includes(urgentNo) && !nos.includes(lightingNo)
    })
    const counts = Number(await page.textContent('[data-testid=count-open]'))
    expect(counts).toBe((await listedNos(page)).length)
    await page.click('text=清除筛选')

    // search
    await page.fill('input[data-testid=filter-q]', '天花板')
    await eventually('the search', async () => {
      const nos = await listedNos(page)
      return nos.length === 1 && nos[0] === binheNo
    })
    // The search is kept in the URL (written right after the list is asked for, so wait for it).
    await page.waitForURL((u) => u.searchParams.get('q') === '天花板')
    expect(errors).toEqual([])
    await context.close()
  })

  it('when a worker accepts, replies and resolves through the buttons › then the status follows, the timeline grows and the reply reaches the group', async () => {
    // Arrange
    const no = await report(ROOM_MIYA, 'demo-resident-08', '9号楼3单元的垃圾桶满了没人清')
    const { page, errors, context } = await newPage(browser)
    await openInbox(page, 'liu', `/inbox?no=${no}`)
    const drawer = page.locator('[data-testid=request-detail]')
    await drawer.locator('[data-testid=detail-status]').waitFor()
    const actions = async () => drawer.locator('[data-testid=detail-actions] button').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')))

    // Assert: the detail shows the report's conversation and only what a new request allows
    await expect(drawer.locator('[data-testid=detail-status]').textContent()).resolves.toBe('待受理')
    await expect(drawer.locator('[data-testid=detail-conversation]').textContent()).resolves.toContain('9号楼3单元的垃圾桶满了没人清')
    // The report and the bot's acknowledgement are about the request; the group's other lines are context.
    const linked = drawer.locator('[data-testid=detail-conversation] .linked')
    expect(await linked.count()).toBe(2)
    await expect(linked.nth(0).textContent()).resolves.toContain('9号楼3单元的垃圾桶满了没人清')
    await expect(linked.nth(1).textContent()).resolves.toContain(`${no}`)
    await expect(drawer.locator('[data-testid=detail-timeline]').textContent()).resolves.toContain('登记')
    expect(await actions()).toEqual(['action-accept', 'action-assign', 'action-merge', 'action-reject'])

    // Act: accept
    await drawer.locator('[data-testid=action-accept]').click()
    await page.waitForFunction(() => document.querySelector('[data-testid=detail-status]')?.textContent === '已受理')
    expect(await actions()).toEqual(['action-start', 'action-resolve', 'action-assign', 'action-merge', 'action-reject'])

    // Act: reply
    const reply = `师傅下午三点来清理（${Date.now() % 100000}）`
    await drawer.locator('textarea[data-testid=reply-text]').fill(reply)
    await drawer.locator('[data-testid=reply-send]').click()
    await eventually('the reply on the timeline', async () => (await drawer.locator('[data-testid=detail-timeline]').textContent())?.includes(reply))
    expect(await drawer.locator('textarea[data-testid=reply-text]').inputValue()).toBe('')
    if (process.env.LINLI_SCREENSHOTS === '1') await page.locator('.el-message').last().waitFor({ state: 'detached' })
    await keepScreenshot(page, 'inbox-detail')

    // Assert: the outbox delivers the reply to the group, @-ing the reporter
    const delivered = await eventually('the reply in the group transcript', async () => {
      const t = await call<{ messages: { direction: string; text: string; mentionIds: string[] }[] }>('GET', `/api/sandbox/transcript?group=${encodeURIComponent(ROOM_MIYA)}`)
      return t.messages.find((m) => m.direction === 'out' && m.text.includes(reply))
    })
    expect(delivered.mentionIds).toContain('demo-resident-08')

    // Act: resolve needs a note
    await drawer.locator('[data-testid=action-resolve]').click()
    const submit = page.locator('[data-testid=action-submit]')
    await submit.waitFor()
    expect(await submit.isDisabled()).toBe(true)
    await page.locator('textarea[data-testid=action-text]').fill('垃圾已清运')
    await submit.click()
    await page.waitForFunction(() => document.querySelector('[data-testid=detail-status]')?.textContent === '已办结')
    expect(await actions()).toEqual(['action-close', 'action-reopen'])
    const stored = await call<{ status: string; timeline: { type: string }[] }>('GET', `/api/requests/${no}`)
    expect(stored.status).toBe('resolved')
    expect(stored.timeline.map((e) => e.type)).toEqual(expect.arrayContaining(['created', 'accepted', 'replied', 'resolved']))

    // Assert: closing the drawer drops `no` from the URL; the resolved request left the 未办结 list and is under 已办结
    await page.click('.request-drawer .el-drawer__close-btn')
    await page.waitForURL((u) => !u.searchParams.has('no'))
    await eventually('the request to leave the open list', async () => !(await listedNos(page)).includes(no))
    await page.click('[data-testid=tab-resolved]')
    await eventually('the request under 已办结', async () => (await listedNos(page)).includes(no))
    expect(errors).toEqual([])
    await context.close()
  })

  it('when a worker transfers a request and merges it into another › then the owner changes and the merged request offers no more actions', async () => {
    // Arrange
    const source = await report(ROOM_MIYA, 'demo-resident-02', '5号楼下水道堵了，污水冒出来')
    const target = await report(ROOM_MIYA, 'demo-resident-03', '6号楼东边的井盖松了')
    const { page, errors, context } = await newPage(browser)
    await openInbox(page, 'chen', `/inbox?no=${source}`)
    const drawer = page.locator('[data-testid=request-detail]')
    await drawer.locator('[data-testid=detail-status]').waitFor()

    // Act: transfer to 楼栋长老王
    await drawer.locator('[data-testid=action-assign]').click()
    await pickOption(page, 'assign-worker', '楼栋长老王')
    await page.click('[data-testid=action-submit]')

    // Assert
    await eventually('the new owner', async () => (await drawer.locator('.facts').textContent())?.includes('楼栋长老王'))
    await expect(drawer.locator('[data-testid=detail-timeline]').textContent()).resolves.toContain('指派')

    // Act: merge into the other request
    await drawer.locator('[data-testid=action-merge]').click()
    await pickOption(page, 'merge-target', `#${target}`)
    await page.click('[data-testid=action-submit]')

    // Assert
    await page.waitForFunction(() => document.querySelector('[data-testid=detail-status]')?.textContent === '已合并')
    expect(await drawer.locator('[data-testid=detail-actions] button').count()).toBe(0)
    const merged = await call<{ reporters: { contactId: string }[] }>('GET', `/api/requests/${target}`)
    expect(merged.reporters.map((r) => r.contactId)).toEqual(expect.arrayContaining(['demo-resident-02', 'demo-resident-03']))
    expect(errors).toEqual([])
    await context.close()
  })

  it('when a compound has more open requests than the merge picker lists › then typing a request’s number or its words finds the target', async () => {
    // Arrange: the target, then 55 newer open requests (the picker lists the newest 50), then the one to merge
    const miya = (await call<{ items: { id: string; name: string }[] }>('GET', '/api/compounds')).items.find((c) => c.name === '米亚花园三期')!.id
    const create = async (summary: string) => (await call<{ no: number }>('POST', '/api/requests', { compoundId: miya, category: 'sanitation', summary, reporterName: '电话反映的居民' })).no
    const target = await create('西门垃圾房的门锁坏了，关不上')
    for (let i = 0; i < 55; i++) await create(`第${i + 1}件登记的小事：楼道杂物`)
    const source = await create('垃圾房门锁坏了，野猫进去翻垃圾')
    const { page, errors, context } = await newPage(browser)
    await openInbox(page, 'admin', `/inbox?no=${source}`)
    const drawer = page.locator('[data-testid=request-detail]')
    const option = (no: number) => page.locator('.el-select-dropdown__item:visible', { hasText: new RegExp(`^#${no} `) })

    // Act + Assert: the first page does not reach the target; its number does
    await drawer.locator('[data-testid=action-merge]').click()
    await page.click('[data-testid=merge-target]')
    await page.locator('.el-select-dropdown__item:visible').first().waitFor()
    expect(await option(target).count()).toBe(0)
    await page.keyboard.type(String(target))
    await option(target).waitFor()

    // its words do too
    await page.keyboard.press('Control+A')
    await page.keyboard.type('西门垃圾房')
    await option(target).waitFor()
    await option(target).click()
    await page.click('[data-testid=action-submit]')
    await page.waitForFunction(() => document.querySelector('[data-testid=detail-status]')?.textContent === '已合并')
    expect((await call<{ reporters: { name?: string }[] }>('GET', `/api/requests/${target}`)).reporters).toHaveLength(2)
    expect(errors).toEqual([])
    await context.close()
  })

  it('when the list refreshes while a request is open › then the detail, the typed reply and the filters stay', async () => {
    // Arrange
    const open = await report(ROOM_MIYA, 'demo-resident-04', '4号楼楼道里堆满了杂物，有火灾隐患')
    const { page, errors, context } = await newPage(browser)
    await openInbox(page, 'admin', `/inbox?compoundId=${(await call<{ items: { id: string; name: string }[] }>('GET', '/api/compounds')).items.find((c) => c.name === '米亚花园三期')!.id}&no=${open}`)
    const drawer = page.locator('[data-testid=request-detail]')
    await drawer.locator('[data-testid=detail-status]').waitFor()
    await drawer.locator('textarea[data-testid=reply-text]').fill('正在联系物业')

    // Act: a new report arrives and the poll brings it in
    const arrived = await report(ROOM_MIYA, 'demo-resident-01', '2号楼电梯按钮失灵了')
    await row(page, arrived).waitFor({ timeout: 20_000 })

    // Assert
    expect(await drawer.locator('textarea[data-testid=reply-text]').inputValue()).toBe('正在联系物业')
    await expect(drawer.locator('.title').textContent()).resolves.toContain(`#${open}`)
    expect(page.url()).toContain(`no=${open}`)
    expect(page.url()).toContain('compoundId=')
    expect(await page.locator('[data-testid=filter-compound]').textContent()).toContain('米亚花园三期')
    expect(errors).toEqual([])
    await context.close()
  })

  it('when the tab is hidden › then polling pauses, and it refreshes at once when the tab shows again', async () => {
    // Arrange
    const { page, errors, context } = await newPage(browser)
    await openInbox(page, 'admin')
    const polls: number[] = []
    page.on('request', (r) => {
      if (new URL(r.url()).pathname === '/api/requests/counts') polls.push(Date.now())
    })
    const setHidden = (hidden: boolean) =>
      page.evaluate((h) => {
        Object.defineProperty(document, 'hidden', { configurable: true, get: () => h })
        document.dispatchEvent(new Event('visibilitychange'))
      }, hidden)

    // Act: hidden for longer than two poll intervals
    await setHidden(true)
    const hiddenAt = Date.now()
    await page.waitForTimeout(9_000)

    // Assert
    expect(polls.filter((t) => t > hiddenAt + 500)).toEqual([])

    // Act: visible again
    const shownAt = Date.now()
    await setHidden(false)

    // Assert
    await eventually('a refresh after the tab shows', async () => polls.some((t) => t >= shownAt), 2_000)
    expect(errors).toEqual([])
    await context.close()
  })

  it('when an action fails (the merge target was closed meanwhile) › then the API’s Chinese message is shown and the request is unchanged', async () => {
    // Arrange
    const source = await report(ROOM_MIYA, 'demo-resident-05', '1号楼门禁坏了，刷卡开不了门')
    const target = await report(ROOM_MIYA, 'demo-resident-06', '3号楼的消防通道被电动车堵住了')
    const { page, errors, context } = await newPage(browser)
    await openInbox(page, 'admin', `/inbox?no=${source}`)
    const drawer = page.locator('[data-testid=request-detail]')
    await drawer.locator('[data-testid=action-merge]').click()
    await pickOption(page, 'merge-target', `#${target}`)
    await call('POST', `/api/requests/${target}/reject`, { reason: '已由物业处理' })

    // Act
    await page.click('[data-testid=action-submit]')

    // Assert
    await expect(page.locator('.el-message--error').textContent()).resolves.toContain(`目标工单 #${target} 已不在办理中`)
    await expect(drawer.locator('[data-testid=detail-status]').textContent()).resolves.toBe('待受理')
    expect((await call<{ status: string }>('GET', `/api/requests/${source}`)).status).toBe('new')
    expect(errors).toEqual([])
    await context.close()
  })

  it('on a phone › then requests are cards and a request opens full width', async () => {
    // Arrange
    const no = await report(ROOM_BINHE, 'demo-resident-18', '7号楼单元门的闭门器坏了')
    const { page, errors, context } = await newPage(browser, { phone: true })
    await login(page, product.url, 'zhao')

    // Act
    await page.locator(`[data-testid=request-card]:has([data-no="${no}"])`).waitFor()
    expect(await page.locator('[data-testid=request-table]').count()).toBe(0)
    await page.locator(`[data-testid=request-card]:has([data-no="${no}"])`).click()

    // Assert
    await page.locator('[data-testid=detail-status]').waitFor()
    const box = await page.locator('.request-drawer').boundingBox()
    expect(box?.width).toBeCloseTo(390, 0)
    expect(page.url()).toContain(`no=${no}`)
    expect(errors).toEqual([])
    await context.close()
  })
})
