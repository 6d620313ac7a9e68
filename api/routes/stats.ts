import Router from '@koa/router'
import ExcelJS from 'exceljs'
import { assertCompoundAccess, compoundScope } from '../../domain/auth/principal'
import { REQUEST_CATEGORIES, type RequestCategory } from '../../domain/requests/categories'
import { computeCompoundCategoryGrid, computeDailyTrend } from '../../domain/stats/breakdown'
import { clusterNeeds, memoizeTokenize } from '../../domain/stats/needs'
import { computeRequestStats, computeStatsBy, type RequestStats } from '../../domain/stats/request-stats'
import { segment } from '../../domain/understanding'
import { AppError } from '../../lib/errors'
import { listCompounds } from '../../models/compound.repo'
import { findStatsRows } from '../../models/request.repo'
import { addRoute } from '../route'
import type { RouteContext } from './context'
import { statsQuery } from './stats.schema'

/** Statistics for a period and scope, the daily trend, the compound × category grid, the needs list (需求清单) and an .xlsx export. */
export function statsRoutes(c: RouteContext): Router {
  const router = new Router()
  const tokenize = memoizeTokenize(segment)
  const tag = 'statistics'

  async function load(query: { from?: Date; to?: Date; compoundId?: string; gridCode?: string; category?: string }, user: Parameters<typeof compoundScope>[0], opts: { includeResolvedInPeriod?: boolean } = {}) {
    const now = c.now()
    const to = query.to ?? now
    const from = query.from ?? new Date(to.getTime() - 30 * 86_400_000)
    if (from.getTime() >= to.getTime()) throw new AppError('invalid_period', '开始时间须早于结束时间', { status: 400, field: 'from' })
    if (to.getTime() - from.getTime() > 400 * 86_400_000) throw new AppError('invalid_period', '统计区间最长 400 天', { status: 400, field: 'to' })
    if (query.compoundId) assertCompoundAccess(user, query.compoundId)
    const rows = await findStatsRows({ from, to, compoundId: query.compoundId, compoundIds: compoundScope(user), gridCode: query.gridCode, category: query.category, ...opts })
    return { rows, from, to, now }
  }

  addRoute(router, c.registry, { method: 'get', path: '/api/stats', summary: '统计: 受理量、响应率、办结率、按时办结率、平均时长、超期、满意率 (scope: district/compound/grid/category)', tag, schemas: { query: statsQuery } }, async (ctx, { query }, user) => {
    const { rows, from, to, now } = await load(query, user)
    const stats = computeRequestStats(rows, now)
    const needs = clusterNeeds(rows, tokenize, { limit: 5 })
    ctx.body = {
      period: { from, to },
      scope: { compoundId: query.compoundId, gridCode: query.gridCode, category: query.category },
      ...stats,
      topIssues: needs.map((n) => ({ category: n.category, categoryName: REQUEST_CATEGORIES[n.category], keyword: n.keyword, count: n.count })),
      ...(query.groupBy ? { groups: computeStatsBy(rows, now, query.groupBy) } : {}),
    }
  })
  addRoute(router, c.registry, { method: 'get', path: '/api/stats/needs', summary: '需求清单: similar requests clustered across compounds', tag, schemas: { query: statsQuery } }, async (ctx, { query }, user) => {
    const { rows, from, to } = await load(query, user)
    ctx.body = { period: { from, to }, items: clusterNeeds(rows, tokenize, { limit: 100 }).map((n) => ({ ...n, categoryName: REQUEST_CATEGORIES[n.category] })) }
  })
  addRoute(router, c.registry, { method: 'get', path: '/api/stats/trend', summary: '趋势: requests received and resolved per local day of the period', tag, schemas: { query: statsQuery } }, async (ctx, { query }, user) => {
    const { rows, from, to } = await load(query, user, { includeResolvedInPeriod: true })
    ctx.body = { period: { from, to }, tz: c.tz, days: computeDailyTrend(rows, from, to, c.tz) }
  })
  addRoute(router, c.registry, { method: 'get', path: '/api/stats/matrix', summary: '小区 × 分类: received, open, overdue, resolved and 办结率 per compound and category', tag, schemas: { query: statsQuery } }, async (ctx, { query }, user) => {
    const { rows, from, to, now } = await load(query, user)
    ctx.body = { period: { from, to }, cells: computeCompoundCategoryGrid(rows, now).map((cell) => ({ ...cell, categoryName: REQUEST_CATEGORIES[cell.category] })) }
  })
  addRoute(
    router,
    c.registry,
    { method: 'get', path: '/api/stats/export.xlsx', summary: '导出统计 (.xlsx)', tag, schemas: { query: statsQuery }, response: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', description: 'Workbook: 总览, 分组, 需求清单' } },
    async (ctx, { query }, user) => {
      const { rows, from, to, now } = await load(query, user)
      const names = new Map((await listCompounds()).map((co) => [co.id, co.name]))
      const wb = new ExcelJS.Workbook()
      const pct = (r: { rate: number | null }) => (r.rate === null ? '' : `${(r.rate * 100).toFixed(1)}%`)
      const line = (s: RequestStats) => [s.received, s.accepted, pct(s.responseRate), pct(s.resolutionRate), pct(s.onTimeResolutionRate), s.avgHoursToAccept ?? '', s.avgHoursToResolve ?? '', s.overdueOpen, pct(s.satisfactionRate), s.meanRating ?? '']
      const header = ['受理量', '已受理', '响应率', '办结率', '按时办结率', '平均受理时长(小时)', '平均办结时长(小时)', '超期未办结', '满意率', '平均评分']
      const overview = wb.addWorksheet('总览')
      overview.addRow(['统计区间', from.toISOString(), to.toISOString()])
      overview.addRow(header)
      overview.addRow(line(computeRequestStats(rows, now)))
      const groups = wb.addWorksheet('分组')
      const by = query.groupBy ?? 'compound'
      groups.addRow([by === 'category' ? '分类' : by === 'grid' ? '网格' : '小区', ...header])
      for (const g of computeStatsBy(rows, now, by)) {
        const label = by === 'category' ? REQUEST_CATEGORIES[g.key as RequestCategory] : by === 'grid' ? `${names.get(g.key.split(':')[0]) ?? ''} ${g.key.split(':')[1]}` : (names.get(g.key) ?? g.key)
        groups.addRow([label, ...line(g.stats)])
      }
      const needs = wb.addWorksheet('需求清单')
      needs.addRow(['分类', '关键词', '件数', '涉及小区', '工单号', '示例'])
      for (const n of clusterNeeds(rows, tokenize, { limit: 200 })) {
        needs.addRow([REQUEST_CATEGORIES[n.category], n.keyword, n.count, n.compoundIds.map((id) => names.get(id) ?? id).join('、'), n.requestNos.join(','), n.samples.join(' / ')])
      }
      ctx.set('Content-Disposition', 'attachment; filename="linli-stats.xlsx"')
      ctx.type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
      ctx.body = Buffer.from(await wb.xlsx.writeBuffer())
    },
  )
  return router
}
