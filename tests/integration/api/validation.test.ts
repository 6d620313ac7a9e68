import { RequestModel } from '../../../models/request.model'
import { FaqModel } from '../../../models/faq.model'
import { useTestDatabase } from '../../helpers/db'
import { buildCompound, buildFaq, buildRequest } from '../../helpers/factories'
import { adminWithToken, startTestApi } from './harness'

useTestDatabase()

describe('API validation of malformed and hostile input', () => {
  let api: ReturnType<typeof startTestApi>
  beforeAll(() => {
    api = startTestApi()
  })
  afterAll(() => api.close())

  const cases: [string, string, object, string][] = [
    ['wrong type', 'reply', { text: 42 }, 'text'],
    ['operator injection', 'reply', { text: { $gt: '' } }, 'text'],
    ['unknown field', 'reply', { text: '好的', status: 'closed' }, 'status'],
    ['huge string', 'reply', { text: 'x'.repeat(5000) }, 'text'],
    ['empty string', 'resolve', { note: '   ' }, 'note'],
    ['operator injection in id', 'assign', { toUserId: { $ne: null } }, 'toUserId'],
    ['array instead of number', 'merge', { intoNo: [1] }, 'intoNo'],
  ]
  it.each(cases)('request action › when the body has a %s › then 400 naming the field and nothing changes', async (_label, action, body, field) => {
    // Arrange
    const admin = await adminWithToken()
    const req = await buildRequest({ compoundId: (await buildCompound())._id })
    // Act
    const res = await api.http.post(`/api/requests/${req.no}/${action}`).set('Authorization', admin.auth).send(body)
    // Assert
    expect(res.status).toBe(400)
    expect(res.headers['content-type']).toContain('application/problem+json')
    expect(res.body).toMatchObject({ type: 'https://linli.dev/problems/validation_failed', field })
    const stored = await RequestModel.findById(req._id).lean()
    expect(stored?.timeline).toHaveLength(1)
    expect(stored?.status).toBe('new')
  })

  it.each([
    ['/api/requests?status[$ne]=closed', 'status[$ne]'],
    ['/api/requests?pageSize=1000', 'pageSize'],
    ['/api/requests?page=0', 'page'],
    ['/api/requests?status=open-ish', 'status.0'],
    ['/api/requests?compoundId=abc', 'compoundId'],
    ['/api/requests?from=yesterday', 'from'],
    ['/api/requests?sort=password', 'sort'],
    ['/api/requests/abc', 'no'],
  ])('query › %s › then 400 naming %s', async (url, field) => {
    const admin = await adminWithToken()
    const res = await api.http.get(url).set('Authorization', admin.auth)
    expect(res.status).toBe(400)
    expect(res.body.field).toBe(field)
  })

  it('body › when it is not JSON or too large › then 400 / 413, never 500', async () => {
    const admin = await adminWithToken()
    const req = await buildRequest({ compoundId: (await buildCompound())._id })
    const bad = await api.http.post(`/api/requests/${req.no}/reply`).set('Authorization', admin.auth).set('Content-Type', 'application/json').send('{"text": ')
    const big = await api.http.post(`/api/requests/${req.no}/reply`).set('Authorization', admin.auth).send({ text: 'x'.repeat(200_000) })
    expect(bad.status).toBe(400)
    expect(big.status).toBe(413)
    expect(big.body.type).toContain('payload_too_large')
  })

  it('faq update › when a hostile patch arrives › then 400 and the topic keeps its revision', async () => {
    const admin = await adminWithToken()
    const faq = await buildFaq()
    const res = await api.http.patch(`/api/faqs/${faq._id}`).set('Authorization', admin.auth).send({ answer: { $set: 'x' }, revision: 99 })
    expect(res.status).toBe(400)
    expect((await FaqModel.findById(faq._id).lean())?.revision).toBe(1)
  })

  it('pagination › pageSize is capped at 100', async () => {
    const admin = await adminWithToken()
    const res = await api.http.get('/api/requests?pageSize=100').set('Authorization', admin.auth)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ page: 1, pageSize: 100 })
  })

  it('unknown API path › then 404 problem', async () => {
    const admin = await adminWithToken()
    const res = await api.http.get('/api/nothing-here').set('Authorization', admin.auth)
    expect(res.status).toBe(404)
  })
})
