import type Router from '@koa/router'
import type { OpenAPIRegistry, RouteConfig } from '@asteasolutions/zod-to-openapi'
import type { Context, Middleware } from 'koa'
import type { ZodType } from 'zod'
import type { Principal, Role } from '../domain/auth/principal'
import { AppError } from '../lib/errors'
import { validate, type InputSchemas, type ParsedInput } from './middleware/validate'

/** One API route: its method, path, input schemas and documentation. */
export interface RouteSpec<S extends InputSchemas> {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete'
  /** Koa path, e.g. `/api/requests/:no`. */
  path: string
  summary: string
  tag: string
  schemas?: S
  /** Roles allowed (default: every authenticated user). */
  roles?: Role[]
  /** Documented as public (no bearer token). */
  public?: boolean
  /** Response media type and schema for the document (default JSON, no schema). */
  response?: { status?: number; description?: string; schema?: ZodType; contentType?: string }
  /** Extra middleware before validation (e.g. a multipart body parser). */
  before?: Middleware[]
  /** Request body documented as multipart/form-data with a `file` field. */
  multipart?: boolean
}

/** What a handler receives. */
export type Handler<S extends InputSchemas> = (ctx: Context, input: ParsedInput<S>, user: Principal) => Promise<void>

/** The authenticated caller (set by the authenticate middleware). */
export function principalOf(ctx: Context): Principal {
  const user = ctx.state.user as Principal | undefined
  if (!user) throw new AppError('unauthenticated', '请先登录', { status: 401 })
  return user
}

/**
 * Registers a route on a koa router and documents it in the OpenAPI registry from the same schemas,
 * so the document cannot drift from what the route validates.
 */
export function addRoute<S extends InputSchemas>(router: Router, registry: OpenAPIRegistry, spec: RouteSpec<S>, handler: Handler<S>): void {
  const roleCheck: Middleware = async (ctx, next) => {
    if (spec.public) return next()
    const user = principalOf(ctx)
    if (spec.roles && !spec.roles.includes(user.role)) throw new AppError('forbidden', '没有权限执行此操作', { status: 403 })
    await next()
  }
  const run: Middleware = async (ctx) => {
    await handler(ctx, ctx.state.input as ParsedInput<S>, ctx.state.user as Principal)
  }
  router[spec.method](spec.path, roleCheck, ...(spec.before ?? []), validate(spec.schemas ?? {}), run)

  const schemas = spec.schemas ?? ({} as S)
  const request: RouteConfig['request'] = {}
  if (schemas.params) request.params = schemas.params as never
  if (schemas.query) request.query = schemas.query as never
  if (schemas.body) request.body = { required: true, content: { 'application/json': { schema: schemas.body } } }
  if (spec.multipart) {
    request.body = { required: true, content: { 'multipart/form-data': { schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] } } } }
  }
  const status = String(spec.response?.status ?? 200)
  const contentType = spec.response?.contentType ?? 'application/json'
  registry.registerPath({
    method: spec.method,
    path: spec.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}'),
    summary: spec.summary,
    tags: [spec.tag],
    ...(spec.public ? { security: [] } : { security: [{ bearerAuth: [] }] }),
    request,
    responses: {
      [status]: {
        description: spec.response?.description ?? 'OK',
        ...(spec.response?.schema || contentType !== 'application/json'
          ? { content: { [contentType]: { schema: spec.response?.schema ?? { type: 'string', format: 'binary' } } } }
          : {}),
      },
      ...(spec.schemas ? { '400': { description: 'Problem (RFC 9457): validation_failed with the offending field' } } : {}),
      ...(spec.public ? {} : { '401': { description: 'Problem: unauthenticated / invalid_token' }, '403': { description: 'Problem: forbidden / forbidden_compound' } }),
    },
  })
}
