import Router from '@koa/router'
import { searchKnowledge } from '../../domain/knowledge'
import { createUnderstander, KB_THRESHOLD, type Understander } from '../../domain/understanding'
import { AppError } from '../../lib/errors'
import { createFaq, deleteFaq, faqsVersion, findFaqById, listFaqs, updateFaq } from '../../models/faq.repo'
import { loadActiveTopics } from '../../models/knowledge.repo'
import { recordAudit } from '../audit'
import { addRoute } from '../route'
import { idParams, pageOf } from './common.schema'
import type { RouteContext } from './context'
import { createFaqBody, listFaqsQuery, tryFaqBody, updateFaqBody } from './faqs.schema'
import { isDuplicateKeyError } from '../../models/common'

function duplicateTopic(err: unknown): never {
  if (isDuplicateKeyError(err)) throw new AppError('faq_topic_taken', '该话题标识已存在', { status: 409, field: 'topic' })
  throw err
}

/** Knowledge base: CRUD (admins edit, workers read) and POST /api/faqs/try (answers like the bot). */
export function faqRoutes(c: RouteContext): Router {
  const router = new Router()
  const tag = 'knowledge base'
  let cache: { version: number; understander: Understander } | undefined

  addRoute(router, c.registry, { method: 'get', path: '/api/faqs', summary: '知识库话题列表', tag, schemas: { query: listFaqsQuery } }, async (ctx, { query }) => {
    const { items, total } = await listFaqs({ active: query.active, text: query.q, page: query.page, pageSize: query.pageSize })
    ctx.body = pageOf(items, total, query.page, query.pageSize)
  })
  addRoute(router, c.registry, { method: 'post', path: '/api/faqs/try', summary: '试答: answers a question the way the bot would', tag, schemas: { body: tryFaqBody } }, async (ctx, { body }) => {
    if (!cache || cache.version !== faqsVersion()) {
      const version = faqsVersion()
      cache = { version, understander: createUnderstander(await loadActiveTopics()) }
    }
    const u = cache.understander.understand(body.text, { explain: true })
    const hits = searchKnowledge(cache.understander.index(), body.text, 3)
    const entry = u.faq ? cache.understander.index().entries.get(u.faq) : undefined
    ctx.body = {
      understanding: u,
      answered: u.intent === 'question' && Boolean(entry),
      answer: u.intent === 'question' && entry ? { topic: entry.topic, title: entry.title, text: entry.answer, score: u.faqScore } : null,
      candidates: hits.map((h) => ({ topic: h.topic, title: cache?.understander.index().entries.get(h.topic)?.title, score: h.score, aboveThreshold: h.score >= KB_THRESHOLD })),
    }
  })
  addRoute(router, c.registry, { method: 'get', path: '/api/faqs/:id', summary: '话题详情', tag, schemas: { params: idParams } }, async (ctx, { params }) => {
    const f = await findFaqById(params.id)
    if (!f) throw new AppError('faq_not_found', '话题不存在', { status: 404, field: 'id' })
    ctx.body = f
  })
  addRoute(router, c.registry, { method: 'post', path: '/api/faqs', summary: '新建话题', tag, roles: ['admin'], schemas: { body: createFaqBody }, response: { status: 201 } }, async (ctx, { body }) => {
    const f = await createFaq(body).catch(duplicateTopic)
    await recordAudit(c.audit, ctx, c.now(), { action: 'faq.create', entity: 'faq', entityId: f.id, after: f })
    ctx.status = 201
    ctx.body = f
  })
  addRoute(router, c.registry, { method: 'patch', path: '/api/faqs/:id', summary: '修改话题 (the revision bumps only when the published text — title, answer, detail, source — changes; the bot reloads)', tag, roles: ['admin'], schemas: { params: idParams, body: updateFaqBody } }, async (ctx, { params, body }) => {
    const before = await findFaqById(params.id)
    if (!before) throw new AppError('faq_not_found', '话题不存在', { status: 404, field: 'id' })
    const after = await updateFaq(params.id, body, before)
    await recordAudit(c.audit, ctx, c.now(), { action: 'faq.update', entity: 'faq', entityId: params.id, before, after })
    ctx.body = after
  })
  addRoute(router, c.registry, { method: 'delete', path: '/api/faqs/:id', summary: '删除话题', tag, roles: ['admin'], schemas: { params: idParams }, response: { status: 204 } }, async (ctx, { params }) => {
    const before = await findFaqById(params.id)
    if (!before) throw new AppError('faq_not_found', '话题不存在', { status: 404, field: 'id' })
    await deleteFaq(params.id)
    await recordAudit(c.audit, ctx, c.now(), { action: 'faq.delete', entity: 'faq', entityId: params.id, before })
    ctx.status = 204
  })
  return router
}
