import type { StatsRow } from '../stats/request-stats'
import { isOpenStatus, type RequestStatus } from './lifecycle'
import { emptyCounts, type RequestCountQuery, type RequestCounts, type RequestListQuery } from './request.service'

/**
 * What the request list, its per-status counts and the statistics read of one request: a compact copy kept in
 * memory for every request (models/request-index.ts), so those answers need no query that reads the whole
 * collection (the embedded database has no index but `_id`). Times are epoch milliseconds.
 */
export interface RequestIndexEntry extends Pick<StatsRow, 'no' | 'compoundId' | 'gridCode' | 'category' | 'status' | 'urgent' | 'summary'> {
  id: string
  kind: 'request' | 'consultation'
  /** Kept out of groups and out of the public (Open311) view. */
  private: boolean
  /** WeChat contact ids of the reporters. */
  reporterIds: string[]
  ownerId?: string
  /** Lower-cased summary and original messages (separated by NUL), for the list's text search. */
  searchText: string
  createdAt: number
  deadline: number
  responseDeadline?: number
  acceptedAt?: number
  resolvedAt?: number
  ratingScore?: number
  /** When the rating was given. */
  ratedAt?: number
  /** When the reporters were asked to rate, and asked again. */
  ratingAskedAt?: number
  ratingReaskedAt?: number
}

/** Filters of the list and the counts (the list's without sort and paging). */
export type RequestIndexFilter = Omit<RequestListQuery, 'page' | 'pageSize' | 'sort'>

/** The text a list search looks in: summary and original messages, lower-cased. */
export function searchTextOf(summary: string, messages: readonly string[]): string {
  return [summary, ...messages].join('\u0000').toLowerCase()
}

/**
 * A predicate for the entries matching `q`, with the same meaning as the list's database filter
 * (models/request.repo.ts `requestListFilter`): every given filter must hold; `text` is a case-insensitive
 * substring of the summary or an original message; `overdue` means open and past the deadline at `q.now`.
 */
export function requestFilter(q: RequestIndexFilter): (e: RequestIndexEntry) => boolean {
  const statuses = q.status?.length ? new Set<string>(q.status) : undefined
  const categories = q.category?.length ? new Set<string>(q.category) : undefined
  const scope = q.compoundIds ? new Set(q.compoundIds) : undefined
  const from = q.from?.getTime()
  const to = q.to?.getTime()
  const now = q.now.getTime()
  const text = q.text?.toLowerCase()
  return (e) =>
    (!statuses || statuses.has(e.status)) &&
    (!categories || categories.has(e.category)) &&
    (!scope || scope.has(e.compoundId)) &&
    (!q.compoundId || e.compoundId === q.compoundId) &&
    (!q.gridCode || e.gridCode === q.gridCode) &&
    (!q.ownerId || e.ownerId === q.ownerId) &&
    (q.urgent === undefined || e.urgent === q.urgent) &&
    (q.overdue === undefined || q.overdue === (isOpenStatus(e.status) && e.deadline < now)) &&
    (from === undefined || e.createdAt >= from) &&
    (to === undefined || e.createdAt < to) &&
    (!text || e.searchText.includes(text))
}

type SortKey = NonNullable<RequestListQuery['sort']>

/** The list's orders: by creation time, deadline or number, ties broken by number. */
export function compareBy(sort: SortKey): (a: RequestIndexEntry, b: RequestIndexEntry) => number {
  const dir = sort.startsWith('-') ? -1 : 1
  const field = sort.replace(/^-/, '') as 'createdAt' | 'deadline' | 'no'
  return (a, b) => dir * (a[field] - b[field] || a.no - b.no)
}

/** One page of the entries matching `q` in the order of `q.sort` (newest first by default) and how many match. */
export function pageOfEntries(sorted: readonly RequestIndexEntry[], q: RequestIndexFilter & { page: number; pageSize: number }): { items: RequestIndexEntry[]; total: number } {
  const matches = requestFilter(q)
  const first = (q.page - 1) * q.pageSize
  const items: RequestIndexEntry[] = []
  let total = 0
  for (const e of sorted) {
    if (!matches(e)) continue
    if (total >= first && items.length < q.pageSize) items.push(e)
    total++
  }
  return { items, total }
}

/** Per-status counts of the entries matching `q` (its status ignored), and how many of them are overdue. */
export function countEntries(entries: Iterable<RequestIndexEntry>, q: RequestCountQuery): RequestCounts {
  const matches = requestFilter({ ...q, status: undefined })
  const now = q.now.getTime()
  const counts = emptyCounts()
  for (const e of entries) {
    if (!matches(e)) continue
    counts.byStatus[e.status]++
    counts.total++
    if (isOpenStatus(e.status) && e.deadline < now) counts.overdue++
  }
  return counts
}

/** Scope and period of the statistics. */
export interface StatsQuery {
  from: Date
  to: Date
  compoundId?: string
  compoundIds?: string[]
  gridCode?: string
  category?: string
  /** Also the requests resolved in [from, to) that were created before it (for a trend of resolutions). */
  includeResolvedInPeriod?: boolean
}

/** The statistics' rows: requests created in [from, to) (or resolved in it, with `includeResolvedInPeriod`) in scope. */
export function statsRowsOf(entries: Iterable<RequestIndexEntry>, q: StatsQuery): StatsRow[] {
  const from = q.from.getTime()
  const to = q.to.getTime()
  const scope = q.compoundIds ? new Set(q.compoundIds) : undefined
  const inPeriod = (t: number | undefined) => t !== undefined && t >= from && t < to
  const rows: StatsRow[] = []
  for (const e of entries) {
    if (!(inPeriod(e.createdAt) || (q.includeResolvedInPeriod && inPeriod(e.resolvedAt)))) continue
    if ((q.compoundId && e.compoundId !== q.compoundId) || (scope && !scope.has(e.compoundId))) continue
    if ((q.gridCode && e.gridCode !== q.gridCode) || (q.category && e.category !== q.category)) continue
    rows.push({
      no: e.no,
      compoundId: e.compoundId,
      ...(e.gridCode ? { gridCode: e.gridCode } : {}),
      category: e.category,
      status: e.status,
      urgent: e.urgent,
      summary: e.summary,
      createdAt: new Date(e.createdAt),
      deadline: new Date(e.deadline),
      ...(e.responseDeadline !== undefined ? { responseDeadline: new Date(e.responseDeadline) } : {}),
      ...(e.acceptedAt !== undefined ? { acceptedAt: new Date(e.acceptedAt) } : {}),
      ...(e.resolvedAt !== undefined ? { resolvedAt: new Date(e.resolvedAt) } : {}),
      ...(e.ratingScore ? { rating: { score: e.ratingScore } } : {}),
    })
  }
  return rows
}

/** A compound's figures of one week, as the weekly report gives them. */
export interface WeekCounts {
  /** Requests (not consultations, not merged duplicates) made in [from, to). */
  received: number
  /** Resolved in [from, to). */
  resolved: number
  /** Open and past the deadline at `now`. */
  overdue: number
  /** Rated in [from, to), and of those rated 4 or 5. */
  rated: number
  satisfied: number
}

/** The weekly report's figures of one compound. */
export function weekCountsOf(entries: Iterable<RequestIndexEntry>, compoundId: string, from: Date, to: Date, now: Date): WeekCounts {
  const [f, t, n] = [from.getTime(), to.getTime(), now.getTime()]
  const within = (x: number | undefined) => x !== undefined && x >= f && x < t
  const counts: WeekCounts = { received: 0, resolved: 0, overdue: 0, rated: 0, satisfied: 0 }
  for (const e of entries) {
    if (e.compoundId !== compoundId) continue
    if (e.kind === 'request' && e.status !== 'merged' && within(e.createdAt)) counts.received++
    if (within(e.resolvedAt)) counts.resolved++
    if (isOpenStatus(e.status) && e.deadline < n) counts.overdue++
    if (within(e.ratedAt) && (e.ratingScore ?? 0) >= 1) {
      counts.rated++
      if ((e.ratingScore ?? 0) >= 4) counts.satisfied++
    }
  }
  return counts
}

/**
 * Resolved requests whose reporters have not rated them and were asked before `askedBefore` (or, never asked,
 * resolved before it) and not asked again: the ones the time-limit job asks once more. At most `limit`.
 */
export function unratedEntries(entries: Iterable<RequestIndexEntry>, askedBefore: Date, limit: number): RequestIndexEntry[] {
  const before = askedBefore.getTime()
  const out: RequestIndexEntry[] = []
  for (const e of entries) {
    if (out.length >= limit) break
    if (e.status !== 'resolved' || e.ratingScore || e.ratingReaskedAt !== undefined) continue
    const asked = e.ratingAskedAt ?? e.resolvedAt
    if (asked !== undefined && asked <= before) out.push(e)
  }
  return out
}

/** Filters of the public (Open311) view. */
export interface PublicQuery {
  no?: number
  from?: Date
  to?: Date
  status?: readonly string[]
  category?: string
  limit: number
}

/** The requests the public view shows for `q` (never private ones or consultations), in the order given, at most `limit`. */
export function publicEntries(ordered: Iterable<RequestIndexEntry>, q: PublicQuery): RequestIndexEntry[] {
  const [from, to] = [q.from?.getTime(), q.to?.getTime()]
  const out: RequestIndexEntry[] = []
  for (const e of ordered) {
    if (out.length >= q.limit) break
    if (e.private || e.kind === 'consultation') continue
    if ((q.no !== undefined && e.no !== q.no) || (q.status && !q.status.includes(e.status)) || (q.category && e.category !== q.category)) continue
    if ((from !== undefined && e.createdAt < from) || (to !== undefined && e.createdAt >= to)) continue
    out.push(e)
  }
  return out
}

/** Requests `contactId` reported, in the order given, in `statuses` (any when undefined), at most `limit`. */
export function reporterEntries(ordered: Iterable<RequestIndexEntry>, contactId: string, statuses: readonly string[] | undefined, limit: number): RequestIndexEntry[] {
  const out: RequestIndexEntry[] = []
  for (const e of ordered) {
    if (out.length >= limit) break
    if (e.reporterIds.includes(contactId) && (!statuses || statuses.includes(e.status))) out.push(e)
  }
  return out
}
