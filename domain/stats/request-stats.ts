import type { RequestCategory } from '../requests/categories'
import { isOpenStatus, type RequestStatus } from '../requests/lifecycle'

/** The fields of a request the statistics read (a projection, fetched and computed in JS). */
export interface StatsRow {
  no: number
  compoundId: string
  gridCode?: string
  category: RequestCategory
  status: RequestStatus
  urgent: boolean
  summary: string
  createdAt: Date
  deadline: Date
  responseDeadline?: Date
  acceptedAt?: Date
  resolvedAt?: Date
  rating?: { score: number }
}

/** A share: `rate` = numerator / denominator rounded to 4 decimals, null when nothing to divide. */
export interface Ratio {
  numerator: number
  denominator: number
  rate: number | null
}

/** The figures of one scope and period. */
export interface RequestStats {
  /** Requests received in the period (merged duplicates not counted). */
  received: number
  accepted: number
  /** 响应率: accepted by the response deadline, over received. */
  responseRate: Ratio
  /** 办结率: resolved or closed, over received minus rejected. */
  resolutionRate: Ratio
  /** 按时办结率: resolved by the deadline, over resolved. */
  onTimeResolutionRate: Ratio
  /** Mean hours from report to acceptance (accepted ones), to one decimal. */
  avgHoursToAccept: number | null
  /** Mean hours from report to resolution (resolved ones), to one decimal. */
  avgHoursToResolve: number | null
  /** Still open and past the deadline at `now`. */
  overdueOpen: number
  /** Resolved after the deadline. */
  resolvedLate: number
  rejected: number
  rated: number
  /** 满意率: ratings ≥ 4 over ratings. */
  satisfactionRate: Ratio
  /** Mean rating (1–5) to two decimals. */
  meanRating: number | null
  byCategory: { category: RequestCategory; count: number }[]
}

/** numerator / denominator as a {@link Ratio}. */
export function ratio(numerator: number, denominator: number): Ratio {
  return { numerator, denominator, rate: denominator === 0 ? null : Math.round((numerator / denominator) * 10000) / 10000 }
}

const HOUR = 3_600_000
const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits
const mean = (xs: number[], digits: number) => (xs.length ? round(xs.reduce((a, b) => a + b, 0) / xs.length, digits) : null)

/** Computes the statistics of a set of requests at `now`. Merged requests are duplicates and are skipped. */
export function computeRequestStats(all: readonly StatsRow[], now: Date): RequestStats {
  const rows = all.filter((r) => r.status !== 'merged')
  const accepted = rows.filter((r) => r.acceptedAt)
  const acceptedInTime = accepted.filter((r) => r.responseDeadline && r.acceptedAt!.getTime() <= r.responseDeadline.getTime())
  const rejected = rows.filter((r) => r.status === 'rejected')
  const resolved = rows.filter((r) => (r.status === 'resolved' || r.status === 'closed') && r.resolvedAt)
  const onTime = resolved.filter((r) => r.resolvedAt!.getTime() <= r.deadline.getTime())
  const rated = rows.filter((r) => r.rating?.score)
  const satisfied = rated.filter((r) => r.rating!.score >= 4)
  const counts = new Map<RequestCategory, number>()
  for (const r of rows) counts.set(r.category, (counts.get(r.category) ?? 0) + 1)
  return {
    received: rows.length,
    accepted: accepted.length,
    responseRate: ratio(acceptedInTime.length, rows.length),
    resolutionRate: ratio(resolved.length, rows.length - rejected.length),
    onTimeResolutionRate: ratio(onTime.length, resolved.length),
    avgHoursToAccept: mean(accepted.map((r) => (r.acceptedAt!.getTime() - r.createdAt.getTime()) / HOUR), 1),
    avgHoursToResolve: mean(resolved.map((r) => (r.resolvedAt!.getTime() - r.createdAt.getTime()) / HOUR), 1),
    overdueOpen: rows.filter((r) => isOpenStatus(r.status) && now.getTime() > r.deadline.getTime()).length,
    resolvedLate: resolved.length - onTime.length,
    rejected: rejected.length,
    rated: rated.length,
    satisfactionRate: ratio(satisfied.length, rated.length),
    meanRating: mean(rated.map((r) => r.rating!.score), 2),
    byCategory: [...counts].map(([category, count]) => ({ category, count })).sort((a, b) => b.count - a.count || a.category.localeCompare(b.category)),
  }
}

/** Statistics per group (compound, grid or category), keyed and sorted by key. */
export function computeStatsBy(rows: readonly StatsRow[], now: Date, by: 'compound' | 'grid' | 'category'): { key: string; stats: RequestStats }[] {
  const groups = new Map<string, StatsRow[]>()
  for (const r of rows) {
    const key = by === 'compound' ? r.compoundId : by === 'grid' ? `${r.compoundId}:${r.gridCode ?? '-'}` : r.category
    const group = groups.get(key)
    if (group) group.push(r)
    else groups.set(key, [r])
  }
  return [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([key, list]) => ({ key, stats: computeRequestStats(list, now) }))
}
