import { Solar } from 'lunar-javascript'
import { AppError } from '../../lib/errors'
import { daysInMonth, formatDateKey, isValidLocalDate, type LocalDate, parseDateKey } from '../time/local-date'
import { DEFAULT_TIME_ZONE, startOfDate, toLocalDate } from '../time/zoned-time'
import { type Birthday, birthdayKey, birthdayKeysOn, milestone, type Milestone, solarAnniversary, toLunar } from './birthdays'

/** What greeting selection reads of a resident. */
export interface GreetingResident {
  id: string
  birthday?: Birthday
  partyMember: boolean
  /** 入党日期: 'YYYY-MM-DD', or a Date read as its calendar date in the community's zone. */
  partyJoinDate?: Date | string
  /** `pushes` is read only by {@link residentsTurningAgeInMonth} when asked for push consent. */
  consent: { greetings: boolean; pushes?: boolean }
}

/** The occasions we greet. 'party-anniversary' is a 党员's 政治生日 (the anniversary of joining the Party). */
export type GreetingOccasion = 'birthday' | 'party-anniversary'

/**
 * One greeting to send today. `age` is the age being celebrated (birth year known), `years` the full years in
 * the Party. `occasionKey` = `${residentId}:${occasion}:${year}` is unique per person, occasion and year, so it
 * can serve as the outbox idempotency key. For lunar birthdays `year` is the lunar year: one lunar date can
 * fall twice in one solar year (lunar 2023-11-25 and 2024-11-25 are 2024-01-06 and 2024-12-25), and both are
 * birthdays.
 */
export interface GreetingSelection {
  residentId: string
  occasion: GreetingOccasion
  age?: number
  milestone?: Milestone
  years?: number
  occasionKey: string
}

/** A resident whose 周岁 reaches `age` within a month (see {@link residentsTurningAgeInMonth}). */
export interface AgeTurning {
  residentId: string
  age: number
  /** Solar date of birth 'YYYY-MM-DD'. */
  birthDate: string
  /** The day in the target month on which the age is reached 'YYYY-MM-DD' (2-29 births: 2-28 in non-leap years). */
  anniversary: string
  /** Start of that day in the community's zone. */
  anniversaryAt: Date
}

/**
 * The birthday and 政治生日 greetings due on the local day of `now`, in input order, for residents who consented
 * (a missing or false `consent.greetings` excludes them). Residents whose dates cannot be read are skipped, so one
 * bad record never blocks a community. Runs in one pass: today's matching birthday keys are computed once and each
 * resident's key is looked up, with no per-resident calendar conversion.
 * @throws AppError invalid_time_zone (400)
 */
export function selectGreetings(
  residents: readonly GreetingResident[],
  now: Date,
  tz: string = DEFAULT_TIME_ZONE,
): GreetingSelection[] {
  const today = toLocalDate(now, tz)
  const lunar = toLunar(today)
  const todayKeys = birthdayKeysOn(today, lunar)
  const selected: GreetingSelection[] = []
  for (const resident of residents) {
    if (resident.consent?.greetings !== true) continue
    const { birthday } = resident
    if (birthday) {
      const key = birthdayKey(birthday)
      if (key && todayKeys.has(key)) {
        const occasionYear = birthday.calendar === 'lunar' ? lunar.year : today.year
        const age = birthday.year !== undefined && Number.isInteger(birthday.year) ? occasionYear - birthday.year : undefined
        const reached = age !== undefined && age > 0 ? milestone(age) : null
        selected.push({
          residentId: resident.id,
          occasion: 'birthday',
          ...(age !== undefined && age > 0 ? { age } : {}),
          ...(reached ? { milestone: reached } : {}),
          occasionKey: `${resident.id}:birthday:${occasionYear}`,
        })
      }
    }
    if (resident.partyMember && resident.partyJoinDate !== undefined) {
      const joined = readJoinDate(resident.partyJoinDate, tz)
      if (joined) {
        const anniversary = solarAnniversary(joined, today.year)
        const years = today.year - joined.year
        if (years >= 1 && anniversary.month === today.month && anniversary.day === today.day) {
          selected.push({
            residentId: resident.id,
            occasion: 'party-anniversary',
            years,
            occasionKey: `${resident.id}:party-anniversary:${today.year}`,
          })
        }
      }
    }
  }
  return selected
}

/**
 * Residents whose 周岁 (from the solar date of birth, converted for lunar birthdays) reaches `age` in the solar
 * month `year`-`month`, for targeted pushes such as 高龄津贴 at 80. Only residents with a known birth year and
 * the given consent (`consent.greetings` by default; `'pushes'` for policy pushes) are returned.
 * @throws AppError invalid_age (400), invalid_month (400), invalid_time_zone (400)
 */
export function residentsTurningAgeInMonth(
  residents: readonly GreetingResident[],
  age: number,
  year: number,
  month: number,
  tz: string = DEFAULT_TIME_ZONE,
  consent: 'greetings' | 'pushes' = 'greetings',
): AgeTurning[] {
  if (!Number.isInteger(age) || age < 0 || age > 150) {
    throw new AppError('invalid_age', `Expected an age 0–150, got ${age}`, { status: 400, field: 'age' })
  }
  if (!isValidLocalDate({ year, month, day: 1 })) {
    throw new AppError('invalid_month', `Not a valid year/month: ${year}-${month}`, { status: 400, field: 'month' })
  }
  const birthYear = year - age
  // The ≤ 31 solar birth dates of the target month, keyed by their lunar reading, so lunar births match by lookup.
  const byLunarKey = new Map<string, LocalDate>()
  for (let day = 1; day <= daysInMonth(birthYear, month); day++) {
    const lunar = Solar.fromYmd(birthYear, month, day).getLunar()
    byLunarKey.set(`${lunar.getYear()}|${lunar.getMonth()}|${lunar.getDay()}`, { year: birthYear, month, day })
  }
  const result: AgeTurning[] = []
  for (const resident of residents) {
    const b = resident.birthday
    if (resident.consent?.[consent] !== true || !b || b.year === undefined) continue
    const birth =
      b.calendar === 'lunar'
        ? byLunarKey.get(`${b.year}|${b.isLeapMonth ? -b.month : b.month}|${b.day}`)
        : b.year === birthYear && b.month === month && isValidLocalDate({ year: b.year, month: b.month, day: b.day })
          ? { year: b.year, month: b.month, day: b.day }
          : undefined
    if (!birth) continue
    const anniversary = solarAnniversary(birth, year)
    result.push({
      residentId: resident.id,
      age,
      birthDate: formatDateKey(birth),
      anniversary: formatDateKey(anniversary),
      anniversaryAt: startOfDate(anniversary, tz),
    })
  }
  return result
}

function readJoinDate(value: Date | string, tz: string): LocalDate | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : toLocalDate(value, tz)
  try {
    return parseDateKey(value, 'partyJoinDate')
  } catch {
    return null
  }
}
