import { ageOn, type Birthday, birthdayOccursOn, milestone, solarBirthDate } from '../../../domain/greetings/birthdays'
import { codeOf } from '../../helpers/errors'

const lunar = (month: number, day: number, extra: Partial<Birthday> = {}): Birthday => ({ calendar: 'lunar', month, day, ...extra })
const solar = (month: number, day: number, extra: Partial<Birthday> = {}): Birthday => ({ calendar: 'solar', month, day, ...extra })

// Solar dates of lunar days, hand-checked against the published dates of festivals: 中秋 (八月十五) 2020-10-01,
// 2024-09-17, 2025-10-06, 2026-09-25, 2030-09-12; 春节 (正月初一) 2024-02-10, 2025-01-29, 2026-02-17; 除夕 2024-02-09
// was 腊月三十, while 2025 (01-28) and 2026 (02-16) have no 腊月三十 and 除夕 is 腊月廿九. 2025 has 闰六月 (07-25..08-22)
// after a 30-day 六月 starting 06-25. The chinese-days library's independent lunar table agrees on each.
describe('birthdayOccursOn', () => {
  it.each<{ when: string; birthday: Birthday; date: string; expected: boolean }>([
    { when: '八月十五 in 2024', birthday: lunar(8, 15), date: '2024-09-17', expected: true },
    { when: '八月十五 in 2025', birthday: lunar(8, 15), date: '2025-10-06', expected: true },
    { when: '八月十五 in 2026', birthday: lunar(8, 15), date: '2026-09-25', expected: true },
    { when: '八月十五 in 2020', birthday: lunar(8, 15), date: '2020-10-01', expected: true },
    { when: '八月十五 in 2030', birthday: lunar(8, 15), date: '2030-09-12', expected: true },
    { when: '八月十五 on last year\'s solar date', birthday: lunar(8, 15), date: '2025-09-17', expected: false },
    { when: '八月十五 the day before', birthday: lunar(8, 15), date: '2025-10-05', expected: false },
    { when: '正月初一 in 2025', birthday: lunar(1, 1), date: '2025-01-29', expected: true },
    { when: '正月初一 in 2026', birthday: lunar(1, 1), date: '2026-02-17', expected: true },
    { when: '腊月三十 in a year whose 腊月 has 30 days', birthday: lunar(12, 30), date: '2024-02-09', expected: true },
    { when: '腊月三十 on 廿九 of a 30-day 腊月', birthday: lunar(12, 30), date: '2024-02-08', expected: false },
    { when: '腊月三十 in 2025 (no 三十: celebrated on 廿九)', birthday: lunar(12, 30), date: '2025-01-28', expected: true },
    { when: '腊月三十 in 2026 (no 三十: celebrated on 廿九)', birthday: lunar(12, 30), date: '2026-02-16', expected: true },
    { when: '腊月廿九 also in 2025', birthday: lunar(12, 29), date: '2025-01-28', expected: true },
    { when: '闰六月初十 in 2025 (celebrated in the regular 六月)', birthday: lunar(6, 10, { isLeapMonth: true }), date: '2025-07-04', expected: true },
    { when: '闰六月初十 not again in the 2025 闰六月', birthday: lunar(6, 10, { isLeapMonth: true }), date: '2025-08-03', expected: false },
    { when: '六月初十 not in the 2025 闰六月', birthday: lunar(6, 10), date: '2025-08-03', expected: false },
    { when: '闰六月初十 in 2024 (no 闰月)', birthday: lunar(6, 10, { isLeapMonth: true }), date: '2024-07-15', expected: true },
    { when: 'solar 2-29 in a leap year', birthday: solar(2, 29), date: '2024-02-29', expected: true },
    { when: 'solar 2-29 on 2-28 of a leap year', birthday: solar(2, 29), date: '2024-02-28', expected: false },
    { when: 'solar 2-29 in a non-leap year (celebrated on 2-28)', birthday: solar(2, 29), date: '2025-02-28', expected: true },
    { when: 'solar 2-29 not on 3-01 of a non-leap year', birthday: solar(2, 29), date: '2025-03-01', expected: false },
    { when: 'solar 2-28 in a non-leap year', birthday: solar(2, 28), date: '2025-02-28', expected: true },
    { when: 'an ordinary solar birthday', birthday: solar(10, 6), date: '2025-10-06', expected: true },
    { when: 'an ordinary solar birthday the next day', birthday: solar(10, 6), date: '2025-10-07', expected: false },
  ])('birthdayOccursOn › when $when › then it is $expected', ({ birthday, date, expected }) => {
    expect(birthdayOccursOn(birthday, date)).toBe(expected)
  })

  it.each<{ when: string; birthday: Birthday; date: string; code: string }>([
    { when: 'the month is 13', birthday: solar(13, 1), date: '2025-01-01', code: 'invalid_birthday' },
    { when: 'the solar day is 31 April', birthday: solar(4, 31), date: '2025-01-01', code: 'invalid_birthday' },
    { when: 'the lunar day is 31', birthday: lunar(1, 31), date: '2025-01-01', code: 'invalid_birthday' },
    { when: 'the date text is not a date', birthday: solar(1, 1), date: '2025-02-30', code: 'invalid_date' },
  ])('birthdayOccursOn › when $when › then it throws $code', ({ birthday, date, code }) => {
    expect(codeOf(() => birthdayOccursOn(birthday, date))).toBe(code)
  })
})

describe('solarBirthDate and ageOn', () => {
  it.each<{ when: string; birthday: Birthday; expected: string | null }>([
    { when: 'a solar birthday', birthday: solar(10, 6, { year: 1945 }), expected: '1945-10-06' },
    { when: 'a lunar 八月十五 1945', birthday: lunar(8, 15, { year: 1945 }), expected: '1945-09-20' },
    { when: 'a lunar 冬月 birth lands in the next solar year', birthday: lunar(11, 25, { year: 2023 }), expected: '2024-01-06' },
    { when: 'a 闰六月 birth in 2025', birthday: lunar(6, 10, { year: 2025, isLeapMonth: true }), expected: '2025-08-03' },
    { when: 'the year is unknown', birthday: lunar(8, 15), expected: null },
  ])('solarBirthDate › when $when › then it is $expected', ({ birthday, expected }) => {
    const date = solarBirthDate(birthday)
    const text = date && `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`
    expect(text).toBe(expected)
  })

  it.each<{ when: string; birthday: Birthday; on: string; expected: number | null }>([
    { when: 'the day before the 80th birthday', birthday: solar(10, 6, { year: 1945 }), on: '2025-10-05', expected: 79 },
    { when: 'on the 80th birthday', birthday: solar(10, 6, { year: 1945 }), on: '2025-10-06', expected: 80 },
    { when: 'a 2-29 birth on 2-28 of a non-leap year', birthday: solar(2, 29, { year: 2000 }), on: '2025-02-28', expected: 25 },
    { when: 'a 2-29 birth on 2-27 of a non-leap year', birthday: solar(2, 29, { year: 2000 }), on: '2025-02-27', expected: 24 },
    { when: 'a 2-29 birth on 2-28 of a leap year', birthday: solar(2, 29, { year: 2000 }), on: '2024-02-28', expected: 23 },
    { when: 'a 2-29 birth on 2-29 of a leap year', birthday: solar(2, 29, { year: 2000 }), on: '2024-02-29', expected: 24 },
    { when: 'a lunar birth, before its solar birth date', birthday: lunar(8, 15, { year: 1945 }), on: '2025-09-19', expected: 79 },
    { when: 'a lunar birth, on its solar birth date', birthday: lunar(8, 15, { year: 1945 }), on: '2025-09-20', expected: 80 },
    { when: 'the year is unknown', birthday: solar(10, 6), on: '2025-10-06', expected: null },
  ])('ageOn › when $when › then the 周岁 is $expected', ({ birthday, on, expected }) => {
    expect(ageOn(birthday, on)).toBe(expected)
  })

  it.each<{ when: string; birthday: Birthday }>([
    { when: 'the year has no such 闰月', birthday: lunar(6, 10, { year: 2024, isLeapMonth: true }) },
    { when: 'a 29-day lunar month has no day 30', birthday: lunar(12, 30, { year: 2024 }) },
    { when: 'a solar 2-29 in a non-leap year', birthday: solar(2, 29, { year: 1900 }) },
    { when: 'the birth is after the date', birthday: solar(1, 1, { year: 2030 }) },
  ])('ageOn › when $when › then it throws invalid_birthday', ({ birthday }) => {
    expect(codeOf(() => ageOn(birthday, '2025-10-06'))).toBe('invalid_birthday')
  })
})

describe('milestone', () => {
  it.each([
    { age: 69, expected: null },
    { age: 70, expected: 70 },
    { age: 79, expected: null },
    { age: 80, expected: 80 },
    { age: 90, expected: 90 },
    { age: 100, expected: 100 },
    { age: 101, expected: null },
    { age: 60, expected: null },
  ])('milestone › when the age is $age › then it is $expected', ({ age, expected }) => {
    expect(milestone(age)).toBe(expected)
  })
})
