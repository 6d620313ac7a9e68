import { Lunar, LunarMonth, Solar } from 'lunar-javascript'
import { AppError } from '../../lib/errors'
import { compareLocalDates, daysInMonth, isLeapYear, isValidLocalDate, type LocalDate, parseDateKey } from '../time/local-date'

/**
 * A resident's birthday. For `lunar`, month/day are the 农历 month and day, `isLeapMonth` marks a 闰月 birth and
 * `year` is the lunar year of birth (a 腊月 birth in lunar 1945 happened in January 1946).
 */
export interface Birthday {
  calendar: 'solar' | 'lunar'
  year?: number
  month: number
  day: number
  isLeapMonth?: boolean
}

/** The ages whose birthdays get the special 寿辰 greeting. */
export type Milestone = 70 | 80 | 90 | 100

/** The 农历 reading of one solar date (`month` positive; `isLeap` for a 闰月). */
export interface LunarReading {
  year: number
  month: number
  day: number
  isLeap: boolean
  /** Days in this lunar month (29 or 30). */
  monthDays: number
}

const MILESTONES: readonly Milestone[] = [70, 80, 90, 100]

/** Reads a solar date in the Chinese lunar calendar. */
export function toLunar(date: LocalDate): LunarReading {
  const lunar = Solar.fromYmd(date.year, date.month, date.day).getLunar()
  const signedMonth = lunar.getMonth()
  const info = LunarMonth.fromYm(lunar.getYear(), signedMonth)
  return {
    year: lunar.getYear(),
    month: Math.abs(signedMonth),
    day: lunar.getDay(),
    isLeap: signedMonth < 0,
    monthDays: info ? info.getDayCount() : 30,
  }
}

/**
 * The matching key of a birthday, or null when month/day cannot be a birthday. Celebration rules:
 * - solar 2-29 is celebrated on 2-28 in non-leap years;
 * - a lunar birthday is always celebrated in the regular (non-leap) month of its number, once per lunar year:
 *   a 闰月 birth uses the regular month too, and nobody is celebrated twice in a year that has a 闰月;
 * - lunar day 30 is celebrated on day 29 in years where that month has 29 days.
 */
export function birthdayKey(birthday: Birthday): string | null {
  const { calendar, month, day } = birthday
  if (!Number.isInteger(month) || !Number.isInteger(day) || month < 1 || month > 12 || day < 1) return null
  if (calendar === 'solar') return day <= daysInMonth(2000, month) ? `S|${month}|${day}` : null
  if (calendar === 'lunar') return day <= 30 ? `L|${month}|${day}` : null
  return null
}

/** Every birthday key celebrated on `date` (see {@link birthdayKey}); `lunar` avoids re-reading the lunar date. */
export function birthdayKeysOn(date: LocalDate, lunar: LunarReading = toLunar(date)): Set<string> {
  const keys = new Set([`S|${date.month}|${date.day}`])
  if (date.month === 2 && date.day === 28 && !isLeapYear(date.year)) keys.add('S|2|29')
  if (!lunar.isLeap) {
    keys.add(`L|${lunar.month}|${lunar.day}`)
    if (lunar.day === 29 && lunar.monthDays === 29) keys.add(`L|${lunar.month}|30`)
  }
  return keys
}

/**
 * True when `birthday` is celebrated on the local date (a LocalDate or 'YYYY-MM-DD').
 * @throws AppError invalid_birthday (400), invalid_date (400)
 */
export function birthdayOccursOn(birthday: Birthday, localDate: LocalDate | string): boolean {
  const date = asLocalDate(localDate)
  return birthdayKeysOn(date).has(requireKey(birthday))
}

/**
 * The solar (公历) date of birth, converting a lunar birth date; null when the birth year is unknown.
 * @throws AppError invalid_birthday (400) when the date does not exist (e.g. 闰月 in a year without it)
 */
export function solarBirthDate(birthday: Birthday): LocalDate | null {
  requireKey(birthday)
  const { year, month, day } = birthday
  if (year === undefined) return null
  if (!Number.isInteger(year)) throw invalidBirthday(birthday, 'year must be a whole number')
  if (birthday.calendar === 'solar') {
    const date = { year, month, day }
    if (!isValidLocalDate(date)) throw invalidBirthday(birthday, 'no such solar date')
    return date
  }
  try {
    const solar = Lunar.fromYmd(year, birthday.isLeapMonth ? -month : month, day).getSolar()
    return { year: solar.getYear(), month: solar.getMonth(), day: solar.getDay() }
  } catch (err) {
    throw invalidBirthday(birthday, 'no such lunar date', err)
  }
}

/**
 * Age in full years (周岁) on a local date, counted from the solar date of birth (the one on the ID card);
 * someone born on 2-29 turns a year older on 2-28 in non-leap years, the day they are celebrated.
 * Null when the birth year is unknown.
 * @throws AppError invalid_birthday (400) for a non-existent date or a birth after `localDate`; invalid_date (400)
 */
export function ageOn(birthday: Birthday, localDate: LocalDate | string): number | null {
  const date = asLocalDate(localDate)
  const birth = solarBirthDate(birthday)
  if (!birth) return null
  const anniversary = solarAnniversary(birth, date.year)
  const age = date.year - birth.year - (compareLocalDates(date, anniversary) < 0 ? 1 : 0)
  if (age < 0) throw invalidBirthday(birthday, `born after ${date.year}-${date.month}-${date.day}`)
  return age
}

/** The 寿辰 milestone an age is, or null. */
export function milestone(age: number): Milestone | null {
  return MILESTONES.find((m) => m === age) ?? null
}

/** The date in `year` on which a solar date recurs (2-29 → 2-28 in non-leap years). */
export function solarAnniversary(date: LocalDate, year: number): LocalDate {
  const day = date.month === 2 && date.day === 29 && !isLeapYear(year) ? 28 : date.day
  return { year, month: date.month, day }
}

function requireKey(birthday: Birthday): string {
  const key = birthdayKey(birthday)
  if (!key) throw invalidBirthday(birthday, 'month must be 1–12 and day must exist in that month')
  return key
}

function asLocalDate(value: LocalDate | string): LocalDate {
  if (typeof value === 'string') return parseDateKey(value)
  if (!isValidLocalDate(value)) throw new AppError('invalid_date', `Not a real date: ${JSON.stringify(value)}`, { status: 400 })
  return value
}

function invalidBirthday(birthday: Birthday, problem: string, cause?: unknown): AppError {
  return new AppError('invalid_birthday', `Invalid birthday ${JSON.stringify(birthday)}: ${problem}`, {
    status: 400,
    field: 'birthday',
    cause,
  })
}
