import Router from '@koa/router'
import { seesFullPii } from '../../domain/auth/principal'
import { actorFromUser } from '../../domain/requests/access'
import type { RequestCategory } from '../../domain/requests/categories'
import type { RequestStatus } from '../../domain/requests/lifecycle'
import type { RequestRecord } from '../../domain/requests/types'
import { AppError } from '../../lib/errors'
import { scrubPii } from '../../lib/pii'
import { findRequestConversation, type ConversationMessage } from '../../models/conversation.repo'
import { pendingContextOf } from '../../models/room-context'
import { recordAudit } from '../audit'
import { presentedListItemJson, presentRequest } from '../presenters/request'
import { addRoute } from '../route'
import { jsonPageOf } from './common.schema'
import type { RouteContext } from './context'
import { assignBody, createRequestBody, listRequestsQuery, requestCountsQuery, mergeBody, noteBody, rejectBody, reopenBody, replyBody, requestNoParams, resolveBody } from './requests.schema'

/** Requests: list, detail, console creation and every lifecycle action. */
export function requestRoutes(c: RouteContext): Router {
  const router = new Router()
  const tag = 'requests'
  const snapshot = (r: RequestRecord) => ({ status: r.status, ownerId: r.ownerId, reporters: r.reporters.length, timeline: r.timeline.length })

  addRoute(router, c.registry, { method: 'get', path: '/api/requests', summary: '工单列表 (filters, sort, pagination)', tag, schemas: { query: listRequestsQuery } }, async (ctx, { query }, user) => {
    const now = c.now()
    const { q, status, category, ...rest } = query
    const { items, total } = await c.requests.list(
      { ...rest, text: q, status: status as RequestStatus[] | undefined, category: category as RequestCategory[] | undefined, now },
      actorFromUser(user),
    )
    const fullPii = seesFullPii(user)
    ctx.type = 'application/json'
    ctx.body = jsonPageOf(items.map((r) => presentedListItemJson(r, now, fullPii)), total, query.page, query.pageSize)
  })

  // Registered before `/api/requests/:no`, which would otherwise take "counts" for a number.
  addRoute(router, c.registry, { method: 'get', path: '/api/requests/counts', summary: '工单数量 per status (same filters as the list, status ignored)', tag, schemas: { query: requestCountsQuery } }, async (ctx, { query }, user) => {
    const { q, category, ...rest } = query
    ctx.body = await c.requests.counts({ ...rest, text: q, category: category as RequestCategory[] | undefined, now: c.now() }, actorFromUser(user))
  })

  addRoute(router, c.registry, { method: 'post', path: '/api/requests', summary: '登记工单 (console entry, e.g. a phone call)', tag, schemas: { body: createRequestBody }, response: { status: 201 } }, async (ctx, { body }, user) => {
    const now = c.now()
    const actor = actorFromUser(user)
    if (actor.kind === 'worker' && !user.compoundIds.includes(body.compoundId)) {
      throw new AppError('forbidden_compound', '您不负责该小区', { status: 403, field: 'compoundId' })
    }
    const r = await c.requests.createRequest(
      {
        compoundId: body.compoundId,
        source: 'console',
        private: body.private,
        reporter: { name: body.reporterName, residentId: body.residentId },
        message: { text: body.summary },
        summary: body.summary,
        category: body.category as RequestCategory,
        location: body.location,
        urgent: body.urgent,
        actor,
      },
      now,
    )
    await recordAudit(c.audit, ctx, now, { action: 'request.create', entity: 'request', entityId: r.id, after: snapshot(r) })
    ctx.status = 201
    ctx.body = presentRequest(r, now, seesFullPii(user), { timeline: true })
  })

  addRoute(router, c.registry, { method: 'get', path: '/api/requests/:no', summary: '工单详情 (timeline, linked messages, and the group conversation around the report)', tag, schemas: { params: requestNoParams } }, async (ctx, { params }, user) => {
    const now = c.now()
    const r = await c.requests.getByNo(params.no, actorFromUser(user))
    // `context`: the group's messages around the report (before and after it) merged with every linked message.
    const { conversation, context } = await findRequestConversation(r, pendingContextOf(r.id).map(String))
    const linked = new Set(conversation.map((m) => m.id))
    const full = seesFullPii(user)
    const view = (m: ConversationMessage) => ({ ...m, text: full ? m.text : scrubPii(m.text) })
    ctx.body = {
      ...presentRequest(r, now, full, { timeline: true }),
      conversation: conversation.map(view),
      context: context.map((m) => ({ ...view(m), linked: linked.has(m.id) })),
    }
  })

  type Act = (no: number, body: any, actor: ReturnType<typeof actorFromUser>, now: Date) => Promise<RequestRecord | { source: RequestRecord; target: RequestRecord }>
  const actions: { name: string; summary: string; body: any; run: Act }[] = [
    { name: 'accept', summary: '受理 (首问负责: the first accepting worker owns it)', body: noteBody, run: (no, _b, actor, now) => c.requests.accept({ no, actor, now }) },
    { name: 'assign', summary: '指派/转派 to another worker of the compound', body: assignBody, run: (no, b, actor, now) => c.requests.assign({ no, actor, now, toUserId: b.toUserId, note: b.note }) },
    { name: 'start', summary: '开始处置', body: noteBody, run: (no, b, actor, now) => c.requests.start({ no, actor, now, note: b.note }) },
    { name: 'reply', summary: '回复 (relayed to the reporters\' group, @-ing them)', body: replyBody, run: (no, b, actor, now) => c.requests.reply({ no, actor, now, text: b.text }) },
    { name: 'resolve', summary: '办结 with a note (asks reporters to rate 1–5)', body: resolveBody, run: (no, b, actor, now) => c.requests.resolve({ no, actor, now, note: b.note }) },
    { name: 'close', summary: '核查结案', body: noteBody, run: (no, b, actor, now) => c.requests.close({ no, actor, now, note: b.note }) },
    { name: 'reopen', summary: '重新打开', body: reopenBody, run: (no, b, actor, now) => c.requests.reopen({ no, actor, now, reason: b.reason }) },
    { name: 'reject', summary: '不予受理 with a reason (sent to the resident)', body: rejectBody, run: (no, b, actor, now) => c.requests.reject({ no, actor, now, reason: b.reason }) },
    { name: 'merge', summary: '合并 into another open request', body: mergeBody, run: (no, b, actor, now) => c.requests.merge({ no, actor, now, intoNo: b.intoNo }) },
  ]
  for (const a of actions) {
    addRoute(router, c.registry, { method: 'post', path: `/api/requests/:no/${a.name}`, summary: a.summary, tag, schemas: { params: requestNoParams, body: a.body } }, async (ctx, { params, body }, user) => {
      const now = c.now()
      const actor = actorFromUser(user)
      const before = await c.requests.getByNo(params.no, actor)
      const result = await a.run(params.no, body, actor, now)
      const after = 'target' in result ? result.source : result
      await recordAudit(c.audit, ctx, now, { action: `request.${a.name}`, entity: 'request', entityId: after.id, before: snapshot(before), after: { ...snapshot(after), ...(body && Object.keys(body).length ? { input: body } : {}) } })
      const full = seesFullPii(user)
      ctx.body = 'target' in result ? { ...presentRequest(result.source, now, full, { timeline: true }), mergedIntoRequest: presentRequest(result.target, now, full) } : presentRequest(result, now, full, { timeline: true })
    })
  }
  return router
}
