import { CronExpressionParser } from 'cron-parser'
import { AppError } from '../../lib/errors'
import { isWorkingDate } from '../calendar/holiday-calendar'
import { formatTimeOfDay } from '../time/local-date'
import { assertTimeZone, DEFAULT_TIME_ZONE, localMinuteKey, toLocalDate, toLocalParts } from '../time/zoned-time'
import { describeCron, validateCron } from './cron'

/**
 * When a notice is broadcast: once at `at`, or on a 5-field cron expression read in the community's zone,
 * optionally skipping non-working days of the official calendar (weekends and holidays; a 调休 working
 * Saturday counts as a working day, but a schedule never gains days it does not list).
 */
export type NoticeSchedule = { kind: 'once'; at: Date } | { kind: 'cron'; cron: string; skipHolidays?: boolean }

/**
 * One run of a schedule: its minute and a stable key, the local 'YYYY-MM-DDTHH:mm' of that minute. In zones with
 * DST the repeated hour yields the same key twice, so it runs once.
 */
export interface Occurrence {
  at: Date
  key: string
}

/** Tuning for {@link dueOccurrence}. */
export interface DueOptions {
  /** A cron run later than this after its minute is skipped, not sent late (default 30 min). */
  graceMs?: number
  /** A one-off later than this after its minute is skipped (default 24 h). */
  onceGraceMs?: number
  /** Runs before this instant's minute are ignored, e.g. the notice's creation or last edit. */
  notBefore?: Date
}

/**
 * The decision for one tick of the notice job:
 * - `due`: send `occurrence` now;
 * - `missed`: the latest run was never sent and is past its grace window; record its key and do not send;
 * - `idle`: nothing to do (not yet time, or already run); `next` is the upcoming run, if any.
 */
export type DueDecision =
  | { kind: 'due'; occurrence: Occurrence }
  | { kind: 'missed'; occurrence: Occurrence; next: Occurrence | null }
  | { kind: 'idle'; next: Occurrence | null }

/** Default grace window for cron runs. */
export const DEFAULT_GRACE_MS = 30 * 60_000
/** Default grace window for one-off notices. */
export const DEFAULT_ONCE_GRACE_MS = 24 * 3_600_000
/** Default cap on how many occurrences {@link occurrencesBetween} returns. */
export const DEFAULT_OCCURRENCE_LIMIT = 1000
/** How many raw cron runs we look through for one on a working day before giving up. */
const MAX_SKIPPED_RUNS = 1000
const MINUTE_MS = 60_000

/** The idempotency / lease key for sending one occurrence of one notice: '<noticeId>@2026-11-23T09:00'. */
export function buildRunKey(noticeId: string, occurrence: Occurrence): string {
  return `${noticeId}@${occurrence.key}`
}

/**
 * Every occurrence with `from ≤ at ≤ to`, earliest first, at most `limit`.
 * @throws AppError invalid_cron (400), invalid_time_zone (400), invalid_schedule (400) for a one-off without a valid date
 */
export function occurrencesBetween(
  schedule: NoticeSchedule,
  from: Date,
  to: Date,
  tz: string = DEFAULT_TIME_ZONE,
  limit: number = DEFAULT_OCCURRENCE_LIMIT,
): Occurrence[] {
  assertTimeZone(tz)
  if (from.getTime() > to.getTime()) return []
  if (schedule.kind === 'once') {
    const occurrence = onceOccurrence(schedule.at, tz)
    const t = occurrence.at.getTime()
    return t >= from.getTime() && t <= to.getTime() ? [occurrence] : []
  }
  const iterator = cronIterator(schedule.cron, tz, new Date(from.getTime() - 1))
  const found: Occurrence[] = []
  while (found.length < limit) {
    const at = iterator.next().toDate()
    if (at.getTime() > to.getTime()) break
    if (!schedule.skipHolidays || isWorkingDate(toLocalDate(at, tz))) found.push(occurrenceAt(at, tz))
  }
  return found
}

/**
 * The first occurrence strictly after `after`, or null when there is none (a past one-off, or no working day
 * among the next 1000 runs of a holiday-skipping cron).
 * @throws AppError invalid_cron (400), invalid_time_zone (400), invalid_schedule (400) for a one-off without a valid date
 */
export function nextOccurrence(schedule: NoticeSchedule, after: Date, tz: string = DEFAULT_TIME_ZONE): Occurrence | null {
  return step(schedule, after, tz, 'next')
}

/**
 * The latest occurrence at or before `at` (its minute has come), or null.
 * @throws AppError invalid_cron (400), invalid_time_zone (400), invalid_schedule (400) for a one-off without a valid date
 */
export function latestOccurrence(schedule: NoticeSchedule, at: Date, tz: string = DEFAULT_TIME_ZONE): Occurrence | null {
  return step(schedule, new Date(at.getTime() + 1), tz, 'prev')
}

/**
 * Which occurrence, if any, is due at `now`. A run is due once its minute has come, its key is later than
 * `lastRunKey` and it is at most the grace window old; if several runs were missed only the latest is
 * considered, so a stalled job never floods a group. A cron run past `graceMs` (30 min) is skipped (stale
 * "today at 09:00" notices help no one); a one-off gets `onceGraceMs` (24 h) because it was composed for
 * a specific announcement that is still worth sending late the same day.
 * @throws AppError invalid_cron (400), invalid_time_zone (400), invalid_schedule (400), invalid_grace (400)
 */
export function dueOccurrence(
  schedule: NoticeSchedule,
  now: Date,
  lastRunKey?: string | null,
  tz: string = DEFAULT_TIME_ZONE,
  options: DueOptions = {},
): DueDecision {
  const graceMs = options.graceMs ?? DEFAULT_GRACE_MS
  const onceGraceMs = options.onceGraceMs ?? DEFAULT_ONCE_GRACE_MS
  for (const [field, value] of [['graceMs', graceMs], ['onceGraceMs', onceGraceMs]] as const) {
    if (!Number.isFinite(value) || value < 0) {
      throw new AppError('invalid_grace', `${field} must be ≥ 0 ms, got ${value}`, { status: 400, field })
    }
  }
  const latest = latestOccurrence(schedule, now, tz)
  const ignoredBefore = options.notBefore ? floorToMinute(options.notBefore).getTime() : -Infinity
  if (!latest || latest.at.getTime() < ignoredBefore || (lastRunKey != null && latest.key <= lastRunKey)) {
    return { kind: 'idle', next: nextOccurrence(schedule, now, tz) }
  }
  const grace = schedule.kind === 'once' ? onceGraceMs : graceMs
  if (now.getTime() - latest.at.getTime() > grace) {
    return { kind: 'missed', occurrence: latest, next: nextOccurrence(schedule, now, tz) }
  }
  return { kind: 'due', occurrence: latest }
}

/**
 * A Chinese description for the console: '每周一、三、五 09:00', '每月8日、18日、28日 09:00，非工作日不发送',
 * '2026年11月23日 09:00（单次）'.
 * @throws AppError invalid_cron (400), invalid_time_zone (400), invalid_date (400)
 */
export function describeSchedule(schedule: NoticeSchedule, tz: string = DEFAULT_TIME_ZONE): string {
  if (schedule.kind === 'once') {
    const p = toLocalParts(schedule.at, tz)
    return `${p.year}年${p.month}月${p.day}日 ${formatTimeOfDay(p)}（单次）`
  }
  const text = describeCron(schedule.cron)
  return schedule.skipHolidays ? `${text}，非工作日不发送` : text
}

function step(schedule: NoticeSchedule, from: Date, tz: string, direction: 'next' | 'prev'): Occurrence | null {
  assertTimeZone(tz)
  if (schedule.kind === 'once') {
    const occurrence = onceOccurrence(schedule.at, tz)
    const t = occurrence.at.getTime()
    const ok = direction === 'next' ? t > from.getTime() : t < from.getTime()
    return ok ? occurrence : null
  }
  const iterator = cronIterator(schedule.cron, tz, from)
  for (let i = 0; i < MAX_SKIPPED_RUNS; i++) {
    const at = (direction === 'next' ? iterator.next() : iterator.prev()).toDate()
    if (!schedule.skipHolidays || isWorkingDate(toLocalDate(at, tz))) return occurrenceAt(at, tz)
  }
  return null
}

/** cron-parser's next() is strictly after and prev() strictly before `currentDate`. */
function cronIterator(cron: string, tz: string, currentDate: Date) {
  return CronExpressionParser.parse(validateCron(cron), { tz, currentDate })
}

function onceOccurrence(at: Date, tz: string): Occurrence {
  if (Number.isNaN(at.getTime())) {
    throw new AppError('invalid_schedule', 'A one-off notice needs a valid `at` date', { status: 400, field: 'at' })
  }
  return occurrenceAt(floorToMinute(at), tz)
}

function occurrenceAt(at: Date, tz: string): Occurrence {
  return { at, key: localMinuteKey(at, tz) }
}

function floorToMinute(date: Date): Date {
  return new Date(Math.floor(date.getTime() / MINUTE_MS) * MINUTE_MS)
}
