import {
  dailyCapReached,
  isQuietHours,
  nextSendAt,
  type QuietWindow,
  quietHoursEnd,
  retryDelayMs,
} from '../../../domain/outbox/sending-rules'
import { codeOf } from '../../helpers/errors'

const SH = 'Asia/Shanghai'
const NIGHT: QuietWindow = { start: '21:30', end: '08:00' }
const NOON: QuietWindow = { start: '12:00', end: '14:00' }
const local = (hhmm: string, date = '2025-09-29') => new Date(`${date}T${hhmm}:00+08:00`)

describe('isQuietHours', () => {
  it.each([
    { when: 'just before a wrapping window starts', window: NIGHT, time: '21:29', expected: false },
    { when: 'a wrapping window starts', window: NIGHT, time: '21:30', expected: true },
    { when: 'late evening', window: NIGHT, time: '23:59', expected: true },
    { when: 'midnight', window: NIGHT, time: '00:00', expected: true },
    { when: 'just before a wrapping window ends', window: NIGHT, time: '07:59', expected: true },
    { when: 'a wrapping window ends', window: NIGHT, time: '08:00', expected: false },
    { when: 'midday outside a wrapping window', window: NIGHT, time: '12:00', expected: false },
    { when: 'inside a same-day window', window: NOON, time: '13:00', expected: true },
    { when: 'a same-day window ends', window: NOON, time: '14:00', expected: false },
    { when: 'before a same-day window', window: NOON, time: '11:59', expected: false },
    { when: 'start equals end (no quiet hours)', window: { start: '08:00', end: '08:00' }, time: '03:00', expected: false },
  ])('isQuietHours › when $when ($time) › then it is $expected', ({ window, time, expected }) => {
    expect(isQuietHours(local(time), window, SH)).toBe(expected)
  })

  it('isQuietHours › when the same instant is read in UTC › then the UTC wall clock decides', () => {
    // 22:00 in Shanghai is 14:00 UTC.
    expect(isQuietHours(local('22:00'), NIGHT, SH)).toBe(true)
    expect(isQuietHours(local('22:00'), NIGHT, 'UTC')).toBe(false)
  })

  it('isQuietHours › when the window is malformed › then it throws invalid_time_of_day', () => {
    expect(codeOf(() => isQuietHours(local('22:00'), { start: '9pm', end: '08:00' }, SH))).toBe('invalid_time_of_day')
  })
})

describe('quietHoursEnd', () => {
  it.each([
    { when: 'in the evening part of a wrapping window', window: NIGHT, now: local('22:00'), expected: local('08:00', '2025-09-30') },
    { when: 'in the morning part of a wrapping window', window: NIGHT, now: local('03:00'), expected: local('08:00') },
    { when: 'inside a same-day window', window: NOON, now: local('13:00'), expected: local('14:00') },
    { when: 'outside quiet hours', window: NIGHT, now: local('12:34'), expected: local('12:34') },
    { when: 'on the last evening of a month', window: NIGHT, now: local('23:00', '2025-09-30'), expected: local('08:00', '2025-10-01') },
  ])('quietHoursEnd › when $when › then sending resumes at $expected', ({ window, now, expected }) => {
    expect(quietHoursEnd(now, window, SH).toISOString()).toBe(expected.toISOString())
  })
})

describe('nextSendAt', () => {
  const last = new Date('2025-09-29T02:00:00Z')
  it.each([
    { when: 'nothing was sent yet', lastSentAt: null, random01: 0.5, expected: null },
    { when: 'the draw is 0', lastSentAt: last, random01: 0, expected: '2025-09-29T02:01:00.000Z' },
    { when: 'the draw is 0.5', lastSentAt: last, random01: 0.5, expected: '2025-09-29T02:01:05.000Z' },
    { when: 'the draw is 1', lastSentAt: last, random01: 1, expected: '2025-09-29T02:01:10.000Z' },
  ])('nextSendAt › when $when › then the earliest send is $expected', ({ lastSentAt, random01, expected }) => {
    const result = nextSendAt({ lastSentAt, paceMs: 60_000, jitterMs: 10_000, random01 })
    expect(result?.toISOString() ?? null).toBe(expected)
  })

  it.each([
    { when: 'the draw is above 1', input: { lastSentAt: last, paceMs: 1, jitterMs: 1, random01: 1.5 }, code: 'invalid_random' },
    { when: 'the draw is NaN', input: { lastSentAt: last, paceMs: 1, jitterMs: 1, random01: Number.NaN }, code: 'invalid_random' },
    { when: 'the pace is negative', input: { lastSentAt: last, paceMs: -1, jitterMs: 1, random01: 0.5 }, code: 'invalid_pacing' },
  ])('nextSendAt › when $when › then it throws $code', ({ input, code }) => {
    expect(codeOf(() => nextSendAt(input))).toBe(code)
  })
})

describe('dailyCapReached', () => {
  it.each([
    { sentToday: 299, cap: 300, expected: false },
    { sentToday: 300, cap: 300, expected: true },
    { sentToday: 301, cap: 300, expected: true },
    { sentToday: 0, cap: 0, expected: true },
    { sentToday: 5000, cap: Number.POSITIVE_INFINITY, expected: false },
  ])('dailyCapReached › when $sentToday were sent against a cap of $cap › then it is $expected', ({ sentToday, cap, expected }) => {
    expect(dailyCapReached(sentToday, cap)).toBe(expected)
  })

  it('dailyCapReached › when the cap is negative › then it throws invalid_daily_cap', () => {
    expect(codeOf(() => dailyCapReached(1, -1))).toBe('invalid_daily_cap')
  })
})

describe('retryDelayMs', () => {
  const options = { baseMs: 1_000, maxMs: 60_000 }
  it.each([
    { attempt: 1, expected: 1_000 },
    { attempt: 2, expected: 2_000 },
    { attempt: 3, expected: 4_000 },
    { attempt: 6, expected: 32_000 },
    { attempt: 7, expected: 60_000 },
    { attempt: 100, expected: 60_000 },
    { attempt: 5_000, expected: 60_000 },
  ])('retryDelayMs › when attempt $attempt failed › then wait $expected ms', ({ attempt, expected }) => {
    expect(retryDelayMs(attempt, options)).toBe(expected)
  })

  it.each([
    { when: 'the attempt is 0', attempt: 0, opts: options },
    { when: 'the attempt is fractional', attempt: 1.5, opts: options },
    { when: 'the cap is below the base', attempt: 1, opts: { baseMs: 1_000, maxMs: 10 } },
    { when: 'the base is 0', attempt: 1, opts: { baseMs: 0, maxMs: 10 } },
  ])('retryDelayMs › when $when › then it throws invalid_backoff', ({ attempt, opts }) => {
    expect(codeOf(() => retryDelayMs(attempt, opts))).toBe('invalid_backoff')
  })
})
