import Router from '@koa/router'
import { z } from 'zod'
import { listAudit } from '../../models/audit.repo'
import { addRoute } from '../route'
import { pageOf, paginationShape } from './common.schema'
import type { RouteContext } from './context'

/** GET /api/audit query. */
export const auditQuery = z.object({ entity: z.string().max(50).optional(), entityId: z.string().max(200).optional(), ...paginationShape }).strict()

/** The audit trail (admins). */
export function auditRoutes(c: RouteContext): Router {
  const router = new Router()
  addRoute(router, c.registry, { method: 'get', path: '/api/audit', summary: '操作审计 (who, what, when, before/after)', tag: 'audit', roles: ['admin'], schemas: { query: auditQuery } }, async (ctx, { query }) => {
    const { items, total } = await listAudit(query)
    ctx.body = pageOf(items, total, query.page, query.pageSize)
  })
  return router
}
