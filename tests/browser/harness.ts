import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { freePort } from '../../lib/embedded-db'
import { withDatabaseName } from '../../lib/db'
import { testServerUri, uniqueDbName } from '../helpers/db'

// Callbacks of page.waitForFunction run in the browser; this Node project has no DOM types.
declare const document: any

// Starting the product and a browser takes seconds; a page flow may take a minute on a loaded 2-core machine.
jest.setTimeout(120_000)

const ROOT = path.resolve(__dirname, '../..')
/** Debian's Chromium (apt-get install chromium); override with CHROMIUM_PATH. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
/** Where `npm run screenshots` keeps the README's pictures. */
export const SCREENSHOT_DIR = path.join(ROOT, 'docs', 'screenshots')

/** The product running as its own process (npm start's main.ts) on a fresh database of the test server. */
export interface RunningProduct {
  url: string
  /** The product's database (for a test that must arrange what the API cannot, e.g. requests reported days ago). */
  databaseUri: string
  /** Everything the process printed so far (JSON log lines). */
  output(): string
  stop(): Promise<void>
}

/**
 * Starts main.ts as a child process on a fresh database of the test FerretDB, with the demo
 * district seeded, the sandbox bot, the prebuilt console (globalSetup builds it) and an outbox
 * that sends without pacing or quiet hours, so replies reach the sandbox transcript at once.
 */
export async function startProduct(env: Record<string, string> = {}): Promise<RunningProduct> {
  const port = await freePort()
  const databaseUri = env.MONGODB_URI ?? withDatabaseName(testServerUri(), uniqueDbName('web'))
  let out = ''
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'main.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      MONGODB_URI: databaseUri,
      WEB_CONSOLE: 'serve',
      LOG_FORMAT: 'json',
      LOG_LEVEL: 'info',
      OUTBOX_PACE_MS: '0',
      OUTBOX_JITTER_MS: '0',
      OUTBOX_GROUP_GAP_MS: '0',
      QUIET_HOURS: '00:00-00:00',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()))
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 90_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the product exited with ${child.exitCode} before answering:\n${out.slice(-3000)}`)
    if (Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`the product did not answer /api/health within 90 s:\n${out.slice(-3000)}`)
    }
    const ok = await fetch(`${url}/api/health`).then((r) => r.ok, () => false)
    if (ok && /Linli is running/.test(out)) break
    await new Promise((r) => setTimeout(r, 250))
  }
  return {
    url,
    databaseUri,
    output: () => out,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        const t = setTimeout(() => child.kill('SIGKILL'), 20_000)
        child.once('exit', () => {
          clearTimeout(t)
          resolve()
        })
        child.kill('SIGTERM')
      }),
  }
}

/** Headless Debian Chromium with the flags this closed network needs. */
export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH`)
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
}

/**
 * Opens an Element Plus select by its test id, clicks the visible option with this text and waits until the select
 * shows it. A click that lands while the dropdown is still moving into place (a busy machine, a phone viewport) is
 * tried again; a select that never shows the option fails the test.
 */
export async function pickOption(page: Page, testId: string, option: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await page.click(`[data-testid=${testId}]`)
    await page.locator('.el-select-dropdown__item:visible', { hasText: option }).first().click()
    try {
      await page.waitForFunction(
        ({ id, text }) => {
          const el = document.querySelector(`[data-testid=${id}]`)
          const inputs: string[] = [...(el?.querySelectorAll('input') ?? [])].map((input: { value: string }) => input.value)
          return [el?.textContent ?? '', ...inputs].some((shown) => shown.includes(text))
        },
        { id: testId, text: option },
        { timeout: 2000 },
      )
      return
    } catch {
      if (attempt >= 3) throw new Error(`the select ${testId} does not show "${option}" after ${attempt} tries`)
    }
  }
}

/** A laptop-sized page (or a phone-sized one) that fails the test on any uncaught page error. */
export async function newPage(browser: Browser, opts: { phone?: boolean } = {}): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext(
    opts.phone
      ? { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' }
      : { viewport: { width: 1366, height: 860 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' },
  )
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  return { context, page, errors }
}

/** The demo accounts' password (seeded by the demo district). */
export const DEMO_PASSWORD = 'linli-demo-2026'

/** Logs in through the login page and waits for the console to show the inbox. */
export async function login(page: Page, baseUrl: string, username = 'admin'): Promise<void> {
  await page.goto(`${baseUrl}/login`)
  await page.fill('input[name=username]', username)
  await page.fill('input[name=password]', DEMO_PASSWORD)
  await page.click('button[type=submit]')
  await page.waitForSelector('[data-testid=current-user]')
}

/**
 * Saves a screenshot to docs/screenshots/<name>.png when LINLI_SCREENSHOTS=1 (`npm run screenshots`);
 * otherwise does nothing, so test runs never rewrite the docs.
 */
export async function keepScreenshot(page: Page, name: string): Promise<void> {
  if (process.env.LINLI_SCREENSHOTS !== '1') return
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true })
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: false })
}
