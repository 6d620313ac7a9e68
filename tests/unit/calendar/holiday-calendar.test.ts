import {
  addWorkingDays,
  endOfNthWorkingDay,
  getDateInfo,
  isCalendarKnown,
  isHoliday,
  isWorkingDay,
  type DayKind,
} from '../../../domain/calendar/holiday-calendar'
import { parseDateKey } from '../../../domain/time/local-date'
import { codeOf } from '../../helpers/errors'

// Expectations come from the State Council notices (国办发明电〔2024〕12号 for 2025, 〔2025〕 notice for 2026):
// 2025 National Day + Mid-Autumn 10-01..10-08 off, 09-28 (Sun) and 10-11 (Sat) worked; Spring Festival
// 01-28..02-04 off, 01-26 (Sun) and 02-08 (Sat) worked; 2026 Spring Festival 02-15..02-23 off, 02-14 (Sat) worked.
describe('getDateInfo', () => {
  it.each<{ date: string; kind: DayKind; working: boolean; holidayName?: string }>([
    { date: '2025-10-01', kind: 'holiday', working: false, holidayName: '国庆节' },
    { date: '2025-10-04', kind: 'holiday', working: false, holidayName: '国庆节' },
    { date: '2025-10-08', kind: 'holiday', working: false, holidayName: '国庆节' },
    { date: '2025-09-28', kind: 'makeup-workday', working: true, holidayName: '国庆节' },
    { date: '2025-10-11', kind: 'makeup-workday', working: true, holidayName: '国庆节' },
    { date: '2025-01-26', kind: 'makeup-workday', working: true, holidayName: '春节' },
    { date: '2025-01-28', kind: 'holiday', working: false, holidayName: '春节' },
    { date: '2025-05-05', kind: 'holiday', working: false, holidayName: '劳动节' },
    { date: '2025-09-27', kind: 'weekend', working: false },
    { date: '2025-09-29', kind: 'workday', working: true },
    { date: '2025-10-09', kind: 'workday', working: true },
    { date: '2026-02-14', kind: 'makeup-workday', working: true, holidayName: '春节' },
    { date: '2026-02-16', kind: 'holiday', working: false, holidayName: '春节' },
    { date: '2026-10-01', kind: 'holiday', working: false, holidayName: '国庆节' },
  ])('getDateInfo › when the date is $date › then it is a $kind', ({ date, kind, working, holidayName }) => {
    // Act
    const info = getDateInfo(parseDateKey(date))

    // Assert
    expect(info).toEqual({ date, kind, working, known: true, ...(holidayName ? { holidayName } : {}) })
  })

  it.each([
    { when: 'a Friday in a year the data does not cover', date: '2099-10-02', kind: 'workday', working: true },
    { when: 'a Saturday in a year the data does not cover', date: '2099-10-03', kind: 'weekend', working: false },
  ])('getDateInfo › when $when › then it falls back to weekends only', ({ date, kind, working }) => {
    expect(getDateInfo(parseDateKey(date))).toEqual({ date, kind, working, known: false })
  })
})

describe('isCalendarKnown', () => {
  it.each([
    { year: 2025, expected: true },
    { year: 2026, expected: true },
    { year: 2099, expected: false },
  ])('isCalendarKnown › when the year is $year › then it is $expected', ({ year, expected }) => {
    expect(isCalendarKnown(year)).toBe(expected)
  })
})

describe('isWorkingDay and isHoliday', () => {
  it.each([
    { when: 'the make-up Sunday in Shanghai', iso: '2025-09-27T16:30:00Z', tz: 'Asia/Shanghai', working: true, holiday: false },
    { when: 'the same instant in UTC is an ordinary Saturday', iso: '2025-09-27T16:30:00Z', tz: 'UTC', working: false, holiday: false },
    { when: 'National Day in Shanghai', iso: '2025-10-01T01:00:00Z', tz: 'Asia/Shanghai', working: false, holiday: true },
    { when: 'an ordinary Monday', iso: '2025-09-29T01:00:00Z', tz: 'Asia/Shanghai', working: true, holiday: false },
  ])('isWorkingDay › when $when › then working=$working, holiday=$holiday', ({ iso, tz, working, holiday }) => {
    expect(isWorkingDay(new Date(iso), tz)).toBe(working)
    expect(isHoliday(new Date(iso), tz)).toBe(holiday)
  })
})

describe('addWorkingDays', () => {
  it.each([
    { when: 'Friday + 1 reaches the make-up Sunday', from: '2025-09-26T10:00:00+08:00', n: 1, expected: '2025-09-28T10:00:00+08:00' },
    { when: 'the day before National Day + 1 skips the holiday', from: '2025-09-30T10:00:00+08:00', n: 1, expected: '2025-10-09T10:00:00+08:00' },
    { when: 'Friday + 1 reaches the make-up Saturday', from: '2025-10-10T10:00:00+08:00', n: 1, expected: '2025-10-11T10:00:00+08:00' },
    { when: 'Monday + 3 stays in the week', from: '2025-09-22T15:30:00+08:00', n: 3, expected: '2025-09-25T15:30:00+08:00' },
    { when: 'n = 0 on a holiday moves to the next working day', from: '2025-10-01T10:00:00+08:00', n: 0, expected: '2025-10-09T10:00:00+08:00' },
    { when: 'n = 0 on a working day keeps it', from: '2025-09-29T10:00:00+08:00', n: 0, expected: '2025-09-29T10:00:00+08:00' },
    { when: 'Friday + 1 in an unknown year reaches Monday', from: '2099-10-02T10:00:00+08:00', n: 1, expected: '2099-10-05T10:00:00+08:00' },
  ])('addWorkingDays › when $when › then it is $expected', ({ from, n, expected }) => {
    // Act
    const result = addWorkingDays(new Date(from), n, 'Asia/Shanghai')

    // Assert
    expect(result.toISOString()).toBe(new Date(expected).toISOString())
  })

  it.each([-1, 1.5])('addWorkingDays › when n is %p › then it throws invalid_working_days', (n) => {
    expect(codeOf(() => addWorkingDays(new Date('2025-09-29T02:00:00Z'), n, 'Asia/Shanghai'))).toBe('invalid_working_days')
  })
})

describe('endOfNthWorkingDay', () => {
  it.each([
    { when: 'reported on Friday, 1 working day', from: '2025-09-26T23:00:00+08:00', n: 1, expected: '2025-09-29T00:00:00+08:00' },
    { when: 'reported on Tuesday before National Day, 3 working days', from: '2025-09-30T08:00:00+08:00', n: 3, expected: '2025-10-12T00:00:00+08:00' },
    { when: 'reported on a holiday, 1 working day', from: '2025-10-03T12:00:00+08:00', n: 1, expected: '2025-10-10T00:00:00+08:00' },
  ])('endOfNthWorkingDay › when $when › then it ends at $expected', ({ from, n, expected }) => {
    expect(endOfNthWorkingDay(new Date(from), n, 'Asia/Shanghai').toISOString()).toBe(new Date(expected).toISOString())
  })
})
