import { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi'
import cors from '@koa/cors'
import type Router from '@koa/router'
import type { Middleware } from 'koa'
import { koaBody } from 'koa-body'
import { LoginLimiter } from '../domain/auth/login-limiter'
import { loginFailureStore } from '../models/login-failure.repo'
import type { RequestService } from '../domain/requests/request.service'
import { writeAudit } from '../models/audit.repo'
import { cachedUserById } from '../models/roster-cache'
import type { AuditWriter } from './audit'
import { authenticate } from './middleware/authenticate'
import { rejectUnreadableBody } from './middleware/body'
import { loginRoutes, meRoutes } from './routes/auth'
import type { RouteContext } from './routes/context'
import { buildOpenApiDocument, docsRoutes } from './routes/docs'
import { auditRoutes } from './routes/audit'
import { compoundRoutes } from './routes/compounds'
import { conversationRoutes } from './routes/conversations'
import { faqRoutes } from './routes/faqs'
import { groupRoutes } from './routes/groups'
import { open311Routes } from './routes/open311'
import { requestRoutes } from './routes/requests'
import { residentRoutes } from './routes/residents'
import { settingsRoutes } from './routes/settings'
import { statsRoutes } from './routes/stats'
import { userRoutes } from './routes/users'

/** What the API routers need from the composition root. */
export interface ApiRoutersDeps {
  jwtSecret: string
  tokenTtlHours: number
  corsOrigins: readonly string[]
  tz: string
  version: string
  requests: RequestService
  /** Clock (tests pass a fixed one). */
  now?: () => Date
  audit?: AuditWriter
  loginLimiter?: LoginLimiter
  /** Extra routers documented elsewhere (sandbox, bot, notices) are added by main.ts directly. */
}

/** The API's routers and middleware, ready for `createApp`. */
export interface ApiRouters {
  publicRouters: Router[]
  protectedRouters: Router[]
  authenticate: Middleware
  before: Middleware[]
  registry: OpenAPIRegistry
}

/** JSON bodies above this size are refused with 413. */
export const JSON_LIMIT = '100kb'

/** Builds every router of issue 4, the authenticate middleware and CORS + body parsing. */
export function createApiRouters(deps: ApiRoutersDeps): ApiRouters {
  const registry = new OpenAPIRegistry()
  registry.registerComponent('securitySchemes', 'bearerAuth', { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
  const c: RouteContext = {
    registry,
    requests: deps.requests,
    audit: deps.audit ?? writeAudit,
    now: deps.now ?? (() => new Date()),
    jwtSecret: deps.jwtSecret,
    tokenTtlHours: deps.tokenTtlHours,
    tz: deps.tz,
    loginLimiter: deps.loginLimiter ?? new LoginLimiter(5, 15 * 60_000, loginFailureStore),
  }
  const origins = new Set(deps.corsOrigins)
  const before: Middleware[] = [
    cors({
      // Empty CORS_ORIGINS: no Access-Control-Allow-Origin header at all (same origin only).
      origin: (ctx) => (origins.has(ctx.get('Origin')) ? ctx.get('Origin') : ''),
      allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
      allowHeaders: ['Authorization', 'Content-Type'],
      maxAge: 600,
    }),
    koaBody({ multipart: false, jsonLimit: JSON_LIMIT, formLimit: '20kb', textLimit: '20kb', jsonStrict: true, encoding: 'utf-8', onError: rejectUnreadableBody }),
  ]
  const publicRouters = [loginRoutes(c), open311Routes(c)]
  const protectedRouters = [
    meRoutes(c),
    requestRoutes(c),
    settingsRoutes(c),
    conversationRoutes(c),
    faqRoutes(c),
    compoundRoutes(c),
    groupRoutes(c),
    userRoutes(c),
    residentRoutes(c),
    statsRoutes(c),
    auditRoutes(c),
  ]
  publicRouters.push(docsRoutes(() => buildOpenApiDocument(registry, deps.version)))
  return {
    publicRouters,
    protectedRouters,
    authenticate: authenticate({ secret: deps.jwtSecret, findUser: cachedUserById, clock: c.now }),
    before,
    registry,
  }
}
