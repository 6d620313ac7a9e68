import { hashPassword } from '../../../lib/password'
import { LoginLimiter } from '../../../domain/auth/login-limiter'
import { useTestDatabase, uniqueId } from '../../helpers/db'
import { buildCompound, buildRequest, buildUser } from '../../helpers/factories'
import { AuditModel } from '../../../models/audit.model'
import { RequestModel } from '../../../models/request.model'
import { adminWithToken, startTestApi, workerWithToken } from './harness'

useTestDatabase()

describe('API auth and roles', () => {
  let api: ReturnType<typeof startTestApi>
  beforeAll(() => {
    api = startTestApi({ loginLimiter: new LoginLimiter(3, 60_000) })
  })
  afterAll(() => api.close())

  it('every protected route › when called without a token › then 401 problem+json', async () => {
    // Arrange: every route registered on the protected routers
    const routes = api.routers.protectedRouters.flatMap((r) => r.stack.flatMap((layer) => layer.methods.filter((m) => m !== 'HEAD').map((m) => [m, layer.path] as const)))
    expect(routes.length).toBeGreaterThan(30)
    for (const [method, path] of routes) {
      const url = String(path).replace(':no', '1').replace(':id', '0123456789abcdef01234567').replace(':code', 'G1')
      // Act
      const res = await api.http[method.toLowerCase() as 'get'](url).send({})
      // Assert
      expect([method, path, res.status]).toEqual([method, path, 401])
      expect(res.headers['content-type']).toContain('application/problem+json')
    }
  })

  it('protected route › when the token is forged or garbage › then 401 invalid_token', async () => {
    const forged = await api.http.get('/api/me').set('Authorization', 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJlLWZha2U')
    expect(forged.status).toBe(401)
    expect(forged.body.type).toContain('invalid_token')
  })

  it('login › when the password is right › then a token that opens /api/me; wrong › 401; repeated failures › 429', async () => {
    // Arrange
    const username = uniqueId('login').toLowerCase()
    await buildUser({ username, role: 'worker', name: '小刘', passwordHash: await hashPassword('correct-horse-1') })
    // Act
    const ok = await api.http.post('/api/auth/login').send({ username, password: 'correct-horse-1' })
    const me = await api.http.get('/api/me').set('Authorization', `Bearer ${ok.body.token}`)
    const wrong = await api.http.post('/api/auth/login').send({ username, password: 'nope' })
    await api.http.post('/api/auth/login').send({ username, password: 'nope' })
    await api.http.post('/api/auth/login').send({ username, password: 'nope' })
    const limited = await api.http.post('/api/auth/login').send({ username, password: 'correct-horse-1' })
    // Assert
    expect(ok.status).toBe(200)
    expect(ok.body).toMatchObject({ tokenType: 'Bearer', user: { username, role: 'worker' } })
    expect(me.status).toBe(200)
    expect(me.body).toMatchObject({ username, name: '小刘' })
    expect(me.body.passwordHash).toBeUndefined()
    expect(wrong.status).toBe(401)
    expect(wrong.body.type).toContain('invalid_credentials')
    expect(limited.status).toBe(429)
    expect(limited.headers['retry-after']).toBeDefined()
  })

  it('deactivated user › when using a still-valid token › then 401', async () => {
    const w = await workerWithToken([], { active: false })
    const res = await api.http.get('/api/me').set('Authorization', w.auth)
    expect(res.status).toBe(401)
  })

  it('worker › when acting on another compound’s request › then 403 and nothing changes', async () => {
    const mine = await buildCompound()
    const theirs = await buildCompound()
    const w = await workerWithToken([mine._id])
    const req = await buildRequest({ compoundId: theirs._id })
    const res = await api.http.post(`/api/requests/${req.no}/accept`).set('Authorization', w.auth).send({})
    expect(res.status).toBe(403)
    expect(res.body.type).toContain('forbidden_compound')
    expect((await RequestModel.findById(req._id).lean())?.status).toBe('new')
  })

  it('worker › when listing requests › then only their compounds’ requests appear; admin sees both', async () => {
    const mine = await buildCompound()
    const theirs = await buildCompound()
    const w = await workerWithToken([mine._id])
    const admin = await adminWithToken()
    const a = await buildRequest({ compoundId: mine._id })
    const b = await buildRequest({ compoundId: theirs._id })
    const asWorker = await api.http.get('/api/requests?pageSize=100').set('Authorization', w.auth)
    const asAdmin = await api.http.get(`/api/requests?pageSize=100&compoundId=${theirs._id}`).set('Authorization', admin.auth)
    const filtered = await api.http.get(`/api/requests?compoundId=${theirs._id}`).set('Authorization', w.auth)
    expect(asWorker.body.items.map((r: { no: number }) => r.no)).toContain(a.no)
    expect(asWorker.body.items.map((r: { no: number }) => r.no)).not.toContain(b.no)
    expect(asAdmin.body.items.map((r: { no: number }) => r.no)).toEqual([b.no])
    expect(filtered.body.items).toEqual([])
  })

  it('worker › when calling admin-only routes › then 403; admin › allowed and audited', async () => {
    const w = await workerWithToken([])
    const admin = await adminWithToken()
    const body = { name: uniqueId('小区'), streetOffice: '长青街道', community: '米亚社区' }
    const denied = await api.http.post('/api/compounds').set('Authorization', w.auth).send(body)
    const users = await api.http.post('/api/users').set('Authorization', w.auth).send({ username: 'someone', password: 'long-enough-pw', name: 'x', role: 'admin' })
    const created = await api.http.post('/api/compounds').set('Authorization', admin.auth).send(body)
    expect(denied.status).toBe(403)
    expect(users.status).toBe(403)
    expect(created.status).toBe(201)
    expect(await AuditModel.countDocuments({ action: 'compound.create', entityId: created.body.id })).toBe(1)
  })

  it('users › admin edits a worker (compounds, on duty, password) and deactivates them › then the changes hold and the old token and password stop working', async () => {
    const admin = await adminWithToken()
    const compound = await buildCompound()
    const username = uniqueId('edit').toLowerCase()
    const created = await api.http.post('/api/users').set('Authorization', admin.auth).send({ username, password: 'first-password-1', name: '网格员小钱', role: 'worker' })
    const firstLogin = await api.http.post('/api/auth/login').send({ username, password: 'first-password-1' })
    const edited = await api.http.patch(`/api/users/${created.body.id}`).set('Authorization', admin.auth).send({ compoundIds: [String(compound._id)], onDuty: true, password: 'second-password-2' })
    const oldPassword = await api.http.post('/api/auth/login').send({ username, password: 'first-password-1' })
    const newPassword = await api.http.post('/api/auth/login').send({ username, password: 'second-password-2' })
    const deactivated = await api.http.delete(`/api/users/${created.body.id}`).set('Authorization', admin.auth)
    const afterDeactivation = await api.http.get('/api/me').set('Authorization', `Bearer ${newPassword.body.token}`)
    const detail = await api.http.get(`/api/users/${created.body.id}`).set('Authorization', admin.auth)
    expect(created.status).toBe(201)
    expect(firstLogin.status).toBe(200)
    expect(edited.status).toBe(200)
    expect(edited.body).toMatchObject({ id: created.body.id, compoundIds: [String(compound._id)], onDuty: true, active: true })
    expect(edited.body).not.toHaveProperty('passwordHash')
    expect(oldPassword.status).toBe(401)
    expect(newPassword.status).toBe(200)
    expect(deactivated.status).toBe(204)
    expect(afterDeactivation.status).toBe(401)
    expect(detail.body).toMatchObject({ active: false, onDuty: true })
    expect(await AuditModel.countDocuments({ entityId: created.body.id, action: { $in: ['user.update', 'user.deactivate'] } })).toBe(2)
  })

  it('phone masking › worker sees residents’ phones masked, admin in full', async () => {
    const compound = await buildCompound()
    const w = await workerWithToken([compound._id])
    const admin = await adminWithToken()
    const created = await api.http.post('/api/residents').set('Authorization', admin.auth).send({ compoundId: String(compound._id), name: '王阿姨', phone: '13812345678', building: '3' })
    const asWorker = await api.http.get(`/api/residents/${created.body.id}`).set('Authorization', w.auth)
    const asAdmin = await api.http.get(`/api/residents/${created.body.id}`).set('Authorization', admin.auth)
    expect(asWorker.body.phone).toBe('138****5678')
    expect(asAdmin.body.phone).toBe('13812345678')
  })

  it('CORS › an allowed origin gets the header, another does not', async () => {
    const ok = await api.http.options('/api/requests').set('Origin', 'https://console.example').set('Access-Control-Request-Method', 'GET')
    const other = await api.http.options('/api/requests').set('Origin', 'https://evil.example').set('Access-Control-Request-Method', 'GET')
    expect(ok.headers['access-control-allow-origin']).toBe('https://console.example')
    expect(other.headers['access-control-allow-origin']).toBeUndefined()
  })
})
