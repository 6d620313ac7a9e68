import { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi'
import { koaBody } from 'koa-body'
import pino from 'pino'
import request from 'supertest'
import { createApp } from '../../../api/app'
import { authenticate } from '../../../api/middleware/authenticate'
import { noticeRoutes } from '../../../api/routes/notices'
import { signToken } from '../../../domain/auth/tokens'
import { createNoticeService, expandDueNotices } from '../../../domain/notices/notice.service'
import { writeAudit } from '../../../models/audit.repo'
import { claimHolder, tryClaim } from '../../../models/claim.model'
import { cancelPendingDeliveriesOfNotice, enqueueDeliveryWithResult, listDeliveriesOfNotice } from '../../../models/delivery.repo'
import { NoticeModel } from '../../../models/notice.model'
import { noticeRepo, recipientDirectory } from '../../../models/notice.repo'
import { useTestDatabase } from '../../helpers/db'
import { buildCompound, buildGroup, objectId } from '../../helpers/factories'

useTestDatabase()

const SECRET = 'x'.repeat(40)
const NOW = new Date('2026-06-01T02:00:00Z') // 10:00 in Shanghai
const admin = { id: String(objectId()), username: 'admin', name: '街道管理员', role: 'admin' as const, compoundIds: [], active: true }
const worker = { id: String(objectId()), username: 'liu', name: '网格员小刘', role: 'worker' as const, compoundIds: [], active: true }

function buildTestApp(opts: { quietHours?: { start: string; end: string } } = {}) {
  const notices = createNoticeService({
    repo: noticeRepo,
    directory: recipientDirectory,
    deliveries: { cancelPendingOfNotice: cancelPendingDeliveriesOfNotice, listOfNotice: listDeliveriesOfNotice },
    tz: 'Asia/Shanghai',
    ...opts,
  })
  const users = new Map([admin, worker].map((u) => [u.id, u]))
  return createApp({
    log: pino({ level: 'silent' }),
    before: [koaBody({ jsonStrict: true })],
    publicRouters: [],
    authenticate: authenticate({ secret: SECRET, findUser: async (id) => users.get(id) ?? null, clock: () => NOW }),
    protectedRouters: [noticeRoutes({ registry: new OpenAPIRegistry(), notices, audit: writeAudit, now: () => NOW, tz: 'Asia/Shanghai' })],
  }).callback()
}

async function bearer(user: { id: string; role: string }): Promise<string> {
  return `Bearer ${(await signToken(SECRET, { sub: user.id, role: user.role }, 1, NOW)).token}`
}

describe('notices API', () => {
  const app = buildTestApp()

  it('POST /api/notices › when an admin creates, previews, edits and reads the report › then each step answers and is stored', async () => {
    // Arrange
    const auth = await bearer(admin)
    const compound = await buildCompound()
    const group = await buildGroup({ compoundId: compound._id })
    const body = {
      title: '移动服务台',
      content: '周一、三、五上午在小区门口设移动服务台。',
      targets: { kind: 'compounds', compoundIds: [String(compound._id)] },
      schedule: { kind: 'cron', cron: '0 9 * * 1,3,5', skipHolidays: true },
    }
    // Act
    const preview = await request(app).post('/api/notices/preview').set('Authorization', auth).send(body)
    const created = await request(app).post('/api/notices').set('Authorization', auth).send(body)
    const edited = await request(app).patch(`/api/notices/${created.body.id}`).set('Authorization', auth).send({ content: '改为每周一、三、五下午。' })
    const recipients = await request(app).get(`/api/notices/${created.body.id}/recipients`).set('Authorization', auth)
    // Assert
    expect(preview.status).toBe(200)
    expect(preview.body.recipients).toEqual([{ key: `room:${group.roomId}`, target: { kind: 'room', id: group.roomId, name: group.topic, compoundId: String(compound._id) } }])
    expect(preview.body.schedule).toBe('每周一、三、五 09:00，非工作日不发送')
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({ status: 'scheduled', urgent: false, scheduleText: '每周一、三、五 09:00，非工作日不发送', nextRunAt: '2026-06-03T01:00:00.000Z' })
    expect(edited.status).toBe(200)
    expect(recipients.body.recipients).toEqual(preview.body.recipients)
    const stored = await NoticeModel.findById(created.body.id).lean()
    expect(stored).toMatchObject({ content: '改为每周一、三、五下午。', status: 'scheduled' })

    // the job runs at the next Wednesday 09:00 and the report lists the group as pending
    await expandDueNotices(
      { repo: noticeRepo, directory: recipientDirectory, claims: { tryClaim, claimHolder }, enqueue: enqueueDeliveryWithResult, cancelPendingOfNotice: cancelPendingDeliveriesOfNotice, instanceId: 'test', tz: 'Asia/Shanghai' },
      new Date('2026-06-03T01:00:00Z'),
    )
    const report = await request(app).get(`/api/notices/${created.body.id}/deliveries`).set('Authorization', auth)
    expect(report.status).toBe(200)
    expect(report.body.counts).toMatchObject({ pending: 1, sent: 0 })
    expect(report.body.deliveries).toEqual([{ occurrenceKey: '2026-06-03T09:00', target: expect.objectContaining({ id: group.roomId }), status: 'pending', attempts: 0 }])
  })

  it('POST /api/notices/preview › when a daily schedule ends in three days and quiet hours are set › then it lists the runs before the end and when quiet hours hold each back', async () => {
    // Arrange
    const quietApp = buildTestApp({ quietHours: { start: '21:30', end: '08:00' } })
    const auth = await bearer(admin)
    const body = { title: '早间提醒', content: '今日有雨，出门带伞。', targets: { kind: 'all' }, schedule: { kind: 'cron', cron: '0 7 * * *', until: '2026-06-04T12:00:00+08:00' } }
    // Act
    const normal = await request(quietApp).post('/api/notices/preview').set('Authorization', auth).send(body)
    const urgent = await request(quietApp).post('/api/notices/preview').set('Authorization', auth).send({ ...body, urgent: true })
    const withoutQuietHours = await request(app).post('/api/notices/preview').set('Authorization', auth).send(body)
    // Assert
    expect(normal.status).toBe(200)
    expect(normal.body.quietHours).toBe('21:30-08:00')
    expect(normal.body.nextRuns).toEqual([
      { at: '2026-06-01T23:00:00.000Z', heldUntil: '2026-06-02T00:00:00.000Z' },
      { at: '2026-06-02T23:00:00.000Z', heldUntil: '2026-06-03T00:00:00.000Z' },
      { at: '2026-06-03T23:00:00.000Z', heldUntil: '2026-06-04T00:00:00.000Z' },
    ])
    expect(urgent.body.nextRuns).toEqual(normal.body.nextRuns.map((r: { at: string }) => ({ at: r.at })))
    expect(withoutQuietHours.body.quietHours).toBeNull()
    expect(withoutQuietHours.body.nextRuns).toHaveLength(3)
  })

  it('POST /api/notices/preview › when a one-off is set for the current minute › then its single run is listed, as create accepts it', async () => {
    // Arrange
    const auth = await bearer(admin)
    const body = { title: '临时通知', content: '电梯检修。', targets: { kind: 'all' }, schedule: { kind: 'once', at: NOW.toISOString() } }
    // Act
    const preview = await request(app).post('/api/notices/preview').set('Authorization', auth).send(body)
    const created = await request(app).post('/api/notices').set('Authorization', auth).send(body)
    // Assert
    expect(preview.status).toBe(200)
    expect(preview.body.nextRuns).toEqual([{ at: NOW.toISOString() }])
    expect(preview.body.nextRunAt).toBe(NOW.toISOString())
    expect(created.status).toBe(201)
  })

  it('POST /api/notices/:id/cancel › when cancelled twice › then the second answers 409 and the notice stays cancelled', async () => {
    // Arrange
    const auth = await bearer(admin)
    const created = await request(app)
      .post('/api/notices')
      .set('Authorization', auth)
      .send({ title: '消防演练', content: '周六上午消防演练。', targets: { kind: 'all' }, schedule: { kind: 'once', at: '2026-06-06T09:00:00+08:00' }, urgent: true })
    // Act
    const first = await request(app).post(`/api/notices/${created.body.id}/cancel`).set('Authorization', auth)
    const second = await request(app).post(`/api/notices/${created.body.id}/cancel`).set('Authorization', auth)
    const edit = await request(app).patch(`/api/notices/${created.body.id}`).set('Authorization', auth).send({ title: '改' })
    // Assert
    expect(first.status).toBe(200)
    expect(first.body.status).toBe('cancelled')
    expect(second.status).toBe(409)
    expect(second.headers['content-type']).toMatch(/application\/problem\+json/)
    expect(edit.status).toBe(409)
    expect((await NoticeModel.findById(created.body.id).lean())?.status).toBe('cancelled')
  })

  it.each([
    ['unknown field', { title: 't', content: 'c', targets: { kind: 'all' }, schedule: { kind: 'once', at: '2026-06-06T09:00:00+08:00' }, extra: 1 }, 'extra'],
    ['operator injection', { title: { $gt: '' }, content: 'c', targets: { kind: 'all' }, schedule: { kind: 'once', at: '2026-06-06T09:00:00+08:00' } }, 'title'],
    ['bad cron', { title: 't', content: 'c', targets: { kind: 'all' }, schedule: { kind: 'cron', cron: '0 25 * * *' } }, 'cron'],
    ['time in the past', { title: 't', content: 'c', targets: { kind: 'all' }, schedule: { kind: 'once', at: '2026-05-01T09:00:00+08:00' } }, 'schedule.at'],
    ['unknown tag', { title: 't', content: 'c', targets: { kind: 'tags', tags: ['外星人'] }, schedule: { kind: 'once', at: '2026-06-06T09:00:00+08:00' } }, 'targets.tags.0'],
    ['huge content', { title: 't', content: 'x'.repeat(5000), targets: { kind: 'all' }, schedule: { kind: 'once', at: '2026-06-06T09:00:00+08:00' } }, 'content'],
  ])('POST /api/notices › when the body has %s › then 400 names the field and nothing is stored', async (_name, body, field) => {
    // Arrange
    const auth = await bearer(admin)
    const before = await NoticeModel.countDocuments()
    // Act
    const res = await request(app).post('/api/notices').set('Authorization', auth).send(body)
    // Assert
    expect(res.status).toBe(400)
    expect(res.body.field).toBe(field)
    expect(await NoticeModel.countDocuments()).toBe(before)
  })

  it('notices API › when a worker or an anonymous caller writes › then 403 / 401, while a worker may read', async () => {
    // Arrange
    const auth = await bearer(worker)
    const body = { title: 't', content: 'c', targets: { kind: 'all' }, schedule: { kind: 'once', at: '2026-06-06T09:00:00+08:00' } }
    // Act
    const asWorker = await request(app).post('/api/notices').set('Authorization', auth).send(body)
    const anonymous = await request(app).post('/api/notices').send(body)
    const list = await request(app).get('/api/notices').set('Authorization', auth)
    // Assert
    expect(asWorker.status).toBe(403)
    expect(anonymous.status).toBe(401)
    expect(list.status).toBe(200)
    expect(Array.isArray(list.body.items)).toBe(true)
  })

  it('GET /api/notices › when there are more notices than a page › then pages follow each other newest first, with the total', async () => {
    // Arrange: a status of their own, so other tests' notices do not count
    const auth = await bearer(admin)
    const ids: string[] = []
    for (let i = 0; i < 5; i++) {
      const created = await request(app).post('/api/notices').set('Authorization', auth).send({ title: `第${i}条`, content: '内容', targets: { kind: 'all' }, schedule: { kind: 'once', at: '2026-06-06T09:00:00+08:00' } })
      expect(created.status).toBe(201)
      ids.push(created.body.id)
    }
    await NoticeModel.updateMany({ _id: { $in: ids } }, { $set: { status: 'draft' } })
    // Act
    const pages = await Promise.all([1, 2, 3].map((page) => request(app).get('/api/notices').query({ status: 'draft', limit: 2, page }).set('Authorization', auth)))
    // Assert
    expect(pages.map((p) => p.status)).toEqual([200, 200, 200])
    expect(pages[0].body).toMatchObject({ page: 1, pageSize: 2, total: 5, pages: 3 })
    expect(pages.flatMap((p) => p.body.items.map((n: { id: string }) => n.id))).toEqual([...ids].reverse())
    expect((await request(app).get('/api/notices').query({ page: 0 }).set('Authorization', auth)).status).toBe(400)
  })
})
