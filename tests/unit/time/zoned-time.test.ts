import {
  addLocalDays,
  fromLocal,
  localDateKey,
  localMinuteKey,
  startOfLocalDay,
  toLocalParts,
  type LocalDateTime,
} from '../../../domain/time/zoned-time'
import { codeOf } from '../../helpers/errors'

describe('toLocalParts', () => {
  it.each([
    {
      when: 'a Shanghai morning',
      iso: '2025-10-01T01:00:00Z',
      tz: 'Asia/Shanghai',
      expected: { year: 2025, month: 10, day: 1, hour: 9, minute: 0, second: 0, weekday: 3 },
    },
    {
      when: 'UTC evening is already the next day in Shanghai',
      iso: '2025-09-28T16:00:05Z',
      tz: 'Asia/Shanghai',
      expected: { year: 2025, month: 9, day: 29, hour: 0, minute: 0, second: 5, weekday: 1 },
    },
    {
      when: 'the same instant read in UTC',
      iso: '2025-09-28T16:00:05Z',
      tz: 'UTC',
      expected: { year: 2025, month: 9, day: 28, hour: 16, minute: 0, second: 5, weekday: 0 },
    },
    {
      when: 'a half-hour offset zone',
      iso: '2025-01-15T03:30:00Z',
      tz: 'Asia/Kolkata',
      expected: { year: 2025, month: 1, day: 15, hour: 9, minute: 0, second: 0, weekday: 3 },
    },
    {
      when: 'New York in summer time',
      iso: '2025-07-04T13:00:00Z',
      tz: 'America/New_York',
      expected: { year: 2025, month: 7, day: 4, hour: 9, minute: 0, second: 0, weekday: 5 },
    },
  ])('toLocalParts › when $when › then it reads the wall clock of that zone', ({ iso, tz, expected }) => {
    // Act
    const parts = toLocalParts(new Date(iso), tz)

    // Assert
    expect(parts).toEqual(expected)
  })

  it.each([
    { when: 'the zone is unknown', act: () => toLocalParts(new Date(0), 'Mars/Olympus'), code: 'invalid_time_zone' },
    { when: 'the date is invalid', act: () => toLocalParts(new Date('nope'), 'UTC'), code: 'invalid_date' },
  ])('toLocalParts › when $when › then it throws $code', ({ act, code }) => {
    expect(codeOf(act)).toBe(code)
  })
})

describe('fromLocal', () => {
  it.each<{ when: string; local: LocalDateTime; tz: string; expected: string }>([
    { when: '09:00 in Shanghai', local: { year: 2026, month: 11, day: 23, hour: 9, minute: 0 }, tz: 'Asia/Shanghai', expected: '2026-11-23T01:00:00.000Z' },
    { when: 'midnight in Shanghai', local: { year: 2025, month: 10, day: 1, hour: 0, minute: 0 }, tz: 'Asia/Shanghai', expected: '2025-09-30T16:00:00.000Z' },
    { when: 'a zone with seconds given', local: { year: 2025, month: 1, day: 15, hour: 9, minute: 0, second: 30 }, tz: 'Asia/Kolkata', expected: '2025-01-15T03:30:30.000Z' },
    { when: 'a normal New York winter time', local: { year: 2025, month: 1, day: 10, hour: 9, minute: 0 }, tz: 'America/New_York', expected: '2025-01-10T14:00:00.000Z' },
    { when: 'a time skipped by DST start (gap)', local: { year: 2025, month: 3, day: 9, hour: 2, minute: 30 }, tz: 'America/New_York', expected: '2025-03-09T07:30:00.000Z' },
    { when: 'a time repeated by DST end (overlap)', local: { year: 2025, month: 11, day: 2, hour: 1, minute: 30 }, tz: 'America/New_York', expected: '2025-11-02T05:30:00.000Z' },
    { when: 'a 30-minute DST gap', local: { year: 2025, month: 10, day: 5, hour: 2, minute: 15 }, tz: 'Australia/Lord_Howe', expected: '2025-10-04T15:45:00.000Z' },
    { when: 'Europe/London in summer', local: { year: 2025, month: 7, day: 1, hour: 9, minute: 0 }, tz: 'Europe/London', expected: '2025-07-01T08:00:00.000Z' },
  ])('fromLocal › when $when › then it resolves to $expected', ({ local, tz, expected }) => {
    // Act
    const instant = fromLocal(local, tz)

    // Assert
    expect(instant.toISOString()).toBe(expected)
  })

  it.each<{ when: string; local: LocalDateTime }>([
    { when: 'the day does not exist', local: { year: 2025, month: 2, day: 29, hour: 9, minute: 0 } },
    { when: 'the month is 13', local: { year: 2025, month: 13, day: 1, hour: 9, minute: 0 } },
    { when: 'the hour is 24', local: { year: 2025, month: 1, day: 1, hour: 24, minute: 0 } },
    { when: 'the minute is fractional', local: { year: 2025, month: 1, day: 1, hour: 9, minute: 0.5 } },
  ])('fromLocal › when $when › then it throws invalid_local_time', ({ local }) => {
    expect(codeOf(() => fromLocal(local, 'Asia/Shanghai'))).toBe('invalid_local_time')
  })

  it('fromLocal › when a wall time is read back › then toLocalParts round-trips it', () => {
    // Arrange
    const local = { year: 2024, month: 2, day: 29, hour: 23, minute: 59, second: 59 }

    // Act
    const parts = toLocalParts(fromLocal(local, 'Asia/Shanghai'), 'Asia/Shanghai')

    // Assert
    expect(parts).toEqual({ ...local, weekday: 4 })
  })
})

describe('localDateKey and localMinuteKey', () => {
  it.each([
    { when: 'Shanghai is past midnight', tz: 'Asia/Shanghai', date: '2025-10-01', minute: '2025-10-01T00:30' },
    { when: 'UTC is still the day before', tz: 'UTC', date: '2025-09-30', minute: '2025-09-30T16:30' },
  ])('localDateKey › when $when › then the keys are $date / $minute', ({ tz, date, minute }) => {
    // Arrange
    const instant = new Date('2025-09-30T16:30:45Z')

    // Act & Assert
    expect(localDateKey(instant, tz)).toBe(date)
    expect(localMinuteKey(instant, tz)).toBe(minute)
  })
})

describe('startOfLocalDay', () => {
  it.each([
    { when: 'late evening in Shanghai', iso: '2025-09-28T15:59:59Z', tz: 'Asia/Shanghai', expected: '2025-09-27T16:00:00.000Z' },
    { when: 'just after Shanghai midnight', iso: '2025-09-28T16:00:00Z', tz: 'Asia/Shanghai', expected: '2025-09-28T16:00:00.000Z' },
    { when: 'a New York day that starts in winter time', iso: '2025-03-09T18:00:00Z', tz: 'America/New_York', expected: '2025-03-09T05:00:00.000Z' },
  ])('startOfLocalDay › when $when › then it is local midnight $expected', ({ iso, tz, expected }) => {
    expect(startOfLocalDay(new Date(iso), tz).toISOString()).toBe(expected)
  })
})

describe('addLocalDays', () => {
  it.each([
    { when: 'adding one day in Shanghai', iso: '2025-09-30T01:00:00.250Z', days: 1, tz: 'Asia/Shanghai', expected: '2025-10-01T01:00:00.250Z' },
    { when: 'crossing a month end backwards', iso: '2025-03-01T01:00:00Z', days: -1, tz: 'Asia/Shanghai', expected: '2025-02-28T01:00:00.000Z' },
    { when: 'crossing New York DST start', iso: '2025-03-08T14:00:00Z', days: 1, tz: 'America/New_York', expected: '2025-03-09T13:00:00.000Z' },
    { when: 'adding zero days', iso: '2025-03-08T14:00:00Z', days: 0, tz: 'America/New_York', expected: '2025-03-08T14:00:00.000Z' },
  ])('addLocalDays › when $when › then the wall time is kept ($expected)', ({ iso, days, tz, expected }) => {
    expect(addLocalDays(new Date(iso), days, tz).toISOString()).toBe(expected)
  })

  it('addLocalDays › when days is fractional › then it throws invalid_days', () => {
    expect(codeOf(() => addLocalDays(new Date(0), 1.5, 'UTC'))).toBe('invalid_days')
  })
})

describe('toLocalParts › the cached offsets', () => {
  /** The wall clock read from Intl directly, as the code did for every call before offsets were kept. */
  function intlParts(date: Date, tz: string) {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone: tz, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' }).formatToParts(date)
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value)
    return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') }
  }

  it.each([
    ['America/New_York', '2024-03-10T06:00:00Z'],
    ['America/New_York', '2024-11-03T05:00:00Z'],
    ['Europe/London', '2024-03-31T00:30:00Z'],
    ['Australia/Lord_Howe', '2024-04-06T14:30:00Z'],
    ['Pacific/Chatham', '2024-04-06T13:45:00Z'],
    ['America/St_Johns', '2024-11-03T03:30:00Z'],
    ['Asia/Shanghai', '1988-04-16T17:00:00Z'],
    ['Asia/Shanghai', '1900-12-31T15:54:00Z'],
  ])('when instants around a transition in %s (%s) are read, in every order › then each wall clock equals Intl\'s own', (tz, around) => {
    const centre = Date.parse(around)
    const instants: number[] = []
    for (let ms = centre - 3 * 3600_000; ms <= centre + 3 * 3600_000; ms += 7 * 60_000 + 13_000) instants.push(ms)
    // Forward and backward, so a stretch is first filled from either side of the transition.
    for (const ms of [...instants, ...instants.slice().reverse()]) {
      const { weekday: _weekday, ...parts } = toLocalParts(new Date(ms), tz)
      expect([new Date(ms).toISOString(), parts]).toEqual([new Date(ms).toISOString(), intlParts(new Date(ms), tz)])
    }
  })
})
