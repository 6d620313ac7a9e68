import { DEFAULT_DISPATCH_POLICY, type DispatchPolicy } from '../../../domain/outbox/dispatch-plan'
import { deliveryAttemptKey, dispatchDue, type DispatcherDeps } from '../../../domain/outbox/dispatcher.service'
import { claimHolder, ClaimModel, tryClaim } from '../../../models/claim.model'
import { DeliveryModel } from '../../../models/delivery.model'
import { deliveryStore, enqueueDelivery, enqueueDeliveryWithResult, findDelivery, resolveFlaggedDelivery } from '../../../models/delivery.repo'
import { uniqueId, useTestDatabase } from '../../helpers/db'
import { FakeClock, RecordingSender } from '../../helpers/recording-sender'

useTestDatabase()

// 2026-03-10 10:00 Asia/Shanghai (a Tuesday, outside quiet hours)
const MORNING = new Date('2026-03-10T02:00:00Z')
const NO_PACING: DispatchPolicy = { ...DEFAULT_DISPATCH_POLICY, botPaceMs: 0, roomPaceMs: 0, jitterMs: 0, dailyCap: 10_000 }

function depsFor(clock: FakeClock, sender: RecordingSender, overrides: Partial<DispatcherDeps> = {}): DispatcherDeps {
  return {
    store: deliveryStore,
    claims: { tryClaim, claimHolder },
    sender,
    instanceId: uniqueId('instance'),
    now: clock.now,
    sleep: clock.sleep,
    random: () => 0.5,
    policy: NO_PACING,
    tz: 'Asia/Shanghai',
    ...overrides,
  }
}

async function enqueueTo(targetId: string, overrides: Record<string, unknown> = {}) {
  return enqueueDelivery({ kind: 'notice', target: { kind: 'room', id: targetId }, text: '测试通知', idempotencyKey: uniqueId('key'), ...overrides })
}

/** Leaves only the given rows pending: other tests' rows share the database. */
async function isolate(): Promise<void> {
  await DeliveryModel.updateMany({ status: 'pending' }, { $set: { status: 'cancelled' } })
}

describe('enqueueDelivery', () => {
  it('enqueueDelivery › when the same idempotency key is enqueued twice › then one row exists and the first is returned', async () => {
    // Arrange
    const key = uniqueId('reply')
    const row = { kind: 'reply' as const, target: { kind: 'room' as const, id: uniqueId('room') }, text: '已处理', idempotencyKey: key }
    // Act
    const first = await enqueueDeliveryWithResult(row)
    const second = await enqueueDeliveryWithResult({ ...row, text: '另一段' })
    const concurrent = await Promise.all(Array.from({ length: 5 }, () => enqueueDelivery(row)))
    // Assert
    expect(first.created).toBe(true)
    expect(second.created).toBe(false)
    expect(second.delivery.id).toBe(first.delivery.id)
    expect(new Set(concurrent.map((r) => r.id))).toEqual(new Set([first.delivery.id]))
    expect(await DeliveryModel.countDocuments({ idempotencyKey: key })).toBe(1)
    expect((await findDelivery(first.delivery.id))?.text).toBe('已处理')
  })
})

describe('dispatcher', () => {
  beforeEach(isolate)

  it('dispatchDue › when a pending row is due › then it is sent once and recorded as sent', async () => {
    // Arrange
    const clock = new FakeClock(MORNING)
    const sender = new RecordingSender(clock.now)
    const room = uniqueId('room')
    const row = await enqueueTo(room, { mentionIds: ['wx-1'] })
    // Act
    const first = await dispatchDue(depsFor(clock, sender))
    const second = await dispatchDue(depsFor(clock, sender))
    // Assert
    expect(first.sent).toBe(1)
    expect(second.sent).toBe(0)
    expect(sender.sent.map((s) => s.message)).toEqual([{ target: { kind: 'room', id: room }, text: '测试通知', mentionIds: ['wx-1'] }])
    expect(await findDelivery(row.id)).toMatchObject({ status: 'sent', attempts: 1, botAccountId: sender.accountId(), sentAt: MORNING })
  })

  it('dispatchDue › when two instances run the same minute › then every row is sent exactly once', async () => {
    // Arrange
    const clock = new FakeClock(MORNING)
    const sender = new RecordingSender(clock.now)
    const rooms = Array.from({ length: 8 }, () => uniqueId('room'))
    for (const room of rooms) await enqueueTo(room)
    // Act
    await Promise.all([dispatchDue(depsFor(clock, sender)), dispatchDue(depsFor(clock, sender)), dispatchDue(depsFor(clock, sender))])
    // Assert
    expect(sender.sent.map((s) => s.message.target.id).sort()).toEqual([...rooms].sort())
    expect(await DeliveryModel.countDocuments({ 'target.id': { $in: rooms }, status: 'sent' })).toBe(8)
  })

  it('dispatchDue › when an instance crashed after claiming and marking sending › then the row is flagged unknown, never re-sent', async () => {
    // Arrange: a crashed instance claimed attempt 0 and marked the row sending 20 minutes ago
    const clock = new FakeClock(MORNING)
    const sender = new RecordingSender(clock.now)
    const row = await enqueueTo(uniqueId('room'))
    const crashedAt = new Date(MORNING.getTime() - 20 * 60_000)
    expect(await tryClaim(deliveryAttemptKey(row.id, 0), 'crashed-instance', crashedAt)).toBe(true)
    await deliveryStore.markSending(row.id, 'crashed-instance', crashedAt)
    // Act
    const report = await dispatchDue(depsFor(clock, sender))
    await dispatchDue(depsFor(clock, sender))
    // Assert
    expect(report.unknown).toBe(1)
    expect(sender.sent).toHaveLength(0)
    const stored = await findDelivery(row.id)
    expect(stored).toMatchObject({ status: 'unknown', flaggedAt: MORNING })
    expect(stored?.lastError).toMatch(/crashed-instance/)
  })

  it('dispatchDue › when an instance crashed between claim and marking sending › then the row is flagged unknown after the timeout', async () => {
    // Arrange
    const clock = new FakeClock(MORNING)
    const sender = new RecordingSender(clock.now)
    const row = await enqueueTo(uniqueId('room'))
    expect(await tryClaim(deliveryAttemptKey(row.id, 0), 'crashed-instance', MORNING)).toBe(true)
    // Act: right after the claim, another instance must leave it alone; after the timeout it flags it
    const early = await dispatchDue(depsFor(clock, sender))
    clock.advance(11 * 60_000)
    const late = await dispatchDue(depsFor(clock, sender))
    // Assert
    expect(early).toMatchObject({ skipped: 1, sent: 0 })
    expect(late).toMatchObject({ unknown: 1, sent: 0 })
    expect(sender.sent).toHaveLength(0)
    expect((await findDelivery(row.id))?.status).toBe('unknown')
  })

  it('resolveFlaggedDelivery › when an admin asks to resend › then it is sent under a new attempt claim', async () => {
    // Arrange
    const clock = new FakeClock(MORNING)
    const sender = new RecordingSender(clock.now)
    const row = await enqueueTo(uniqueId('room'))
    await tryClaim(deliveryAttemptKey(row.id, 0), 'crashed-instance', new Date(MORNING.getTime() - 3600_000))
    await dispatchDue(depsFor(clock, sender))
    // Act
    await resolveFlaggedDelivery(row.id, 'resend', clock.now())
    await dispatchDue(depsFor(clock, sender))
    // Assert
    expect(sender.sent).toHaveLength(1)
    expect(await findDelivery(row.id)).toMatchObject({ status: 'sent', attempts: 2 })
  })

  it('dispatchDue › when the pace is 3 s per account and 60 s per group › then sends keep those gaps', async () => {
    // Arrange
    const clock = new FakeClock(MORNING)
    const sender = new RecordingSender(clock.now)
    const policy = { ...NO_PACING, botPaceMs: 3000, roomPaceMs: 60_000, jitterMs: 1000 }
    const roomA = uniqueId('room')
    const roomB = uniqueId('room')
    for (const room of [roomA, roomB, uniqueId('room'), roomA]) await enqueueTo(room)
    // Act
    await dispatchDue(depsFor(clock, sender, { policy, random: () => 1 }), { maxWaitMs: 120_000 })
    // Assert
    const times = sender.sent.map((s) => s.at.getTime())
    expect(times).toHaveLength(4)
    for (let i = 1; i < times.length; i++) expect(times[i] - times[i - 1]).toBeGreaterThanOrEqual(4000)
    const toA = sender.sent.filter((s) => s.message.target.id === roomA).map((s) => s.at.getTime())
    expect(toA[1] - toA[0]).toBeGreaterThanOrEqual(61_000)
  })

  it('dispatchDue › when it is 22:00 in Shanghai › then a normal row waits until 08:00 and an urgent one goes now', async () => {
    // Arrange
    const night = new Date('2026-03-10T14:00:00Z') // 22:00 local
    const clock = new FakeClock(night)
    const sender = new RecordingSender(clock.now)
    const normal = await enqueueTo(uniqueId('room'))
    const urgent = await enqueueTo(uniqueId('room'), { urgent: true })
    // Act
    const report = await dispatchDue(depsFor(clock, sender))
    // Assert
    expect(report).toMatchObject({ sent: 1, deferred: 1 })
    expect(sender.sent.map((s) => s.message.target.id)).toEqual([urgent.target.id])
    expect((await findDelivery(normal.id))?.notBefore).toEqual(new Date('2026-03-11T00:00:00Z'))
    // …and goes out at 08:00
    clock.set(new Date('2026-03-11T00:00:00Z'))
    await dispatchDue(depsFor(clock, sender))
    expect(sender.sent.map((s) => s.message.target.id)).toEqual([urgent.target.id, normal.target.id])
  })

  it('dispatchDue › when a send fails transiently then permanently › then it is retried with backoff and then failed and flagged', async () => {
    // Arrange
    const clock = new FakeClock(MORNING)
    const sender = new RecordingSender(clock.now)
    const row = await enqueueTo(uniqueId('room'))
    sender.failWith.push(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }), new Error('room not found'))
    // Act
    const first = await dispatchDue(depsFor(clock, sender))
    const tooEarly = await dispatchDue(depsFor(clock, sender))
    clock.advance(DEFAULT_DISPATCH_POLICY.backoff.baseMs)
    const second = await dispatchDue(depsFor(clock, sender))
    clock.advance(24 * 3600_000)
    const third = await dispatchDue(depsFor(clock, sender))
    // Assert
    expect(first.retried).toBe(1)
    expect(tooEarly.retried + tooEarly.sent + tooEarly.failed).toBe(0)
    expect(second.failed).toBe(1)
    expect(third.sent).toBe(0)
    expect(sender.sent).toHaveLength(0)
    const stored = await findDelivery(row.id)
    expect(stored).toMatchObject({ status: 'failed', attempts: 2 })
    expect(stored?.flaggedAt).toBeDefined()
    expect(await ClaimModel.countDocuments({ _id: { $in: [deliveryAttemptKey(row.id, 0), deliveryAttemptKey(row.id, 1)] } })).toBe(2)
  })

  it('dispatchDue › when the daily cap is reached › then further rows wait for the next day', async () => {
    // Arrange
    const clock = new FakeClock(MORNING)
    const sender = new RecordingSender(clock.now, uniqueId('capped-bot'))
    for (let i = 0; i < 3; i++) await enqueueTo(uniqueId('room'))
    // Act
    const report = await dispatchDue(depsFor(clock, sender, { policy: { ...NO_PACING, dailyCap: 2 } }))
    // Assert
    expect(report).toMatchObject({ sent: 2, deferred: 1 })
  })
})
