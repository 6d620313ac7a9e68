import ExcelJS from 'exceljs'
import { RequestModel } from '../../../models/request.model'
import { useTestDatabase } from '../../helpers/db'
import { buildCompound, buildRequest } from '../../helpers/factories'
import { adminWithToken, startTestApi } from './harness'

useTestDatabase()

const T = (s: string) => new Date(`2026-${s}:00.000Z`)

/** Creates a request and pins its createdAt (mongoose's timestamps would set it to the real now). */
async function requestAt(createdAt: Date, overrides: Record<string, unknown>) {
  const r = await buildRequest(overrides)
  await RequestModel.collection.updateOne({ _id: r._id }, { $set: { createdAt } })
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

  it('worker › stats for a compound they do not serve › then 403', async () => {
    const c = await buildCompound()
    const { workerWithToken } = await import('./harness')
    const w = await workerWithToken([])
    const res = await api.http.get(`/api/stats?compoundId=${c._id}`).set('Authorization', w.auth)
    expect(res.status).toBe(403)
  })
})
