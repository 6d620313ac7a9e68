// Pure builders of the dashboard's ECharts options from the statistics API's answers.
import type { ChartOption } from './echarts'
import type { CompoundCategoryCell, HeatMetric, RequestStats, TrendPoint } from './types'

const BLUE = '#409eff'
const GREEN = '#67c23a'
const ORANGE = '#e6a23c'
const RED = '#c6262e'
const MUTED = '#909399'

/** A centred "暂无数据" in place of an empty chart. */
function emptyTitle(empty: boolean): ChartOption['title'] {
  return empty ? { text: '暂无数据', left: 'center', top: 'middle', textStyle: { color: MUTED, fontSize: 14, fontWeight: 'normal' } } : undefined
}

const percent = (rate: number | null) => (rate === null ? '-' : Math.round(rate * 1000) / 10)

/** Requests received and resolved per day: grouped bars up to two months, lines beyond (too many bars to read). */
export function buildTrendOption(days: readonly TrendPoint[]): ChartOption {
  const empty = days.every((d) => d.received === 0 && d.resolved === 0)
  const bars = days.length <= 62
  const series = (name: string, data: number[]) =>
    bars ? { name, type: 'bar' as const, barMaxWidth: 10, barGap: '10%', data } : { name, type: 'line' as const, showSymbol: false, areaStyle: { opacity: 0.12 }, data }
  return {
    aria: { enabled: true, label: { description: `诉求趋势：共 ${days.length} 天，受理 ${days.reduce((n, d) => n + d.received, 0)} 件，办结 ${days.reduce((n, d) => n + d.resolved, 0)} 件。` } },
    title: emptyTitle(empty),
    color: [BLUE, GREEN],
    tooltip: { trigger: 'axis' },
    legend: { top: 0, data: ['受理', '办结'] },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', boundaryGap: bars, data: days.map((d) => d.date.slice(5)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [series('受理', days.map((d) => d.received)), series('办结', days.map((d) => d.resolved))],
  }
}

/** Horizontal bars: requests per category, the largest on top. */
export function buildCategoryOption(byCategory: readonly { name: string; count: number }[]): ChartOption {
  const rows = [...byCategory].reverse()
  return {
    aria: { enabled: true, label: { description: `诉求分类：${byCategory.map((c) => `${c.name} ${c.count} 件`).join('，') || '暂无数据'}。` } },
    title: emptyTitle(rows.length === 0),
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 32, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: rows.map((c) => c.name), axisTick: { show: false } },
    series: [{ name: '诉求数', type: 'bar', barMaxWidth: 22, itemStyle: { color: BLUE, borderRadius: [0, 4, 4, 0] }, label: { show: true, position: 'right' }, data: rows.map((c) => c.count) }],
  }
}

const HEAT_LABEL: Record<HeatMetric, string> = { open: '未办结', overdueOpen: '超期未办结', received: '受理量', resolutionRate: '办结率' }

/**
 * Heat grid: compounds (rows) × categories (columns). Counts go from white to red (more is worse);
 * 办结率 goes from red (low) to green, and a cell with nothing to divide stays blank.
 */
export function buildHeatmapOption(compounds: readonly { id: string; name: string }[], categories: readonly { key: string; name: string }[], cells: readonly CompoundCategoryCell[], metric: HeatMetric, opts: { narrow?: boolean } = {}): ChartOption {
  const rate = metric === 'resolutionRate'
  const xi = new Map(categories.map((c, i) => [c.key, i]))
  const yi = new Map(compounds.map((c, i) => [c.id, i]))
  const data: [number, number, number][] = []
  for (const cell of cells) {
    const x = xi.get(cell.category)
    const y = yi.get(cell.compoundId)
    if (x === undefined || y === undefined) continue
    if (rate) {
      if (cell.resolutionRate.rate !== null) data.push([x, y, percent(cell.resolutionRate.rate) as number])
    } else data.push([x, y, cell[metric]])
  }
  const max = rate ? 100 : Math.max(1, ...data.map((d) => d[2]))
  const label = HEAT_LABEL[metric]
  return {
    aria: { enabled: true, label: { description: `小区与分类${label}热力图：${compounds.length} 个小区，${categories.length} 个分类。` } },
    title: emptyTitle(categories.length === 0 || compounds.length === 0),
    tooltip: {
      position: 'top',
      formatter: (p: unknown) => {
        const v = (p as { value: [number, number, number] }).value
        return `${compounds[v[1]]?.name ?? ''} · ${categories[v[0]]?.name ?? ''}<br/>${label}：${v[2]}${rate ? '%' : ' 件'}`
      },
    },
    grid: { left: 8, right: 8, top: 8, bottom: 56, containLabel: true },
    xAxis: { type: 'category', data: categories.map((c) => c.name), splitArea: { show: true }, axisLabel: { interval: 0, rotate: opts.narrow ? 50 : categories.length > 5 ? 30 : 0 } },
    yAxis: { type: 'category', inverse: true, data: compounds.map((c) => c.name), splitArea: { show: true }, axisLabel: opts.narrow ? { width: 64, overflow: 'break' } : {} },
    visualMap: {
      type: 'continuous',
      min: 0,
      max,
      calculable: true,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      itemHeight: 120,
      formatter: (v: unknown) => `${Math.round(Number(v))}${rate ? '%' : ''}`,
      inRange: { color: rate ? [RED, ORANGE, '#f5f7a8', GREEN] : ['#fff8f0', '#fcd9b6', ORANGE, RED] },
    },
    series: [{ name: label, type: 'heatmap', data, label: { show: true, formatter: (p: unknown) => `${(p as { value: number[] }).value[2]}${rate ? '%' : ''}` }, emphasis: { itemStyle: { shadowBlur: 8, shadowColor: 'rgba(0,0,0,0.3)' } } }],
  }
}

/** Grouped bars: 响应率, 办结率 and 满意率 per compound or grid, in percent. */
export function buildRatesOption(groups: readonly { name: string; stats: RequestStats }[], opts: { narrow?: boolean } = {}): ChartOption {
  return {
    aria: { enabled: true, label: { description: `三率对比：${groups.map((g) => g.name).join('、') || '暂无数据'}。` } },
    title: emptyTitle(groups.length === 0),
    color: [BLUE, GREEN, ORANGE],
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: unknown) => (typeof v === 'number' ? `${v}%` : '—') },
    legend: { top: 0, data: ['响应率', '办结率', '满意率'] },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: groups.map((g) => g.name), axisLabel: opts.narrow || groups.length > 4 ? { interval: 0, rotate: 30, width: 110, overflow: 'truncate' } : { interval: 0, width: 120, overflow: 'break' } },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    series: [
      { name: '响应率', type: 'bar', barMaxWidth: 18, data: groups.map((g) => percent(g.stats.responseRate.rate)) },
      { name: '办结率', type: 'bar', barMaxWidth: 18, data: groups.map((g) => percent(g.stats.resolutionRate.rate)) },
      { name: '满意率', type: 'bar', barMaxWidth: 18, data: groups.map((g) => percent(g.stats.satisfactionRate.rate)) },
    ],
  }
}
