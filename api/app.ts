import type Router from '@koa/router'
import Koa, { type Middleware } from 'koa'
import helmet from 'koa-helmet'
import type { Logger } from 'pino'
import { errorHandler } from './middleware/error-handler'
import { requestLog } from './middleware/request-log'

/** Everything the HTTP API needs from the composition root. */
export interface ApiDeps {
  log: Logger
  /** Routers open to everyone (health, login, docs, sandbox). */
  publicRouters: Router[]
  /** Middleware that authenticates every request reaching the protected routers. */
  authenticate?: Middleware
  /** Routers behind authentication. */
  protectedRouters: Router[]
  /** Middleware mounted before the routers (CORS, body parsing, static files). */
  before?: Middleware[]
}

/** Builds the Koa app: error handler first, security headers, request log, public routes, auth, protected routes. */
export function createApp(deps: ApiDeps): Koa {
  const app = new Koa()
  app.proxy = true
  app.use(errorHandler(deps.log))
  // Default helmet headers, minus upgrade-insecure-requests: a console served over plain HTTP on a
  // community's LAN (http://192.168.x.x:3000) would otherwise ask for its own scripts over HTTPS.
  app.use(helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } }))
  app.use(requestLog(deps.log))
  for (const mw of deps.before ?? []) app.use(mw)
  for (const r of deps.publicRouters) {
    app.use(r.routes())
    app.use(r.allowedMethods())
  }
  if (deps.authenticate) {
    const authenticate = deps.authenticate
    // Authenticate whatever a protected route would serve; an unknown path stays a plain 404.
    app.use((ctx, next) => (deps.protectedRouters.some((r) => r.match(ctx.path, ctx.method).route) ? authenticate(ctx, next) : next()))
  }
  for (const r of deps.protectedRouters) {
    app.use(r.routes())
    app.use(r.allowedMethods())
  }
  return app
}
