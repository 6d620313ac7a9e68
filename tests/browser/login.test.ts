import type { Browser } from 'playwright-core'
import { keepScreenshot, launchBrowser, login, newPage, startProduct, type RunningProduct } from './harness'

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

describe('console › login', () => {
  it('when the password is wrong › then the page says so and stays on the login form', async () => {
    const { page, errors, context } = await newPage(browser)
    await page.goto(`${product.url}/inbox`)
    await page.waitForURL(/\/login\?redirect=/)
    await keepScreenshot(page, 'login')
    await page.fill('input[name=username]', 'admin')
    await page.fill('input[name=password]', 'wrong-password')
    await page.click('button[type=submit]')
    await expect(page.locator('[data-testid=login-error]').textContent()).resolves.toContain('用户名或密码错误')
    expect(page.url()).toMatch(/\/login/)
    expect(errors).toEqual([])
    await context.close()
  })

  it('when a worker signs in › then the console shows their name and the menu, and a reload keeps them signed in', async () => {
    const { page, errors, context } = await newPage(browser)
    await login(page, product.url, 'liu')
    await expect(page.locator('[data-testid=current-user]').textContent()).resolves.toContain('网格员小刘')
    await expect(page.locator('[data-testid=nav]').textContent()).resolves.toContain('诉求工单')
    await page.reload()
    await page.waitForSelector('[data-testid=current-user]')
    expect(page.url()).not.toMatch(/\/login/)
    expect(errors).toEqual([])
    await context.close()
  })

  it('on a phone › then the menu is a drawer opened by the menu button', async () => {
    const { page, context } = await newPage(browser, { phone: true })
    await login(page, product.url, 'admin')
    await expect(page.locator('aside').count()).resolves.toBe(0)
    await page.click('[data-testid=nav-toggle]')
    await page.waitForSelector('[data-testid=nav] >> text=数据看板')
    await context.close()
  })
})
