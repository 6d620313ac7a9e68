import {
  buildRunKey,
  describeSchedule,
  dueOccurrence,
  type DueOptions,
  nextOccurrence,
  type NoticeSchedule,
  occurrencesBetween,
} from '../../../domain/notices/schedule'

const SH = 'Asia/Shanghai'
const at = (iso: string) => new Date(iso)
const MOBILE_DESK: NoticeSchedule = { kind: 'cron', cron: '0 9 * * 1,3,5' }
const SERVICE_DAY: NoticeSchedule = { kind: 'cron', cron: '0 9 8,18,28 * *' }

function errorOf(fn: () => unknown): string | undefined {
  try {
    fn()
  } catch (err) {
    return (err as { code?: string }).code
  }
  return undefined
}

describe('occurrencesBetween', () => {
  it.each<{ when: string; schedule: NoticeSchedule; from: string; to: string; tz: string; expected: string[] }>([
    {
      when: 'Mon/Wed/Fri 09:00 in Shanghai (01:00 UTC)',
      schedule: MOBILE_DESK,
      from: '2025-09-22T00:00:00+08:00',
      to: '2025-09-28T23:59:00+08:00',
      tz: SH,
      expected: ['2025-09-22T01:00:00.000Z', '2025-09-24T01:00:00.000Z', '2025-09-26T01:00:00.000Z'],
    },
    {
      when: 'the same cron read in UTC',
      schedule: MOBILE_DESK,
      from: '2025-09-22T00:00:00Z',
      to: '2025-09-24T23:59:00Z',
      tz: 'UTC',
      expected: ['2025-09-22T09:00:00.000Z', '2025-09-24T09:00:00.000Z'],
    },
    {
      when: 'Mon/Wed/Fri skipping National Day (10-01, 10-03, 10-06, 10-08 are off)',
      schedule: { ...MOBILE_DESK, skipHolidays: true },
      from: '2025-09-29T00:00:00+08:00',
      to: '2025-10-12T00:00:00+08:00',
      tz: SH,
      expected: ['2025-09-29T01:00:00.000Z', '2025-10-10T01:00:00.000Z'],
    },
    {
      when: '支部服务日 without skipping',
      schedule: SERVICE_DAY,
      from: '2025-09-01T00:00:00+08:00',
      to: '2025-10-31T23:59:00+08:00',
      tz: SH,
      expected: ['2025-09-08', '2025-09-18', '2025-09-28', '2025-10-08', '2025-10-18', '2025-10-28'].map((d) => `${d}T01:00:00.000Z`),
    },
    {
      when: '支部服务日 skipping days off (09-28 is a make-up working Sunday, 10-08 a holiday, 10-18 a Saturday)',
      schedule: { ...SERVICE_DAY, skipHolidays: true },
      from: '2025-09-01T00:00:00+08:00',
      to: '2025-10-31T23:59:00+08:00',
      tz: SH,
      expected: ['2025-09-08', '2025-09-18', '2025-09-28', '2025-10-28'].map((d) => `${d}T01:00:00.000Z`),
    },
    {
      when: 'both bounds fall exactly on runs',
      schedule: MOBILE_DESK,
      from: '2025-09-22T09:00:00+08:00',
      to: '2025-09-24T09:00:00+08:00',
      tz: SH,
      expected: ['2025-09-22T01:00:00.000Z', '2025-09-24T01:00:00.000Z'],
    },
    {
      when: 'a one-off inside the range',
      schedule: { kind: 'once', at: at('2026-11-23T09:00:40+08:00') },
      from: '2026-11-23T00:00:00+08:00',
      to: '2026-11-24T00:00:00+08:00',
      tz: SH,
      expected: ['2026-11-23T01:00:00.000Z'],
    },
    {
      when: 'a one-off outside the range',
      schedule: { kind: 'once', at: at('2026-11-23T09:00:00+08:00') },
      from: '2026-11-24T00:00:00+08:00',
      to: '2026-11-25T00:00:00+08:00',
      tz: SH,
      expected: [],
    },
    { when: 'from is after to', schedule: MOBILE_DESK, from: '2025-09-30T00:00:00Z', to: '2025-09-20T00:00:00Z', tz: SH, expected: [] },
  ])('occurrencesBetween › when $when › then it lists the runs', ({ schedule, from, to, tz, expected }) => {
    // Act
    const runs = occurrencesBetween(schedule, at(from), at(to), tz)

    // Assert
    expect(runs.map((o) => o.at.toISOString())).toEqual(expected)
  })

  it('occurrencesBetween › when runs are listed › then each key is the local minute', () => {
    const [first] = occurrencesBetween(MOBILE_DESK, at('2025-09-22T00:00:00+08:00'), at('2025-09-23T00:00:00+08:00'), SH)
    expect(first.key).toBe('2025-09-22T09:00')
  })

  it('occurrencesBetween › when more runs exist than the limit › then it returns the earliest `limit`', () => {
    const runs = occurrencesBetween({ kind: 'cron', cron: '*/10 * * * *' }, at('2025-09-22T00:00:00Z'), at('2025-09-23T00:00:00Z'), SH, 5)
    expect(runs.map((o) => o.key)).toEqual(['2025-09-22T08:00', '2025-09-22T08:10', '2025-09-22T08:20', '2025-09-22T08:30', '2025-09-22T08:40'])
  })

  it.each([
    { when: 'the cron is invalid', schedule: { kind: 'cron', cron: '0 25 * * *' } as NoticeSchedule, tz: SH, code: 'invalid_cron' },
    { when: 'the zone is unknown', schedule: MOBILE_DESK, tz: 'Asia/Atlantis', code: 'invalid_time_zone' },
    { when: 'a one-off has no valid date', schedule: { kind: 'once', at: new Date('x') } as NoticeSchedule, tz: SH, code: 'invalid_schedule' },
  ])('occurrencesBetween › when $when › then it throws $code', ({ schedule, tz, code }) => {
    expect(errorOf(() => occurrencesBetween(schedule, at('2025-09-22T00:00:00Z'), at('2025-09-23T00:00:00Z'), tz))).toBe(code)
  })
})

describe('nextOccurrence', () => {
  it.each<{ when: string; schedule: NoticeSchedule; after: string; expected: string | null }>([
    { when: 'exactly at a run (strictly after)', schedule: MOBILE_DESK, after: '2025-09-26T09:00:00+08:00', expected: '2025-09-29T09:00' },
    { when: 'holidays are skipped', schedule: { ...MOBILE_DESK, skipHolidays: true }, after: '2025-09-29T09:00:00+08:00', expected: '2025-10-10T09:00' },
    { when: 'a one-off is ahead', schedule: { kind: 'once', at: at('2026-11-23T09:00:00+08:00') }, after: '2026-11-23T08:59:00+08:00', expected: '2026-11-23T09:00' },
    { when: 'a one-off is past', schedule: { kind: 'once', at: at('2026-11-23T09:00:00+08:00') }, after: '2026-11-23T09:00:00+08:00', expected: null },
    // Saturdays are never working days in years the calendar does not cover, so nothing ever qualifies.
    { when: 'a skipping cron can never land on a working day', schedule: { kind: 'cron', cron: '0 9 * * 6', skipHolidays: true }, after: '2099-01-01T00:00:00+08:00', expected: null },
  ])('nextOccurrence › when $when › then it is $expected', ({ schedule, after, expected }) => {
    expect(nextOccurrence(schedule, at(after), SH)?.key ?? null).toBe(expected)
  })
})

describe('dueOccurrence', () => {
  const ONE_OFF: NoticeSchedule = { kind: 'once', at: at('2026-11-23T09:00:30+08:00') }

  it.each<{
    when: string
    schedule: NoticeSchedule
    now: string
    lastRunKey?: string | null
    options?: DueOptions
    expected: { kind: string; key?: string; next?: string | null }
  }>([
    { when: 'the run minute has just come', schedule: MOBILE_DESK, now: '2025-09-29T09:00:00+08:00', expected: { kind: 'due', key: '2025-09-29T09:00' } },
    { when: 'within the grace window', schedule: MOBILE_DESK, now: '2025-09-29T09:29:59+08:00', lastRunKey: '2025-09-26T09:00', expected: { kind: 'due', key: '2025-09-29T09:00' } },
    { when: 'the run was already sent', schedule: MOBILE_DESK, now: '2025-09-29T09:10:00+08:00', lastRunKey: '2025-09-29T09:00', expected: { kind: 'idle', next: '2025-10-01T09:00' } },
    { when: 'the run is older than the grace window', schedule: MOBILE_DESK, now: '2025-09-29T09:31:00+08:00', lastRunKey: '2025-09-26T09:00', expected: { kind: 'missed', key: '2025-09-29T09:00', next: '2025-10-01T09:00' } },
    { when: 'a custom grace window of 5 minutes has passed', schedule: MOBILE_DESK, now: '2025-09-29T09:06:00+08:00', options: { graceMs: 5 * 60_000 }, expected: { kind: 'missed', key: '2025-09-29T09:00', next: '2025-10-01T09:00' } },
    { when: 'the minute has not come yet', schedule: MOBILE_DESK, now: '2025-09-29T08:59:59+08:00', lastRunKey: '2025-09-26T09:00', expected: { kind: 'idle', next: '2025-09-29T09:00' } },
    { when: 'the notice was created after the run minute', schedule: MOBILE_DESK, now: '2025-09-29T09:10:00+08:00', options: { notBefore: at('2025-09-29T09:05:00+08:00') }, expected: { kind: 'idle', next: '2025-10-01T09:00' } },
    { when: 'a holiday run is skipped and the last working-day run was sent', schedule: { ...MOBILE_DESK, skipHolidays: true }, now: '2025-10-01T09:05:00+08:00', lastRunKey: '2025-09-29T09:00', expected: { kind: 'idle', next: '2025-10-10T09:00' } },
    { when: 'the one-off minute has come (seconds ignored)', schedule: ONE_OFF, now: '2026-11-23T09:00:00+08:00', expected: { kind: 'due', key: '2026-11-23T09:00' } },
    { when: 'the one-off is 23 hours late but unsent', schedule: ONE_OFF, now: '2026-11-24T08:00:00+08:00', expected: { kind: 'due', key: '2026-11-23T09:00' } },
    { when: 'the one-off is more than 24 hours late', schedule: ONE_OFF, now: '2026-11-24T09:01:00+08:00', expected: { kind: 'missed', key: '2026-11-23T09:00', next: null } },
    { when: 'the one-off was sent', schedule: ONE_OFF, now: '2026-11-23T09:05:00+08:00', lastRunKey: '2026-11-23T09:00', expected: { kind: 'idle', next: null } },
    { when: 'the one-off is still ahead', schedule: ONE_OFF, now: '2026-11-23T08:59:00+08:00', expected: { kind: 'idle', next: '2026-11-23T09:00' } },
  ])('dueOccurrence › when $when › then it is $expected.kind', ({ schedule, now, lastRunKey, options, expected }) => {
    // Act
    const decision = dueOccurrence(schedule, at(now), lastRunKey, SH, options)

    // Assert
    const actual =
      decision.kind === 'due'
        ? { kind: decision.kind, key: decision.occurrence.key }
        : decision.kind === 'missed'
          ? { kind: decision.kind, key: decision.occurrence.key, next: decision.next?.key ?? null }
          : { kind: decision.kind, next: decision.next?.key ?? null }
    expect(actual).toEqual(expected)
  })

  it.each<{ when: string; schedule: NoticeSchedule; from: string; hours: number; expected: string[] }>([
    { when: 'a one-off is polled every minute for 3 hours', schedule: ONE_OFF, from: '2026-11-23T08:00:00+08:00', hours: 3, expected: ['2026-11-23T09:00'] },
    {
      when: 'Mon/Wed/Fri is polled every 10 minutes for a week',
      schedule: MOBILE_DESK,
      from: '2025-09-22T00:00:00+08:00',
      hours: 24 * 7,
      expected: ['2025-09-22T09:00', '2025-09-24T09:00', '2025-09-26T09:00'],
    },
  ])('dueOccurrence › when $when › then each run is due exactly once', ({ schedule, from, hours, expected }) => {
    // Arrange
    const stepMs = schedule.kind === 'once' ? 60_000 : 10 * 60_000
    const start = at(from).getTime()
    const sent: string[] = []
    let lastRunKey: string | null = null

    // Act: a job that records the key of what it sent, as the outbox would
    for (let t = start; t <= start + hours * 3_600_000; t += stepMs) {
      const decision = dueOccurrence(schedule, new Date(t), lastRunKey, SH, { notBefore: at(from) })
      if (decision.kind === 'due') {
        sent.push(decision.occurrence.key)
        lastRunKey = decision.occurrence.key
      }
    }

    // Assert
    expect(sent).toEqual(expected)
  })

  it('dueOccurrence › when the grace is negative › then it throws invalid_grace', () => {
    expect(errorOf(() => dueOccurrence(MOBILE_DESK, at('2025-09-29T01:00:00Z'), null, SH, { graceMs: -1 }))).toBe('invalid_grace')
  })
})

describe('buildRunKey and describeSchedule', () => {
  it('buildRunKey › when given a notice and a run › then it joins id and local minute', () => {
    const [run] = occurrencesBetween(MOBILE_DESK, at('2026-11-23T00:00:00+08:00'), at('2026-11-24T00:00:00+08:00'), SH)
    expect(buildRunKey('notice-42', run)).toBe('notice-42@2026-11-23T09:00')
  })

  it.each<{ when: string; schedule: NoticeSchedule; expected: string }>([
    { when: 'a weekly cron', schedule: MOBILE_DESK, expected: '每周一、三、五 09:00' },
    { when: 'a monthly cron skipping days off', schedule: { ...SERVICE_DAY, skipHolidays: true }, expected: '每月8日、18日、28日 09:00，非工作日不发送' },
    { when: 'a one-off', schedule: { kind: 'once', at: at('2026-11-23T01:00:00Z') }, expected: '2026年11月23日 09:00（单次）' },
  ])('describeSchedule › when $when › then it reads $expected', ({ schedule, expected }) => {
    expect(describeSchedule(schedule, SH)).toBe(expected)
  })
})
