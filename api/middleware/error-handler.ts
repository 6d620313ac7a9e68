import type { Context, Next } from 'koa'
import type { Logger } from 'pino'
import { AppError, isAppError } from '../../lib/errors'
import { handleError } from '../../lib/shutdown'
import { isTransientDbError } from '../../models/common'

/** Base of every problem `type` URI: `${PROBLEM_BASE}<code>`. */
export const PROBLEM_BASE = 'https://linli.dev/problems/'

const TITLES: Record<number, string> = {
  400: '请求有误',
  401: '请先登录',
  403: '没有权限',
  404: '未找到',
  405: '不支持的方法',
  409: '状态冲突',
  413: '内容过大',
  415: '不支持的内容类型',
  422: '无法处理',
  429: '请求过于频繁',
  500: '服务器内部错误',
  503: '服务暂不可用',
}

/** Maps an error to an RFC 9457 problem body and status. */
export function toProblem(err: unknown, instance: string): { status: number; body: Record<string, unknown> } {
  if (isAppError(err)) {
    const status = err.status ?? 500
    if (status >= 500) return { status, body: { type: `${PROBLEM_BASE}${status === 503 ? err.code : 'internal_error'}`, title: TITLES[status] ?? TITLES[500], status, instance } }
    return {
      status,
      body: {
        type: `${PROBLEM_BASE}${err.code}`,
        title: TITLES[status] ?? '请求有误',
        status,
        detail: err.message,
        ...(err.field ? { field: err.field } : {}),
        ...(err.details !== undefined ? { details: err.details } : {}),
        instance,
      },
    }
  }
  // koa's own http errors (body parser: 413, 415, 400 on bad JSON)
  const e = err as { status?: number; expose?: boolean; message?: string; type?: string }
  if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500) {
    const code = e.status === 413 ? 'payload_too_large' : e.status === 415 ? 'unsupported_media_type' : e.status === 404 ? 'not_found' : 'bad_request'
    return { status: e.status, body: { type: `${PROBLEM_BASE}${code}`, title: TITLES[e.status] ?? '请求有误', status: e.status, detail: e.expose ? e.message : TITLES[e.status], instance } }
  }
  return { status: 500, body: { type: `${PROBLEM_BASE}internal_error`, title: TITLES[500], status: 500, instance } }
}

/** First middleware: every error becomes application/problem+json; unknown errors are logged, never echoed. */
export function errorHandler(log: Logger) {
  return async (ctx: Context, next: Next): Promise<void> => {
    try {
      await next()
      if (ctx.status === 404 && ctx.body === undefined && ctx.path.startsWith('/api')) {
        throw new AppError('not_found', `没有这个接口：${ctx.method} ${ctx.path}`, { status: 404 })
      }
    } catch (caught) {
      // An unreachable database is an outage, not a bug: 503 with Retry-After, logged as operational.
      const unreachable = isTransientDbError(caught)
      const err = unreachable ? new AppError('database_unavailable', '数据库暂时无法访问，请稍后再试', { status: 503, cause: caught }) : caught
      const { status, body } = toProblem(err, ctx.path)
      if (status >= 500) handleError(err, { source: 'api', method: ctx.method, path: ctx.path, requestId: ctx.state.requestId }, log)
      if (unreachable) ctx.set('Retry-After', '10')
      ctx.status = status
      ctx.body = body
      ctx.type = 'application/problem+json' // after the body: koa sets JSON bodies to application/json
    }
  }
}
