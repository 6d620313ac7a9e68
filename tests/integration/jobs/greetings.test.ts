import { sendBirthdayGreetings, type GreetingChannelPolicy } from '../../../domain/greetings/greetings.service'
import { DeliveryModel } from '../../../models/delivery.model'
import { enqueueDeliveryWithResult } from '../../../models/delivery.repo'
import { findGreetingCandidates, findResidentsGroup } from '../../../models/outreach.repo'
import { useTestDatabase } from '../../helpers/db'
import { buildCompound, buildGroup, buildResident } from '../../helpers/factories'

useTestDatabase()

const sh = (date: string) => new Date(`${date}T08:30:00+08:00`)

function greet(date: string, channel: GreetingChannelPolicy = 'per-resident') {
  return sendBirthdayGreetings(
    { findCandidates: findGreetingCandidates, findResidentsGroup, enqueue: enqueueDeliveryWithResult, channel, tz: 'Asia/Shanghai' },
    sh(date),
  )
}

/** The local dates (of `dates`, in order) on which the resident got a new greeting. */
async function greetedDates(residentId: unknown, dates: string[], occasion = 'birthday'): Promise<string[]> {
  const hits: string[] = []
  for (const date of dates) {
    const before = await DeliveryModel.countDocuments({ 'target.residentId': residentId, occurrenceKey: new RegExp(`:${occasion}:`) })
    await greet(date)
    const after = await DeliveryModel.countDocuments({ 'target.residentId': residentId, occurrenceKey: new RegExp(`:${occasion}:`) })
    if (after > before) hits.push(date)
  }
  return hits
}

async function compoundWithGroup() {
  const compound = await buildCompound()
  const group = await buildGroup({ compoundId: compound._id, kind: 'residents' })
  return { compoundId: compound._id, roomId: group.roomId }
}

describe('birthday greetings job', () => {
  it('sendBirthdayGreetings › when a resident was born on 29 February › then they are greeted on 2-28 in common years and 2-29 in leap years', async () => {
    // Arrange
    const { compoundId } = await compoundWithGroup()
    const r = await buildResident({ compoundId, name: '王奶奶', birthday: { calendar: 'solar', year: 1952, month: 2, day: 29 }, consent: { greetings: true } })
    // Act
    const dates = await greetedDates(r._id, ['2025-02-27', '2025-02-28', '2025-03-01', '2026-02-28', '2027-02-28', '2028-02-28', '2028-02-29', '2028-03-01'])
    // Assert
    expect(dates).toEqual(['2025-02-28', '2026-02-28', '2027-02-28', '2028-02-29'])
  })

  it('sendBirthdayGreetings › when a resident keeps the lunar 八月十五 › then they are greeted on its solar date each year, with the 80 milestone in lunar 2026', async () => {
    // Arrange
    const { compoundId, roomId } = await compoundWithGroup()
    const r = await buildResident({ compoundId, name: '李爷爷', birthday: { calendar: 'lunar', year: 1946, month: 8, day: 15 }, consent: { greetings: true } })
    // Act
    const dates = await greetedDates(r._id, ['2024-09-16', '2024-09-17', '2025-09-17', '2025-10-06', '2026-09-25', '2027-09-15'])
    // Assert
    expect(dates).toEqual(['2024-09-17', '2025-10-06', '2026-09-25', '2027-09-15'])
    const milestone = await DeliveryModel.findOne({ 'target.residentId': r._id, occurrenceKey: `${r._id}:birthday:2026` }).lean()
    expect(milestone?.text).toContain('八十大寿')
    expect(milestone?.target).toMatchObject({ kind: 'room', id: roomId })
    expect(milestone?.mentionIds).toEqual([r.wechatId])
    expect(milestone?.expiresAt).toEqual(new Date('2026-09-25T16:00:00Z'))
  })

  it('sendBirthdayGreetings › when a resident was born in a lunar leap month › then they are greeted in the regular month only, once a year', async () => {
    // Arrange: 2025 has a 闰六月; 六月初十 is 2025-07-04 and 闰六月初十 is 2025-08-03
    const { compoundId } = await compoundWithGroup()
    const leap = await buildResident({ compoundId, birthday: { calendar: 'lunar', year: 1987, month: 6, day: 10, isLeapMonth: true }, consent: { greetings: true } })
    const regular = await buildResident({ compoundId, birthday: { calendar: 'lunar', year: 1987, month: 6, day: 10 }, consent: { greetings: true } })
    // Act
    const days = ['2024-07-15', '2025-07-04', '2025-08-03', '2026-07-23']
    const leapDates = await greetedDates(leap._id, days)
    const regularCount = await DeliveryModel.countDocuments({ 'target.residentId': regular._id })
    // Assert
    expect(leapDates).toEqual(['2024-07-15', '2025-07-04', '2026-07-23'])
    expect(regularCount).toBe(3)
  })

  it('sendBirthdayGreetings › when residents opted out or the job runs twice › then opted-out residents get nothing and others get one greeting', async () => {
    // Arrange
    const { compoundId } = await compoundWithGroup()
    const birthday = { calendar: 'solar', year: 1960, month: 11, day: 3 }
    const optedIn = await buildResident({ compoundId, birthday, consent: { greetings: true } })
    const optedOut = await buildResident({ compoundId, birthday, consent: { greetings: false } })
    const inactive = await buildResident({ compoundId, birthday, consent: { greetings: true }, active: false })
    // Act
    await greet('2026-11-03')
    await greet('2026-11-03')
    // Assert
    expect(await DeliveryModel.countDocuments({ 'target.residentId': optedIn._id })).toBe(1)
    expect(await DeliveryModel.countDocuments({ 'target.residentId': { $in: [optedOut._id, inactive._id] } })).toBe(0)
  })

  it('sendBirthdayGreetings › when a resident prefers direct messages or the compound has no group › then the greeting goes by DM', async () => {
    // Arrange
    const { compoundId } = await compoundWithGroup()
    const noGroup = (await buildCompound())._id
    const birthday = { calendar: 'solar', year: 1970, month: 11, day: 4 }
    const direct = await buildResident({ compoundId, birthday, consent: { greetings: true }, greetingChannel: 'direct' })
    const ungrouped = await buildResident({ compoundId: noGroup, birthday, consent: { greetings: true } })
    const unreachable = await buildResident({ compoundId, birthday, consent: { greetings: true }, greetingChannel: 'direct', wechatId: undefined })
    // Act
    const report = await greet('2026-11-04')
    // Assert
    for (const r of [direct, ungrouped]) {
      const row = await DeliveryModel.findOne({ 'target.residentId': r._id }).lean()
      expect(row?.target).toMatchObject({ kind: 'contact', id: r.wechatId })
    }
    expect(await DeliveryModel.countDocuments({ 'target.residentId': unreachable._id })).toBe(0)
    expect(report.unreachable).toBeGreaterThanOrEqual(1)
  })

  it('sendBirthdayGreetings › when a party member reaches their party-join anniversary › then a 政治生日 greeting counts the years', async () => {
    // Arrange
    const { compoundId } = await compoundWithGroup()
    const r = await buildResident({ compoundId, name: '赵建国', partyMember: true, partyJoinDate: '1976-07-01', consent: { greetings: true } })
    // Act
    const dates = await greetedDates(r._id, ['2026-06-30', '2026-07-01', '2026-07-02'], 'party-anniversary')
    // Assert
    expect(dates).toEqual(['2026-07-01'])
    const row = await DeliveryModel.findOne({ 'target.residentId': r._id }).lean()
    expect(row?.text).toContain('入党50年来')
    expect(row?.text).toContain('赵建国同志')
  })
})
