import { FaqModel } from '../../../models/faq.model'
import { GroupModel } from '../../../models/group.model'
import { MessageModel } from '../../../models/message.model'
import { onFaqsChanged } from '../../../models/faq.repo'
import { SEED_FAQS } from '../../../domain/knowledge'
import { useTestDatabase, uniqueId } from '../../helpers/db'
import { buildCompound, buildGroup } from '../../helpers/factories'
import { adminWithToken, startTestApi, workerWithToken } from './harness'

useTestDatabase()

describe('knowledge base, settings, groups and conversations', () => {
  let api: ReturnType<typeof startTestApi>
  beforeAll(() => {
    api = startTestApi()
  })
  afterAll(() => api.close())

  it('faqs › create, edit (revision bumps, listeners told), try answers like the bot, delete', async () => {
    // Arrange
    const admin = await adminWithToken()
    const seed = SEED_FAQS.find((f) => f.topic === 'elderly-allowance')!
    const changes: number[] = []
    const off = onFaqsChanged((v) => changes.push(v))
    // Act
    const created = await api.http.post('/api/faqs').set('Authorization', admin.auth).send({ topic: seed.topic, title: seed.title, variants: seed.questions, keywords: seed.keywords ?? [], answer: seed.answer, source: '测试', sourceDate: '2026-01-01' })
    const dup = await api.http.post('/api/faqs').set('Authorization', admin.auth).send({ topic: seed.topic, title: 'x', variants: ['x'], answer: 'x' })
    const edited = await api.http.patch(`/api/faqs/${created.body.id}`).set('Authorization', admin.auth).send({ answer: '年满80周岁的本地户籍老人可申请高龄津贴。' })
    const tried = await api.http.post('/api/faqs/try').set('Authorization', admin.auth).send({ text: '我妈今年80岁了，高龄津贴怎么申请？' })
    const removed = await api.http.delete(`/api/faqs/${created.body.id}`).set('Authorization', admin.auth)
    off()
    // Assert
    expect(created.status).toBe(201)
    expect(dup.status).toBe(409)
    expect(edited.body.revision).toBe(2)
    expect(changes).toHaveLength(3)
    expect(tried.status).toBe(200)
    expect(tried.body).toMatchObject({ answered: true, answer: { topic: 'elderly-allowance', text: '年满80周岁的本地户籍老人可申请高龄津贴。' } })
    expect(removed.status).toBe(204)
    expect(await FaqModel.countDocuments({ topic: seed.topic })).toBe(0)
  })

  it('faqs › when only phrasings or keywords change › then the revision stays, so the policy push does not resend an unchanged answer', async () => {
    const admin = await adminWithToken()
    const created = await api.http.post('/api/faqs').set('Authorization', admin.auth).send({ topic: 'dibao', title: '低保申请', variants: ['低保怎么申请'], answer: '携带户口本到社区申请。', pushTags: ['低保'] })
    const phrasing = await api.http.patch(`/api/faqs/${created.body.id}`).set('Authorization', admin.auth).send({ variants: ['低保怎么申请', '吃低保要啥材料'], keywords: ['低保'] })
    const sameAnswer = await api.http.patch(`/api/faqs/${created.body.id}`).set('Authorization', admin.auth).send({ answer: '携带户口本到社区申请。' })
    const newAnswer = await api.http.patch(`/api/faqs/${created.body.id}`).set('Authorization', admin.auth).send({ answer: '携带户口本、收入证明到社区申请。' })
    expect(created.body.revision).toBe(1)
    expect(phrasing.body).toMatchObject({ revision: 1, variants: ['低保怎么申请', '吃低保要啥材料'] })
    expect(sameAnswer.body.revision).toBe(1)
    expect(newAnswer.body.revision).toBe(2)
    await api.http.delete(`/api/faqs/${created.body.id}`).set('Authorization', admin.auth)
  })

  it('time limits › admin changes the policy › then it is stored and new requests use it; bad policy › 400', async () => {
    const admin = await adminWithToken()
    const current = await api.http.get('/api/settings/time-limits').set('Authorization', admin.auth)
    const policy = { ...current.body, urgent: { hours: 4 } }
    const saved = await api.http.put('/api/settings/time-limits').set('Authorization', admin.auth).send(policy)
    const bad = await api.http.put('/api/settings/time-limits').set('Authorization', admin.auth).send({ ...policy, limits: { ...policy.limits, water: { kind: 'working-days', days: 0 } } })
    const compound = await buildCompound()
    const now = new Date()
    const r = await api.requests.createRequest({ compoundId: String(compound._id), reporter: { contactId: uniqueId('wxid') }, summary: '燃气味很重', category: 'safety', urgent: true }, now)
    await api.http.put('/api/settings/time-limits').set('Authorization', admin.auth).send(current.body)
    expect(saved.status).toBe(200)
    expect(saved.body.urgent).toEqual({ hours: 4 })
    expect(bad.status).toBe(400)
    expect(bad.body.field).toBe('limits.water.days')
    expect(r.deadline.getTime() - now.getTime()).toBe(4 * 3600_000)
  })

  it('groups › admin binds and unbinds a room; worker cannot', async () => {
    const admin = await adminWithToken()
    const compound = await buildCompound()
    const worker = await workerWithToken([compound._id])
    const group = await buildGroup()
    const denied = await api.http.post(`/api/groups/${group._id}/bind`).set('Authorization', worker.auth).send({ compoundId: String(compound._id) })
    const bound = await api.http.post(`/api/groups/${group._id}/bind`).set('Authorization', admin.auth).send({ compoundId: String(compound._id), gridCode: 'G1' })
    const listed = await api.http.get(`/api/groups?compoundId=${compound._id}`).set('Authorization', worker.auth)
    const unbound = await api.http.post(`/api/groups/${group._id}/unbind`).set('Authorization', admin.auth)
    expect(denied.status).toBe(403)
    expect(bound.body).toMatchObject({ compoundId: String(compound._id), gridCode: 'G1' })
    expect(listed.body.items.map((g: { id: string }) => g.id)).toEqual([String(group._id)])
    expect(unbound.body.compoundId).toBeUndefined()
    expect((await GroupModel.findById(group._id).lean())?.compoundId).toBeUndefined()
  })

  it('conversations › per group, searchable, with decisions; phones scrubbed for workers', async () => {
    const compound = await buildCompound()
    const worker = await workerWithToken([compound._id])
    const group = await buildGroup({ compoundId: compound._id })
    const base = { botAccountId: 'bot', direction: 'in', roomId: group.roomId, compoundId: compound._id, talkerId: uniqueId('wxid'), sentAt: new Date() }
    await MessageModel.create({ ...base, wechatMessageId: uniqueId('m'), text: '楼道灯坏了，电话13812345678', decision: { intent: 'request', category: 'lighting', action: 'created' } })
    await MessageModel.create({ ...base, wechatMessageId: uniqueId('m'), text: '今天天气不错', decision: { intent: 'chat', action: 'silent' } })
    const res = await api.http.get(`/api/conversations?groupId=${group._id}&q=${encodeURIComponent('楼道')}`).set('Authorization', worker.auth)
    expect(res.status).toBe(200)
    expect(res.body.items).toHaveLength(1)
    expect(res.body.items[0]).toMatchObject({ text: '楼道灯坏了，电话138****5678', decision: { intent: 'request', action: 'created' } })
  })
})
