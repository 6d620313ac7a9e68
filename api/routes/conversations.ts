import Router from '@koa/router'
import { assertCompoundAccess, compoundScope, seesFullPii } from '../../domain/auth/principal'
import { AppError } from '../../lib/errors'
import { scrubPii } from '../../lib/pii'
import { listConversation } from '../../models/conversation.repo'
import { findGroupAdmin, listGroupsAdmin } from '../../models/group.repo'
import { findRequestNumbers } from '../../models/request.repo'
import { findResidentById } from '../../models/resident.repo'
import { addRoute } from '../route'
import { pageOf } from './common.schema'
import type { RouteContext } from './context'
import { conversationQuery } from './conversations.schema'

/** The conversation log: messages per group or resident, searchable, with the bot's decisions. */
export function conversationRoutes(c: RouteContext): Router {
  const router = new Router()
  addRoute(router, c.registry, { method: 'get', path: '/api/conversations', summary: '会话记录 (per group or resident, text search, bot decisions)', tag: 'conversations', schemas: { query: conversationQuery } }, async (ctx, { query }, user) => {
    let roomId = query.roomId
    let contactId = query.contactId
    if (query.groupId) {
      const g = await findGroupAdmin(query.groupId)
      if (!g) throw new AppError('group_not_found', '群不存在', { status: 404, field: 'groupId' })
      if (user.role !== 'admin') assertCompoundAccess(user, g.compoundId, 'groupId')
      roomId = g.roomId
    }
    if (query.residentId) {
      const r = await findResidentById(query.residentId)
      if (!r) throw new AppError('resident_not_found', '居民不存在', { status: 404, field: 'residentId' })
      assertCompoundAccess(user, r.compoundId, 'residentId')
      if (!r.wechatId) {
        ctx.body = pageOf([], 0, query.page, query.pageSize)
        return
      }
      contactId = r.wechatId
    }
    if (query.compoundId) assertCompoundAccess(user, query.compoundId)
    const compoundIds = compoundScope(user)
    const scopeRoomIds = compoundIds ? (await listGroupsAdmin({ compoundIds })).map((g) => g.roomId) : undefined
    const { items, total } = await listConversation({ roomId, contactId, compoundId: query.compoundId, compoundIds, scopeRoomIds, intent: query.intent, text: query.q, from: query.from, to: query.to, page: query.page, pageSize: query.pageSize })
    // The console links a message to its request by number (the inbox opens `?no=`).
    const numbers = await findRequestNumbers(items.flatMap((m) => (m.requestId ? [m.requestId] : [])))
    const full = seesFullPii(user)
    ctx.body = pageOf(
      items.map((m) => ({ ...m, ...(full ? {} : { text: scrubPii(m.text) }), ...(m.requestId && numbers.has(m.requestId) ? { requestNo: numbers.get(m.requestId) } : {}) })),
      total,
      query.page,
      query.pageSize,
    )
  })
  return router
}
