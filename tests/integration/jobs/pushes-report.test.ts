import { sendPolicyPushes, type PolicyPushDeps } from '../../../domain/notices/policy-push.service'
import { sendWeeklyReport } from '../../../domain/reports/weekly-report.service'
import { claimHolder, tryClaim } from '../../../models/claim.model'
import { DeliveryModel } from '../../../models/delivery.model'
import { enqueueDeliveryWithResult } from '../../../models/delivery.repo'
import { FaqModel } from '../../../models/faq.model'
import { pushQueries, reportQueries } from '../../../models/outreach.repo'
import { useTestDatabase } from '../../helpers/db'
import { buildCompound, buildFaq, buildGroup, buildRequest, buildResident } from '../../helpers/factories'

useTestDatabase()

const sh = (local: string) => new Date(`${local}+08:00`)
const pushDeps: PolicyPushDeps = { ...pushQueries, claims: { tryClaim, claimHolder }, enqueue: enqueueDeliveryWithResult, instanceId: 'test', tz: 'Asia/Shanghai' }

describe('policy pushes', () => {
  it('sendPolicyPushes › when consenting residents turn 80 this month › then each gets the 高龄津贴 explanation by DM once', async () => {
    // Arrange
    await buildFaq({ topic: 'elderly-allowance', title: '高龄津贴', answer: '年满80周岁的本市户籍老人可申请高龄津贴。' })
    const compound = await buildCompound()
    const turning = await buildResident({ compoundId: compound._id, name: '周奶奶', birthday: { calendar: 'solar', year: 1946, month: 7, day: 20 }, consent: { pushes: true } })
    // lunar 1945-12-01 is solar 1946-01-03: turns 80 in January 2026
    const lunar = await buildResident({ compoundId: compound._id, birthday: { calendar: 'lunar', year: 1945, month: 12, day: 1 }, consent: { pushes: true } })
    const noConsent = await buildResident({ compoundId: compound._id, birthday: { calendar: 'solar', year: 1946, month: 7, day: 5 }, consent: { pushes: false } })
    const notYet = await buildResident({ compoundId: compound._id, birthday: { calendar: 'solar', year: 1946, month: 8, day: 1 }, consent: { pushes: true } })
    // Act
    await sendPolicyPushes(pushDeps, sh('2026-01-05T10:00:00'))
    await sendPolicyPushes(pushDeps, sh('2026-07-01T10:00:00'))
    await sendPolicyPushes(pushDeps, sh('2026-07-15T10:00:00'))
    // Assert
    const rows = await DeliveryModel.find({ kind: 'push', idempotencyKey: /^push:elderly-allowance:/ }).lean()
    const byResident = (id: unknown) => rows.filter((r) => String(r.target?.residentId) === String(id))
    expect(byResident(turning._id)).toHaveLength(1)
    expect(byResident(turning._id)[0]).toMatchObject({ target: { kind: 'contact', id: turning.wechatId }, occurrenceKey: '2026-07' })
    expect(byResident(turning._id)[0].text).toContain('周奶奶')
    expect(byResident(lunar._id).map((r) => r.occurrenceKey)).toEqual(['2026-01'])
    expect(byResident(noConsent._id)).toHaveLength(0)
    expect(byResident(notYet._id)).toHaveLength(0)
  })

  it('sendPolicyPushes › when a tagged topic answer changes › then residents with the tag get it once per revision, not the first time the job sees it', async () => {
    // Arrange
    const faq = await buildFaq({ title: '低保申请', answer: '旧的低保说明。', pushTags: ['低保'] })
    const compound = await buildCompound()
    const tagged = await buildResident({ compoundId: compound._id, tags: ['低保'], consent: { pushes: true } })
    const untagged = await buildResident({ compoundId: compound._id, tags: ['残疾'], consent: { pushes: true } })
    const now = sh('2026-03-02T10:00:00')
    // Act
    await sendPolicyPushes(pushDeps, now)
    const firstRun = await DeliveryModel.countDocuments({ idempotencyKey: new RegExp(`^push:${faq.topic}:`) })
    await FaqModel.updateOne({ _id: faq._id }, { $set: { answer: '新的低保标准：每人每月1200元。', revision: 2 } })
    await sendPolicyPushes(pushDeps, now)
    await sendPolicyPushes(pushDeps, now)
    // Assert
    expect(firstRun).toBe(0)
    const rows = await DeliveryModel.find({ idempotencyKey: new RegExp(`^push:${faq.topic}:`) }).lean()
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ target: { id: tagged.wechatId }, occurrenceKey: 'r2' })
    expect(rows[0].text).toContain('每人每月1200元')
    expect(rows.some((r) => r.target?.id === untagged.wechatId)).toBe(false)
  })
})

describe('weekly report', () => {
  it('sendWeeklyReport › when a compound had requests last week › then its workers group gets the figures once', async () => {
    // Arrange: Monday 2026-03-16 09:00; the week is 3-09 … 3-15
    const compound = await buildCompound()
    const group = await buildGroup({ compoundId: compound._id, kind: 'workers' })
    const inWeek = sh('2026-03-11T10:00:00')
    await buildRequest({ compoundId: compound._id, createdAt: inWeek, status: 'resolved', resolvedAt: inWeek, rating: { score: 5, at: inWeek } })
    await buildRequest({ compoundId: compound._id, createdAt: inWeek, status: 'resolved', resolvedAt: inWeek, rating: { score: 2, at: inWeek } })
    await buildRequest({ compoundId: compound._id, createdAt: inWeek, status: 'accepted', deadline: sh('2026-03-12T10:00:00') })
    await buildRequest({ compoundId: compound._id, createdAt: sh('2026-03-01T10:00:00') })
    const now = sh('2026-03-16T09:00:00')
    const deps = { ...reportQueries, enqueue: enqueueDeliveryWithResult, tz: 'Asia/Shanghai' }
    // Act
    await sendWeeklyReport(deps, now)
    await sendWeeklyReport(deps, now)
    // Assert
    const rows = await DeliveryModel.find({ kind: 'report', 'target.id': group.roomId }).lean()
    expect(rows).toHaveLength(1)
    expect(rows[0].text).toBe(`【每周诉求简报】2026-03-09 至 2026-03-15\n${compound.name}：收到 3 件，办结 2 件，超期未办 1 件，满意率 50%`)
  })
})
