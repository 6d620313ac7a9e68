import { AppError } from '../../lib/errors'
import { addDaysToDate, daysInMonth, formatDateKey, type LocalDate, weekdayOf } from './local-date'

/** The zone used for "today" and scheduling unless a community configures another. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai'

/** The wall-clock reading of an instant in a zone (weekday 0 = Sunday … 6 = Saturday). */
export interface LocalParts {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
  weekday: number
}

/** A wall-clock date and time to resolve in a zone (second defaults to 0). */
export interface LocalDateTime extends LocalDate {
  hour: number
  minute: number
  second?: number
}

const DAY_MS = 86_400_000
const formatters = new Map<string, Intl.DateTimeFormat>()

/**
 * Reads the wall clock of `date` in `tz`.
 * @throws AppError invalid_time_zone (400), invalid_date (400)
 */
export function toLocalParts(date: Date, tz: string = DEFAULT_TIME_ZONE): LocalParts {
  const ms = date.getTime()
  if (Number.isNaN(ms)) {
    throw new AppError('invalid_date', 'Expected a valid Date', { status: 400 })
  }
  const local = wallClockMs(ms, tz)
  const d = new Date(local)
  const parts = {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  }
  return { ...parts, weekday: weekdayOf(parts) }
}

/**
 * Resolves a wall-clock time in `tz` to an instant. Like Temporal's 'compatible' disambiguation, a time
 * repeated by a backward shift (DST end) takes the earlier instant, and a time skipped by a forward shift
 * (DST start) moves forward by the length of the gap (02:30 in a 02:00→03:00 gap becomes 03:30).
 * @throws AppError invalid_time_zone (400), invalid_local_time (400) for out-of-range fields
 */
export function fromLocal(local: LocalDateTime, tz: string = DEFAULT_TIME_ZONE): Date {
  assertLocalDateTime(local)
  const wall = wallAsUtcMs(local)
  const before = offsetMs(wall - DAY_MS, tz)
  const after = offsetMs(wall + DAY_MS, tz)
  const matches = [...new Set([before, after])]
    .map((offset) => wall - offset)
    .filter((instant) => wallClockMs(instant, tz) === wall)
  if (matches.length > 0) return new Date(Math.min(...matches))
  return new Date(wall - before)
}

/**
 * The local calendar date of `date` in `tz`.
 * @throws AppError invalid_time_zone (400), invalid_date (400)
 */
export function toLocalDate(date: Date, tz: string = DEFAULT_TIME_ZONE): LocalDate {
  const { year, month, day } = toLocalParts(date, tz)
  return { year, month, day }
}

/**
 * The local date of `date` in `tz` as 'YYYY-MM-DD'.
 * @throws AppError invalid_time_zone (400), invalid_date (400)
 */
export function localDateKey(date: Date, tz: string = DEFAULT_TIME_ZONE): string {
  return formatDateKey(toLocalDate(date, tz))
}

/**
 * The local minute of `date` in `tz` as 'YYYY-MM-DDTHH:mm' (sorts chronologically within a zone without DST).
 * @throws AppError invalid_time_zone (400), invalid_date (400)
 */
export function localMinuteKey(date: Date, tz: string = DEFAULT_TIME_ZONE): string {
  const p = toLocalParts(date, tz)
  return `${formatDateKey(p)}T${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`
}

/**
 * The first instant of the local day containing `date` (00:00, or the first valid time if midnight is skipped).
 * @throws AppError invalid_time_zone (400), invalid_date (400)
 */
export function startOfLocalDay(date: Date, tz: string = DEFAULT_TIME_ZONE): Date {
  return startOfDate(toLocalDate(date, tz), tz)
}

/**
 * The first instant of a local calendar date in `tz`.
 * @throws AppError invalid_time_zone (400), invalid_local_time (400)
 */
export function startOfDate(date: LocalDate, tz: string = DEFAULT_TIME_ZONE): Date {
  return fromLocal({ ...date, hour: 0, minute: 0 }, tz)
}

/**
 * The same local wall-clock time `days` calendar days later (negative goes back), so 09:00 stays 09:00
 * across DST changes; milliseconds are kept.
 * @throws AppError invalid_time_zone (400), invalid_date (400)
 */
export function addLocalDays(date: Date, days: number, tz: string = DEFAULT_TIME_ZONE): Date {
  if (!Number.isInteger(days)) {
    throw new AppError('invalid_days', `Expected a whole number of days, got ${days}`, { status: 400, field: 'days' })
  }
  return withLocalDate(date, addDaysToDate(toLocalDate(date, tz), days), tz)
}

/**
 * The instant showing the same local wall-clock time as `instant` (milliseconds kept) on another local date.
 * @throws AppError invalid_time_zone (400), invalid_date (400)
 */
export function withLocalDate(instant: Date, date: LocalDate, tz: string = DEFAULT_TIME_ZONE): Date {
  const p = toLocalParts(instant, tz)
  const moved = fromLocal({ ...date, hour: p.hour, minute: p.minute, second: p.second }, tz)
  return new Date(moved.getTime() + (((instant.getTime() % 1000) + 1000) % 1000))
}

/**
 * Throws unless `tz` is an IANA zone this runtime knows.
 * @throws AppError invalid_time_zone (400)
 */
export function assertTimeZone(tz: string): void {
  formatterFor(tz)
}

function formatterFor(tz: string): Intl.DateTimeFormat {
  let formatter = formatters.get(tz)
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone: tz,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      })
    } catch (err) {
      throw new AppError('invalid_time_zone', `Unknown IANA time zone '${tz}'`, { status: 400, field: 'tz', cause: err })
    }
    formatters.set(tz, formatter)
  }
  return formatter
}

/** UTC offsets are looked up per stretch of this length and reused within it (see {@link wallClockMs}). */
const OFFSET_SPAN_MS = 15 * 60_000
const MAX_SPANS_PER_ZONE = 20_000
const offsets = new Map<string, Map<number, number>>()

/**
 * The wall clock of instant `ms` in `tz`, encoded as if it were a UTC instant (whole seconds). The zone's offset is
 * read once per 15-minute stretch and kept: asking Intl for the parts of a date cost the intake about 30 µs per
 * message. A stretch whose offset differs at its first and last second holds a transition and is never kept, so the
 * answer is the same as reading the parts every time (offsets are whole seconds and change at most once a stretch).
 */
function wallClockMs(ms: number, tz: string): number {
  const span = Math.floor(ms / OFFSET_SPAN_MS)
  let zone = offsets.get(tz)
  let offset = zone?.get(span)
  if (offset === undefined) {
    const first = span * OFFSET_SPAN_MS
    const last = first + OFFSET_SPAN_MS - 1000
    const atFirst = readWallClockMs(first, tz) - first
    if (atFirst !== readWallClockMs(last, tz) - last) return readWallClockMs(ms, tz)
    offset = atFirst
    if (!zone || zone.size >= MAX_SPANS_PER_ZONE) offsets.set(tz, (zone = new Map()))
    zone.set(span, offset)
  }
  return Math.floor(ms / 1000) * 1000 + offset
}

/** The wall clock of instant `ms` in `tz` read from Intl (whole seconds). */
function readWallClockMs(ms: number, tz: string): number {
  const fields: Record<string, number> = {}
  for (const part of formatterFor(tz).formatToParts(new Date(ms))) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value)
  }
  const d = new Date(0)
  d.setUTCFullYear(fields.year, fields.month - 1, fields.day)
  d.setUTCHours(fields.hour, fields.minute, fields.second, 0)
  return d.getTime()
}

function offsetMs(ms: number, tz: string): number {
  const whole = Math.floor(ms / 1000) * 1000
  return wallClockMs(whole, tz) - whole
}

function wallAsUtcMs(local: LocalDateTime): number {
  const d = new Date(0)
  d.setUTCFullYear(local.year, local.month - 1, local.day)
  d.setUTCHours(local.hour, local.minute, local.second ?? 0, 0)
  return d.getTime()
}

function assertLocalDateTime(local: LocalDateTime): void {
  const { year, month, day, hour, minute } = local
  const second = local.second ?? 0
  const ok =
    [year, month, day, hour, minute, second].every(Number.isInteger) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    hour >= 0 &&
    hour <= 23 &&
    minute >= 0 &&
    minute <= 59 &&
    second >= 0 &&
    second <= 59
  if (!ok) {
    throw new AppError('invalid_local_time', `Not a valid local date-time: ${JSON.stringify(local)}`, { status: 400 })
  }
}
