import ExcelJS from 'exceljs'
import { reloadRequestIndex } from '../../../models/request-index'
import { RequestModel } from '../../../models/request.model'
import { useTestDatabase } from '../../helpers/db'
import { buildCompound, buildRequest } from '../../helpers/factories'
import { adminWithToken, startTestApi } from './harness'

useTestDatabase()

const T = (s: string) => new Date(`2026-${s}:00.000Z`)

/**
 * Creates a request and pins its createdAt (mongoose's timestamps would set it to the real now) with a write
 * past the models, which the in-memory request index is then told to reload for.
 */
async function requestAt(createdAt: Date, overrides: Record<string, unknown>) {
  const r = await buildRequest(overrides)
  await RequestModel.collection.updateOne({ _id: r._id }, { $set: { createdAt } })
  reloadRequestIndex()
  return r
}

describe('statistics API on a known data set', () => {
  let api: ReturnType<typeof startTestApi>
  beforeAll(() => {
    api = startTestApi({ now: () => T('04-10T00:00') })
  })
  afterAll(() => api.close())

  it('stats › for one compound in March › then every figure matches the hand count', async () => {
    // Arrange: five counted requests, one merged duplicate, one outside the period, one in another compound
    const c = await buildCompound()
    const other = await buildCompound()
    const first = await requestAt(T('03-02T00:00'), { compoundId: c._id, category: 'lighting', summary: '3号楼路灯不亮', status: 'closed', responseDeadline: T('03-03T00:00'), acceptedAt: T('03-02T02:00'), deadline: T('03-03T00:00'), resolvedAt: T('03-02T10:00'), rating: { score: 5, at: T('03-03T00:00') } })
    await requestAt(T('03-05T00:00'), { compoundId: c._id, category: 'lighting', summary: '东门的路灯不亮了', status: 'resolved', responseDeadline: T('03-06T00:00'), acceptedAt: T('03-07T00:00'), deadline: T('03-06T00:00'), resolvedAt: T('03-08T00:00'), rating: { score: 3, at: T('03-09T00:00') } })
    await requestAt(T('03-10T00:00'), { compoundId: c._id, category: 'water', summary: '水管漏水', status: 'in_progress', responseDeadline: T('03-11T00:00'), acceptedAt: T('03-10T04:00'), deadline: T('03-13T00:00') })
    await requestAt(T('03-20T00:00'), { compoundId: c._id, category: 'water', summary: '停水了', status: 'new', responseDeadline: T('03-21T00:00'), deadline: T('04-20T00:00') })
    await requestAt(T('03-25T00:00'), { compoundId: c._id, category: 'noise', summary: '装修噪音', status: 'rejected', deadline: T('03-26T00:00') })
    await requestAt(T('03-02T01:00'), { compoundId: c._id, category: 'lighting', summary: '路灯不亮', status: 'merged', mergedInto: first._id, deadline: T('03-03T00:00') })
    await requestAt(T('02-20T00:00'), { compoundId: c._id, category: 'lighting', summary: '二月的灯', deadline: T('02-21T00:00') })
    await requestAt(T('03-15T00:00'), { compoundId: other._id, category: 'lighting', summary: '别的小区', deadline: T('03-16T00:00') })
    const admin = await adminWithToken()
    // Act
    const res = await api.http.get(`/api/stats?compoundId=${c._id}&from=2026-03-01T00:00:00Z&to=2026-04-01T00:00:00Z&groupBy=category`).set('Authorization', admin.auth)
    // Assert
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({
      received: 5,
      accepted: 3,
      responseRate: { numerator: 2, denominator: 5, rate: 0.4 },
      resolutionRate: { numerator: 2, denominator: 4, rate: 0.5 },
      onTimeResolutionRate: { numerator: 1, denominator: 2, rate: 0.5 },
      avgHoursToAccept: 18,
      avgHoursToResolve: 41,
      overdueOpen: 1,
      resolvedLate: 1,
      rejected: 1,
      rated: 2,
      satisfactionRate: { numerator: 1, denominator: 2, rate: 0.5 },
      meanRating: 4,
      byCategory: [
        { category: 'lighting', count: 2 },
        { category: 'water', count: 2 },
        { category: 'noise', count: 1 },
      ],
    })
    expect(res.body.groups.map((g: { key: string; stats: { received: number } }) => [g.key, g.stats.received])).toEqual([
      ['lighting', 2],
      ['noise', 1],
      ['water', 2],
    ])
    expect(res.body.topIssues[0]).toMatchObject({ category: 'lighting', keyword: '路灯', count: 2 })
  })

  it('needs list › similar requests in two compounds › then one cluster naming both compounds', async () => {
    const a = await buildCompound()
    const b = await buildCompound()
    await requestAt(T('03-03T00:00'), { compoundId: a._id, category: 'ev-charging', summary: '希望小区安装充电桩' })
    await requestAt(T('03-04T00:00'), { compoundId: b._id, category: 'ev-charging', summary: '充电桩太少了' })
    const admin = await adminWithToken()
    const res = await api.http.get(`/api/stats/needs?from=2026-03-01T00:00:00Z&to=2026-04-01T00:00:00Z&category=ev-charging`).set('Authorization', admin.auth)
    expect(res.status).toBe(200)
    const cluster = res.body.items.find((n: { keyword: string }) => n.keyword === '充电桩')
    expect(cluster).toMatchObject({ category: 'ev-charging', count: 2, categoryName: '电动车充电' })
    expect(cluster.compoundIds.sort()).toEqual([String(a._id), String(b._id)].sort())
  })

  it('export › then an .xlsx with the overview, groups and needs sheets', async () => {
    const admin = await adminWithToken()
    const res = await api.http.get('/api/stats/export.xlsx?from=2026-03-01T00:00:00Z&to=2026-04-01T00:00:00Z').set('Authorization', admin.auth).buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = []
      r.on('data', (d: Buffer) => chunks.push(d))
      r.on('end', () => cb(null, Buffer.concat(chunks)))
    })
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toContain('spreadsheetml')
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(res.body as ArrayBuffer)
    expect(wb.worksheets.map((w) => w.name)).toEqual(['总览', '分组', '需求清单'])
    expect(wb.getWorksheet('总览')?.getRow(2).getCell(1).value).toBe('受理量')
  })

  it('trend › requests created and resolved in March › then per local day, resolutions of older requests included', async () => {
    // Arrange: created 03-02 (Shanghai) and resolved 03-03; created 03-03; created in February, resolved 03-03; one in another compound
    const c = await buildCompound()
    const other = await buildCompound()
    await requestAt(T('03-02T02:00'), { compoundId: c._id, category: 'lighting', summary: '路灯不亮', status: 'resolved', deadline: T('03-05T00:00'), resolvedAt: T('03-03T01:00') })
    await requestAt(T('03-02T17:00'), { compoundId: c._id, category: 'water', summary: '停水', deadline: T('03-05T00:00') })
    await requestAt(T('02-20T00:00'), { compoundId: c._id, category: 'water', summary: '二月的漏水', status: 'closed', deadline: T('02-25T00:00'), resolvedAt: T('03-03T08:00') })
    await requestAt(T('03-02T03:00'), { compoundId: other._id, category: 'water', summary: '别的小区', deadline: T('03-05T00:00') })
    const admin = await adminWithToken()
    // Act: 03-01 .. 03-04 local (Asia/Shanghai is UTC+8)
    const res = await api.http.get(`/api/stats/trend?compoundId=${c._id}&from=2026-02-28T16:00:00Z&to=2026-03-04T16:00:00Z`).set('Authorization', admin.auth)
    // Assert
    expect(res.status).toBe(200)
    expect(res.body.tz).toBe('Asia/Shanghai')
    expect(res.body.days).toEqual([
      { date: '2026-03-01', received: 0, resolved: 0 },
      { date: '2026-03-02', received: 1, resolved: 0 },
      { date: '2026-03-03', received: 1, resolved: 2 },
      { date: '2026-03-04', received: 0, resolved: 0 },
    ])
  })

  it('matrix › requests in two compounds › then one cell per compound and category with open, overdue and 办结率', async () => {
    // Arrange (now is 04-10)
    const a = await buildCompound()
    const b = await buildCompound()
    await requestAt(T('03-02T00:00'), { compoundId: a._id, category: 'elevator', summary: '电梯停了', status: 'new', deadline: T('03-03T00:00') })
    await requestAt(T('03-03T00:00'), { compoundId: a._id, category: 'elevator', summary: '电梯异响', status: 'closed', deadline: T('03-05T00:00'), resolvedAt: T('03-04T00:00') })
    await requestAt(T('03-04T00:00'), { compoundId: a._id, category: 'noise', summary: '装修噪音', status: 'in_progress', deadline: T('05-01T00:00') })
    await requestAt(T('03-05T00:00'), { compoundId: b._id, category: 'elevator', summary: '电梯按钮坏了', status: 'resolved', deadline: T('03-06T00:00'), resolvedAt: T('03-05T05:00') })
    const admin = await adminWithToken()
    // Act
    const cellsOf = async (compoundId: unknown) => {
      const res = await api.http.get(`/api/stats/matrix?compoundId=${compoundId}&from=2026-03-01T00:00:00Z&to=2026-04-01T00:00:00Z`).set('Authorization', admin.auth)
      expect(res.status).toBe(200)
      return res.body.cells as unknown[]
    }
    // Assert
    expect(await cellsOf(a._id)).toEqual([
      { compoundId: String(a._id), category: 'elevator', categoryName: '电梯', received: 2, open: 1, overdueOpen: 1, resolved: 1, resolutionRate: { numerator: 1, denominator: 2, rate: 0.5 } },
      { compoundId: String(a._id), category: 'noise', categoryName: '噪音扰民', received: 1, open: 1, overdueOpen: 0, resolved: 0, resolutionRate: { numerator: 0, denominator: 1, rate: 0 } },
    ])
    expect(await cellsOf(b._id)).toEqual([
      { compoundId: String(b._id), category: 'elevator', categoryName: '电梯', received: 1, open: 0, overdueOpen: 0, resolved: 1, resolutionRate: { numerator: 1, denominator: 1, rate: 1 } },
    ])
  })

  it('trend and matrix › worker of one compound › then only that compound counts, another compound is 403', async () => {
    const mine = await buildCompound()
    const notMine = await buildCompound()
    await requestAt(T('03-10T00:00'), { compoundId: mine._id, category: 'parking', summary: '乱停车', deadline: T('03-12T00:00') })
    await requestAt(T('03-10T00:00'), { compoundId: notMine._id, category: 'parking', summary: '乱停车', deadline: T('03-12T00:00') })
    const { workerWithToken } = await import('./harness')
    const w = await workerWithToken([mine._id])
    const matrix = await api.http.get('/api/stats/matrix?from=2026-03-01T00:00:00Z&to=2026-04-01T00:00:00Z').set('Authorization', w.auth)
    expect(matrix.status).toBe(200)
    expect(matrix.body.cells.map((cell: { compoundId: string }) => cell.compoundId)).toEqual([String(mine._id)])
    const trend = await api.http.get('/api/stats/trend?from=2026-03-01T00:00:00Z&to=2026-04-01T00:00:00Z').set('Authorization', w.auth)
    expect(trend.body.days.reduce((n: number, d: { received: number }) => n + d.received, 0)).toBe(1)
    const forbidden = await api.http.get(`/api/stats/trend?compoundId=${notMine._id}`).set('Authorization', w.auth)
    expect(forbidden.status).toBe(403)
  })

  it('worker › stats for a compound they do not serve › then 403', async () => {
    const c = await buildCompound()
    const { workerWithToken } = await import('./harness')
    const w = await workerWithToken([])
    const res = await api.http.get(`/api/stats?compoundId=${c._id}`).set('Authorization', w.auth)
    expect(res.status).toBe(403)
  })
})
