import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Router from '@koa/router'
import pino from 'pino'
import request from 'supertest'
import { createApp } from '../../../api/app'
import { webConsole } from '../../../api/middleware/web-console'
import { webBuildIsStale } from '../../../lib/web-console'

/** A fake build: index.html and one hashed asset. */
function fakeDist(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-web-'))
  fs.mkdirSync(path.join(dir, 'assets'))
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><div id="app"></div>')
  fs.writeFileSync(path.join(dir, 'assets', 'index-abc123.js'), 'console.log(1)')
  return dir
}

function appWith(distDir: string) {
  const api = new Router()
  api.get('/api/ping', (ctx) => {
    ctx.body = { pong: true }
  })
  return createApp({ log: pino({ level: 'silent' }), publicRouters: [api], protectedRouters: [], before: [webConsole(distDir)] }).callback()
}

describe('web console middleware', () => {
  const dist = fakeDist()
  afterAll(() => fs.rmSync(dist, { recursive: true, force: true }))

  it('when a console route is requested › then index.html is served uncached, so a reload of /inbox works', async () => {
    const res = await request(appWith(dist)).get('/inbox?no=12')
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toMatch(/text\/html/)
    expect(res.headers['cache-control']).toBe('no-cache')
    expect(res.text).toContain('id="app"')
  })

  it('when a hashed asset is requested › then it is served with a long immutable cache', async () => {
    const res = await request(appWith(dist)).get('/assets/index-abc123.js')
    expect(res.status).toBe(200)
    expect(res.headers['cache-control']).toMatch(/immutable/)
    expect(res.text).toBe('console.log(1)')
  })

  it('when an asset does not exist › then it is a 404, not the index page', async () => {
    const res = await request(appWith(dist)).get('/assets/missing.js')
    expect(res.status).toBe(404)
  })

  it('when an API path is requested › then the API answers, and unknown API paths stay problem+json 404s', async () => {
    const app = appWith(dist)
    await expect(request(app).get('/api/ping')).resolves.toMatchObject({ status: 200, body: { pong: true } })
    const unknown = await request(app).get('/api/nothing-here')
    expect(unknown.status).toBe(404)
    expect(unknown.headers['content-type']).toMatch(/problem\+json/)
  })

  it('when a path tries to climb out of the build folder › then nothing outside it is served', async () => {
    const res = await request(appWith(dist)).get('/assets/..%2f..%2f..%2fetc%2fpasswd')
    expect(res.status).not.toBe(200)
    expect(res.text).not.toMatch(/root:/)
  })

  it('when the console is not built › then / explains how to build it (503)', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-web-empty-'))
    const res = await request(appWith(empty)).get('/')
    expect(res.status).toBe(503)
    expect(res.text).toContain('npm run web:build')
    fs.rmSync(empty, { recursive: true, force: true })
  })
})

describe('webBuildIsStale', () => {
  function project(): string {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-webroot-'))
    fs.mkdirSync(path.join(root, 'web', 'src'), { recursive: true })
    fs.writeFileSync(path.join(root, 'web', 'src', 'main.ts'), 'x')
    return root
  }
  const setTime = (p: string, t: number) => fs.utimesSync(p, t / 1000, t / 1000)

  it('when there is no build › then it is stale', () => {
    expect(webBuildIsStale(project())).toBe(true)
  })

  it('when the build is newer than every source › then it is fresh; when a source changes after it › stale again', () => {
    const root = project()
    const src = path.join(root, 'web', 'src', 'main.ts')
    fs.mkdirSync(path.join(root, 'web', 'dist'))
    const index = path.join(root, 'web', 'dist', 'index.html')
    fs.writeFileSync(index, '<html>')
    const t = Date.now()
    setTime(src, t - 60_000)
    setTime(path.join(root, 'web', 'src'), t - 60_000)
    setTime(index, t - 1000)
    expect(webBuildIsStale(root)).toBe(false)
    setTime(src, t)
    expect(webBuildIsStale(root)).toBe(true)
  })
})
