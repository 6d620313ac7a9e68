import Router from '@koa/router'
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi'
import type { BotStatus } from '../../bot/bot'
import { AppError } from '../../lib/errors'
import { addRoute } from '../route'

/** What the bot status route needs. */
export interface BotRouteDeps {
  registry: OpenAPIRegistry
  /** The bot's status, or undefined before the bot exists. */
  status: () => Promise<BotStatus | undefined>
}

/** GET /api/bot/status (authenticated): logged in?, account, QR code URL while waiting for a scan, rooms served. */
export function botRoutes(deps: BotRouteDeps): Router {
  const router = new Router()
  addRoute(
    router,
    deps.registry,
    { method: 'get', path: '/api/bot/status', summary: 'State of the WeChat bot: login, account, QR code, rooms served', tag: 'bot' },
    async (ctx) => {
      const status = await deps.status()
      if (!status) throw new AppError('bot_not_started', '机器人尚未启动', { status: 503 })
      ctx.body = status
    },
  )
  return router
}
