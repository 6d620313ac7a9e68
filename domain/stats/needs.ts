import type { RequestCategory } from '../requests/categories'

/** A request as the needs list reads it. */
export interface NeedRow {
  no: number
  compoundId: string
  category: RequestCategory
  summary: string
  status?: string
}

/** One cluster of the 需求清单: similar requests, possibly across compounds. */
export interface NeedCluster {
  category: RequestCategory
  /** The word the cluster is about (e.g. 路灯, 充电桩); empty when the summaries share none. */
  keyword: string
  count: number
  compoundIds: string[]
  requestNos: number[]
  samples: string[]
}

// Generic words that say nothing about the matter itself (号楼 and 单元 are what is left of "3号楼2单元" once the numbers go).
const STOPWORDS = new Set(['号楼', '单元', '几天', '不了', '小区', '我们', '你们', '他们', '这个', '那个', '一下', '什么', '怎么', '没有', '不是', '还是', '可以', '现在', '已经', '一直', '问题', '情况', '反映', '希望', '麻烦', '请问', '大家', '今天', '昨天', '晚上', '早上', '物业', '社区', '师傅', '处理', '一个', '这样', '好几'])

/**
 * `tokenize` with its answers remembered (up to `max` distinct texts, then started afresh): the statistics
 * segment the same summaries on every request of the dashboard.
 */
export function memoizeTokenize(tokenize: (text: string) => string[], max = 50_000): (text: string) => string[] {
  let memo = new Map<string, string[]>()
  return (text) => {
    const known = memo.get(text)
    if (known) return known
    const words = tokenize(text)
    if (memo.size >= max) memo = new Map()
    memo.set(text, words)
    return words
  }
}

/** Keywords of a summary: segmented words of two or more characters that are not stop words and not numbers. */
export function needKeywords(summary: string, tokenize: (text: string) => string[]): string[] {
  return [...new Set(tokenize(summary).map((w) => w.trim()).filter((w) => w.length >= 2 && !STOPWORDS.has(w) && !/^[\d\p{P}\s]+$/u.test(w)))]
}

/**
 * Clusters requests into needs: within each category, each request joins the cluster of its keyword
 * that the most requests of that category share (ties: the word said first, usually the thing itself), so "路灯不亮" and "路灯坏了" from
 * two compounds land together. Merged requests (duplicates) are skipped. Clusters are sorted by size, then by the number of compounds.
 */
export function clusterNeeds(rows: readonly NeedRow[], tokenize: (text: string) => string[], opts: { minCount?: number; limit?: number; samples?: number } = {}): NeedCluster[] {
  const byCategory = new Map<RequestCategory, { row: NeedRow; words: string[] }[]>()
  for (const row of rows) {
    if (row.status === 'merged') continue // a duplicate of another request
    const list = byCategory.get(row.category) ?? []
    list.push({ row, words: needKeywords(row.summary, tokenize) })
    byCategory.set(row.category, list)
  }
  const clusters: NeedCluster[] = []
  for (const [category, items] of byCategory) {
    const df = new Map<string, number>()
    for (const it of items) for (const w of it.words) df.set(w, (df.get(w) ?? 0) + 1)
    const groups = new Map<string, NeedRow[]>()
    for (const it of items) {
      const best = it.words.map((w, i) => ({ w, i })).sort((a, b) => (df.get(b.w) ?? 0) - (df.get(a.w) ?? 0) || a.i - b.i)[0]?.w
      const keyword = best && (df.get(best) ?? 0) > 1 ? best : ''
      const group = groups.get(keyword)
      if (group) group.push(it.row)
      else groups.set(keyword, [it.row])
    }
    for (const [keyword, list] of groups) {
      clusters.push({
        category,
        keyword,
        count: list.length,
        compoundIds: [...new Set(list.map((r) => r.compoundId))].sort(),
        requestNos: list.map((r) => r.no).sort((a, b) => a - b),
        samples: [...new Set(list.map((r) => r.summary))].slice(0, opts.samples ?? 3),
      })
    }
  }
  return clusters
    .filter((c) => c.count >= (opts.minCount ?? 1))
    .sort((a, b) => b.count - a.count || b.compoundIds.length - a.compoundIds.length || a.category.localeCompare(b.category) || a.keyword.localeCompare(b.keyword))
    .slice(0, opts.limit ?? 50)
}
