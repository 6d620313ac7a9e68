import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { freePort } from '../../lib/embedded-db'

const ROOT = path.resolve(__dirname, '../..')

function waitForExit(child: ChildProcess, ms: number): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error('process did not exit')), ms)
    child.once('exit', (code) => {
      clearTimeout(t)
      resolve(code)
    })
  })
}

async function pollHealth(url: string, child: ChildProcess, ms: number, output = ""): Promise<{ status: number; body: any }> {
  const deadline = Date.now() + ms
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`app exited early with ${child.exitCode}: ${output}`)
    try {
      const res = await fetch(url)
      return { status: res.status, body: await res.json() }
    } catch {
      await new Promise((r) => setTimeout(r, 250))
    }
  }
  throw new Error('health never answered')
}

describe('start-up', () => {
  it('main › when started without MONGODB_URI › then it runs the embedded database, seeds it, answers /api/health and stops on SIGTERM', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-startup-'))
    const port = await freePort()
    let output = ''
    const child = spawn(process.execPath, ['--import', 'tsx', 'main.ts'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, FERRETDB_BIN: process.env.LINLI_TEST_FERRETDB_BIN ?? '', LOG_FORMAT: 'json', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    child.stdout!.on('data', (d: Buffer) => (output += d.toString()))
    child.stderr!.on('data', (d: Buffer) => (output += d.toString()))
    try {
      const { status, body } = await pollHealth(`http://127.0.0.1:${port}/api/health`, child, 90000, output)
      expect(status).toBe(200)
      expect(body).toMatchObject({ status: 'ok', database: 'up', bot: { state: expect.any(String) } })
      expect(output).toMatch(/demo district seeded/)
      expect(fs.existsSync(path.join(dataDir, 'ferretdb.pid'))).toBe(true)

      const consolePage = await fetch(`http://127.0.0.1:${port}/inbox`)
      expect(consolePage.status).toBe(200)
      await expect(consolePage.text()).resolves.toContain('<div id="app">')

      const unknown = await fetch(`http://127.0.0.1:${port}/api/no-such-route`)
      expect(unknown.status).toBe(404)
      expect(unknown.headers.get('content-type')).toMatch(/application\/problem\+json/)
    } finally {
      child.kill('SIGTERM')
    }
    const code = await waitForExit(child, 20000)
    expect({ code, pidFileLeft: fs.existsSync(path.join(dataDir, 'ferretdb.pid')) }).toEqual({ code: 0, pidFileLeft: false })
    expect(output).toMatch(/shutting down/)
    fs.rmSync(dataDir, { recursive: true, force: true })
  }, 120000)

  it('main › when SIGTERM arrives during start-up › then it finishes starting, shuts down in order and leaves no database running', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-startup-'))
    const port = await freePort()
    let output = ''
    const child = spawn(process.execPath, ['--import', 'tsx', 'main.ts'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, FERRETDB_BIN: process.env.LINLI_TEST_FERRETDB_BIN ?? '', LOG_FORMAT: 'json', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let signalled = false
    const onData = (d: Buffer) => {
      output += d.toString()
      // The database is up but the rest (seed, API, bot) is still starting.
      if (!signalled && /embedded database started/.test(output)) {
        signalled = true
        child.kill('SIGTERM')
      }
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', onData)
    const code = await waitForExit(child, 90000)
    expect(signalled).toBe(true)
    expect({ code, pidFileLeft: fs.existsSync(path.join(dataDir, 'ferretdb.pid')) }).toEqual({ code: 0, pidFileLeft: false })
    expect(output).toMatch(/stop requested during start-up/)
    expect(output).toMatch(/"step":"database".*"msg":"stopped"/)
    fs.rmSync(dataDir, { recursive: true, force: true })
  }, 120000)
})
