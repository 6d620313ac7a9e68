import type { Context, Next } from 'koa'
import { AppError } from '../../lib/errors'

/**
 * koa-body's `onError`: a body that cannot be read — broken compression, a bad charset, a multipart body
 * without a boundary — is the client's fault, so it becomes 400 `invalid_body` (errors that already carry a
 * 4xx status, such as 413 for a body over the limit, keep it). Without this, such errors reach the error
 * handler without a status and come out as 500.
 * @throws AppError invalid_body (400), or the parser's own 4xx error
 */
export function rejectUnreadableBody(err: Error): never {
  const status = (err as { status?: unknown; statusCode?: unknown }).status ?? (err as { statusCode?: unknown }).statusCode
  if (typeof status === 'number' && status >= 400 && status < 500) throw err
  throw new AppError('invalid_body', '请求体无法读取（压缩、编码或格式有误）', { status: 400, cause: err })
}

/**
 * Requires a multipart/form-data request (file uploads) before a multipart parser runs; anything else
 * was already read as JSON, form or text by the API's body parser and cannot be parsed again.
 * @throws AppError unsupported_media_type (415)
 */
export function requireMultipart(field: string) {
  return async (ctx: Context, next: Next): Promise<void> => {
    if (!ctx.is('multipart')) throw new AppError('unsupported_media_type', `请以 multipart/form-data 上传文件（字段名 ${field}）`, { status: 415, field })
    await next()
  }
}
