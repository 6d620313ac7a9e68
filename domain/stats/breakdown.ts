import type { RequestCategory } from '../requests/categories'
import { isOpenStatus } from '../requests/lifecycle'
import { addDaysToDate, compareLocalDates, formatDateKey, localDateKey, toLocalDate } from '../time'
import { ratio, type Ratio, type StatsRow } from './request-stats'

/** One local day of the trend: requests received that day and requests resolved that day. */
export interface TrendPoint {
  /** Local date 'YYYY-MM-DD'. */
  date: string
  received: number
  resolved: number
}

/** The most days a trend covers (the statistics' longest period is 400 days). */
export const MAX_TREND_DAYS = 401

const isResolved = (r: StatsRow) => (r.status === 'resolved' || r.status === 'closed') && Boolean(r.resolvedAt)
const within = (d: Date, from: Date, to: Date) => d.getTime() >= from.getTime() && d.getTime() < to.getTime()

/**
 * Requests received and resolved per local day of [from, to) in `tz`, every day present (zeros
 * included). A request counts as received on the day it was created and as resolved on the day of
 * its resolution, so `rows` should hold the requests created or resolved in the period; merged
 * duplicates are skipped and a reopened request is not resolved.
 * @throws AppError invalid_time_zone (400)
 */
export function computeDailyTrend(rows: readonly StatsRow[], from: Date, to: Date, tz: string): TrendPoint[] {
  const points = new Map<string, TrendPoint>()
  const last = toLocalDate(new Date(to.getTime() - 1), tz)
  for (let d = toLocalDate(from, tz), n = 0; compareLocalDates(d, last) <= 0 && n < MAX_TREND_DAYS; d = addDaysToDate(d, 1), n++) {
    const date = formatDateKey(d)
    points.set(date, { date, received: 0, resolved: 0 })
  }
  for (const r of rows) {
    if (r.status === 'merged') continue
    if (within(r.createdAt, from, to)) {
      const p = points.get(localDateKey(r.createdAt, tz))
      if (p) p.received++
    }
    if (isResolved(r) && within(r.resolvedAt!, from, to)) {
      const p = points.get(localDateKey(r.resolvedAt!, tz))
      if (p) p.resolved++
    }
  }
  return [...points.values()]
}

/** The figures of one compound × category cell. */
export interface CompoundCategoryCell {
  compoundId: string
  category: RequestCategory
  received: number
  /** Still open (new, accepted, in progress, reopened) at `now`. */
  open: number
  /** Open and past the deadline at `now`. */
  overdueOpen: number
  resolved: number
  /** 办结率: resolved or closed over received minus rejected. */
  resolutionRate: Ratio
}

/**
 * Requests per compound × category (only cells with requests), sorted by compound then category:
 * received, open, overdue, resolved and 办结率, so weak areas of a district stand out. Merged duplicates are skipped.
 */
export function computeCompoundCategoryGrid(all: readonly StatsRow[], now: Date): CompoundCategoryCell[] {
  const cells = new Map<string, { compoundId: string; category: RequestCategory; rows: StatsRow[] }>()
  for (const r of all) {
    if (r.status === 'merged') continue
    const key = `${r.compoundId}\u0000${r.category}`
    const cell = cells.get(key) ?? { compoundId: r.compoundId, category: r.category, rows: [] }
    cell.rows.push(r)
    cells.set(key, cell)
  }
  return [...cells.values()]
    .sort((a, b) => a.compoundId.localeCompare(b.compoundId) || a.category.localeCompare(b.category))
    .map(({ compoundId, category, rows }) => {
      const open = rows.filter((r) => isOpenStatus(r.status))
      const resolved = rows.filter(isResolved).length
      const rejected = rows.filter((r) => r.status === 'rejected').length
      return {
        compoundId,
        category,
        received: rows.length,
        open: open.length,
        overdueOpen: open.filter((r) => now.getTime() > r.deadline.getTime()).length,
        resolved,
        resolutionRate: ratio(resolved, rows.length - rejected),
      }
    })
}
