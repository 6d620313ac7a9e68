import { AppError } from '../../lib/errors'
import { CATEGORY_KEYS, isRequestCategory, type RequestCategory } from '../requests/categories'
import { isOpenStatus, type RequestStatus } from '../requests/lifecycle'
import { minutesOfDay, parseTimeOfDay } from '../time/local-date'
import { DEFAULT_TIME_ZONE, toLocalParts } from '../time/zoned-time'
import { endOfDate, endOfNthWorkingDay, isWorkingDate, nthWorkingDateAfter } from './holiday-calendar'

/**
 * How long a category may take to resolve (办结时限):
 * - `hours`: calendar hours from the report, nights and holidays included;
 * - `same-day`: by the end (24:00) of the report day when reported on a working day before `cutoff` ('HH:mm'),
 *   otherwise by the end of the next working day (a Friday-evening or holiday report waits for the next working day);
 * - `working-days`: by the end of the `days`-th working day after the report day (the report day is not counted,
 *   as in 民法典 §201), using the official holiday calendar with its 调休 make-up days.
 */
export type TimeLimitRule =
  | { kind: 'hours'; hours: number }
  | { kind: 'same-day'; cutoff: string }
  | { kind: 'working-days'; days: number }

/** The configurable 时限 table: urgent override, per-category resolution limits and the response (受理) limit. */
export interface TimeLimitPolicy {
  /** Urgent requests (emergencies, safety) must be resolved within these calendar hours, whatever the day. */
  urgent: { hours: number }
  limits: Readonly<Record<RequestCategory, TimeLimitRule>>
  /** 响应时限: urgent requests are accepted within `urgentHours` calendar hours, others within `workingDays`. */
  response: { urgentHours: number; workingDays: number }
}

const SAME_DAY: TimeLimitRule = { kind: 'same-day', cutoff: '17:00' }

/** Default resolution limits for the 13 request categories. */
export const DEFAULT_TIME_LIMITS: Readonly<Record<RequestCategory, TimeLimitRule>> = Object.freeze({
  lighting: SAME_DAY,
  sanitation: SAME_DAY,
  noise: SAME_DAY,
  water: { kind: 'working-days', days: 3 },
  elevator: { kind: 'working-days', days: 3 },
  safety: { kind: 'working-days', days: 3 },
  'elderly-care': { kind: 'working-days', days: 3 },
  facilities: { kind: 'working-days', days: 5 },
  parking: { kind: 'working-days', days: 5 },
  'ev-charging': { kind: 'working-days', days: 5 },
  property: { kind: 'working-days', days: 5 },
  dispute: { kind: 'working-days', days: 5 },
  other: { kind: 'working-days', days: 5 },
})

/** Default policy: urgent resolved within 2 calendar hours; accepted within 1 hour if urgent, else 1 working day. */
export const DEFAULT_TIME_LIMIT_POLICY: TimeLimitPolicy = Object.freeze({
  urgent: { hours: 2 },
  limits: DEFAULT_TIME_LIMITS,
  response: { urgentHours: 1, workingDays: 1 },
})

/** What {@link computeDeadline} needs to know about a request. */
export interface DeadlineInput {
  category: RequestCategory
  urgent: boolean
  createdAt: Date
  policy?: TimeLimitPolicy
  tz?: string
}

const HOUR_MS = 3_600_000

/**
 * Checks a (configured) policy and returns it.
 * @throws AppError invalid_time_limit_policy (500) naming the offending entry in `field`
 */
export function validateTimeLimitPolicy(policy: TimeLimitPolicy): TimeLimitPolicy {
  assertPositiveHours(policy.urgent?.hours, 'urgent.hours')
  assertPositiveHours(policy.response?.urgentHours, 'response.urgentHours')
  assertWorkingDays(policy.response?.workingDays, 'response.workingDays')
  for (const category of CATEGORY_KEYS) {
    const rule: TimeLimitRule | undefined = policy.limits?.[category]
    const field = `limits.${category}`
    if (rule?.kind === 'hours') assertPositiveHours(rule.hours, `${field}.hours`)
    else if (rule?.kind === 'working-days') assertWorkingDays(rule.days, `${field}.days`)
    else if (rule?.kind === 'same-day') {
      try {
        parseTimeOfDay(rule.cutoff, `${field}.cutoff`)
      } catch (err) {
        throw policyError(`${field}.cutoff`, `cutoff must be HH:mm, got '${rule.cutoff}'`, err)
      }
    } else throw policyError(field, `missing or unknown rule for category '${category}'`)
  }
  return policy
}

/**
 * The resolution deadline (办结时限) of a request: urgent ones in calendar hours, others by their category's rule.
 * @throws AppError unknown_request_category (400), invalid_time_limit_policy (500), invalid_time_zone (400)
 */
export function computeDeadline(input: DeadlineInput): Date {
  const { category, urgent, createdAt } = input
  const policy = validateTimeLimitPolicy(input.policy ?? DEFAULT_TIME_LIMIT_POLICY)
  const tz = input.tz ?? DEFAULT_TIME_ZONE
  if (!isRequestCategory(category)) {
    throw new AppError('unknown_request_category', `Unknown request category '${String(category)}'`, {
      status: 400,
      field: 'category',
    })
  }
  if (urgent) return addHours(createdAt, policy.urgent.hours)
  const rule = policy.limits[category]
  switch (rule.kind) {
    case 'hours':
      return addHours(createdAt, rule.hours)
    case 'working-days':
      return endOfNthWorkingDay(createdAt, rule.days, tz)
    case 'same-day': {
      const local = toLocalParts(createdAt, tz)
      const beforeCutoff = minutesOfDay(local) < minutesOfDay(parseTimeOfDay(rule.cutoff))
      return beforeCutoff && isWorkingDate(local) ? endOfDate(local, tz) : endOfDate(nthWorkingDateAfter(local, 1), tz)
    }
  }
}

/**
 * The response deadline (响应时限, by when a worker must accept): `response.urgentHours` calendar hours for urgent
 * requests, else the end of the `response.workingDays`-th working day after the report day.
 * @throws AppError invalid_time_limit_policy (500), invalid_time_zone (400)
 */
export function responseDeadline(
  createdAt: Date,
  urgent: boolean,
  policy: TimeLimitPolicy = DEFAULT_TIME_LIMIT_POLICY,
  tz: string = DEFAULT_TIME_ZONE,
): Date {
  validateTimeLimitPolicy(policy)
  return urgent ? addHours(createdAt, policy.response.urgentHours) : endOfNthWorkingDay(createdAt, policy.response.workingDays, tz)
}

/** True when a still-open request is past its resolution deadline at `now` (closed, rejected and merged ones never are). */
export function isOverdue(request: { status: RequestStatus; dueAt: Date }, now: Date): boolean {
  return isOpenStatus(request.status) && now.getTime() > request.dueAt.getTime()
}

/** True when a request still waiting to be accepted (new or reopened) is past its response deadline at `now`. */
export function isResponseOverdue(request: { status: RequestStatus; respondBy: Date }, now: Date): boolean {
  const awaitingAcceptance = request.status === 'new' || request.status === 'reopened'
  return awaitingAcceptance && now.getTime() > request.respondBy.getTime()
}

function addHours(from: Date, hours: number): Date {
  return new Date(from.getTime() + Math.round(hours * HOUR_MS))
}

function assertPositiveHours(hours: unknown, field: string): void {
  if (typeof hours !== 'number' || !Number.isFinite(hours) || hours <= 0) {
    throw policyError(field, `expected hours > 0, got ${String(hours)}`)
  }
}

function assertWorkingDays(days: unknown, field: string): void {
  if (typeof days !== 'number' || !Number.isInteger(days) || days < 1) {
    throw policyError(field, `expected a whole number of working days ≥ 1, got ${String(days)}`)
  }
}

function policyError(field: string, message: string, cause?: unknown): AppError {
  return new AppError('invalid_time_limit_policy', `Invalid time-limit policy: ${message}`, { status: 500, field, cause })
}
