import { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi'
import { koaBody } from 'koa-body'
import pino from 'pino'
import request from 'supertest'
import { createApp } from '../../../api/app'
import { authenticate } from '../../../api/middleware/authenticate'
import { outboxRoutes } from '../../../api/routes/outbox'
import { signToken } from '../../../domain/auth/tokens'
import { writeAudit } from '../../../models/audit.repo'
import { enqueueDelivery, findDelivery, listFlaggedDeliveries, markDeliveryFailed, markDeliveryUnknown, resolveFlaggedDelivery } from '../../../models/delivery.repo'
import { uniqueId, useTestDatabase } from '../../helpers/db'
import { objectId } from '../../helpers/factories'

useTestDatabase()

const SECRET = 'y'.repeat(40)
const NOW = new Date('2026-06-01T02:00:00Z')
const admin = { id: String(objectId()), username: 'admin', name: '管理员', role: 'admin' as const, compoundIds: [], active: true }
const worker = { id: String(objectId()), username: 'liu', name: '小刘', role: 'worker' as const, compoundIds: [], active: true }

const app = createApp({
  log: pino({ level: 'silent' }),
  before: [koaBody({ jsonStrict: true })],
  publicRouters: [],
  authenticate: authenticate({ secret: SECRET, findUser: async (id) => [admin, worker].find((u) => u.id === id) ?? null, clock: () => NOW }),
  protectedRouters: [outboxRoutes({ registry: new OpenAPIRegistry(), audit: writeAudit, now: () => NOW, listFlagged: listFlaggedDeliveries, resolveFlagged: resolveFlaggedDelivery })],
}).callback()

const bearer = async (u: { id: string; role: string }) => `Bearer ${(await signToken(SECRET, { sub: u.id, role: u.role }, 1, NOW)).token}`

describe('outbox API', () => {
  it('POST /api/outbox/:id/resolve › when an admin resends an unknown delivery › then it is pending under the next attempt and no longer flagged', async () => {
    // Arrange
    const row = await enqueueDelivery({ kind: 'notice', target: { kind: 'room', id: uniqueId('room') }, text: '通知', idempotencyKey: uniqueId('k') })
    await markDeliveryUnknown(row.id, 'left in sending by crashed', NOW)
    const auth = await bearer(admin)
    // Act
    const flagged = await request(app).get('/api/outbox/flagged').set('Authorization', auth)
    const resolved = await request(app).post(`/api/outbox/${row.id}/resolve`).set('Authorization', auth).send({ outcome: 'resend' })
    const again = await request(app).post(`/api/outbox/${row.id}/resolve`).set('Authorization', auth).send({ outcome: 'sent' })
    const asWorker = await request(app).get('/api/outbox/flagged').set('Authorization', await bearer(worker))
    // Assert
    expect(flagged.status).toBe(200)
    expect(flagged.body.items.map((r: { id: string }) => r.id)).toContain(row.id)
    expect(resolved.status).toBe(200)
    expect(resolved.body).toMatchObject({ status: 'pending', attempts: 1 })
    expect(again.status).toBe(409)
    expect(asWorker.status).toBe(403)
    const stored = await findDelivery(row.id)
    expect(stored?.flaggedAt).toBeUndefined()
    expect(stored?.status).toBe('pending')
  })

  it('POST /api/outbox/:id/resolve › when an admin dismisses a failed delivery › then it stays failed and leaves the flagged list; wrong decisions are refused', async () => {
    // Arrange
    const failed = await enqueueDelivery({ kind: 'push', target: { kind: 'contact', id: uniqueId('wxid') }, text: '推送', idempotencyKey: uniqueId('k') })
    const unknown = await enqueueDelivery({ kind: 'notice', target: { kind: 'room', id: uniqueId('room') }, text: '通知', idempotencyKey: uniqueId('k') })
    await markDeliveryFailed(failed.id, { attempts: 5, lastError: 'contact not found', at: NOW, flag: true })
    await markDeliveryUnknown(unknown.id, 'left in sending', NOW)
    const auth = await bearer(admin)
    const resolve = (id: string, outcome: string) => request(app).post(`/api/outbox/${id}/resolve`).set('Authorization', auth).send({ outcome })
    // Act
    const sentOnFailed = await resolve(failed.id, 'sent')
    const dismissUnknown = await resolve(unknown.id, 'dismiss')
    const dismissed = await resolve(failed.id, 'dismiss')
    const dismissedAgain = await resolve(failed.id, 'dismiss')
    const missing = await resolve(String(objectId()), 'dismiss')
    const flagged = await request(app).get('/api/outbox/flagged').set('Authorization', auth)
    // Assert
    expect(sentOnFailed.status).toBe(409)
    expect(sentOnFailed.body.type).toContain('delivery_not_unknown')
    expect(dismissUnknown.status).toBe(409)
    expect(dismissUnknown.body.type).toContain('delivery_not_failed')
    expect(dismissed.status).toBe(200)
    expect(dismissed.body).toMatchObject({ id: failed.id, status: 'failed' })
    expect(dismissed.body.flaggedAt).toBeUndefined()
    expect(dismissedAgain.status).toBe(409)
    expect(missing.status).toBe(404)
    const ids = flagged.body.items.map((r: { id: string }) => r.id)
    expect(ids).toContain(unknown.id)
    expect(ids).not.toContain(failed.id)
    expect((await findDelivery(unknown.id))?.status).toBe('unknown')
  })
})
