import { CronExpressionParser } from 'cron-parser'
import { AppError } from '../../lib/errors'
import { formatTimeOfDay, parseTimeOfDay } from '../time/local-date'

/** What the console's schedule picker produces; {@link buildCron} turns it into a 5-field cron expression. */
export type CronSpec =
  | { kind: 'daily'; time: string }
  | { kind: 'weekly'; weekdays: number[]; time: string }
  | { kind: 'monthly'; days: number[]; time: string }

const FIELD_NAMES = ['minute', 'hour', 'day-of-month', 'month', 'day-of-week'] as const
/** `H` (hashed) picks a random value per parse; a notice must fire at the time the console shows. */
const HASHED = /(^|[^a-z])h($|[^a-z])/i
const WEEKDAY_NAMES = ['日', '一', '二', '三', '四', '五', '六']
const MAX_DESCRIBED_TIMES = 4

/**
 * Checks a standard 5-field cron expression (minute hour day-of-month month day-of-week) and returns it with
 * normalised spacing. Seconds, `@` macros and the random `H` are rejected.
 * @throws AppError invalid_cron (400) whose message names the offending field and value
 */
export function validateCron(expr: string): string {
  if (typeof expr !== 'string' || expr.trim() === '') throw invalidCron('the expression is empty')
  const fields = expr.trim().split(/\s+/)
  if (fields.length === 1 && fields[0].startsWith('@')) {
    throw invalidCron(`macros such as '${fields[0]}' are not supported; write the 5 fields, e.g. '0 9 * * *'`)
  }
  if (fields.length !== 5) {
    throw invalidCron(`expected 5 fields (minute hour day-of-month month day-of-week), got ${fields.length}`)
  }
  fields.forEach((field, i) => {
    if (HASHED.test(field)) throw invalidCron(`${FIELD_NAMES[i]} field '${field}': 'H' (random) is not supported`)
    const probe = FIELD_NAMES.map((_, j) => (j === i ? field : '*')).join(' ')
    try {
      CronExpressionParser.parse(probe)
    } catch (err) {
      throw invalidCron(`${FIELD_NAMES[i]} field '${field}': ${messageOf(err)}`, err)
    }
  })
  const normalised = fields.join(' ')
  try {
    CronExpressionParser.parse(normalised)
  } catch (err) {
    // Each field is fine alone, so the day-of-month/month combination can never happen (e.g. '0 9 30 2 *').
    throw invalidCron(`day-of-month '${fields[2]}' never occurs in month '${fields[3]}': ${messageOf(err)}`, err)
  }
  return normalised
}

/**
 * Builds the cron expression for a daily, weekly (0 = Sunday … 6 = Saturday) or monthly (days 1–31; months
 * without day 31 are skipped, as cron does) schedule.
 * @throws AppError invalid_schedule (400) naming the field; invalid_time_of_day (400)
 */
export function buildCron(spec: CronSpec): string {
  const { hour, minute } = parseTimeOfDay(spec.time, 'time')
  switch (spec.kind) {
    case 'daily':
      return `${minute} ${hour} * * *`
    case 'weekly':
      return `${minute} ${hour} * * ${sortedUnique(spec.weekdays, 0, 6, 'weekdays').join(',')}`
    case 'monthly':
      return `${minute} ${hour} ${sortedUnique(spec.days, 1, 31, 'days').join(',')} * *`
    default:
      throw new AppError('invalid_schedule', `Unknown schedule kind '${(spec as { kind: unknown }).kind}'`, {
        status: 400,
        field: 'kind',
      })
  }
}

/**
 * Reads a cron expression back into the picker's daily, weekly or monthly spec (the inverse of {@link buildCron},
 * also accepting ranges such as '1-5' and 7 for Sunday), so the console can edit a saved schedule; null for any
 * other expression (steps, several hours, months, both day fields), which the console shows as custom.
 */
export function cronSpecOf(expr: string): CronSpec | null {
  const fields = expr.trim().split(/\s+/)
  if (fields.length !== 5) return null
  const [minuteText, hourText, domText, monthText, dowText] = fields
  if (!/^\d{1,2}$/.test(minuteText) || !/^\d{1,2}$/.test(hourText) || monthText !== '*') return null
  const hour = Number(hourText)
  const minute = Number(minuteText)
  if (hour > 23 || minute > 59) return null
  const time = formatTimeOfDay({ hour, minute })
  if (domText === '*' && dowText === '*') return { kind: 'daily', time }
  if (domText === '*') {
    const weekdays = expandList(dowText, 0, 7)
    return weekdays ? { kind: 'weekly', weekdays: [...new Set(weekdays.map((d) => d % 7))].sort((a, b) => a - b), time } : null
  }
  if (dowText === '*') {
    const days = expandList(domText, 1, 31)
    return days ? { kind: 'monthly', days, time } : null
  }
  return null
}

/** '1,3-5' → [1, 3, 4, 5] within min..max; null for anything else (steps, names, L, #). */
function expandList(text: string, min: number, max: number): number[] | null {
  const values = new Set<number>()
  for (const part of text.split(',')) {
    const m = /^(\d{1,2})(?:-(\d{1,2}))?$/.exec(part)
    if (!m) return null
    const from = Number(m[1])
    const to = m[2] === undefined ? from : Number(m[2])
    if (from < min || to > max || from > to) return null
    for (let v = from; v <= to; v++) values.add(v)
  }
  return [...values].sort((a, b) => a - b)
}

/**
 * Describes a cron expression in Chinese for the console: '每天 09:00', '每周一、三、五 09:00', '每周一至周五 08:30',
 * '每月8日、18日、28日 09:00'; anything else reads '自定义计划（cron：…）'.
 * @throws AppError invalid_cron (400)
 */
export function describeCron(expr: string): string {
  const normalised = validateCron(expr)
  const [minuteText, hourText, domText, , dowText] = normalised.split(' ')
  const { fields } = CronExpressionParser.parse(normalised)
  const custom = `自定义计划（cron：${normalised}）`
  const hours = fields.hour.values as number[]
  const simpleTime = /^\d+$/.test(minuteText) && /^[\d,]+$/.test(hourText) && hours.length <= MAX_DESCRIBED_TIMES
  if (!simpleTime || !fields.month.isWildcard) return custom
  const times = hours.map((hour) => formatTimeOfDay({ hour, minute: Number(minuteText) })).join('、')
  const anyDom = fields.dayOfMonth.isWildcard
  const anyDow = fields.dayOfWeek.isWildcard
  if (anyDom && anyDow) return `每天 ${times}`
  // cron-parser expands lists, ranges, steps and names into values, but 'L' (last) and '#' (nth weekday) carry
  // meaning its value lists drop; those stay custom. No weekday name contains an L.
  if (anyDom && !/[l#]/i.test(dowText)) return `${describeWeekdays(fields.dayOfWeek.values as number[])} ${times}`
  if (anyDow && !/l/i.test(domText)) {
    return `每月${(fields.dayOfMonth.values as number[]).map((day) => `${day}日`).join('、')} ${times}`
  }
  return custom
}

function describeWeekdays(values: number[]): string {
  // Monday-first, as Chinese calendars are printed; cron allows 7 for Sunday.
  const days = [...new Set(values.map((d) => (d === 0 ? 7 : d)))].sort((a, b) => a - b)
  const name = (d: number) => WEEKDAY_NAMES[d % 7]
  const contiguous = days.every((d, i) => i === 0 || d === days[i - 1] + 1)
  if (days.length >= 3 && contiguous) return `每周${name(days[0])}至周${name(days[days.length - 1])}`
  return `每周${days.map(name).join('、')}`
}

function sortedUnique(values: number[], min: number, max: number, field: string): number[] {
  if (!Array.isArray(values) || values.length === 0) {
    throw new AppError('invalid_schedule', `Choose at least one value for ${field}`, { status: 400, field })
  }
  const bad = values.find((v) => !Number.isInteger(v) || v < min || v > max)
  if (bad !== undefined) {
    throw new AppError('invalid_schedule', `${field} must be whole numbers ${min}–${max}, got ${bad}`, {
      status: 400,
      field,
    })
  }
  return [...new Set(values)].sort((a, b) => a - b)
}

function invalidCron(problem: string, cause?: unknown): AppError {
  return new AppError('invalid_cron', `Invalid cron expression: ${problem}`, { status: 400, field: 'cron', cause })
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}
