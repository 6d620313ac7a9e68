import {
  computeDeadline,
  DEFAULT_TIME_LIMIT_POLICY,
  DEFAULT_TIME_LIMITS,
  isOverdue,
  isResponseOverdue,
  responseDeadline,
  type TimeLimitPolicy,
} from '../../../domain/calendar/time-limits'
import { REQUEST_CATEGORIES, type RequestCategory } from '../../../domain/requests/categories'
import type { RequestStatus } from '../../../domain/requests/lifecycle'

function codeOf(fn: () => unknown): { code?: string; field?: string } | undefined {
  try {
    fn()
  } catch (err) {
    return { code: (err as { code?: string }).code, field: (err as { field?: string }).field }
  }
  return undefined
}

const at = (iso: string) => new Date(iso)

describe('DEFAULT_TIME_LIMITS', () => {
  it('DEFAULT_TIME_LIMITS › when listed › then it covers exactly the 13 request categories', () => {
    expect(Object.keys(DEFAULT_TIME_LIMITS).sort()).toEqual(Object.keys(REQUEST_CATEGORIES).sort())
    expect(Object.keys(DEFAULT_TIME_LIMITS)).toHaveLength(13)
  })
})

describe('computeDeadline', () => {
  it.each<{ when: string; category: RequestCategory; urgent: boolean; createdAt: string; expected: string }>([
    { when: 'urgent on a holiday (calendar hours)', category: 'water', urgent: true, createdAt: '2025-10-01T12:00:00+08:00', expected: '2025-10-01T14:00:00+08:00' },
    { when: 'urgent at night', category: 'lighting', urgent: true, createdAt: '2025-09-27T23:30:00+08:00', expected: '2025-09-28T01:30:00+08:00' },
    { when: 'water (3 working days) across National Day and the make-up Saturday', category: 'water', urgent: false, createdAt: '2025-09-30T10:00:00+08:00', expected: '2025-10-12T00:00:00+08:00' },
    { when: 'elevator (3 working days) inside a plain week', category: 'elevator', urgent: false, createdAt: '2025-09-22T09:00:00+08:00', expected: '2025-09-26T00:00:00+08:00' },
    { when: 'parking (5 working days) across a weekend', category: 'parking', urgent: false, createdAt: '2025-09-19T15:00:00+08:00', expected: '2025-09-27T00:00:00+08:00' },
    { when: 'lighting on a working day before 17:00', category: 'lighting', urgent: false, createdAt: '2025-09-22T16:59:00+08:00', expected: '2025-09-23T00:00:00+08:00' },
    { when: 'lighting at 17:00 sharp', category: 'lighting', urgent: false, createdAt: '2025-09-22T17:00:00+08:00', expected: '2025-09-24T00:00:00+08:00' },
    { when: 'sanitation on a Saturday morning (next working day is the make-up Sunday)', category: 'sanitation', urgent: false, createdAt: '2025-09-27T10:00:00+08:00', expected: '2025-09-29T00:00:00+08:00' },
    { when: 'noise on the evening before National Day', category: 'noise', urgent: false, createdAt: '2025-09-30T18:00:00+08:00', expected: '2025-10-10T00:00:00+08:00' },
  ])('computeDeadline › when $when › then it is due $expected', ({ category, urgent, createdAt, expected }) => {
    // Act
    const deadline = computeDeadline({ category, urgent, createdAt: at(createdAt), tz: 'Asia/Shanghai' })

    // Assert
    expect(deadline.toISOString()).toBe(at(expected).toISOString())
  })

  it('computeDeadline › when a category is configured in hours › then it counts calendar hours', () => {
    // Arrange
    const policy: TimeLimitPolicy = {
      ...DEFAULT_TIME_LIMIT_POLICY,
      limits: { ...DEFAULT_TIME_LIMITS, other: { kind: 'hours', hours: 48 } },
    }

    // Act
    const deadline = computeDeadline({ category: 'other', urgent: false, createdAt: at('2025-09-30T10:00:00+08:00'), policy })

    // Assert
    expect(deadline.toISOString()).toBe(at('2025-10-02T10:00:00+08:00').toISOString())
  })

  it('computeDeadline › when the zone is UTC › then the report day is read in UTC', () => {
    // 2025-09-27T20:00Z is Saturday evening in UTC (a day off: due at the end of the next working day, the make-up
    // Sunday 09-28) but Sunday 04:00 in Shanghai (a working day before the cutoff: due at the end of that day).
    const createdAt = at('2025-09-27T20:00:00Z')
    expect(computeDeadline({ category: 'lighting', urgent: false, createdAt, tz: 'UTC' }).toISOString()).toBe('2025-09-29T00:00:00.000Z')
    expect(computeDeadline({ category: 'lighting', urgent: false, createdAt, tz: 'Asia/Shanghai' }).toISOString()).toBe('2025-09-28T16:00:00.000Z')
  })

  it.each<{ when: string; policy: TimeLimitPolicy; field: string }>([
    { when: 'working days are 0', policy: { ...DEFAULT_TIME_LIMIT_POLICY, limits: { ...DEFAULT_TIME_LIMITS, water: { kind: 'working-days', days: 0 } } }, field: 'limits.water.days' },
    { when: 'the urgent hours are negative', policy: { ...DEFAULT_TIME_LIMIT_POLICY, urgent: { hours: -1 } }, field: 'urgent.hours' },
    { when: 'the cutoff is not HH:mm', policy: { ...DEFAULT_TIME_LIMIT_POLICY, limits: { ...DEFAULT_TIME_LIMITS, noise: { kind: 'same-day', cutoff: '5pm' } } }, field: 'limits.noise.cutoff' },
    { when: 'a category is missing', policy: { ...DEFAULT_TIME_LIMIT_POLICY, limits: { ...DEFAULT_TIME_LIMITS, dispute: undefined } } as unknown as TimeLimitPolicy, field: 'limits.dispute' },
  ])('computeDeadline › when $when › then it throws invalid_time_limit_policy naming $field', ({ policy, field }) => {
    const act = () => computeDeadline({ category: 'water', urgent: false, createdAt: at('2025-09-30T10:00:00+08:00'), policy })
    expect(codeOf(act)).toEqual({ code: 'invalid_time_limit_policy', field })
  })

  it('computeDeadline › when the category is unknown › then it throws unknown_request_category', () => {
    const act = () => computeDeadline({ category: 'pets' as RequestCategory, urgent: false, createdAt: at('2025-09-30T10:00:00Z') })
    expect(codeOf(act)?.code).toBe('unknown_request_category')
  })
})

describe('responseDeadline', () => {
  it.each([
    { when: 'urgent', urgent: true, createdAt: '2025-10-01T12:00:00+08:00', expected: '2025-10-01T13:00:00+08:00' },
    { when: 'not urgent, reported on Friday (make-up Sunday follows)', urgent: false, createdAt: '2025-09-26T10:00:00+08:00', expected: '2025-09-29T00:00:00+08:00' },
    { when: 'not urgent, reported during the holiday', urgent: false, createdAt: '2025-10-02T10:00:00+08:00', expected: '2025-10-10T00:00:00+08:00' },
  ])('responseDeadline › when $when › then accept by $expected', ({ urgent, createdAt, expected }) => {
    expect(responseDeadline(at(createdAt), urgent, DEFAULT_TIME_LIMIT_POLICY, 'Asia/Shanghai').toISOString()).toBe(at(expected).toISOString())
  })
})

describe('isOverdue', () => {
  const dueAt = at('2025-10-10T00:00:00+08:00')
  it.each<{ when: string; status: RequestStatus; now: string; expected: boolean }>([
    { when: 'an open request is past its deadline', status: 'in_progress', now: '2025-10-10T00:00:01+08:00', expected: true },
    { when: 'a new request is past its deadline', status: 'new', now: '2025-10-11T09:00:00+08:00', expected: true },
    { when: 'an open request is exactly at its deadline', status: 'accepted', now: '2025-10-10T00:00:00+08:00', expected: false },
    { when: 'an open request is before its deadline', status: 'reopened', now: '2025-10-09T23:00:00+08:00', expected: false },
    { when: 'a resolved request is past its deadline', status: 'resolved', now: '2025-10-11T09:00:00+08:00', expected: false },
    { when: 'a merged request is past its deadline', status: 'merged', now: '2025-10-11T09:00:00+08:00', expected: false },
  ])('isOverdue › when $when › then it is $expected', ({ status, now, expected }) => {
    expect(isOverdue({ status, dueAt }, at(now))).toBe(expected)
  })

  const respondBy = at('2025-09-29T00:00:00+08:00')
  it.each<{ when: string; status: RequestStatus; now: string; expected: boolean }>([
    { when: 'a new request is not accepted in time', status: 'new', now: '2025-09-29T08:00:00+08:00', expected: true },
    { when: 'a reopened request is not accepted in time', status: 'reopened', now: '2025-09-29T08:00:00+08:00', expected: true },
    { when: 'an accepted request is past the response time', status: 'accepted', now: '2025-09-29T08:00:00+08:00', expected: false },
    { when: 'a new request is still within the response time', status: 'new', now: '2025-09-28T23:59:00+08:00', expected: false },
  ])('isResponseOverdue › when $when › then it is $expected', ({ status, now, expected }) => {
    expect(isResponseOverdue({ status, respondBy }, at(now))).toBe(expected)
  })
})
