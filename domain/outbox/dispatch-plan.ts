import { AppError } from '../../lib/errors'
import { addDaysToDate, compareLocalDates } from '../time/local-date'
import { DEFAULT_TIME_ZONE, startOfDate, toLocalDate } from '../time/zoned-time'
import { classifySendError } from './send-errors'
import {
  assertRandom01,
  type BackoffOptions,
  dailyCapReached,
  DEFAULT_QUIET_HOURS,
  isQuietHours,
  nextSendAt,
  type QuietWindow,
  quietHoursEnd,
  retryDelayMs,
} from './sending-rules'

/** What planning needs to know about a claimed outbox row. */
export interface OutboxRowState {
  /** Send attempts made so far (all failed, or the row would not be pending). */
  attempts: number
  /** Urgent messages (water cut, fire safety) may be sent during quiet hours; pacing and the daily cap still apply. */
  urgent?: boolean
  /** Do not send before this instant (the scheduled time). */
  notBefore?: Date | null
  /** After this instant the message is pointless (a birthday greeting after its day): give up instead. */
  expiresAt?: Date | null
  lastAttemptAt?: Date | null
  /** The error of the last failed attempt. */
  lastError?: unknown
}

/** Risk-control settings for one bot account. */
export interface DispatchPolicy {
  quietHours: QuietWindow
  maxAttempts: number
  backoff: BackoffOptions
  /** Minimum gap between two messages of the bot account, and between two messages to the same group. */
  botPaceMs: number
  roomPaceMs: number
  /** Random extra gap of up to this many ms, on top of either pace. */
  jitterMs: number
  /** Messages per bot account per local day. */
  dailyCap: number
}

/** The send history a decision depends on, and the caller's random draw. */
export interface DispatchContext {
  now: Date
  tz?: string
  /** Random number in [0, 1] for pacing jitter. */
  random01: number
  botLastSentAt: Date | null
  roomLastSentAt: Date | null
  /** Messages this bot account sent on the local day of `now`. */
  sentToday: number
}

/** Why a row waits; the first constraint (in this order) that binds at `now`. */
export type DeferReason = 'not-before' | 'retry-backoff' | 'daily-cap' | 'quiet-hours' | 'pacing'

/** The decision for a claimed row. */
export type DispatchPlan =
  | { kind: 'send' }
  | { kind: 'defer'; until: Date; reason: DeferReason }
  | { kind: 'give-up'; reason: 'permanent-error' | 'max-attempts' | 'expired' }

/** Conservative defaults for a personal WeChat account acting as a bot. */
export const DEFAULT_DISPATCH_POLICY: DispatchPolicy = Object.freeze({
  quietHours: DEFAULT_QUIET_HOURS,
  maxAttempts: 5,
  backoff: { baseMs: 60_000, maxMs: 60 * 60_000 },
  botPaceMs: 3_000,
  roomPaceMs: 60_000,
  jitterMs: 5_000,
  dailyCap: 300,
})

/** Each constraint moves the candidate time forward at most once per pass; a few passes reach the fixed point. */
const MAX_PASSES = 10

/**
 * Decides for a claimed outbox row at `ctx.now`: give up (permanent error of the last attempt, max attempts
 * reached, expired), send now, or defer until the earliest instant every constraint allows: scheduled time,
 * retry backoff, daily cap (resets at local midnight), quiet hours (unless urgent) and pacing per account and
 * per group. A capped non-urgent row therefore resumes at the end of the next morning's quiet hours (08:00).
 * A row that could only be sent after `expiresAt` is given up.
 * @throws AppError invalid_dispatch_policy (500), invalid_random (400), invalid_time_zone (400)
 */
export function planDispatch(row: OutboxRowState, ctx: DispatchContext, policy: DispatchPolicy = DEFAULT_DISPATCH_POLICY): DispatchPlan {
  assertPolicy(policy)
  assertRandom01(ctx.random01)
  const { now } = ctx
  const tz = ctx.tz ?? DEFAULT_TIME_ZONE
  if (row.attempts > 0 && row.lastError != null && classifySendError(row.lastError) === 'permanent') {
    return { kind: 'give-up', reason: 'permanent-error' }
  }
  if (row.attempts >= policy.maxAttempts) return { kind: 'give-up', reason: 'max-attempts' }
  if (row.expiresAt && now.getTime() >= row.expiresAt.getTime()) return { kind: 'give-up', reason: 'expired' }

  const today = toLocalDate(now, tz)
  const constraints: ReadonlyArray<[DeferReason, (t: Date) => Date | null]> = [
    ['not-before', () => row.notBefore ?? null],
    [
      'retry-backoff',
      () =>
        row.attempts > 0 && row.lastAttemptAt
          ? new Date(row.lastAttemptAt.getTime() + retryDelayMs(row.attempts, policy.backoff))
          : null,
    ],
    [
      'daily-cap',
      (t) =>
        compareLocalDates(toLocalDate(t, tz), today) === 0 && dailyCapReached(ctx.sentToday, policy.dailyCap)
          ? startOfDate(addDaysToDate(today, 1), tz)
          : null,
    ],
    ['quiet-hours', (t) => (row.urgent ? null : quietHoursEnd(t, policy.quietHours, tz))],
    [
      'pacing',
      () =>
        latest(
          nextSendAt({ lastSentAt: ctx.botLastSentAt, paceMs: policy.botPaceMs, jitterMs: policy.jitterMs, random01: ctx.random01 }),
          nextSendAt({ lastSentAt: ctx.roomLastSentAt, paceMs: policy.roomPaceMs, jitterMs: policy.jitterMs, random01: ctx.random01 }),
        ),
    ],
  ]

  let until = now
  let reason: DeferReason | null = null
  for (let pass = 0, moved = true; moved && pass < MAX_PASSES; pass++) {
    moved = false
    for (const [name, earliest] of constraints) {
      const bound = earliest(until)
      if (bound && bound.getTime() > until.getTime()) {
        until = bound
        reason ??= name
        moved = true
      }
    }
  }
  if (!reason) return { kind: 'send' }
  if (row.expiresAt && until.getTime() >= row.expiresAt.getTime()) return { kind: 'give-up', reason: 'expired' }
  return { kind: 'defer', until, reason }
}

function latest(a: Date | null, b: Date | null): Date | null {
  if (!a || !b) return a ?? b
  return a.getTime() >= b.getTime() ? a : b
}

function assertPolicy(policy: DispatchPolicy): void {
  const bad = (field: string, value: unknown) =>
    new AppError('invalid_dispatch_policy', `Invalid dispatch policy: ${field} = ${String(value)}`, { status: 500, field })
  if (!Number.isInteger(policy.maxAttempts) || policy.maxAttempts < 1) throw bad('maxAttempts', policy.maxAttempts)
  for (const field of ['botPaceMs', 'roomPaceMs', 'jitterMs', 'dailyCap'] as const) {
    if (!(policy[field] >= 0)) throw bad(field, policy[field])
  }
}
