import {
  addDaysToDate,
  compareLocalDates,
  daysInMonth,
  formatDateKey,
  parseDateKey,
  parseTimeOfDay,
  weekdayOf,
} from '../../../domain/time/local-date'
import { codeOf } from '../../helpers/errors'

describe('local dates', () => {
  it.each([
    { when: 'February of a leap year', year: 2024, month: 2, expected: 29 },
    { when: 'February of a century non-leap year', year: 1900, month: 2, expected: 28 },
    { when: 'February of a 400-year leap year', year: 2000, month: 2, expected: 29 },
    { when: 'April', year: 2025, month: 4, expected: 30 },
    { when: 'December', year: 2025, month: 12, expected: 31 },
  ])('daysInMonth › when $when › then it has $expected days', ({ year, month, expected }) => {
    expect(daysInMonth(year, month)).toBe(expected)
  })

  it.each([
    { when: 'a normal date', text: '2025-10-01', expected: { year: 2025, month: 10, day: 1 } },
    { when: 'a leap day', text: '2024-02-29', expected: { year: 2024, month: 2, day: 29 } },
  ])('parseDateKey › when $when › then it parses and formats back', ({ text, expected }) => {
    expect(parseDateKey(text)).toEqual(expected)
    expect(formatDateKey(expected)).toBe(text)
  })

  it.each([
    { when: 'a non-existent leap day', text: '2025-02-29' },
    { when: 'a single-digit month', text: '2025-1-01' },
    { when: 'an ISO timestamp', text: '2025-10-01T00:00:00Z' },
  ])('parseDateKey › when $when › then it throws invalid_date', ({ text }) => {
    expect(codeOf(() => parseDateKey(text))).toBe('invalid_date')
  })

  it.each([
    { when: 'a morning time', text: '08:00', expected: { hour: 8, minute: 0 } },
    { when: 'the last minute', text: '23:59', expected: { hour: 23, minute: 59 } },
  ])('parseTimeOfDay › when $when › then it parses', ({ text, expected }) => {
    expect(parseTimeOfDay(text)).toEqual(expected)
  })

  it.each(['24:00', '9:00', '12:60', ''])('parseTimeOfDay › when given %p › then it throws invalid_time_of_day', (text) => {
    expect(codeOf(() => parseTimeOfDay(text))).toBe('invalid_time_of_day')
  })

  it.each([
    { when: 'crossing a leap February', from: { year: 2024, month: 2, day: 28 }, days: 2, expected: { year: 2024, month: 3, day: 1 } },
    { when: 'crossing a year backwards', from: { year: 2025, month: 1, day: 1 }, days: -1, expected: { year: 2024, month: 12, day: 31 } },
  ])('addDaysToDate › when $when › then it lands on the right date', ({ from, days, expected }) => {
    expect(addDaysToDate(from, days)).toEqual(expected)
  })

  it.each([
    { date: { year: 2025, month: 10, day: 1 }, expected: 3 },
    { date: { year: 2025, month: 9, day: 28 }, expected: 0 },
    { date: { year: 2025, month: 10, day: 11 }, expected: 6 },
  ])('weekdayOf › when $date.year-$date.month-$date.day › then it is weekday $expected', ({ date, expected }) => {
    expect(weekdayOf(date)).toBe(expected)
  })

  it.each([
    { a: { year: 2025, month: 1, day: 2 }, b: { year: 2025, month: 1, day: 1 }, sign: 1 },
    { a: { year: 2024, month: 12, day: 31 }, b: { year: 2025, month: 1, day: 1 }, sign: -1 },
    { a: { year: 2025, month: 1, day: 1 }, b: { year: 2025, month: 1, day: 1 }, sign: 0 },
  ])('compareLocalDates › when comparing › then the sign is $sign', ({ a, b, sign }) => {
    expect(Math.sign(compareLocalDates(a, b))).toBe(sign)
  })
})
