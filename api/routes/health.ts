import Router from '@koa/router'

/** What the health route reports about the bot. */
export interface BotHealth {
  state: 'not-started' | 'starting' | 'logged-out' | 'logged-in' | 'stopped' | 'error'
  puppet?: string
  account?: string
}

/** Dependencies of the health route. */
export interface HealthDeps {
  isDatabaseReachable: () => Promise<boolean>
  botHealth: () => BotHealth
  version: string
}

/** GET /api/health: 200 when the database answers, 503 otherwise; always reports the bot state. */
export function healthRoutes(deps: HealthDeps): Router {
  const router = new Router()
  router.get('/api/health', async (ctx) => {
    const dbUp = await deps.isDatabaseReachable()
    ctx.status = dbUp ? 200 : 503
    ctx.body = { status: dbUp ? 'ok' : 'degraded', version: deps.version, database: dbUp ? 'up' : 'down', bot: deps.botHealth(), time: new Date().toISOString() }
  })
  return router
}
