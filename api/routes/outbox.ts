import Router from '@koa/router'
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi'
import { z } from 'zod'
import type { OutboxRow } from '../../domain/outbox/outbox.types'
import { AppError } from '../../lib/errors'
import { type AuditWriter, recordAudit } from '../audit'
import { addRoute } from '../route'
import { objectIdSchema } from './common.schema'

/** What the outbox routes need. */
export interface OutboxRouteContext {
  registry: OpenAPIRegistry
  audit: AuditWriter
  now: () => Date
  listFlagged(limit: number): Promise<OutboxRow[]>
  resolveFlagged(id: string, decision: 'sent' | 'resend' | 'dismiss', at: Date): Promise<{ row: OutboxRow; applied: boolean } | null>
}

const flaggedQuery = z.object({ limit: z.coerce.number().int().min(1).max(100).default(50) }).strict()
const idParams = z.object({ id: objectIdSchema }).strict()
const resolveBody = z.object({ outcome: z.enum(['sent', 'resend', 'dismiss']) }).strict()

/** Admin view of the outbox: messages flagged for a person (outcome unknown after a crash, or failed), and the admin's decision on each. */
export function outboxRoutes(c: OutboxRouteContext): Router {
  const router = new Router()
  const tag = 'outbox'

  addRoute(router, c.registry, { method: 'get', path: '/api/outbox/flagged', summary: '需要人工确认的消息 (unknown / failed)', tag, roles: ['admin'], schemas: { query: flaggedQuery } }, async (ctx, { query }) => {
    ctx.body = { items: await c.listFlagged(query.limit) }
  })

  addRoute(router, c.registry, { method: 'post', path: '/api/outbox/:id/resolve', summary: '处理待核对的消息：结果未知的标为已送达 (sent) 或重发 (resend)；发送失败的标为已知悉 (dismiss)', tag, roles: ['admin'], schemas: { params: idParams, body: resolveBody } }, async (ctx, { params, body }) => {
    const now = c.now()
    const result = await c.resolveFlagged(params.id, body.outcome, now)
    if (!result) throw new AppError('delivery_not_found', '消息不存在', { status: 404 })
    const { row, applied } = result
    if (!applied) {
      const message = body.outcome === 'dismiss' ? '只有待核对的发送失败消息可以标为已知悉' : '只有结果未知的消息可以标为已送达或重发'
      throw new AppError(body.outcome === 'dismiss' ? 'delivery_not_failed' : 'delivery_not_unknown', message, { status: 409, details: { status: row.status } })
    }
    await recordAudit(c.audit, ctx, now, { action: `delivery.resolve_${body.outcome}`, entity: 'delivery', entityId: row.id, after: { status: row.status } })
    ctx.body = row
  })

  return router
}
