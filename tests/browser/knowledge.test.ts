import type { Browser, Page } from 'playwright-core'
import { keepScreenshot, launchBrowser, login, newPage, startProduct, type RunningProduct } from './harness'
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

interface StoredFaq {
  id: string
  topic: string
  title: string
  variants: string[]
  answer: string
  revision: number
}

async function faqByTopic(topic: string): Promise<StoredFaq | undefined> {
  const res = await fetch(`${product.url}/api/faqs?pageSize=100`, { headers: { Authorization: `Bearer ${adminToken}` } })
  expect(res.status).toBe(200)
  return ((await res.json()) as { items: StoredFaq[] }).items.find((f) => f.topic === topic)
}

/** Asks the try box and reads which topic answers (the result is cleared while the question is asked). */
async function tryQuestion(page: Page, text: string): Promise<{ answered: string | null; topic: string | null }> {
  const answer = page.waitForResponse((r) => r.url().endsWith('/api/faqs/try') && r.request().method() === 'POST')
  await page.fill('[data-testid=faq-try-input]', text)
  await page.click('[data-testid=faq-try-button]')
  expect((await answer).status()).toBe(200)
  const result = page.locator(`[data-testid=faq-try-result][data-question="${text}"]`)
  await result.waitFor()
  return { answered: await result.getAttribute('data-answered'), topic: await result.getAttribute('data-topic') }
}

describe('console › knowledge base', () => {
  it('when an admin adds a phrasing, removes one and rewrites the answer › then the topic is stored that way and the try box answers the new phrasing with it', async () => {
    // Arrange
    const { page, errors, context } = await newPage(browser)
    await login(page, product.url, 'admin')
    await page.goto(`${product.url}/knowledge`)
    const question = '共享工具屋在哪里借电钻'
    const before = await tryQuestion(page, question)
    expect(before.topic).not.toBe('volunteer')
    const original = (await faqByTopic('volunteer'))!
    const removed = original.variants[0]

    // Act
    await page.locator('[data-testid=faq-row][data-topic=volunteer]').click()
    const editor = page.locator('[data-testid=faq-editor]')
    await editor.waitFor()
    await editor.locator('[data-testid=faq-variants-item]', { hasText: removed }).locator('.el-tag__close').click()
    await page.fill('[data-testid=faq-variants-input]', question)
    await page.keyboard.press('Enter')
    await editor.locator('[data-testid=faq-variants-item]', { hasText: question }).waitFor()
    await page.fill('[data-testid=faq-answer]', '社区志愿者服务站（2号楼底商）设有共享工具屋，每周六 9:00–11:00 凭志愿积分免费借用电钻、梯子等工具。')
    await page.click('[data-testid=faq-save]')
    await editor.waitFor({ state: 'hidden' })

    // Assert: stored
    const stored = (await faqByTopic('volunteer'))!
    expect(stored.variants).toContain(question)
    expect(stored.variants).not.toContain(removed)
    expect(stored.variants).toHaveLength(original.variants.length)
    expect(stored.answer).toContain('共享工具屋')
    expect(stored.revision).toBe(original.revision + 1)
    // Assert: the try box answers the new phrasing with the edited topic and its new answer
    const after = await tryQuestion(page, question)
    expect(after).toEqual({ answered: 'true', topic: 'volunteer' })
    await expect(page.locator('[data-testid=faq-try-answer]').innerText()).resolves.toContain('共享工具屋')
    await page.evaluate("document.querySelector('.el-main')?.scrollTo(0, 0)")
    await page.mouse.move(0, 0)
    await page.locator('[data-testid=faq-try-button]').blur()
    await keepScreenshot(page, 'knowledge')
    expect(errors).toEqual([])
    await context.close()
  })

  it('when an admin creates a topic and then deletes it › then the bot answers it while it exists, and deleting asks first', async () => {
    // Arrange
    const { page, errors, context } = await newPage(browser)
    await login(page, product.url, 'admin')
    await page.goto(`${product.url}/knowledge`)

    // Act: create
    await page.click('[data-testid=faq-new]')
    await page.fill('[data-testid=faq-topic]', 'heating-subsidy')
    await page.fill('[data-testid=faq-title]', '冬季供暖补贴')
    for (const v of ['供暖补贴怎么申请', '暖气费补贴找谁办']) {
      await page.fill('[data-testid=faq-variants-input]', v)
      await page.click('[data-testid=faq-variants-add]')
    }
    await page.fill('[data-testid=faq-answer]', '低保、特困家庭可申请冬季供暖补贴，每年10月带户口本到社区服务中心登记。')
    await page.click('[data-testid=faq-save]')
    await page.locator('[data-testid=faq-row][data-topic=heating-subsidy]').waitFor()

    // Assert: stored and answered
    expect(await faqByTopic('heating-subsidy')).toMatchObject({ title: '冬季供暖补贴', variants: ['供暖补贴怎么申请', '暖气费补贴找谁办'] })
    await expect(tryQuestion(page, '供暖补贴怎么申请')).resolves.toEqual({ answered: 'true', topic: 'heating-subsidy' })

    // Act: delete, declining once
    const row = page.locator('tr', { has: page.locator('[data-testid=faq-row][data-topic=heating-subsidy]') })
    await row.locator('[data-testid=faq-row-delete]').click()
    await page.locator('.el-message-box').getByRole('button', { name: '不删除', exact: true }).click()
    expect(await faqByTopic('heating-subsidy')).toBeDefined()
    await row.locator('[data-testid=faq-row-delete]').click()
    await page.locator('.el-message-box').getByRole('button', { name: '删除', exact: true }).click()

    // Assert
    await page.locator('[data-testid=faq-row][data-topic=heating-subsidy]').waitFor({ state: 'detached' })
    expect(await faqByTopic('heating-subsidy')).toBeUndefined()
    await expect(tryQuestion(page, '供暖补贴怎么申请')).resolves.not.toMatchObject({ topic: 'heating-subsidy' })
    expect(errors).toEqual([])
    await context.close()
  })

  it('when an admin saves a topic without any phrasing › then the form says so and nothing is stored', async () => {
    // Arrange
    const { page, errors, context } = await newPage(browser)
    await login(page, product.url, 'admin')
    await page.goto(`${product.url}/knowledge`)
    await page.click('[data-testid=faq-new]')
    await page.fill('[data-testid=faq-topic]', 'no-phrasing')
    await page.fill('[data-testid=faq-title]', '没有问法的话题')
    await page.fill('[data-testid=faq-answer]', '答案')

    // Act
    await page.click('[data-testid=faq-save]')

    // Assert
    await expect(page.locator('[data-testid=faq-editor] .el-form-item__error').innerText()).resolves.toContain('至少填写一种问法')
    expect(await faqByTopic('no-phrasing')).toBeUndefined()
    expect(errors).toEqual([])
    await context.close()
  })

  it('when a worker opens the knowledge base on a phone › then topics are cards opened read-only, and the try box still answers', async () => {
    // Arrange
    const { page, errors, context } = await newPage(browser, { phone: true })
    await login(page, product.url, 'liu')

    // Act
    await page.goto(`${product.url}/knowledge`)
    await page.locator('[data-testid=faq-row][data-topic=childcare]').click()

    // Assert
    await expect(page.locator('[data-testid=knowledge-readonly]').innerText()).resolves.toContain('管理员维护')
    await expect(page.locator('[data-testid=faq-new]').count()).resolves.toBe(0)
    const editor = page.locator('[data-testid=faq-editor]')
    await editor.waitFor()
    expect((await editor.boundingBox())?.width).toBe(390)
    await expect(editor.locator('[data-testid=faq-save]').count()).resolves.toBe(0)
    await expect(editor.locator('[data-testid=faq-variants-input]').count()).resolves.toBe(0)
    await expect(editor.locator('[data-testid=faq-title]').isDisabled()).resolves.toBe(true)
    await editor.locator('button:has-text("关闭")').click()
    await expect(tryQuestion(page, '四点半课堂怎么报名')).resolves.toEqual({ answered: 'true', topic: 'childcare' })
    expect(errors).toEqual([])
    await context.close()
  })
})
