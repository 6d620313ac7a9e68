import { AppError } from '../../lib/errors'
import { addDaysToDate, minutesOfDay, parseTimeOfDay } from '../time/local-date'
import { DEFAULT_TIME_ZONE, fromLocal, toLocalParts } from '../time/zoned-time'

/** A daily window of local times ('HH:mm') in which nothing non-urgent is sent; it may wrap midnight. */
export interface QuietWindow {
  start: string
  end: string
}

/** Minimum gap after the last message, plus a random extra of up to `jitterMs` so sends do not look scripted. */
export interface PacingInput {
  lastSentAt: Date | null
  paceMs: number
  jitterMs: number
  /** A random number in [0, 1], drawn by the caller (the domain does not draw its own). */
  random01: number
}

/** Exponential backoff: `baseMs` after the first failure, doubling, never more than `maxMs`. */
export interface BackoffOptions {
  baseMs: number
  maxMs: number
}

/** 21:30–08:00: no group broadcasts at night. */
export const DEFAULT_QUIET_HOURS: QuietWindow = Object.freeze({ start: '21:30', end: '08:00' })

/**
 * True when the local time of `now` is inside the window: start inclusive, end exclusive; a window with
 * start after end wraps midnight (21:30–08:00), and start = end means no quiet hours.
 * @throws AppError invalid_time_of_day (400), invalid_time_zone (400)
 */
export function isQuietHours(now: Date, window: QuietWindow = DEFAULT_QUIET_HOURS, tz: string = DEFAULT_TIME_ZONE): boolean {
  const { start, end } = windowMinutes(window)
  const minute = minutesOfDay(toLocalParts(now, tz))
  if (start === end) return false
  return start < end ? minute >= start && minute < end : minute >= start || minute < end
}

/**
 * When the quiet hours containing `now` end (today's or tomorrow's `end`); `now` itself when not in quiet hours.
 * @throws AppError invalid_time_of_day (400), invalid_time_zone (400)
 */
export function quietHoursEnd(now: Date, window: QuietWindow = DEFAULT_QUIET_HOURS, tz: string = DEFAULT_TIME_ZONE): Date {
  if (!isQuietHours(now, window, tz)) return now
  const { start, end } = windowMinutes(window)
  const local = toLocalParts(now, tz)
  const endsTomorrow = start > end && minutesOfDay(local) >= start
  const date = endsTomorrow ? addDaysToDate(local, 1) : local
  return fromLocal({ ...date, hour: Math.floor(end / 60), minute: end % 60 }, tz)
}

/**
 * The earliest instant the next message may go out after `lastSentAt` (per bot account or per group);
 * null when nothing was sent yet.
 * @throws AppError invalid_pacing (400)
 */
export function nextSendAt(input: PacingInput): Date | null {
  const { lastSentAt, paceMs, jitterMs, random01 } = input
  assertNonNegative(paceMs, 'paceMs', 'invalid_pacing')
  assertNonNegative(jitterMs, 'jitterMs', 'invalid_pacing')
  assertRandom01(random01)
  if (!lastSentAt) return null
  return new Date(lastSentAt.getTime() + paceMs + Math.floor(jitterMs * random01))
}

/**
 * True when `sentToday` messages already use up the daily cap.
 * @throws AppError invalid_daily_cap (400)
 */
export function dailyCapReached(sentToday: number, cap: number): boolean {
  assertNonNegative(cap, 'cap', 'invalid_daily_cap')
  return sentToday >= cap
}

/**
 * Delay before retry number `attempt` (1 = after the first failure): baseMs · 2^(attempt−1), capped at maxMs.
 * @throws AppError invalid_backoff (400)
 */
export function retryDelayMs(attempt: number, options: BackoffOptions): number {
  const { baseMs, maxMs } = options
  if (!Number.isInteger(attempt) || attempt < 1) {
    throw new AppError('invalid_backoff', `attempt must be a whole number ≥ 1, got ${attempt}`, { status: 400, field: 'attempt' })
  }
  if (!(baseMs > 0) || !(maxMs >= baseMs) || !Number.isFinite(maxMs)) {
    throw new AppError('invalid_backoff', `Need 0 < baseMs ≤ maxMs < ∞, got baseMs=${baseMs}, maxMs=${maxMs}`, {
      status: 400,
      field: 'baseMs',
    })
  }
  // 2 ** 1100 is Infinity, which Math.min caps like any other large delay.
  return Math.min(maxMs, baseMs * 2 ** (attempt - 1))
}

/**
 * Throws unless `value` is a random number in [0, 1].
 * @throws AppError invalid_random (400)
 */
export function assertRandom01(value: number): void {
  if (!(value >= 0 && value <= 1)) {
    throw new AppError('invalid_random', `random01 must be in [0, 1], got ${value}`, { status: 400, field: 'random01' })
  }
}

function windowMinutes(window: QuietWindow): { start: number; end: number } {
  return {
    start: minutesOfDay(parseTimeOfDay(window.start, 'quietHours.start')),
    end: minutesOfDay(parseTimeOfDay(window.end, 'quietHours.end')),
  }
}

function assertNonNegative(value: number, field: string, code: string): void {
  if (!(value >= 0)) throw new AppError(code, `${field} must be ≥ 0, got ${value}`, { status: 400, field })
}
