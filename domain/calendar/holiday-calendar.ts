// The package's pre-built table, not its functions: those build their lookup keys with the process's local-time
// getters, so in a process running west of UTC every holiday shifts one day earlier.
import officialCalendar from 'chinese-days/dist/chinese-days.json'
import { AppError } from '../../lib/errors'
import { addDaysToDate, formatDateKey, type LocalDate, weekdayOf } from '../time/local-date'
import { DEFAULT_TIME_ZONE, startOfDate, toLocalDate, withLocalDate } from '../time/zoned-time'

/**
 * How the official calendar (国务院办公厅 holiday notice) classifies a day: an ordinary workday or
 * weekend, a public holiday (including weekend days inside a holiday block), or a weekend day
 * turned into a working day (调休补班).
 */
export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup-workday'

/** One local date as the official calendar sees it. `known` is false for years the data does not cover. */
export interface DayInfo {
  date: string
  kind: DayKind
  working: boolean
  /** Chinese name of the holiday the day belongs to (元旦, 春节, 国庆节 …), for holidays and make-up days. */
  holidayName?: string
  known: boolean
}

/** Guard against a corrupt calendar: real runs of days off are at most 9 (Spring Festival). */
const MAX_SCAN_DAYS = 366
/** 'YYYY-MM-DD' → 'English,中文,n' for holiday days off and for 调休 make-up working days. */
const { holidays: HOLIDAYS, workdays: MAKEUP_WORKDAYS } = officialCalendar as {
  holidays: Readonly<Record<string, string>>
  workdays: Readonly<Record<string, string>>
}
let knownYears: ReadonlySet<number> | undefined

/**
 * True when the bundled `chinese-days` data covers `year` (the package is updated when the State Council publishes
 * the next year's schedule, usually in November). Outside those years only weekends count as days off.
 */
export function isCalendarKnown(year: number): boolean {
  knownYears ??= new Set(Object.keys(HOLIDAYS).map((date) => Number(date.slice(0, 4))))
  return knownYears.has(year)
}

/** Classifies a local calendar date per the official calendar, falling back to Mon–Fri working days in unknown years. */
export function getDateInfo(date: LocalDate): DayInfo {
  const weekday = weekdayOf(date)
  const isWeekend = weekday === 0 || weekday === 6
  const base: DayInfo = {
    date: formatDateKey(date),
    kind: isWeekend ? 'weekend' : 'workday',
    working: !isWeekend,
    known: isCalendarKnown(date.year),
  }
  if (!base.known) return base
  const makeup = MAKEUP_WORKDAYS[base.date]
  if (makeup !== undefined) return { ...base, kind: 'makeup-workday', working: true, holidayName: chineseName(makeup) }
  const holiday = HOLIDAYS[base.date]
  if (holiday !== undefined) return { ...base, kind: 'holiday', working: false, holidayName: chineseName(holiday) }
  return base
}

/**
 * Classifies the local day of `date` in `tz`.
 * @throws AppError invalid_time_zone (400)
 */
export function getDayInfo(date: Date, tz: string = DEFAULT_TIME_ZONE): DayInfo {
  return getDateInfo(toLocalDate(date, tz))
}

/** True when a local date is a working day (weekdays that are not holidays, plus 调休 make-up days). */
export function isWorkingDate(date: LocalDate): boolean {
  return getDateInfo(date).working
}

/**
 * True when the local day of `date` in `tz` is a working day.
 * @throws AppError invalid_time_zone (400)
 */
export function isWorkingDay(date: Date, tz: string = DEFAULT_TIME_ZONE): boolean {
  return getDayInfo(date, tz).working
}

/**
 * True when the local day of `date` is an official public holiday day (法定节假日 and its 调休 rest days,
 * including weekend days inside the block); an ordinary weekend is not a holiday.
 * @throws AppError invalid_time_zone (400)
 */
export function isHoliday(date: Date, tz: string = DEFAULT_TIME_ZONE): boolean {
  return getDayInfo(date, tz).kind === 'holiday'
}

/**
 * The `n`-th working date after `date` (the date itself is not counted); n = 0 gives `date` itself when it is
 * a working date, else the next working date.
 * @throws AppError invalid_working_days (400), calendar_scan_exceeded (500) if no working day follows within a year
 */
export function nthWorkingDateAfter(date: LocalDate, n: number): LocalDate {
  assertWorkingDays(n)
  let current = date
  let remaining = n
  if (n === 0) {
    if (isWorkingDate(current)) return current
    remaining = 1
  }
  let scanned = 0
  while (remaining > 0) {
    current = addDaysToDate(current, 1)
    if (isWorkingDate(current)) {
      remaining -= 1
      scanned = 0
    } else if (++scanned > MAX_SCAN_DAYS) {
      throw new AppError('calendar_scan_exceeded', `No working day within ${MAX_SCAN_DAYS} days of ${formatDateKey(date)}`)
    }
  }
  return current
}

/**
 * The same local time `n` working days after `from` (the start day is not counted): Friday 10:00 + 1 → Monday 10:00,
 * or the next working day after a holiday block. n = 0 keeps `from` on a working day, else moves to the next one.
 * @throws AppError invalid_working_days (400), invalid_time_zone (400)
 */
export function addWorkingDays(from: Date, n: number, tz: string = DEFAULT_TIME_ZONE): Date {
  return withLocalDate(from, nthWorkingDateAfter(toLocalDate(from, tz), n), tz)
}

/**
 * The end (24:00, i.e. the next day's first instant) of the `n`-th working day after the local day of `from`.
 * Like 民法典 §201/§203, the start day is not counted and a period never ends on a day off, so a Friday report
 * with n = 1 is due at the end of Monday, or of the first working day after a holiday block.
 * @throws AppError invalid_working_days (400), invalid_time_zone (400)
 */
export function endOfNthWorkingDay(from: Date, n: number, tz: string = DEFAULT_TIME_ZONE): Date {
  return endOfDate(nthWorkingDateAfter(toLocalDate(from, tz), n), tz)
}

/**
 * The end of a local date: the first instant of the next date (exclusive bound; "by 24:00").
 * @throws AppError invalid_time_zone (400)
 */
export function endOfDate(date: LocalDate, tz: string = DEFAULT_TIME_ZONE): Date {
  return startOfDate(addDaysToDate(date, 1), tz)
}

function assertWorkingDays(n: number): void {
  if (!Number.isInteger(n) || n < 0) {
    throw new AppError('invalid_working_days', `Expected a whole number of working days ≥ 0, got ${n}`, {
      status: 400,
      field: 'n',
    })
  }
}

function chineseName(entry: string): string {
  return entry.split(',')[1] ?? entry
}
