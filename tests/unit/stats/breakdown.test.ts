import { computeCompoundCategoryGrid, computeDailyTrend } from '../../../domain/stats/breakdown'
import type { StatsRow } from '../../../domain/stats/request-stats'

const T = (s: string) => new Date(`2026-03-${s}:00.000Z`)
const row = (o: Partial<StatsRow>): StatsRow => ({ no: 1, compoundId: 'a', category: 'lighting', status: 'new', urgent: false, summary: '', createdAt: T('02T00:00'), deadline: T('05T00:00'), ...o })

describe('statistics breakdown', () => {
  describe('computeDailyTrend', () => {
    // [03-01 00:00, 03-04 00:00) in Shanghai is [02-28T16:00Z, 03-03T16:00Z).
    const from = new Date('2026-02-28T16:00:00Z')
    const to = new Date('2026-03-03T16:00:00Z')

    it('when nothing happened › then every local day of the period with zeros', () => {
      expect(computeDailyTrend([], from, to, 'Asia/Shanghai')).toEqual([
        { date: '2026-03-01', received: 0, resolved: 0 },
        { date: '2026-03-02', received: 0, resolved: 0 },
        { date: '2026-03-03', received: 0, resolved: 0 },
      ])
    })

    it('when requests are created and resolved › then counted on their local days, merged, reopened and out-of-period ones left out', () => {
      const rows = [
        row({ createdAt: T('01T15:59') }), // 03-01 23:59 local
        row({ createdAt: T('01T16:00'), status: 'resolved', resolvedAt: T('02T02:00') }), // created 03-02, resolved 03-02 local
        row({ createdAt: T('01T17:00'), status: 'merged' }),
        row({ createdAt: T('02T01:00'), status: 'reopened', resolvedAt: T('02T03:00') }),
        row({ createdAt: new Date('2026-02-20T00:00:00Z'), status: 'closed', resolvedAt: T('03T10:00') }), // created before, resolved 03-03 local
        row({ createdAt: T('03T16:00') }), // 03-04 local: after the period
      ]
      expect(computeDailyTrend(rows, from, to, 'Asia/Shanghai')).toEqual([
        { date: '2026-03-01', received: 1, resolved: 0 },
        { date: '2026-03-02', received: 2, resolved: 1 },
        { date: '2026-03-03', received: 0, resolved: 1 },
      ])
    })

    it('when the period ends mid-day › then that day is the last point', () => {
      const points = computeDailyTrend([], from, new Date('2026-03-02T03:00:00Z'), 'Asia/Shanghai')
      expect(points.map((p) => p.date)).toEqual(['2026-03-01', '2026-03-02'])
    })
  })

  describe('computeCompoundCategoryGrid', () => {
    it('on a hand-counted set › then one cell per compound and category with open, overdue, resolved and 办结率', () => {
      const now = T('10T00:00')
      const rows = [
        row({ status: 'new', deadline: T('03T00:00') }), // open, overdue
        row({ status: 'in_progress', deadline: T('20T00:00') }), // open
        row({ status: 'closed', resolvedAt: T('04T00:00') }),
        row({ status: 'rejected' }),
        row({ status: 'merged' }),
        row({ compoundId: 'b', category: 'water', status: 'resolved', resolvedAt: T('03T00:00') }),
        row({ compoundId: 'a', category: 'elevator', status: 'accepted', deadline: T('11T00:00') }),
      ]
      expect(computeCompoundCategoryGrid(rows, now)).toEqual([
        { compoundId: 'a', category: 'elevator', received: 1, open: 1, overdueOpen: 0, resolved: 0, resolutionRate: { numerator: 0, denominator: 1, rate: 0 } },
        { compoundId: 'a', category: 'lighting', received: 4, open: 2, overdueOpen: 1, resolved: 1, resolutionRate: { numerator: 1, denominator: 3, rate: 0.3333 } },
        { compoundId: 'b', category: 'water', received: 1, open: 0, overdueOpen: 0, resolved: 1, resolutionRate: { numerator: 1, denominator: 1, rate: 1 } },
      ])
    })
  })
})
