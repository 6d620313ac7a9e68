import Koa from 'koa'
import helmet from 'koa-helmet'
import type { Logger } from 'pino'
import { errorHandler } from './middleware/error-handler'
import { requestLog } from './middleware/request-log'
import { healthRoutes, type HealthDeps } from './routes/health'

/** Everything the HTTP API needs from the composition root. */
export interface ApiDeps extends HealthDeps {
  log: Logger
}

/** Builds the Koa app: error handler first, then security headers, request log and routes. */
export function createApp(deps: ApiDeps): Koa {
  const app = new Koa()
  app.proxy = true
  app.use(errorHandler(deps.log))
  app.use(helmet())
  app.use(requestLog(deps.log))
  const health = healthRoutes(deps)
  app.use(health.routes())
  app.use(health.allowedMethods())
  return app
}
