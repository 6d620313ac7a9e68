import { runTimeLimits, type TimeLimitDeps } from '../../../domain/reminders/time-limits.service'
import { claimHolder, tryClaim } from '../../../models/claim.model'
import { DeliveryModel } from '../../../models/delivery.model'
import { enqueueDeliveryWithResult } from '../../../models/delivery.repo'
import { createTimeLimitQueries } from '../../../models/outreach.repo'
import { RequestModel } from '../../../models/request.model'
import { KeyedLock } from '../../../lib/keyed-lock'
import { uniqueId, useTestDatabase } from '../../helpers/db'
import { buildCompound, buildRequest, buildUser } from '../../helpers/factories'

useTestDatabase()

const HOUR = 3600_000
const NOW = new Date('2026-03-10T06:00:00Z') // 14:00 in Shanghai

function deps(instanceId = uniqueId('instance')): TimeLimitDeps {
  return { ...createTimeLimitQueries({ lock: new KeyedLock() }), claims: { tryClaim, claimHolder }, enqueue: enqueueDeliveryWithResult, instanceId, leadMs: 2 * HOUR, reaskAfterMs: 24 * HOUR, tz: 'Asia/Shanghai' }
}

describe('time-limit reminders', () => {
  it('runTimeLimits › when a request is due within the lead time › then its owner is reminded once', async () => {
    // Arrange
    const owner = await buildUser({ name: '网格员小刘' })
    const request = await buildRequest({ status: 'accepted', ownerId: owner._id, ownerName: owner.name, deadline: new Date(NOW.getTime() + HOUR) })
    // Act
    await runTimeLimits(deps(), NOW)
    await runTimeLimits(deps(), new Date(NOW.getTime() + 5 * 60_000))
    // Assert
    const rows = await DeliveryModel.find({ requestId: request._id }).lean()
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ kind: 'reminder', target: { kind: 'contact', id: owner.wechatId } })
    expect(rows[0].text).toContain(`#${request.no}`)
    expect(rows[0].text).toContain('3月10日 15:00')
    const stored = await RequestModel.findById(request._id).lean()
    expect(stored?.reminderSentAt).toEqual(NOW)
    expect(stored?.timeline.filter((e) => e.type === 'reminded')).toHaveLength(1)
  })

  it('runTimeLimits › when a request is overdue and two instances run several times › then the grid leader is notified exactly once', async () => {
    // Arrange
    const leader = await buildUser({ name: '孙姐' })
    const compound = await buildCompound({ grids: [{ code: 'G1', name: '一网格', leaderId: leader._id, buildings: ['1'] }] })
    const request = await buildRequest({ compoundId: compound._id, gridCode: 'G1', status: 'new', deadline: new Date(NOW.getTime() - HOUR) })
    // Act
    await Promise.all([runTimeLimits(deps('a'), NOW), runTimeLimits(deps('b'), NOW)])
    await runTimeLimits(deps('a'), new Date(NOW.getTime() + 5 * 60_000))
    await runTimeLimits(deps('b'), new Date(NOW.getTime() + 24 * HOUR))
    // Assert
    const rows = await DeliveryModel.find({ requestId: request._id }).lean()
    expect(rows).toHaveLength(1)
    expect(rows[0].target).toMatchObject({ kind: 'contact', id: leader.wechatId })
    expect(rows[0].text).toContain('超期')
    const stored = await RequestModel.findById(request._id).lean()
    expect(stored?.overdueNotifiedAt).toEqual(NOW)
    expect(stored?.timeline.filter((e) => e.type === 'overdue')).toHaveLength(1)
  })

  it('runTimeLimits › when the grid has no leader › then the admins with a WeChat id are told', async () => {
    // Arrange
    const admin = await buildUser({ role: 'admin', name: '街道管理员' })
    const request = await buildRequest({ status: 'accepted', deadline: new Date(NOW.getTime() - 10 * 60_000) })
    // Act
    await runTimeLimits(deps(), NOW)
    // Assert
    const targets = (await DeliveryModel.find({ requestId: request._id }).lean()).map((d) => d.target?.id)
    expect(targets).toContain(admin.wechatId)
  })

  it('runTimeLimits › when a resolved request is still unrated a day later › then its reporter is re-asked once, in the group with an @', async () => {
    // Arrange
    const contactId = uniqueId('wxid')
    const roomId = uniqueId('room')
    const request = await buildRequest({
      status: 'resolved',
      resolvedAt: new Date(NOW.getTime() - 30 * HOUR),
      ratingAskedAt: new Date(NOW.getTime() - 30 * HOUR),
      reporters: [{ contactId, roomId, name: '李大爷', at: new Date(NOW.getTime() - 40 * HOUR) }],
    })
    const rated = await buildRequest({ status: 'resolved', resolvedAt: new Date(NOW.getTime() - 30 * HOUR), rating: { score: 5, at: NOW } })
    // Act
    await runTimeLimits(deps(), NOW)
    await runTimeLimits(deps(), new Date(NOW.getTime() + 48 * HOUR))
    // Assert
    const rows = await DeliveryModel.find({ requestId: request._id }).lean()
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ target: { kind: 'room', id: roomId }, mentionIds: [contactId] })
    expect((await RequestModel.findById(request._id).lean())?.ratingReaskedAt).toEqual(NOW)
    expect(await DeliveryModel.countDocuments({ requestId: rated._id })).toBe(0)
  })
})
