import { buildCron, type CronSpec, cronSpecOf, describeCron, validateCron } from '../../../domain/notices/cron'

function errorOf(fn: () => unknown): { code?: string; message?: string } | undefined {
  try {
    fn()
  } catch (err) {
    return { code: (err as { code?: string }).code, message: (err as Error).message }
  }
  return undefined
}

describe('validateCron', () => {
  it.each([
    { when: 'a weekly schedule', expr: '0 9 * * 1,3,5', expected: '0 9 * * 1,3,5' },
    { when: 'extra spaces', expr: '  0  9 8,18,28 * * ', expected: '0 9 8,18,28 * *' },
    { when: 'day names', expr: '30 8 * * MON-FRI', expected: '30 8 * * MON-FRI' },
    { when: 'a Thursday alias (contains an H)', expr: '0 9 * * THU', expected: '0 9 * * THU' },
  ])('validateCron › when $when › then it returns $expected', ({ expr, expected }) => {
    expect(validateCron(expr)).toBe(expected)
  })

  it.each([
    { when: 'the minute is 61', expr: '61 9 * * *', names: /minute field '61'/ },
    { when: 'the hour is 24', expr: '0 24 * * *', names: /hour field '24'/ },
    { when: 'the day of month is 32', expr: '0 9 32 * *', names: /day-of-month field '32'/ },
    { when: 'the month is 13', expr: '0 9 * 13 *', names: /month field '13'/ },
    { when: 'the weekday is 8', expr: '0 9 * * 8', names: /day-of-week field '8'/ },
    { when: 'a range is reversed', expr: '0 9 5-1 * *', names: /day-of-month field '5-1'/ },
    { when: 'there are 4 fields', expr: '0 9 * *', names: /expected 5 fields .* got 4/ },
    { when: 'there are 6 fields (seconds)', expr: '0 0 9 * * *', names: /expected 5 fields .* got 6/ },
    { when: 'it is empty', expr: '   ', names: /empty/ },
    { when: 'it is a macro', expr: '@daily', names: /macros/ },
    { when: 'it uses the random H', expr: 'H 9 * * *', names: /minute field 'H'.*random/ },
    { when: 'the date never occurs', expr: '0 9 30 2 *', names: /never occurs/ },
  ])('validateCron › when $when › then it throws invalid_cron naming the problem', ({ expr, names }) => {
    // Act
    const error = errorOf(() => validateCron(expr))

    // Assert
    expect(error?.code).toBe('invalid_cron')
    expect(error?.message).toMatch(names)
  })
})

describe('buildCron', () => {
  it.each<{ when: string; spec: CronSpec; expected: string }>([
    { when: 'weekly, unsorted with duplicates', spec: { kind: 'weekly', weekdays: [5, 1, 3, 1], time: '09:00' }, expected: '0 9 * * 1,3,5' },
    { when: 'monthly 支部服务日', spec: { kind: 'monthly', days: [28, 8, 18], time: '09:00' }, expected: '0 9 8,18,28 * *' },
    { when: 'daily', spec: { kind: 'daily', time: '07:30' }, expected: '30 7 * * *' },
    { when: 'weekly on Sunday', spec: { kind: 'weekly', weekdays: [0], time: '20:05' }, expected: '5 20 * * 0' },
  ])('buildCron › when $when › then it is $expected', ({ spec, expected }) => {
    expect(buildCron(spec)).toBe(expected)
    expect(validateCron(buildCron(spec))).toBe(expected)
  })

  it.each<{ when: string; spec: CronSpec; code: string }>([
    { when: 'no weekday is chosen', spec: { kind: 'weekly', weekdays: [], time: '09:00' }, code: 'invalid_schedule' },
    { when: 'the weekday is 7', spec: { kind: 'weekly', weekdays: [7], time: '09:00' }, code: 'invalid_schedule' },
    { when: 'the month day is 0', spec: { kind: 'monthly', days: [0, 8], time: '09:00' }, code: 'invalid_schedule' },
    { when: 'the time lacks a leading zero', spec: { kind: 'daily', time: '9:00' }, code: 'invalid_time_of_day' },
    { when: 'the time is 24:00', spec: { kind: 'daily', time: '24:00' }, code: 'invalid_time_of_day' },
    { when: 'the kind is unknown', spec: { kind: 'yearly', time: '09:00' } as unknown as CronSpec, code: 'invalid_schedule' },
  ])('buildCron › when $when › then it throws $code', ({ spec, code }) => {
    expect(errorOf(() => buildCron(spec))?.code).toBe(code)
  })
})

describe('describeCron', () => {
  it.each([
    { expr: '0 9 * * *', expected: '每天 09:00' },
    { expr: '0 9 * * 1,3,5', expected: '每周一、三、五 09:00' },
    { expr: '30 8 * * 1-5', expected: '每周一至周五 08:30' },
    { expr: '0 9 * * 0,6', expected: '每周六、日 09:00' },
    { expr: '0 9 * * 7', expected: '每周日 09:00' },
    { expr: '0 9 * * MON,WED,FRI', expected: '每周一、三、五 09:00' },
    { expr: '0 9 ? * 1', expected: '每周一 09:00' },
    { expr: '0 9 * * 5L', expected: '自定义计划（cron：0 9 * * 5L）' },
    { expr: '0 9 8,18,28 * *', expected: '每月8日、18日、28日 09:00' },
    { expr: '0 9,15 * * *', expected: '每天 09:00、15:00' },
    { expr: '*/5 * * * *', expected: '自定义计划（cron：*/5 * * * *）' },
    { expr: '0 9 1 1 *', expected: '自定义计划（cron：0 9 1 1 *）' },
    { expr: '0 9 1-7 * 1', expected: '自定义计划（cron：0 9 1-7 * 1）' },
    { expr: '0 9 * * 1#2', expected: '自定义计划（cron：0 9 * * 1#2）' },
    { expr: '0 9 L * *', expected: '自定义计划（cron：0 9 L * *）' },
  ])('describeCron › when the expression is $expr › then it reads $expected', ({ expr, expected }) => {
    expect(describeCron(expr)).toBe(expected)
  })

  it.each<CronSpec>([
    { kind: 'weekly', weekdays: [1, 3, 5], time: '09:00' },
    { kind: 'monthly', days: [8, 18, 28], time: '09:00' },
    { kind: 'daily', time: '18:45' },
  ])('describeCron › when built from a $kind spec › then the description names its time', (spec) => {
    expect(describeCron(buildCron(spec))).toContain(spec.time)
    expect(describeCron(buildCron(spec))).not.toContain('自定义')
  })
})

describe('cronSpecOf', () => {
  it.each<{ when: string; expr: string; expected: CronSpec | null }>([
    { when: 'a daily expression', expr: '5 8 * * *', expected: { kind: 'daily', time: '08:05' } },
    { when: 'a weekday list', expr: '0 9 * * 1,3,5', expected: { kind: 'weekly', weekdays: [1, 3, 5], time: '09:00' } },
    { when: 'a weekday range with 7 for Sunday', expr: '30 18 * * 5-7', expected: { kind: 'weekly', weekdays: [0, 5, 6], time: '18:30' } },
    { when: 'a list of days of the month', expr: '0 9 8,18,28 * *', expected: { kind: 'monthly', days: [8, 18, 28], time: '09:00' } },
    { when: 'a step in the minutes', expr: '*/15 9 * * *', expected: null },
    { when: 'several hours', expr: '0 9,17 * * *', expected: null },
    { when: 'a month restriction', expr: '0 9 1 6 *', expected: null },
    { when: 'both day fields', expr: '0 9 1 * 1', expected: null },
    { when: 'a weekday name', expr: '0 9 * * MON', expected: null },
    { when: 'a day out of range', expr: '0 9 32 * *', expected: null },
    { when: 'a reversed range', expr: '0 9 * * 5-1', expected: null },
    { when: 'too few fields', expr: '0 9 * *', expected: null },
  ])('cronSpecOf › when $when › then it reads $expected', ({ expr, expected }) => {
    expect(cronSpecOf(expr)).toEqual(expected)
  })

  it.each<CronSpec>([
    { kind: 'daily', time: '07:45' },
    { kind: 'weekly', weekdays: [0, 2, 6], time: '20:00' },
    { kind: 'monthly', days: [1, 15, 31], time: '09:30' },
  ])('cronSpecOf › when reading what buildCron built for a $kind spec › then it gets the spec back', (spec) => {
    expect(cronSpecOf(buildCron(spec))).toEqual(spec)
  })
})
