import { compareBy, countEntries, pageOfEntries, requestFilter, searchTextOf, publicEntries, reporterEntries, statsRowsOf, unratedEntries, weekCountsOf, type RequestIndexEntry } from '../../../domain/requests/request-index'

const H = 3_600_000
const NOW = Date.parse('2026-05-10T00:00:00Z')
const now = new Date(NOW)

let nextNo = 1
function entry(over: Partial<RequestIndexEntry> = {}): RequestIndexEntry {
  const no = over.no ?? nextNo++
  const summary = over.summary ?? `第${no}件事`
  return {
    id: `id-${no}`,
    kind: 'request',
    private: false,
    reporterIds: [],
    no,
    compoundId: 'c1',
    category: 'lighting',
    status: 'new',
    urgent: false,
    summary,
    searchText: searchTextOf(summary, []),
    createdAt: NOW - no * H,
    deadline: NOW + 24 * H,
    ...over,
  }
}

describe('request index', () => {
  it('requestFilter › when each filter is given alone › then only entries meeting it pass', () => {
    const a = entry({ compoundId: 'c1', gridCode: 'G1', category: 'water', status: 'accepted', ownerId: 'u1', urgent: true })
    const b = entry({ compoundId: 'c2', gridCode: 'G2', category: 'noise', status: 'closed' })
    const pass = (q: Parameters<typeof requestFilter>[0]) => [a, b].filter(requestFilter(q)).map((e) => e.no)
    expect(pass({ now })).toEqual([a.no, b.no])
    expect(pass({ now, compoundId: 'c2' })).toEqual([b.no])
    expect(pass({ now, compoundIds: ['c1', 'c9'] })).toEqual([a.no])
    expect(pass({ now, compoundIds: [] })).toEqual([])
    expect(pass({ now, gridCode: 'G2' })).toEqual([b.no])
    expect(pass({ now, category: ['water', 'lighting'] })).toEqual([a.no])
    expect(pass({ now, status: ['closed'] })).toEqual([b.no])
    expect(pass({ now, ownerId: 'u1' })).toEqual([a.no])
    expect(pass({ now, urgent: true })).toEqual([a.no])
    expect(pass({ now, urgent: false })).toEqual([b.no])
  })

  it('requestFilter › overdue › when open past the deadline, open within it, or closed past it › then only the first is overdue', () => {
    const late = entry({ status: 'in_progress', deadline: NOW - H })
    const onTime = entry({ status: 'new', deadline: NOW + H })
    const closedLate = entry({ status: 'resolved', deadline: NOW - H })
    const pick = (overdue: boolean) => [late, onTime, closedLate].filter(requestFilter({ now, overdue })).map((e) => e.no)
    expect(pick(true)).toEqual([late.no])
    expect(pick(false)).toEqual([onTime.no, closedLate.no])
  })

  it('requestFilter › period › when from and to are given › then from is inclusive and to exclusive', () => {
    const atFrom = entry({ createdAt: NOW - 10 * H })
    const atTo = entry({ createdAt: NOW })
    const between = entry({ createdAt: NOW - 5 * H })
    const got = [atFrom, atTo, between].filter(requestFilter({ now, from: new Date(NOW - 10 * H), to: new Date(NOW) })).map((e) => e.no)
    expect(got).toEqual([atFrom.no, between.no])
  })

  it('requestFilter › text › when the words are in the summary or an original message, in any case › then it matches', () => {
    const inSummary = entry({ summary: '3号楼 Wifi 坏了', searchText: searchTextOf('3号楼 Wifi 坏了', []) })
    const inMessage = entry({ summary: '路灯', searchText: searchTextOf('路灯', ['东门路灯不亮了', '还是不亮']) })
    const neither = entry({ summary: '噪音', searchText: searchTextOf('噪音', ['楼上装修']) })
    const find = (text: string) => [inSummary, inMessage, neither].filter(requestFilter({ now, text })).map((e) => e.no)
    expect(find('WIFI')).toEqual([inSummary.no])
    expect(find('不亮')).toEqual([inMessage.no])
    expect(find('.*')).toEqual([])
    // Words spanning two messages are not one message's text.
    expect(find('不亮了还是')).toEqual([])
  })

  it('compareBy › when sorting by each key both ways › then ties go by number in the same direction', () => {
    const x = entry({ no: 101, createdAt: 5, deadline: 9 })
    const y = entry({ no: 102, createdAt: 5, deadline: 7 })
    const z = entry({ no: 100, createdAt: 6, deadline: 8 })
    const order = (key: Parameters<typeof compareBy>[0]) => [x, y, z].sort(compareBy(key)).map((e) => e.no)
    expect(order('createdAt')).toEqual([101, 102, 100])
    expect(order('-createdAt')).toEqual([100, 102, 101])
    expect(order('deadline')).toEqual([102, 100, 101])
    expect(order('-deadline')).toEqual([101, 100, 102])
    expect(order('no')).toEqual([100, 101, 102])
    expect(order('-no')).toEqual([102, 101, 100])
  })

  it('pageOfEntries › when paging through matches › then pages are consecutive slices and total counts every match', () => {
    const all = Array.from({ length: 25 }, (_, i) => entry({ status: i % 5 === 0 ? 'closed' : 'new' })).sort(compareBy('-createdAt'))
    const open = all.filter((e) => e.status === 'new')
    const pages = [1, 2, 3].map((page) => pageOfEntries(all, { now, status: ['new'], page, pageSize: 8 }))
    expect(pages.map((p) => p.total)).toEqual([20, 20, 20])
    expect(pages.flatMap((p) => p.items)).toEqual(open)
    expect(pages[2].items).toHaveLength(4)
    expect(pageOfEntries(all, { now, status: ['new'], page: 9, pageSize: 8 })).toEqual({ items: [], total: 20 })
  })

  it('countEntries › when counting › then status filters are ignored and overdue counts only open ones past the deadline', () => {
    const list = [
      entry({ status: 'new', deadline: NOW - H }),
      entry({ status: 'new' }),
      entry({ status: 'accepted', deadline: NOW - H }),
      entry({ status: 'closed', deadline: NOW - H }),
      entry({ status: 'closed', compoundId: 'c2' }),
    ]
    const counts = countEntries(list, { now, compoundId: 'c1', status: ['closed'] } as never)
    expect(counts.total).toBe(4)
    expect(counts.byStatus).toMatchObject({ new: 2, accepted: 1, closed: 1, resolved: 0, merged: 0 })
    expect(counts.overdue).toBe(2)
  })

  it('statsRowsOf › when a period and scope are given › then rows are those created in it, plus resolved in it when asked', () => {
    const from = new Date(NOW - 48 * H)
    const to = new Date(NOW)
    const inside = entry({ createdAt: NOW - 24 * H, acceptedAt: NOW - 20 * H, ratingScore: 4, gridCode: 'G1' })
    const olderResolvedInside = entry({ createdAt: NOW - 100 * H, resolvedAt: NOW - 10 * H, status: 'resolved' })
    const outside = entry({ createdAt: NOW - 100 * H })
    const otherCompound = entry({ createdAt: NOW - 24 * H, compoundId: 'c2' })
    const list = [inside, olderResolvedInside, outside, otherCompound]
    expect(statsRowsOf(list, { from, to, compoundIds: ['c1'] }).map((r) => r.no)).toEqual([inside.no])
    expect(statsRowsOf(list, { from, to, compoundId: 'c1', includeResolvedInPeriod: true }).map((r) => r.no)).toEqual([inside.no, olderResolvedInside.no])
    expect(statsRowsOf(list, { from, to, gridCode: 'G2' })).toEqual([])
    const [row] = statsRowsOf([inside], { from, to })
    expect(row).toEqual({
      no: inside.no,
      compoundId: 'c1',
      gridCode: 'G1',
      category: 'lighting',
      status: 'new',
      urgent: false,
      summary: inside.summary,
      createdAt: new Date(inside.createdAt),
      deadline: new Date(inside.deadline),
      acceptedAt: new Date(NOW - 20 * H),
      rating: { score: 4 },
    })
  })

  it('weekCountsOf › when requests of two compounds are made, resolved and rated in and out of the week › then each figure counts only its own', () => {
    const from = new Date(NOW - 7 * 24 * H)
    const inWeek = NOW - 2 * 24 * H
    const before = NOW - 9 * 24 * H
    const list = [
      entry({ createdAt: inWeek, status: 'resolved', resolvedAt: inWeek, ratingScore: 5, ratedAt: inWeek }),
      entry({ createdAt: inWeek, status: 'closed', resolvedAt: inWeek, ratingScore: 2, ratedAt: inWeek }),
      entry({ createdAt: before, status: 'resolved', resolvedAt: inWeek, ratingScore: 4, ratedAt: before }),
      entry({ createdAt: inWeek, status: 'in_progress', deadline: NOW - H }),
      entry({ createdAt: before, status: 'new', deadline: NOW - H }),
      entry({ createdAt: inWeek, status: 'merged' }),
      entry({ createdAt: inWeek, kind: 'consultation' }),
      entry({ createdAt: inWeek, compoundId: 'c2' }),
    ]
    expect(weekCountsOf(list, 'c1', from, now, now)).toEqual({ received: 3, resolved: 3, overdue: 2, rated: 2, satisfied: 1 })
    expect(weekCountsOf(list, 'c2', from, now, now)).toEqual({ received: 1, resolved: 0, overdue: 0, rated: 0, satisfied: 0 })
  })

  it('unratedEntries › when resolved requests were asked, never asked, re-asked or rated › then only the unrated ones asked (or resolved) before the cut-off', () => {
    const cut = new Date(NOW - 24 * H)
    const askedLongAgo = entry({ status: 'resolved', resolvedAt: NOW - 50 * H, ratingAskedAt: NOW - 48 * H })
    const askedRecently = entry({ status: 'resolved', resolvedAt: NOW - 50 * H, ratingAskedAt: NOW - 2 * H })
    const neverAskedOld = entry({ status: 'resolved', resolvedAt: NOW - 30 * H })
    const reasked = entry({ status: 'resolved', resolvedAt: NOW - 50 * H, ratingAskedAt: NOW - 48 * H, ratingReaskedAt: NOW - 20 * H })
    const rated = entry({ status: 'resolved', resolvedAt: NOW - 50 * H, ratingAskedAt: NOW - 48 * H, ratingScore: 3 })
    const closed = entry({ status: 'closed', resolvedAt: NOW - 50 * H, ratingAskedAt: NOW - 48 * H })
    const list = [askedLongAgo, askedRecently, neverAskedOld, reasked, rated, closed]
    expect(unratedEntries(list, cut, 10).map((e) => e.no)).toEqual([askedLongAgo.no, neverAskedOld.no])
    expect(unratedEntries(list, cut, 1)).toHaveLength(1)
  })

  it('publicEntries › when private requests and consultations are among them › then they never show, and filters and the limit apply in order', () => {
    const shown = entry({ category: 'water', status: 'new' })
    const closed = entry({ category: 'water', status: 'closed' })
    const secret = entry({ category: 'water', private: true })
    const consultation = entry({ category: 'water', kind: 'consultation' })
    const other = entry({ category: 'noise' })
    const list = [shown, secret, consultation, closed, other]
    expect(publicEntries(list, { limit: 10 }).map((e) => e.no)).toEqual([shown.no, closed.no, other.no])
    expect(publicEntries(list, { limit: 10, category: 'water', status: ['new', 'accepted'] }).map((e) => e.no)).toEqual([shown.no])
    expect(publicEntries(list, { limit: 10, no: secret.no })).toEqual([])
    expect(publicEntries(list, { limit: 10, no: closed.no }).map((e) => e.no)).toEqual([closed.no])
    expect(publicEntries(list, { limit: 2 }).map((e) => e.no)).toEqual([shown.no, closed.no])
    expect(publicEntries(list, { limit: 10, from: new Date(shown.createdAt), to: new Date(shown.createdAt + 1) }).map((e) => e.no)).toEqual([shown.no])
  })

  it('reporterEntries › when a contact reported some requests, alone or with neighbours › then theirs come in order, by status when asked, up to the limit', () => {
    const own = entry({ reporterIds: ['wx-a'], status: 'resolved' })
    const shared = entry({ reporterIds: ['wx-b', 'wx-a'], status: 'closed' })
    const openOne = entry({ reporterIds: ['wx-a'], status: 'new' })
    const others = entry({ reporterIds: ['wx-b'], status: 'resolved' })
    const list = [own, shared, openOne, others]
    expect(reporterEntries(list, 'wx-a', undefined, 10).map((e) => e.no)).toEqual([own.no, shared.no, openOne.no])
    expect(reporterEntries(list, 'wx-a', ['resolved', 'closed'], 10).map((e) => e.no)).toEqual([own.no, shared.no])
    expect(reporterEntries(list, 'wx-a', undefined, 1).map((e) => e.no)).toEqual([own.no])
    expect(reporterEntries(list, 'wx-c', undefined, 10)).toEqual([])
  })
})
