import { AppError } from '../../lib/errors'

/** A calendar date with no time and no zone (month 1–12, day 1–31). */
export interface LocalDate {
  year: number
  month: number
  day: number
}

/** A wall-clock time of day. */
export interface TimeOfDay {
  hour: number
  minute: number
}

const DATE_KEY = /^(\d{4})-(\d{2})-(\d{2})$/
const TIME_OF_DAY = /^([01]\d|2[0-3]):([0-5]\d)$/

/** True for a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

/** Number of days in a Gregorian month (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
}

/** True when year/month/day name a real Gregorian date. */
export function isValidLocalDate(date: LocalDate): boolean {
  const { year, month, day } = date
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  )
}

/** Formats a local date as 'YYYY-MM-DD'. */
export function formatDateKey(date: LocalDate): string {
  return `${String(date.year).padStart(4, '0')}-${pad2(date.month)}-${pad2(date.day)}`
}

/**
 * Parses 'YYYY-MM-DD' into a local date.
 * @throws AppError invalid_date (400) when the text is not a real date
 */
export function parseDateKey(text: string, field = 'date'): LocalDate {
  const match = DATE_KEY.exec(text)
  const date = match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : undefined
  if (!date || !isValidLocalDate(date)) {
    throw new AppError('invalid_date', `Expected a date as YYYY-MM-DD, got '${text}'`, { status: 400, field })
  }
  return date
}

/**
 * Parses 'HH:mm' (24-hour, 00:00–23:59).
 * @throws AppError invalid_time_of_day (400) when the text is not a valid time
 */
export function parseTimeOfDay(text: string, field = 'time'): TimeOfDay {
  const match = TIME_OF_DAY.exec(text)
  if (!match) {
    throw new AppError('invalid_time_of_day', `Expected a time as HH:mm (00:00–23:59), got '${text}'`, {
      status: 400,
      field,
    })
  }
  return { hour: Number(match[1]), minute: Number(match[2]) }
}

/** Formats a time of day as 'HH:mm'. */
export function formatTimeOfDay(time: TimeOfDay): string {
  return `${pad2(time.hour)}:${pad2(time.minute)}`
}

/** Minutes since local midnight. */
export function minutesOfDay(time: TimeOfDay): number {
  return time.hour * 60 + time.minute
}

/** The date `days` calendar days after `date` (negative goes back). */
export function addDaysToDate(date: LocalDate, days: number): LocalDate {
  const d = utcDate(date)
  d.setUTCDate(d.getUTCDate() + days)
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }
}

/** Day of week of a local date, 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: LocalDate): number {
  return utcDate(date).getUTCDay()
}

/** Negative, zero or positive as `a` is before, equal to or after `b`. */
export function compareLocalDates(a: LocalDate, b: LocalDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day
}

function utcDate(date: LocalDate): Date {
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  const d = new Date(0)
  d.setUTCFullYear(date.year, date.month - 1, date.day)
  return d
}

function pad2(n: number): string {
  return String(n).padStart(2, '0')
}
