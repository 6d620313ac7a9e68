import { existsSync } from 'node:fs'
import path from 'node:path'
import type { Middleware } from 'koa'
import send from 'koa-send'

/** Paths the console never serves: they belong to the API (and 404 there when unknown). */
const API_PREFIX = /^\/(api|open311)(\/|$)/

/**
 * Serves the built console (web/dist) at `/`: hashed assets with a long cache, and index.html
 * (never cached) for every other GET path, so the console's own routes survive a reload.
 * API paths pass through untouched.
 */
export function webConsole(distDir: string): Middleware {
  const indexHtml = path.join(distDir, 'index.html')
  return async (ctx, next) => {
    if ((ctx.method !== 'GET' && ctx.method !== 'HEAD') || API_PREFIX.test(ctx.path)) return next()
    if (ctx.path.startsWith('/assets/')) {
      try {
        await send(ctx, ctx.path, { root: distDir, immutable: true, maxage: 365 * 86400 * 1000 })
        return
      } catch (err) {
        if ((err as { status?: number }).status === 404) return next()
        throw err
      }
    }
    if (path.extname(ctx.path) && ctx.path !== '/index.html') {
      // favicon.ico, robots.txt … from the build when present
      try {
        await send(ctx, ctx.path, { root: distDir })
        return
      } catch (err) {
        if ((err as { status?: number }).status === 404) return next()
        throw err
      }
    }
    if (!existsSync(indexHtml)) {
      ctx.status = 503
      ctx.type = 'text/plain; charset=utf-8'
      ctx.body = '网页控制台尚未构建：请运行 npm run web:build（或以 WEB_CONSOLE=auto 启动）。The web console is not built: run npm run web:build.'
      return
    }
    ctx.set('Cache-Control', 'no-cache')
    await send(ctx, 'index.html', { root: distDir })
  }
}
