import { clusterNeeds, memoizeTokenize, needKeywords } from '../../../domain/stats/needs'
import { computeRequestStats, ratio, type StatsRow } from '../../../domain/stats/request-stats'

const T = (s: string) => new Date(`2026-03-${s}:00.000Z`)
const row = (o: Partial<StatsRow>): StatsRow => ({ no: 1, compoundId: 'c', category: 'lighting', status: 'new', urgent: false, summary: '', createdAt: T('01T00:00'), deadline: T('02T00:00'), ...o })

describe('request statistics', () => {
  it('ratio › when the denominator is 0 › then rate is null; else rounded to 4 decimals', () => {
    expect(ratio(0, 0)).toEqual({ numerator: 0, denominator: 0, rate: null })
    expect(ratio(1, 3)).toEqual({ numerator: 1, denominator: 3, rate: 0.3333 })
  })

  it('computeRequestStats › when nothing was received › then zeros and nulls', () => {
    const s = computeRequestStats([], T('10T00:00'))
    expect(s).toMatchObject({ received: 0, avgHoursToAccept: null, meanRating: null, responseRate: { rate: null } })
  })

  it('computeRequestStats › on a hand-counted set › then every figure matches', () => {
    const rows = [
      row({ status: 'closed', responseDeadline: T('01T08:00'), acceptedAt: T('01T01:00'), resolvedAt: T('01T05:00'), rating: { score: 5 } }),
      row({ status: 'resolved', responseDeadline: T('01T08:00'), acceptedAt: T('01T09:00'), resolvedAt: T('03T00:00'), rating: { score: 2 } }),
      row({ status: 'accepted', category: 'water', responseDeadline: T('01T08:00'), acceptedAt: T('01T02:00') }),
      row({ status: 'rejected', category: 'water' }),
      row({ status: 'merged' }),
    ]
    const s = computeRequestStats(rows, T('10T00:00'))
    expect(s).toMatchObject({
      received: 4,
      accepted: 3,
      responseRate: { numerator: 2, denominator: 4, rate: 0.5 },
      resolutionRate: { numerator: 2, denominator: 3, rate: 0.6667 },
      onTimeResolutionRate: { numerator: 1, denominator: 2 },
      avgHoursToAccept: 4, // (1 + 9 + 2) / 3
      avgHoursToResolve: 26.5, // (5 + 48) / 2
      overdueOpen: 1,
      resolvedLate: 1,
      satisfactionRate: { numerator: 1, denominator: 2 },
      meanRating: 3.5,
      byCategory: [
        { category: 'lighting', count: 2 },
        { category: 'water', count: 2 },
      ],
    })
  })
})

describe('needs list', () => {
  const tokenize = (t: string) => t.split(' ')
  it('needKeywords › drops stop words, single characters and numbers', () => {
    expect(needKeywords('小区 路灯 不亮 了 3', tokenize)).toEqual(['路灯', '不亮'])
  })
  it('needKeywords › when the summary names a building › then the leftovers of "3号楼2单元" are not keywords', () => {
    expect(needKeywords('3 号楼 2 单元 漏水', tokenize)).toEqual(['漏水'])
  })
  it('clusterNeeds › when reports in different buildings share only the building words › then they cluster on the matter', () => {
    const clusters = clusterNeeds(
      [
        { no: 1, compoundId: 'a', category: 'water', summary: '6 号楼 水管 漏水' },
        { no: 2, compoundId: 'b', category: 'water', summary: '1 号楼 屋顶 漏水' },
      ],
      tokenize,
    )
    expect(clusters.map((c) => [c.keyword, c.count])).toEqual([['漏水', 2]])
  })
  it('clusterNeeds › groups by the most shared keyword across compounds, skips merged', () => {
    const clusters = clusterNeeds(
      [
        { no: 1, compoundId: 'a', category: 'ev-charging', summary: '充电桩 太少' },
        { no: 2, compoundId: 'b', category: 'ev-charging', summary: '安装 充电桩' },
        { no: 3, compoundId: 'b', category: 'ev-charging', summary: '充电桩 坏了', status: 'merged' },
        { no: 4, compoundId: 'a', category: 'noise', summary: '装修 噪音' },
      ],
      tokenize,
    )
    expect(clusters.map((c) => [c.category, c.keyword, c.count, c.compoundIds, c.requestNos])).toEqual([
      ['ev-charging', '充电桩', 2, ['a', 'b'], [1, 2]],
      ['noise', '', 1, ['a'], [4]],
    ])
  })
  it('memoizeTokenize › when texts repeat › then each distinct text is segmented once, until the memo is full and starts afresh', () => {
    const seen: string[] = []
    const tokenize = memoizeTokenize((t) => {
      seen.push(t)
      return t.split(' ')
    }, 2)
    expect(tokenize('路灯 坏了')).toEqual(['路灯', '坏了'])
    expect(tokenize('路灯 坏了')).toEqual(['路灯', '坏了'])
    tokenize('水管 漏水')
    expect(seen).toEqual(['路灯 坏了', '水管 漏水'])
    tokenize('电梯 困人')
    tokenize('路灯 坏了')
    expect(seen).toEqual(['路灯 坏了', '水管 漏水', '电梯 困人', '路灯 坏了'])
  })
})
