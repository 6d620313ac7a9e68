import Router from '@koa/router'
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi'
import type { z } from 'zod'
import type { NoticeInput, NoticeRecord, NoticeService, NoticeTargets } from '../../domain/notices/notice.service'
import { toNoticeSchedule } from '../../domain/notices/notice.service'
import { describeSchedule } from '../../domain/notices/schedule'
import { type AuditWriter, recordAudit } from '../audit'
import { addRoute } from '../route'
import { createNoticeBody, listNoticesQuery, noticeIdParams, noticeTargetsSchema, updateNoticeBody } from './notices.schema'
import { pageOf } from './common.schema'

/** What the notice routes need from the composition root. */
export interface NoticeRouteContext {
  registry: OpenAPIRegistry
  notices: NoticeService
  audit: AuditWriter
  now: () => Date
  tz: string
}

function toTargets(t: z.output<typeof noticeTargetsSchema>): NoticeTargets {
  return { kind: t.kind, compoundIds: t.kind === 'compounds' ? t.compoundIds : [], tags: t.kind === 'tags' ? t.tags : [] }
}

function toInput(body: z.output<typeof createNoticeBody>): NoticeInput {
  return { ...body, targets: toTargets(body.targets) }
}

function presentNotice(n: NoticeRecord, tz: string) {
  let scheduleText: string | undefined
  try {
    scheduleText = describeSchedule(toNoticeSchedule(n.schedule), tz)
  } catch {
    scheduleText = undefined
  }
  return { ...n, scheduleText }
}

const snapshot = (n: NoticeRecord) => ({ title: n.title, status: n.status, targets: n.targets, schedule: n.schedule, urgent: n.urgent })

/**
 * Notices: list, create, preview recipients, edit or cancel before they go out, and the delivery report.
 * Creating, previewing, editing and cancelling are for admins; every signed-in user may read.
 */
export function noticeRoutes(c: NoticeRouteContext): Router {
  const router = new Router()
  const tag = 'notices'

  addRoute(router, c.registry, { method: 'get', path: '/api/notices', summary: '通知列表', tag, schemas: { query: listNoticesQuery } }, async (ctx, { query }) => {
    const { items, total } = await c.notices.list({ status: query.status, limit: query.limit, page: query.page })
    ctx.body = pageOf(items.map((n) => presentNotice(n, c.tz)), total, query.page, query.limit)
  })

  addRoute(router, c.registry, { method: 'post', path: '/api/notices', summary: '新建通知 (once or cron, all groups / compounds / tagged residents)', tag, roles: ['admin'], schemas: { body: createNoticeBody }, response: { status: 201 } }, async (ctx, { body }, user) => {
    const now = c.now()
    const notice = await c.notices.create(toInput(body), { now, authorId: user.id })
    await recordAudit(c.audit, ctx, now, { action: 'notice.create', entity: 'notice', entityId: notice.id, after: snapshot(notice) })
    ctx.status = 201
    ctx.body = presentNotice(notice, c.tz)
  })

  addRoute(router, c.registry, { method: 'post', path: '/api/notices/preview', summary: '预览收件人和接下来的发送时间 (the same resolution the sender uses; runs held by quiet hours say until when)', tag, roles: ['admin'], schemas: { body: createNoticeBody } }, async (ctx, { body }) => {
    ctx.body = await c.notices.preview(toInput(body), c.now())
  })

  addRoute(router, c.registry, { method: 'get', path: '/api/notices/:id', summary: '通知详情', tag, schemas: { params: noticeIdParams } }, async (ctx, { params }) => {
    ctx.body = presentNotice(await c.notices.get(params.id), c.tz)
  })

  addRoute(router, c.registry, { method: 'get', path: '/api/notices/:id/recipients', summary: '通知的收件人预览', tag, roles: ['admin'], schemas: { params: noticeIdParams } }, async (ctx, { params }) => {
    const notice = await c.notices.get(params.id)
    ctx.body = await c.notices.preview(notice, c.now())
  })

  addRoute(router, c.registry, { method: 'patch', path: '/api/notices/:id', summary: '修改通知 (before it goes out)', tag, roles: ['admin'], schemas: { params: noticeIdParams, body: updateNoticeBody } }, async (ctx, { params, body }) => {
    const now = c.now()
    const before = await c.notices.get(params.id)
    const { targets, ...rest } = body
    const patch: Partial<NoticeInput> = {}
    for (const [k, v] of Object.entries(rest)) if (v !== undefined) (patch as Record<string, unknown>)[k] = v
    if (targets) patch.targets = toTargets(targets)
    const notice = await c.notices.update(params.id, patch, { now })
    await recordAudit(c.audit, ctx, now, { action: 'notice.update', entity: 'notice', entityId: notice.id, before: snapshot(before), after: snapshot(notice) })
    ctx.body = presentNotice(notice, c.tz)
  })

  addRoute(router, c.registry, { method: 'post', path: '/api/notices/:id/cancel', summary: '取消通知 (no further runs; queued messages withdrawn)', tag, roles: ['admin'], schemas: { params: noticeIdParams } }, async (ctx, { params }) => {
    const now = c.now()
    const before = await c.notices.get(params.id)
    const { notice, cancelledDeliveries } = await c.notices.cancel(params.id, { now })
    await recordAudit(c.audit, ctx, now, { action: 'notice.cancel', entity: 'notice', entityId: notice.id, before: snapshot(before), after: snapshot(notice) })
    ctx.body = { ...presentNotice(notice, c.tz), cancelledDeliveries }
  })

  addRoute(router, c.registry, { method: 'get', path: '/api/notices/:id/deliveries', summary: '发送报告 (per target: pending / sent / failed / unknown)', tag, schemas: { params: noticeIdParams } }, async (ctx, { params }) => {
    ctx.body = await c.notices.report(params.id)
  })

  return router
}
