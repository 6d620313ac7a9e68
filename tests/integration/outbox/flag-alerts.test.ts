import { alertFlaggedDeliveries, type FlagAlertDeps } from '../../../domain/outbox/flag-alerts'
import { DeliveryModel } from '../../../models/delivery.model'
import {
  enqueueDelivery,
  enqueueDeliveryWithResult,
  findUnalertedFlaggedDeliveries,
  flagAlertStore,
  markDeliveryFailed,
  markDeliveryUnknown,
  resolveFlaggedDelivery,
} from '../../../models/delivery.repo'
import { reportQueries } from '../../../models/outreach.repo'
import { useTestDatabase, uniqueId } from '../../helpers/db'
import { buildUser } from '../../helpers/factories'

useTestDatabase()

const deps: FlagAlertDeps = {
  ...flagAlertStore,
  listAdminContacts: reportQueries.listAdminContacts,
  enqueue: enqueueDeliveryWithResult,
}
const at = (minute: number) => new Date(Date.UTC(2026, 10, 22, 2, minute))
const alertsTo = (wechatId: string) => DeliveryModel.find({ kind: 'alert', 'target.id': wechatId }).sort({ createdAt: 1 }).lean()

describe('flag alerts (job flag-alerts)', () => {
  it('alertFlaggedDeliveries › when a notice is left unknown and a push failed for good › then each admin with WeChat gets one DM, once per flag', async () => {
    // Arrange: admins with and without WeChat, an inactive admin, a worker
    const admin = await buildUser({ role: 'admin', name: '街道管理员' })
    const noWechat = await buildUser({ role: 'admin', wechatId: undefined })
    const inactive = await buildUser({ role: 'admin', active: false })
    const worker = await buildUser({ role: 'worker' })
    const notice = await enqueueDelivery({ kind: 'notice', target: { kind: 'room', id: uniqueId('room'), name: '幸福小区居民群' }, text: '停水通知', idempotencyKey: uniqueId('n') })
    const push = await enqueueDelivery({ kind: 'push', target: { kind: 'contact', id: uniqueId('wxid'), name: '周奶奶' }, text: '高龄津贴', idempotencyKey: uniqueId('p') })
    const expired = await enqueueDelivery({ kind: 'greeting', target: { kind: 'contact', id: uniqueId('wxid') }, text: '生日快乐', idempotencyKey: uniqueId('g') })
    await markDeliveryUnknown(notice.id, 'left in sending', at(0))
    await markDeliveryFailed(push.id, { attempts: 5, lastError: 'contact not found', at: at(1), flag: true })
    await markDeliveryFailed(expired.id, { attempts: 0, lastError: 'expired', at: at(1), flag: false })
    // Act
    const first = await alertFlaggedDeliveries(deps, at(5))
    const second = await alertFlaggedDeliveries(deps, at(10))
    // Assert
    expect(first).toEqual({ rows: 2, enqueued: 1 })
    expect(second).toEqual({ rows: 0, enqueued: 0 })
    const alerts = await alertsTo(admin.wechatId as string)
    expect(alerts).toHaveLength(1)
    expect(alerts[0]).toMatchObject({ status: 'pending', target: { kind: 'contact', name: '街道管理员' } })
    expect(alerts[0].text).toContain('有 2 条消息')
    expect(alerts[0].text).toContain('结果未知 1 条')
    expect(alerts[0].text).toContain('通知 → 幸福小区居民群（结果未知）')
    expect(alerts[0].text).toContain('政策推送 → 周奶奶（发送失败：contact not found）')
    expect(alerts[0].text).not.toContain('生日快乐')
    for (const other of [inactive, worker]) expect(await alertsTo(other.wechatId as string)).toHaveLength(0)
    // the admin without WeChat cannot be told: the only alert in this file's database so far is the one above
    expect(await DeliveryModel.countDocuments({ kind: 'alert' })).toBe(1)
    expect(noWechat.wechatId).toBeUndefined()
    const stored = await DeliveryModel.find({ _id: { $in: [notice.id, push.id, expired.id] } }).lean()
    expect(stored.filter((r) => r.flagAlertedAt).map((r) => String(r._id)).sort()).toEqual([notice.id, push.id].sort())
  })

  it('alertFlaggedDeliveries › when a resent row is left unknown again › then it is alerted again; an alert that is itself flagged is not', async () => {
    // Arrange
    const admin = await buildUser({ role: 'admin' })
    const notice = await enqueueDelivery({ kind: 'notice', target: { kind: 'room', id: uniqueId('room'), name: '和平里二群' }, text: '通知', idempotencyKey: uniqueId('n') })
    await markDeliveryUnknown(notice.id, 'left in sending', at(20))
    await alertFlaggedDeliveries(deps, at(25))
    const [firstAlert] = await alertsTo(admin.wechatId as string)
    // Act: the admin resends, the bot crashes again while sending it; the alert DM is lost in the same crash
    await resolveFlaggedDelivery(notice.id, 'resend', at(30))
    await markDeliveryUnknown(notice.id, 'left in sending again', at(31))
    await markDeliveryUnknown(String(firstAlert._id), 'left in sending', at(31))
    const again = await alertFlaggedDeliveries(deps, at(35))
    const quiet = await alertFlaggedDeliveries(deps, at(40))
    // Assert
    expect(again.rows).toBe(1)
    expect(quiet).toEqual({ rows: 0, enqueued: 0 })
    const alerts = await alertsTo(admin.wechatId as string)
    expect(alerts).toHaveLength(2)
    expect(alerts[1].text).toContain('和平里二群（结果未知）')
    expect(alerts[1].text).not.toContain('【发送待核对】有 2')
    expect(await findUnalertedFlaggedDeliveries(100)).toEqual([])
  })
})
