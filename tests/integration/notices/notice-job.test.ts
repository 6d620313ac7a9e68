import { DEFAULT_DISPATCH_POLICY } from '../../../domain/outbox/dispatch-plan'
import { dispatchDue } from '../../../domain/outbox/dispatcher.service'
import { createNoticeService, expandDueNotices, type NoticeInput } from '../../../domain/notices/notice.service'
import { claimHolder, tryClaim } from '../../../models/claim.model'
import { DeliveryModel } from '../../../models/delivery.model'
import { cancelPendingDeliveriesOfNotice, deliveryStore, enqueueDeliveryWithResult, listDeliveriesOfNotice } from '../../../models/delivery.repo'
import { noticeRepo, recipientDirectory } from '../../../models/notice.repo'
import { uniqueId, useTestDatabase } from '../../helpers/db'
import { buildCompound, buildGroup, buildResident } from '../../helpers/factories'
import { FakeClock, RecordingSender } from '../../helpers/recording-sender'

useTestDatabase()

const TZ = 'Asia/Shanghai'
/** A Shanghai wall-clock time 'YYYY-MM-DDTHH:mm[:ss]' as an instant. */
const sh = (local: string) => new Date(`${local.length === 16 ? `${local}:00` : local}+08:00`)

const service = createNoticeService({
  repo: noticeRepo,
  directory: recipientDirectory,
  deliveries: { cancelPendingOfNotice: cancelPendingDeliveriesOfNotice, listOfNotice: listDeliveriesOfNotice },
  tz: TZ,
})

function expandDeps(instanceId = uniqueId('instance')) {
  return {
    repo: noticeRepo,
    directory: recipientDirectory,
    claims: { tryClaim, claimHolder },
    enqueue: enqueueDeliveryWithResult,
    cancelPendingOfNotice: cancelPendingDeliveriesOfNotice,
    instanceId,
    tz: TZ,
  }
}

async function compoundWithGroups(n: number) {
  const compound = await buildCompound()
  const groups = []
  for (let i = 0; i < n; i++) groups.push(await buildGroup({ compoundId: compound._id, kind: 'residents' }))
  return { compoundId: String(compound._id), roomIds: groups.map((g) => g.roomId) }
}

function noticeTo(compoundId: string, schedule: NoticeInput['schedule'], extra: Partial<NoticeInput> = {}): NoticeInput {
  return { title: '停水通知', content: '明天9:00–12:00停水，请提前储水。', targets: { kind: 'compounds', compoundIds: [compoundId], tags: [] }, schedule, ...extra }
}

async function dispatchAll(clock: FakeClock, sender: RecordingSender) {
  return dispatchDue(
    { store: deliveryStore, claims: { tryClaim, claimHolder }, sender, instanceId: uniqueId('dispatcher'), now: clock.now, sleep: clock.sleep, random: () => 0, tz: TZ, policy: { ...DEFAULT_DISPATCH_POLICY, botPaceMs: 0, roomPaceMs: 0, jitterMs: 0 } },
    { maxWaitMs: 0 },
  )
}

describe('notice expansion job', () => {
  it('expandDueNotices › when a one-off notice reaches its minute in Shanghai › then it is enqueued once per group and sent once', async () => {
    // Arrange
    const { compoundId, roomIds } = await compoundWithGroups(2)
    const notice = await service.create(noticeTo(compoundId, { kind: 'once', at: sh('2026-03-10T09:00') }), { now: sh('2026-03-10T08:00') })
    // Act
    const before = await expandDueNotices(expandDeps(), sh('2026-03-10T08:59:30'))
    const at = await expandDueNotices(expandDeps(), sh('2026-03-10T09:00:05'))
    const after = await expandDueNotices(expandDeps(), sh('2026-03-10T09:01:00'))
    const clock = new FakeClock(sh('2026-03-10T09:00:10'))
    const sender = new RecordingSender(clock.now)
    await dispatchAll(clock, sender)
    await dispatchAll(clock, sender)
    // Assert
    expect(before.enqueued).toBe(0)
    expect(at.enqueued).toBe(2)
    expect(after.enqueued).toBe(0)
    const rows = await listDeliveriesOfNotice(notice.id)
    expect(rows.map((r) => r.target.id).sort()).toEqual([...roomIds].sort())
    expect(rows.every((r) => r.occurrenceKey === '2026-03-10T09:00' && r.status === 'sent')).toBe(true)
    expect(sender.sent.map((s) => s.message.target.id).sort()).toEqual([...roomIds].sort())
    expect(sender.sent[0].message.text).toBe('【停水通知】\n明天9:00–12:00停水，请提前储水。')
    expect(await service.get(notice.id)).toMatchObject({ status: 'done', lastOccurrenceKey: '2026-03-10T09:00' })
  })

  it('expandDueNotices › when a cron notice runs Mon/Wed/Fri at 09:00 › then it fires on those days only', async () => {
    // Arrange
    const { compoundId } = await compoundWithGroups(1)
    const notice = await service.create(noticeTo(compoundId, { kind: 'cron', cron: '0 9 * * 1,3,5' }), { now: sh('2026-03-08T12:00') })
    // Act: tick at 08:59, 09:00 and 09:01 every day for two weeks (2026-03-09 is a Monday)
    for (let day = 9; day <= 22; day++) {
      const d = `2026-03-${String(day).padStart(2, '0')}`
      for (const t of ['08:59', '09:00', '09:01']) await expandDueNotices(expandDeps(), sh(`${d}T${t}`))
    }
    // Assert
    const keys = (await listDeliveriesOfNotice(notice.id)).map((r) => r.occurrenceKey)
    expect(keys).toEqual(['2026-03-09T09:00', '2026-03-11T09:00', '2026-03-13T09:00', '2026-03-16T09:00', '2026-03-18T09:00', '2026-03-20T09:00'])
    expect((await service.get(notice.id)).nextRunAt).toEqual(sh('2026-03-23T09:00'))
    await service.cancel(notice.id, { now: sh('2026-03-22T10:00') })
  })

  it('expandDueNotices › when a weekday notice skips holidays around National Day 2026 › then holidays and the 调休 Saturday are skipped', async () => {
    // Arrange
    const { compoundId } = await compoundWithGroups(1)
    const notice = await service.create(noticeTo(compoundId, { kind: 'cron', cron: '0 9 * * 1-5', skipHolidays: true }), { now: sh('2026-09-23T12:00') })
    // Act
    for (let t = sh('2026-09-24T09:00').getTime(); t <= sh('2026-10-12T09:00').getTime(); t += 24 * 3600_000) {
      await expandDueNotices(expandDeps(), new Date(t))
    }
    // Assert: 9-25…9-27 中秋, 10-1…10-7 国庆 are holidays; 10-10 is a 调休 working Saturday but not in 1-5
    const keys = (await listDeliveriesOfNotice(notice.id)).map((r) => r.occurrenceKey?.slice(0, 10))
    expect(keys).toEqual(['2026-09-24', '2026-09-28', '2026-09-29', '2026-09-30', '2026-10-08', '2026-10-09', '2026-10-12'])
    await service.cancel(notice.id, { now: sh('2026-10-12T10:00') })
  })

  it('expandDueNotices › when two scheduler instances run the same minute › then each group gets one delivery and one message', async () => {
    // Arrange
    const { compoundId, roomIds } = await compoundWithGroups(3)
    const notice = await service.create(noticeTo(compoundId, { kind: 'once', at: sh('2026-04-01T10:00') }), { now: sh('2026-04-01T09:00') })
    const now = sh('2026-04-01T10:00:01')
    // Act
    const reports = await Promise.all([expandDueNotices(expandDeps('instance-a'), now), expandDueNotices(expandDeps('instance-b'), now)])
    const clock = new FakeClock(now)
    const sender = new RecordingSender(clock.now)
    await Promise.all([dispatchAll(clock, sender), dispatchAll(clock, sender)])
    // Assert
    expect(reports.reduce((n, r) => n + r.expanded, 0)).toBe(1)
    expect(await DeliveryModel.countDocuments({ noticeId: notice.id })).toBe(3)
    expect(sender.sent.map((s) => s.message.target.id).sort()).toEqual([...roomIds].sort())
  })

  it('expandDueNotices › when the instance that claimed an occurrence crashed before enqueueing › then another redoes it after the timeout, once', async () => {
    // Arrange
    const { compoundId } = await compoundWithGroups(2)
    const notice = await service.create(noticeTo(compoundId, { kind: 'once', at: sh('2026-04-02T10:00') }), { now: sh('2026-04-02T09:00') })
    await tryClaim(`notice:${notice.id}:2026-04-02T10:00`, 'crashed', sh('2026-04-02T10:00'))
    // Act
    const soon = await expandDueNotices(expandDeps(), sh('2026-04-02T10:01'))
    const later = await expandDueNotices(expandDeps(), sh('2026-04-02T10:07'))
    const again = await expandDueNotices(expandDeps(), sh('2026-04-02T10:20'))
    // Assert
    expect(soon.expanded).toBe(0)
    expect(later.expanded).toBe(1)
    expect(again.expanded).toBe(0)
    expect(await DeliveryModel.countDocuments({ noticeId: notice.id })).toBe(2)
  })

  it('cancel › when a notice is cancelled before its time › then nothing is enqueued or sent', async () => {
    // Arrange
    const { compoundId, roomIds } = await compoundWithGroups(2)
    const notice = await service.create(noticeTo(compoundId, { kind: 'once', at: sh('2026-04-03T10:00') }), { now: sh('2026-04-03T09:00') })
    // Act
    await service.cancel(notice.id, { now: sh('2026-04-03T09:30') })
    await expandDueNotices(expandDeps(), sh('2026-04-03T10:00'))
    const clock = new FakeClock(sh('2026-04-03T10:00:30'))
    const sender = new RecordingSender(clock.now)
    await dispatchAll(clock, sender)
    // Assert
    expect(await DeliveryModel.countDocuments({ noticeId: notice.id })).toBe(0)
    expect(sender.sent.filter((s) => roomIds.includes(s.message.target.id))).toHaveLength(0)
    expect((await service.get(notice.id)).status).toBe('cancelled')
  })

  it('cancel › when a notice is cancelled after expansion but before dispatch › then its queued rows are withdrawn', async () => {
    // Arrange
    const { compoundId } = await compoundWithGroups(2)
    const notice = await service.create(noticeTo(compoundId, { kind: 'cron', cron: '0 22 * * *' }), { now: sh('2026-04-04T09:00') })
    await expandDueNotices(expandDeps(), sh('2026-04-04T22:00')) // quiet hours: the rows wait until 08:00
    // Act
    const { cancelledDeliveries } = await service.cancel(notice.id, { now: sh('2026-04-04T23:00') })
    const clock = new FakeClock(sh('2026-04-05T08:00'))
    const sender = new RecordingSender(clock.now)
    await dispatchAll(clock, sender)
    // Assert
    expect(cancelledDeliveries).toBe(2)
    expect(sender.sent.filter((s) => s.message.text.includes('停水'))).toHaveLength(0)
    expect((await service.report(notice.id)).counts).toMatchObject({ cancelled: 2, sent: 0 })
  })

  it('preview › when a notice targets tagged residents › then the preview lists exactly who the job delivers to', async () => {
    // Arrange
    const tag = '退役军人'
    const compound = await buildCompound()
    const consenting = await buildResident({ compoundId: compound._id, tags: [tag], consent: { pushes: true } })
    await buildResident({ compoundId: compound._id, tags: [tag], consent: { pushes: false } })
    await buildResident({ compoundId: compound._id, tags: [tag], consent: { pushes: true }, wechatId: undefined })
    const input: NoticeInput = { title: '退役军人座谈会', content: '周五下午三点社区活动室。', targets: { kind: 'tags', compoundIds: [], tags: [tag] }, schedule: { kind: 'once', at: sh('2026-05-08T09:00') } }
    // Act
    const preview = await service.preview(input, sh('2026-05-07T10:00'))
    const notice = await service.create(input, { now: sh('2026-05-07T10:00') })
    await expandDueNotices(expandDeps(), sh('2026-05-08T09:00'))
    // Assert
    const delivered = (await listDeliveriesOfNotice(notice.id)).map((r) => r.target)
    expect(preview.recipients.map((r) => r.target)).toEqual(delivered)
    expect(delivered).toEqual([{ kind: 'contact', id: consenting.wechatId, name: consenting.name, compoundId: String(compound._id), residentId: String(consenting._id) }])
    expect(preview.skipped).toEqual({ noConsent: 1, noWechatId: 1 })
    expect(preview.schedule).toBe('2026年5月8日 09:00（单次）')
  })
})
