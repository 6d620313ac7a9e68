// Shapes of the statistics API as the dashboard reads them. The figures' types come from the domain
// (type-only imports, erased from the bundle), so a field renamed on the server breaks the type check here.
import type { CompoundCategoryCell, TrendPoint } from '../../../../domain/stats/breakdown'
import type { NeedCluster } from '../../../../domain/stats/needs'
import type { Ratio, RequestStats } from '../../../../domain/stats/request-stats'

export type { CompoundCategoryCell, NeedCluster, Ratio, RequestStats, TrendPoint }

/** The period the API answered for (ISO instants, [from, to)). */
export interface Period {
  from: string
  to: string
}

/** GET /api/stats?groupBy=… */
export interface StatsResponse extends RequestStats {
  period: Period
  topIssues: { category: string; categoryName: string; keyword: string; count: number }[]
  groups?: { key: string; stats: RequestStats }[]
}

/** GET /api/stats/trend */
export interface TrendResponse {
  period: Period
  tz: string
  days: TrendPoint[]
}

/** GET /api/stats/matrix */
export interface MatrixResponse {
  period: Period
  cells: (CompoundCategoryCell & { categoryName: string })[]
}

/** GET /api/stats/needs */
export interface NeedsResponse {
  period: Period
  items: (NeedCluster & { categoryName: string })[]
}

/** GET /api/compounds (the fields the dashboard uses). */
export interface CompoundItem {
  id: string
  name: string
  grids: { code: string; name: string }[]
}

/** The query every statistics call shares. */
export interface StatsFilter {
  from: string
  to: string
  compoundId?: string
}

/** What the heat grid colours: counts (more is worse) or 办结率 (less is worse). */
export type HeatMetric = 'open' | 'overdueOpen' | 'received' | 'resolutionRate'

/** "66.7%" for a ratio, "—" when there is nothing to divide. */
export function formatRate(r: Ratio | { rate: number | null }): string {
  return r.rate === null ? '—' : `${(r.rate * 100).toFixed(1)}%`
}
