import { REQUEST_STATUSES, TRANSITIONS, type RequestStatus } from '../../../domain/requests/lifecycle'
import { RequestModel } from '../../../models/request.model'
import { AuditModel } from '../../../models/audit.model'
import { useTestDatabase, uniqueId } from '../../helpers/db'
import { buildCompound, buildRequest } from '../../helpers/factories'
import { adminWithToken, startTestApi, workerWithToken } from './harness'

useTestDatabase()

describe('requests API lifecycle', () => {
  let api: ReturnType<typeof startTestApi>
  beforeAll(() => {
    api = startTestApi()
  })
  afterAll(() => api.close())

  async function setup() {
    const compound = await buildCompound()
    const worker = await workerWithToken([compound._id], { name: '网格员小刘' })
    const roomId = `${uniqueId('room')}@chatroom`
    const req = await buildRequest({ compoundId: compound._id, roomId, reporters: [{ contactId: uniqueId('wxid'), name: '李大爷', roomId, at: new Date() }] })
    return { compound, worker, req, roomId }
  }

  it('accept › when a worker of the compound accepts a new request › then it is accepted, owned by them, audited', async () => {
    // Arrange
    const { worker, req } = await setup()
    // Act
    const res = await api.http.post(`/api/requests/${req.no}/accept`).set('Authorization', worker.auth).send({})
    // Assert
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ status: 'accepted', ownerId: String(worker.user._id), ownerName: '网格员小刘' })
    const stored = await RequestModel.findById(req._id).lean()
    expect(stored?.status).toBe('accepted')
    expect(stored?.timeline.map((e) => e.type)).toEqual(['created', 'accepted'])
    const audit = await AuditModel.findOne({ entityId: String(req._id), action: 'request.accept' }).lean()
    expect(audit).toMatchObject({ actor: { id: String(worker.user._id) }, before: { status: 'new' }, after: { status: 'accepted' } })
  })

  it('full loop › accept, start, reply, resolve, close, reopen › then every step is on the timeline and replies are relayed @-ing the reporter', async () => {
    // Arrange
    const { worker, req, roomId } = await setup()
    const post = (action: string, body: object = {}) => api.http.post(`/api/requests/${req.no}/${action}`).set('Authorization', worker.auth).send(body)
    // Act
    const steps = [await post('accept'), await post('start'), await post('reply', { text: '师傅下午来修' }), await post('resolve', { note: '已更换灯泡' }), await post('close'), await post('reopen', { reason: '又坏了' })]
    // Assert
    expect(steps.map((s) => s.status)).toEqual([200, 200, 200, 200, 200, 200])
    expect(steps.map((s) => s.body.status)).toEqual(['accepted', 'in_progress', 'in_progress', 'resolved', 'closed', 'reopened'])
    const stored = await RequestModel.findById(req._id).lean()
    expect(stored?.timeline.map((e) => e.type)).toEqual(['created', 'accepted', 'started', 'replied', 'resolved', 'closed', 'reopened'])
    expect(stored?.timeline.find((e) => e.type === 'replied')).toMatchObject({ text: '师傅下午来修', relayed: true })
    const mine = api.relays.filter((r) => r.requestId === String(req._id))
    expect(mine).toHaveLength(2)
    expect(mine[0]).toMatchObject({ kind: 'reply', target: { kind: 'room', id: roomId }, mentionIds: [req.reporters[0].contactId] })
    expect(mine[0].text).toContain('师傅下午来修')
    expect(mine[1].text).toContain('1-5')
  })

  it('reject › when rejected with a reason › then the reason is relayed to the resident', async () => {
    const { worker, req } = await setup()
    const res = await api.http.post(`/api/requests/${req.no}/reject`).set('Authorization', worker.auth).send({ reason: '属于业主自家维修范围' })
    expect(res.status).toBe(200)
    expect(res.body.status).toBe('rejected')
    expect(api.relays.find((r) => r.requestId === String(req._id))?.text).toContain('属于业主自家维修范围')
  })

  it('assign › when transferred to another worker of the compound › then the new worker owns it; to an outsider › 400', async () => {
    const { compound, worker, req } = await setup()
    const other = await workerWithToken([compound._id], { name: '楼栋长老王' })
    const outsider = await workerWithToken([])
    await api.http.post(`/api/requests/${req.no}/accept`).set('Authorization', worker.auth).send({})
    const bad = await api.http.post(`/api/requests/${req.no}/assign`).set('Authorization', worker.auth).send({ toUserId: String(outsider.user._id) })
    expect(bad.status).toBe(400)
    expect(bad.body).toMatchObject({ type: expect.stringContaining('invalid_assignee'), field: 'toUserId' })
    const res = await api.http.post(`/api/requests/${req.no}/assign`).set('Authorization', worker.auth).send({ toUserId: String(other.user._id) })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ ownerId: String(other.user._id), status: 'accepted' })
    // 首问负责: the previous owner can no longer resolve it
    const denied = await api.http.post(`/api/requests/${req.no}/resolve`).set('Authorization', worker.auth).send({ note: 'x' })
    expect(denied.status).toBe(403)
    expect(denied.body.type).toContain('not_request_owner')
  })

  it('merge › when merged into another open request › then it is merged and its reporters join the target', async () => {
    const { compound, worker, req } = await setup()
    const target = await buildRequest({ compoundId: compound._id })
    const res = await api.http.post(`/api/requests/${req.no}/merge`).set('Authorization', worker.auth).send({ intoNo: target.no })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ status: 'merged', mergedInto: String(target._id) })
    const t = await RequestModel.findById(target._id).lean()
    expect(t?.reporters.map((r) => r.contactId)).toEqual([target.reporters[0].contactId, req.reporters[0].contactId])
    expect(t?.timeline.at(-1)?.type).toBe('merged_in')
    const self = await api.http.post(`/api/requests/${target.no}/merge`).set('Authorization', worker.auth).send({ intoNo: target.no })
    expect(self.status).toBe(409)
  })

  // Every status × every action whose target status is not allowed from it → 409 with the allowed list.
  const ACTION_TARGET: Record<string, RequestStatus> = { accept: 'accepted', start: 'in_progress', resolve: 'resolved', close: 'closed', reopen: 'reopened', reject: 'rejected' }
  const BODY: Record<string, object> = { resolve: { note: '已处理' }, reject: { reason: '不属于受理范围' } }
  const illegal = REQUEST_STATUSES.flatMap((from) =>
    Object.entries(ACTION_TARGET)
      .filter(([, to]) => !TRANSITIONS[from].includes(to))
      .map(([action]) => [from, action] as const),
  )
  it.each(illegal)('illegal transition › when a %s request gets %s › then 409 with the allowed ones and nothing changes', async (from, action) => {
    // Arrange
    const compound = await buildCompound()
    const admin = await adminWithToken()
    const extra = from === 'merged' ? { mergedInto: (await buildRequest({ compoundId: compound._id }))._id } : {}
    const req = await buildRequest({ compoundId: compound._id, status: from, ...extra })
    // Act
    const res = await api.http.post(`/api/requests/${req.no}/${action}`).set('Authorization', admin.auth).send(BODY[action] ?? {})
    // Assert
    expect(res.status).toBe(409)
    expect(res.headers['content-type']).toContain('application/problem+json')
    expect(res.body).toMatchObject({ type: expect.stringContaining('illegal_transition'), details: { from, allowed: [...TRANSITIONS[from]] } })
    const stored = await RequestModel.findById(req._id).lean()
    expect(stored?.status).toBe(from)
    expect(stored?.timeline).toHaveLength(1)
  })

  it.each(['resolved', 'closed', 'rejected', 'merged'] as const)('illegal action › when a %s request is transferred › then 409', async (from) => {
    const compound = await buildCompound()
    const admin = await adminWithToken()
    const other = await workerWithToken([compound._id])
    const extra = from === 'merged' ? { mergedInto: (await buildRequest({ compoundId: compound._id }))._id } : {}
    const req = await buildRequest({ compoundId: compound._id, status: from, ...extra })
    const res = await api.http.post(`/api/requests/${req.no}/assign`).set('Authorization', admin.auth).send({ toUserId: String(other.user._id) })
    expect(res.status).toBe(409)
    expect(res.body.details.allowed).toEqual([...TRANSITIONS[from]])
  })

  it('detail › when fetched › then it has the timeline, flags and the linked conversation', async () => {
    const { worker, req } = await setup()
    const res = await api.http.get(`/api/requests/${req.no}`).set('Authorization', worker.auth)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ no: req.no, status: 'new', statusLabel: '待受理', overdue: false, allowedTransitions: ['accepted', 'rejected', 'merged'], conversation: [] })
    expect(res.body.timeline).toHaveLength(1)
  })

  it('unknown number › then 404 problem', async () => {
    const admin = await adminWithToken()
    const res = await api.http.get('/api/requests/999999').set('Authorization', admin.auth)
    expect(res.status).toBe(404)
    expect(res.body.type).toContain('request_not_found')
  })
})
