import { birthdayIndexKeysOn, partyJoinIndexKeysOn } from '../../../domain/greetings/index-keys'
import { birthdayKeyOf } from '../../../models/resident.model'

describe('birthday index keys', () => {
  it.each([
    ['an ordinary solar day (农历八月十五 2026)', { year: 2026, month: 9, day: 25 }, ['lunar:08-15', 'lunar:L08-15', 'solar:09-25']],
    ['2-28 of a common year (2-29 births too)', { year: 2025, month: 2, day: 28 }, ['lunar:02-01', 'lunar:L02-01', 'solar:02-28', 'solar:02-29']],
    ['2-28 of a leap year', { year: 2028, month: 2, day: 28 }, expect.not.arrayContaining(['solar:02-29'])],
    ['a day of the 闰六月 2025 (no lunar key: leap births are greeted in the regular month)', { year: 2025, month: 8, day: 3 }, ['solar:08-03']],
    ['the 29th of a short lunar month, 除夕 2026 (day-30 births too)', { year: 2026, month: 2, day: 16 }, ['lunar:12-29', 'lunar:12-30', 'lunar:L12-29', 'lunar:L12-30', 'solar:02-16']],
  ])('birthdayIndexKeysOn › when the date is %s › then it returns the stored keys celebrated that day', (_name, date, expected) => {
    // Act
    const keys = birthdayIndexKeysOn(date)
    // Assert
    expect(keys).toEqual(expected)
  })

  it.each([
    [{ calendar: 'solar', month: 2, day: 29 }, 'solar:02-29'],
    [{ calendar: 'lunar', month: 6, day: 10, isLeapMonth: true }, 'lunar:L06-10'],
    [{ calendar: 'lunar', month: 8, day: 15 }, 'lunar:08-15'],
  ])('birthdayIndexKeysOn › when a resident stored %j › then its key %s uses the same format', (birthday, key) => {
    // Act / Assert
    expect(birthdayKeyOf(birthday)).toBe(key)
  })

  it.each([
    [{ year: 2026, month: 7, day: 1 }, ['07-01']],
    [{ year: 2026, month: 2, day: 28 }, ['02-28', '02-29']],
    [{ year: 2028, month: 2, day: 28 }, ['02-28']],
    [{ year: 2028, month: 2, day: 29 }, ['02-29']],
  ])('partyJoinIndexKeysOn › when the date is %j › then it returns %j', (date, expected) => {
    // Act / Assert
    expect(partyJoinIndexKeysOn(date)).toEqual(expected)
  })
})
