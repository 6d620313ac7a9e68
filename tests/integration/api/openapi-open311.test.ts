import { useTestDatabase, uniqueId } from '../../helpers/db'
import { buildCompound, buildRequest } from '../../helpers/factories'
import { startTestApi } from './harness'

useTestDatabase()

describe('OpenAPI document and Open311', () => {
  let api: ReturnType<typeof startTestApi>
  beforeAll(() => {
    api = startTestApi()
  })
  afterAll(() => api.close())

  it('openapi.json › when fetched without a token › then it lists every registered route with its method', async () => {
    // Arrange
    const registered = [...api.routers.publicRouters, ...api.routers.protectedRouters].flatMap((r) =>
      r.stack.flatMap((l) => l.methods.filter((m) => m !== 'HEAD').map((m) => [m.toLowerCase(), String(l.path).replace(/:([A-Za-z0-9_]+)/g, '{$1}')] as const)),
    )
    const documented = registered.filter(([, p]) => p !== '/api/openapi.json' && p !== '/api/docs')
    // Act
    const res = await api.http.get('/api/openapi.json')
    // Assert
    expect(res.status).toBe(200)
    expect(res.body.openapi).toBe('3.0.3')
    for (const [method, path] of documented) expect([path, method, Boolean(res.body.paths[path]?.[method])]).toEqual([path, method, true])
    expect(res.body.paths['/api/requests/{no}/accept'].post.security).toEqual([{ bearerAuth: [] }])
    expect(res.body.paths['/api/auth/login'].post.security).toEqual([])
    expect(res.body.paths['/api/requests'].get.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['status', 'category', 'overdue', 'q', 'page', 'pageSize']))
    const docs = await api.http.get('/api/docs')
    expect(docs.status).toBe(200)
    expect(docs.text).toContain('/api/openapi.json')
  })

  it('open311 › services.json › then one service per category', async () => {
    const res = await api.http.get('/open311/v2/services.json')
    expect(res.status).toBe(200)
    expect(res.body).toHaveLength(13)
    expect(res.body[0]).toEqual({ service_code: 'lighting', service_name: '照明', description: expect.any(String), metadata: false, type: 'realtime', keywords: 'lighting', group: '社区诉求' })
  })

  it('open311 › requests.json and requests/{id}.json › then GeoReport fields and no personal data', async () => {
    // Arrange
    const compound = await buildCompound({ name: uniqueId('米亚花园') })
    const contactId = uniqueId('wxid')
    const req = await buildRequest({
      compoundId: compound._id,
      summary: '3号楼2单元楼道灯坏了，联系我13812345678',
      location: { building: '3', unit: '2', room: '501' },
      reporters: [{ contactId, name: '李大爷', at: new Date() }],
    })
    const hidden = await buildRequest({ compoundId: compound._id, private: true, summary: '邻居纠纷' })
    // Act
    const list = await api.http.get(`/open311/v2/requests.json?service_request_id=${req.no},${hidden.no}`)
    const one = await api.http.get(`/open311/v2/requests/${req.no}.json`)
    const missing = await api.http.get(`/open311/v2/requests/${hidden.no}.json`)
    const filtered = await api.http.get('/open311/v2/requests.json?status=open&service_code=lighting')
    // Assert
    expect(list.status).toBe(200)
    expect(list.body).toHaveLength(1)
    expect(one.body).toEqual([
      {
        service_request_id: String(req.no),
        status: 'open',
        status_notes: '待受理',
        service_name: '照明',
        service_code: 'lighting',
        description: '3号楼2单元楼道灯坏了，联系我138****5678',
        agency_responsible: null,
        service_notice: null,
        requested_datetime: expect.any(String),
        updated_datetime: expect.any(String),
        expected_datetime: expect.any(String),
        address: `${compound.name} 3号楼`,
        address_id: null,
        zipcode: null,
        lat: null,
        long: null,
        media_url: null,
      },
    ])
    const text = JSON.stringify(one.body)
    expect(text).not.toContain(contactId)
    expect(text).not.toContain('李大爷')
    expect(text).not.toContain('501')
    expect(missing.status).toBe(404)
    expect(filtered.body.every((r: { status: string; service_code: string }) => r.status === 'open' && r.service_code === 'lighting')).toBe(true)
  })
})
