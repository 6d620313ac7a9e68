import mongoose from 'mongoose'
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

interface StoredNotice {
  id: string
  title: string
  status: string
  schedule: { kind: string; cron?: string; skipHolidays?: boolean; at?: string }
  targets: { kind: string; compoundIds: string[] }
}

async function apiGet<T>(path: string): Promise<T> {
  const res = await fetch(`${product.url}${path}`, { headers: { Authorization: `Bearer ${adminToken}` } })
  expect(res.status).toBe(200)
  return (await res.json()) as T
}

async function noticeTitled(title: string): Promise<StoredNotice | undefined> {
  return (await apiGet<{ items: StoredNotice[] }>('/api/notices')).items.find((n) => n.title === title)
}

async function openComposer(page: Page, title: string, content: string): Promise<void> {
  await page.goto(`${product.url}/notices`)
  await page.click('[data-testid=notice-new]')
  await page.fill('[data-testid=notice-title]', title)
  await page.fill('[data-testid=notice-content]', content)
}

describe('console › notices', () => {
  it('when an admin sends a notice now to one compound › then the preview lists its group, the report reaches 已送达 and the group got the text once', async () => {
    // Arrange
    const { page, errors, context } = await newPage(browser)
    await login(page, product.url, 'admin')
    const title = '3号楼停水通知'
    await openComposer(page, title, '明天上午 8:00 至 12:00 停水，请提前储水。')
    await pickOption(page, 'notice-compounds', '米亚花园三期')
    await page.keyboard.press('Escape')

    // Act: preview, then confirm
    await page.click('[data-testid=notice-preview-button]')
    const preview = page.locator('[data-testid=notice-preview]')
    await preview.waitFor()
    await expect(preview.locator('[data-testid=preview-recipients]').innerText()).resolves.toContain('米亚花园三期业主群')
    await expect(preview.locator('[data-testid=preview-recipients] .el-tag').count()).resolves.toBe(1)
    await expect(preview.locator('[data-testid=preview-text]').innerText()).resolves.toContain(`【${title}】`)
    await expect(preview.locator('[data-testid=preview-schedule]').innerText()).resolves.toContain('单次')
    await page.click('[data-testid=notice-confirm]')

    // Assert: the report opens by itself and follows the delivery until the group has it
    const report = page.locator('[data-testid=delivery-report]')
    await report.waitFor()
    await report.locator('[data-testid=report-row][data-target="demo-room-1@chatroom"][data-status=sent]').waitFor({ timeout: 110_000 })
    await expect(report.locator('[data-testid=report-count-sent]').getAttribute('data-count')).resolves.toBe('1')
    await expect(report.locator('[data-testid=report-count-failed]').getAttribute('data-count')).resolves.toBe('0')
    await expect(report.locator('[data-testid=report-notice-status]').innerText()).resolves.toBe('已发出')
    await report.locator('[data-testid=report-live]').waitFor({ state: 'detached' })
    await keepScreenshot(page, 'notice-report')

    const stored = await noticeTitled(title)
    expect(stored).toMatchObject({ status: 'done', schedule: { kind: 'once' }, targets: { kind: 'compounds' } })
    const transcript = await fetch(`${product.url}/api/sandbox/transcript?group=demo-room-1@chatroom`).then((r) => r.json() as Promise<{ messages: { direction: string; text: string }[] }>)
    const received = transcript.messages.filter((m) => m.direction === 'out' && m.text.includes(title))
    expect(received).toHaveLength(1)
    expect(received[0].text).toBe(`【${title}】\n明天上午 8:00 至 12:00 停水，请提前储水。`)
    for (const other of ['demo-room-2@chatroom', 'demo-room-3@chatroom']) {
      const t = await fetch(`${product.url}/api/sandbox/transcript?group=${other}`).then((r) => r.json() as Promise<{ messages: { text: string }[] }>)
      expect(t.messages.some((m) => m.text.includes(title))).toBe(false)
    }
    expect(errors).toEqual([])
    await context.close()
  }, 180_000)

  it('when an admin picks 每周 一、三、五 18:30 skipping holidays › then the API stores that cron and the list describes it in words; cancelling asks first and stops it', async () => {
    // Arrange
    const { page, errors, context } = await newPage(browser)
    await login(page, product.url, 'admin')
    const title = '居民议事会提醒'
    await openComposer(page, title, '每周一、三、五晚上社区议事会，欢迎参加。')
    await page.click('[data-testid=target-all]')

    // Act: the friendly picker (Monday is preselected)
    await page.click('[data-testid=schedule-mode-weekly]')
    await page.click('[data-testid=weekday-3]')
    await page.click('[data-testid=weekday-5]')
    await pickOption(page, 'schedule-time', '18:30')
    await page.click('[data-testid=schedule-skip-holidays]')
    await expect(page.locator('[data-testid=schedule-summary]').innerText()).resolves.toBe('每周一、三、五 18:30，非工作日不发送')
    await page.click('[data-testid=notice-preview-button]')
    await page.locator('[data-testid=notice-preview]').waitFor()
    await expect(page.locator('[data-testid=preview-runs] li').count()).resolves.toBe(5)
    await expect(page.locator('[data-testid=preview-recipients] .el-tag').count()).resolves.toBe(4)
    await page.click('[data-testid=notice-confirm]')

    // Assert: stored as the cron the picker means, listed in words
    const row = page.locator('[data-testid=notice-list] tr', { hasText: title })
    await row.filter({ hasText: '每周一、三、五 18:30，非工作日不发送' }).waitFor()
    await expect(row.locator('[data-testid=notice-status]').innerText()).resolves.toBe('待发送')
    const stored = await noticeTitled(title)
    expect(stored).toMatchObject({ status: 'scheduled', schedule: { kind: 'cron', cron: '30 18 * * 1,3,5', skipHolidays: true }, targets: { kind: 'all' } })

    // Act: cancel, declining once
    await row.locator('[data-testid=notice-cancel]').click()
    await page.locator('.el-message-box').waitFor()
    await page.locator('.el-message-box').getByRole('button', { name: '不取消', exact: true }).click()
    expect((await noticeTitled(title))?.status).toBe('scheduled')
    await row.locator('[data-testid=notice-cancel]').click()
    await page.locator('.el-message-box').getByRole('button', { name: '取消通知', exact: true }).click()

    // Assert
    await row.locator('[data-testid=notice-status]', { hasText: '已取消' }).waitFor()
    expect((await noticeTitled(title))?.status).toBe('cancelled')
    await expect(row.locator('[data-testid=notice-cancel]').count()).resolves.toBe(0)
    expect(errors).toEqual([])
    await context.close()
  })

  it('when a scheduled notice is edited to a monthly schedule › then the picker opens on its weekly schedule and the API stores the new one', async () => {
    // Arrange: a notice created through the API
    const title = '物业费缴纳提醒'
    const created = await fetch(`${product.url}/api/notices`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${adminToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ title, content: '物业费缴纳提醒。', targets: { kind: 'all' }, schedule: { kind: 'cron', cron: '0 9 * * 1-5' } }),
    })
    expect(created.status).toBe(201)
    const { page, errors, context } = await newPage(browser)
    await login(page, product.url, 'admin')
    await page.goto(`${product.url}/notices`)
    const row = page.locator('[data-testid=notice-list] tr', { hasText: title })

    // Act
    await row.locator('[data-testid=notice-edit]').click()
    await expect(page.locator('[data-testid=schedule-summary]').innerText()).resolves.toBe('每周一至周五 09:00')
    await page.click('[data-testid=schedule-mode-monthly]')
    await page.click('[data-testid=monthday-15]')
    await expect(page.locator('[data-testid=schedule-summary]').innerText()).resolves.toBe('每月1日、15日 09:00')
    await page.click('[data-testid=notice-preview-button]')
    await page.locator('[data-testid=notice-preview]').waitFor()
    await page.click('[data-testid=notice-confirm]')

    // Assert
    await row.filter({ hasText: '每月1日、15日 09:00' }).waitFor()
    expect((await noticeTitled(title))?.schedule).toMatchObject({ kind: 'cron', cron: '0 9 1,15 * *' })
    await page.locator('[data-testid=notice-composer]').waitFor({ state: 'hidden' })
    await keepScreenshot(page, 'notices')
    expect(errors).toEqual([])
    await context.close()
  })

  it('when a worker opens the page on a phone › then notices show as cards with their report, and nothing offers to create or cancel', async () => {
    // Arrange: a notice the admin scheduled
    const title = '垃圾分类宣传'
    const created = await fetch(`${product.url}/api/notices`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${adminToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ title, content: '周六上午垃圾分类宣传。', targets: { kind: 'all' }, schedule: { kind: 'cron', cron: '0 10 * * 6' } }),
    })
    expect(created.status).toBe(201)
    const { page, errors, context } = await newPage(browser, { phone: true })
    await login(page, product.url, 'liu')

    // Act
    await page.goto(`${product.url}/notices`)
    const card = page.locator('[data-testid=notice-row]', { hasText: title })
    await card.waitFor()

    // Assert
    await expect(page.locator('[data-testid=notices-readonly]').innerText()).resolves.toContain('街道管理员发布')
    await expect(page.locator('[data-testid=notice-new]').count()).resolves.toBe(0)
    await expect(page.locator('[data-testid=notice-cancel]').count()).resolves.toBe(0)
    await expect(page.locator('table').count()).resolves.toBe(0)
    await expect(card.innerText()).resolves.toContain('每周六 10:00')
    await card.locator('[data-testid=notice-report]').click()
    const dialog = page.locator('[data-testid=delivery-report]')
    await expect(dialog.locator('.el-empty').innerText()).resolves.toContain('还没有到发送时间')
    const box = await dialog.boundingBox()
    expect(box?.width).toBe(390)
    expect(errors).toEqual([])
    await context.close()
  })

  it('when there are more notices than a page › then the list pages through all of them, newest first', async () => {
    // Arrange
    for (let i = 1; i <= 25; i++) {
      const res = await fetch(`${product.url}/api/notices`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${adminToken}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ title: `楼栋长例会 ${i}`, content: '每月例会。', targets: { kind: 'all' }, schedule: { kind: 'cron', cron: '0 9 1 * *' } }),
      })
      expect(res.status).toBe(201)
    }
    const { total } = await apiGet<{ total: number }>('/api/notices?limit=1')
    const { page, errors, context } = await newPage(browser)
    await login(page, product.url, 'admin')

    // Act
    await page.goto(`${product.url}/notices`)
    const rows = page.locator('[data-testid=notice-list] tbody tr')
    await page.locator('[data-testid=notice-list] tbody tr', { hasText: '楼栋长例会 25' }).waitFor()

    // Assert: the first page holds the newest 20, the second the rest
    expect(await rows.count()).toBe(20)
    await expect(page.locator('[data-testid=notice-pager]').innerText()).resolves.toContain(`共 ${total} 条`)
    await page.locator('[data-testid=notice-pager] .el-pager li', { hasText: /^2$/ }).click()
    await page.locator('[data-testid=notice-list] tbody tr', { hasText: '楼栋长例会 5' }).waitFor()
    expect(await rows.count()).toBe(total - 20)
    await expect(page.locator('[data-testid=notice-list]').innerText()).resolves.not.toContain('楼栋长例会 25')
    expect(errors).toEqual([])
    await context.close()
  })

  it('when a notice was left unknown by a crash and a push failed for good › then the admin sees both under 待核对消息, resends one after confirming and dismisses the other', async () => {
    // Arrange: the rows a crashed dispatcher and a removed contact leave behind (no API makes them, by design)
    const conn = await mongoose.createConnection(product.databaseUri).asPromise()
    const deliveries = conn.collection('deliveries')
    const flaggedAt = new Date(Date.now() - 10 * 60_000)
    const base = { mentionIds: [], urgent: false, createdAt: flaggedAt, updatedAt: flaggedAt, flaggedAt }
    const unknown = new mongoose.Types.ObjectId()
    const failed = new mongoose.Types.ObjectId()
    await deliveries.insertMany([
      { _id: unknown, ...base, kind: 'notice', target: { kind: 'room', id: 'demo-room-1@chatroom', name: '米亚花园三期业主群' }, text: '【电梯检修】周五 9:00–11:00 2 号楼电梯停用。', status: 'unknown', attempts: 1, lastError: 'left in sending by a crashed process', idempotencyKey: `test:unknown:${unknown}` },
      { _id: failed, ...base, kind: 'push', target: { kind: 'contact', id: 'wxid-gone', name: '周奶奶' }, text: '高龄津贴申请说明', status: 'failed', attempts: 5, lastError: 'contact not found', idempotencyKey: `test:failed:${failed}` },
    ])
    const statusOf = async (id: mongoose.Types.ObjectId) => (await deliveries.findOne({ _id: id }))?.status as string
    const { page, errors, context } = await newPage(browser)
    await login(page, product.url, 'admin')

    // Act
    await page.goto(`${product.url}/notices`)
    const card = page.locator('[data-testid=flagged-deliveries]')
    await card.waitFor()
    const unknownRow = card.locator(`[data-testid=flagged-row][data-id="${unknown}"]`)
    await expect(card.getAttribute('data-count')).resolves.toBe('2')
    await expect(card.innerText()).resolves.toContain('米亚花园三期业主群')
    await expect(card.innerText()).resolves.toContain('contact not found')
    await keepScreenshot(page, 'flagged-deliveries')
    // 重发 asks first; saying no changes nothing
    await card.locator('tr', { has: page.locator(`[data-id="${unknown}"]`) }).locator('[data-testid=flagged-resend]').click()
    await page.locator('.el-message-box').getByRole('button', { name: '不重发', exact: true }).click()
    const stillUnknown = await statusOf(unknown)
    await card.locator('tr', { has: page.locator(`[data-id="${unknown}"]`) }).locator('[data-testid=flagged-resend]').click()
    await page.locator('.el-message-box').getByRole('button', { name: '重发', exact: true }).click()
    await unknownRow.waitFor({ state: 'detached' })
    await card.locator('tr', { has: page.locator(`[data-id="${failed}"]`) }).locator('[data-testid=flagged-dismiss]').click()

    // Assert: the card goes once nothing is flagged; the resent notice reaches the group, the push stays failed
    await card.waitFor({ state: 'detached' })
    expect(stillUnknown).toBe('unknown')
    for (let i = 0; i < 100 && (await statusOf(unknown)) !== 'sent'; i++) await new Promise((r) => setTimeout(r, 300))
    expect(await statusOf(unknown)).toBe('sent')
    const stored = await deliveries.findOne({ _id: failed })
    expect(stored?.status).toBe('failed')
    expect(stored?.flaggedAt).toBeUndefined()
    const flagged = await apiGet<{ items: { id: string }[] }>('/api/outbox/flagged')
    expect(flagged.items.map((r) => r.id)).not.toContain(String(failed))
    await conn.close()
    expect(errors).toEqual([])
    await context.close()
  })
})
