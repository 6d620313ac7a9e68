import { Types } from 'mongoose'
import { MessageModel } from '../../../models/message.model'
import { useTestDatabase, uniqueId } from '../../helpers/db'
import { buildCompound, buildGroup, buildRequest } from '../../helpers/factories'
import { adminWithToken, startTestApi, workerWithToken } from './harness'

useTestDatabase()

const HOUR = 3600 * 1000

describe('requests API for the console inbox', () => {
  let api: ReturnType<typeof startTestApi>
  beforeAll(() => {
    api = startTestApi()
  })
  afterAll(() => api.close())

  it('counts › when requests of a compound are in several statuses › then every status is counted, with the overdue ones', async () => {
    // Arrange
    const compound = await buildCompound()
    const other = await buildCompound()
    const worker = await workerWithToken([compound._id])
    const past = new Date(Date.now() - HOUR)
    await buildRequest({ compoundId: compound._id, status: 'new' })
    await buildRequest({ compoundId: compound._id, status: 'new', deadline: past })
    await buildRequest({ compoundId: compound._id, status: 'in_progress', urgent: true })
    await buildRequest({ compoundId: compound._id, status: 'closed', deadline: past })
    await buildRequest({ compoundId: other._id, status: 'new' })
    // Act
    const res = await api.http.get('/api/requests/counts').set('Authorization', worker.auth)
    // Assert
    expect(res.status).toBe(200)
    expect(res.body).toEqual({
      byStatus: { new: 2, accepted: 0, in_progress: 1, resolved: 0, closed: 1, rejected: 0, merged: 0, reopened: 0 },
      total: 4,
      // the closed one is past its deadline but no longer open
      overdue: 1,
    })
  })

  it('counts › when filtered like the list › then only matching requests are counted and the list agrees', async () => {
    // Arrange
    const compound = await buildCompound()
    const admin = await adminWithToken()
    await buildRequest({ compoundId: compound._id, status: 'new', urgent: true, category: 'elevator', summary: '电梯困人' })
    await buildRequest({ compoundId: compound._id, status: 'accepted', urgent: true, category: 'elevator', summary: '电梯异响' })
    await buildRequest({ compoundId: compound._id, status: 'new', category: 'lighting' })
    const filter = `compoundId=${compound._id}&urgent=true&category=elevator`
    // Act
    const counts = await api.http.get(`/api/requests/counts?${filter}`).set('Authorization', admin.auth)
    const list = await api.http.get(`/api/requests?${filter}&status=new`).set('Authorization', admin.auth)
    const searched = await api.http.get(`/api/requests/counts?compoundId=${compound._id}&q=${encodeURIComponent('困人')}`).set('Authorization', admin.auth)
    // Assert
    expect(counts.status).toBe(200)
    expect(counts.body.byStatus).toMatchObject({ new: 1, accepted: 1 })
    expect(counts.body.total).toBe(2)
    expect(list.body.total).toBe(counts.body.byStatus.new)
    expect(searched.body.total).toBe(1)
  })

  it('list › when the same list is asked again after a request was accepted, made or paged › then each answer is current', async () => {
    // Arrange
    const compound = await buildCompound()
    const worker = await workerWithToken([compound._id])
    const made = []
    for (let i = 0; i < 3; i++) made.push(await buildRequest({ compoundId: compound._id, status: 'new', summary: `第${i}件` }))
    const list = (page = 1) => api.http.get(`/api/requests?compoundId=${compound._id}&status=new&pageSize=2&page=${page}`).set('Authorization', worker.auth)
    const nos = (res: { body: { items: { no: number }[] } }) => res.body.items.map((r) => r.no)
    const first = await list()
    const secondPage = await list(2)
    // Act
    await api.http.post(`/api/requests/${made[2].no}/accept`).set('Authorization', worker.auth).send({})
    const afterAccept = await list()
    const newer = await buildRequest({ compoundId: compound._id, status: 'new', summary: '第3件' })
    const afterNew = await list()
    // Assert: newest first; the accepted one leaves the list of new requests, the new one enters it
    expect(first.body.total).toBe(3)
    expect(nos(first)).toEqual([made[2].no, made[1].no])
    expect(nos(secondPage)).toEqual([made[0].no])
    expect(afterAccept.body.total).toBe(2)
    expect(nos(afterAccept)).toEqual([made[1].no, made[0].no])
    expect(afterNew.body.total).toBe(3)
    expect(nos(afterNew)).toEqual([newer.no, made[1].no])
  })

  it('counts › when a worker asks about a compound they do not serve › then all counts are zero; unknown filters › 400', async () => {
    const compound = await buildCompound()
    const worker = await workerWithToken([])
    await buildRequest({ compoundId: compound._id })
    const res = await api.http.get(`/api/requests/counts?compoundId=${compound._id}`).set('Authorization', worker.auth)
    const bad = await api.http.get('/api/requests/counts?status=new').set('Authorization', worker.auth)
    expect(res.status).toBe(200)
    expect(res.body.total).toBe(0)
    expect(res.body.byStatus.new).toBe(0)
    expect(bad.status).toBe(400)
  })

  it('detail › when the request came from a group › then `context` holds the group messages around the report, the linked ones marked', async () => {
    // Arrange
    const compound = await buildCompound()
    const worker = await workerWithToken([compound._id])
    const group = await buildGroup({ compoundId: compound._id })
    const otherRoom = await buildGroup({ compoundId: compound._id })
    const req = await buildRequest({ compoundId: compound._id, roomId: group.roomId })
    const t0 = Date.now() - 2 * HOUR
    const at = (minutes: number) => new Date(t0 + minutes * 60_000)
    const msg = (roomId: string, sentAt: Date, text: string, extra: Record<string, unknown> = {}) =>
      MessageModel.create({ botAccountId: 'bot', wechatMessageId: uniqueId('m'), direction: 'in', roomId, compoundId: compound._id, talkerId: uniqueId('wxid'), text, sentAt, ...extra })
    for (let i = 0; i < 7; i++) await msg(group.roomId, at(i), `早先的聊天${i}`)
    await msg(otherRoom.roomId, at(9), '别的群的消息')
    await msg(group.roomId, at(10), '3号楼楼道灯坏了，电话13812345678', { requestId: req._id, decision: { intent: 'request', category: 'lighting', action: 'created' } })
    await MessageModel.create({ botAccountId: 'bot', wechatMessageId: uniqueId('out'), direction: 'out', roomId: group.roomId, talkerId: 'bot', talkerKind: 'bot', text: '收到，已登记', sentAt: at(11) })
    await msg(group.roomId, at(12), '我家那层也不亮')
    // Act
    const res = await api.http.get(`/api/requests/${req.no}`).set('Authorization', worker.auth)
    // Assert
    expect(res.status).toBe(200)
    const context = res.body.context as { text: string; linked: boolean; direction: string }[]
    expect(context.map((m) => m.text)).toEqual(['早先的聊天2', '早先的聊天3', '早先的聊天4', '早先的聊天5', '早先的聊天6', '3号楼楼道灯坏了，电话138****5678', '收到，已登记', '我家那层也不亮'])
    expect(context.filter((m) => m.linked).map((m) => m.text)).toEqual(['3号楼楼道灯坏了，电话138****5678'])
    expect(context.find((m) => m.direction === 'out')).toBeDefined()
    expect(res.body.conversation).toHaveLength(1)
  })

  it('detail › when the request was entered in the console › then context is empty', async () => {
    const compound = await buildCompound()
    const worker = await workerWithToken([compound._id])
    const req = await buildRequest({ compoundId: compound._id, source: 'console' })
    const res = await api.http.get(`/api/requests/${req.no}`).set('Authorization', worker.auth)
    expect(res.status).toBe(200)
    expect(res.body.context).toEqual([])
  })
})

describe('conversations API for the console', () => {
  let api: ReturnType<typeof startTestApi>
  beforeAll(() => {
    api = startTestApi()
  })
  afterAll(() => api.close())

  it('when a message created a request › then it carries the request number; the bot replies in the worker’s groups are listed too', async () => {
    // Arrange
    const compound = await buildCompound()
    const worker = await workerWithToken([compound._id])
    const group = await buildGroup({ compoundId: compound._id })
    const foreign = await buildGroup()
    const req = await buildRequest({ compoundId: compound._id, roomId: group.roomId })
    const now = Date.now()
    await MessageModel.create({ botAccountId: 'bot', wechatMessageId: uniqueId('m'), direction: 'in', roomId: group.roomId, compoundId: compound._id, talkerId: uniqueId('wxid'), text: '楼道灯坏了', sentAt: new Date(now - 2000), requestId: req._id, decision: { intent: 'request', action: 'created' } })
    // The bot's own messages carry the room but no compound.
    await MessageModel.create({ botAccountId: 'bot', wechatMessageId: uniqueId('out'), direction: 'out', roomId: group.roomId, talkerId: 'bot', talkerKind: 'bot', text: `收到，已登记为第${req.no}号诉求`, sentAt: new Date(now - 1000) })
    await MessageModel.create({ botAccountId: 'bot', wechatMessageId: uniqueId('out'), direction: 'out', roomId: foreign.roomId, talkerId: 'bot', talkerKind: 'bot', text: '别的小区的回复', sentAt: new Date(now) })
    await MessageModel.create({ botAccountId: 'bot', wechatMessageId: uniqueId('m'), direction: 'in', roomId: group.roomId, compoundId: compound._id, talkerId: uniqueId('wxid'), text: '不存在的工单', sentAt: new Date(now - 3000), requestId: new Types.ObjectId() })
    // Act
    const all = await api.http.get('/api/conversations?pageSize=100').set('Authorization', worker.auth)
    const ofGroup = await api.http.get(`/api/conversations?groupId=${group._id}`).set('Authorization', worker.auth)
    // Assert
    expect(all.status).toBe(200)
    const texts = all.body.items.map((m: { text: string }) => m.text)
    expect(texts).toEqual([`收到，已登记为第${req.no}号诉求`, '楼道灯坏了', '不存在的工单'])
    expect(ofGroup.body.items.map((m: { direction: string }) => m.direction)).toEqual(['out', 'in', 'in'])
    expect(ofGroup.body.items[1]).toMatchObject({ requestId: String(req._id), requestNo: req.no })
    expect(ofGroup.body.items[2].requestNo).toBeUndefined()
  })
})
