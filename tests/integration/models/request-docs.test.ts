import mongoose, { Types } from 'mongoose'
import { RequestModel, requestDoc, type NewRequestFields } from '../../../models/request.model'
import { useTestDatabase } from '../../helpers/db'

const { BSON } = mongoose.mongo

/*
 * A new request's document is built without a mongoose document (models/request.model.ts requestDoc). These tests
 * write the same request both ways — through a mongoose document, as before, and built directly — and compare what
 * the database holds: every field, its BSON type, and the field order.
 */
describe('request documents built without mongoose documents', () => {
  useTestDatabase()
  let nextNo = 900_000
  const id = () => String(new Types.ObjectId())
  const stored = async (_id: Types.ObjectId) => {
    const doc = await RequestModel.collection.findOne({ _id }, { promoteValues: false })
    if (!doc) throw new Error('request not found')
    // Written at different moments under different ids and numbers (the number is unique); the rest must match.
    const { _id: _ignored, no: _no, updatedAt, ...rest } = doc
    return { keys: Object.keys(doc), json: BSON.EJSON.stringify(rest, { relaxed: false }), updatedAt }
  }
  const bothWays = async (fields: Omit<NewRequestFields, '_id' | 'no'>) => {
    const viaMongoose = new Types.ObjectId()
    const direct = new Types.ObjectId()
    await RequestModel.create({ ...fields, _id: viaMongoose, no: nextNo++ })
    const now = new Date()
    await RequestModel.collection.insertOne(requestDoc({ ...fields, _id: direct, no: nextNo++ }, now))
    return { mongoose: await stored(viaMongoose), direct: await stored(direct), now }
  }

  const at = new Date('2026-12-07T02:03:04.567Z')
  const deadline = new Date('2026-12-08T10:00:00Z')
  const cases: [string, Omit<NewRequestFields, '_id' | 'no'>][] = [
    ['a group report routed to a grid worker, with its room context', {
      compoundId: id(), gridCode: 'G1', groupId: id(), roomId: 'r1@chatroom', source: 'group', kind: 'request', private: false,
      reporters: [{ residentId: id(), contactId: 'wxid_a', name: '李阿姨', roomId: 'r1@chatroom', at, messageId: 'm-1' }],
      messages: [{ messageId: 'm-1', text: '3号楼2单元14层楼道灯坏了', at, contactId: 'wxid_a' }],
      summary: '  3号楼2单元14层楼道灯坏了 ', category: 'lighting', categoryAlt: 'safety', location: { building: ' 3', unit: '2 ', floor: '14' },
      urgent: true, status: 'new', ownerId: id(), ownerName: '网格员小刘', deadline, responseDeadline: new Date('2026-12-07T03:03:04Z'),
      timeline: [{ at, actor: { kind: 'resident', id: 'wxid_a', name: '李阿姨' }, type: 'created', toStatus: 'new', data: { routedTo: id() } }],
      linkedRowIds: [new Types.ObjectId()], contextRowIds: [new Types.ObjectId(), new Types.ObjectId()], createdAt: at,
    }],
    ['a private consultation by direct message, nobody to route it to', {
      compoundId: id(), source: 'consultation', kind: 'consultation', private: true,
      reporters: [{ contactId: 'wxid_b', name: '老王', at, messageId: 'm-2' }],
      messages: [{ messageId: 'm-2', text: '拆迁款什么时候发', at, contactId: 'wxid_b' }],
      summary: '拆迁款什么时候发', category: 'other', categoryAlt: 'other', urgent: false, status: 'new', deadline,
      timeline: [{ at, actor: { kind: 'resident', id: 'wxid_b', name: '老王' }, type: 'created', toStatus: 'new' }],
      linkedRowIds: [], contextRowIds: [], createdAt: at,
    }],
    ['a phone report a worker registered in the console', {
      compoundId: id(), gridCode: 'G2', source: 'console', kind: 'request', private: false,
      reporters: [{ name: '张大爷', at }], messages: [],
      summary: '楼下井盖松了', category: 'facilities', urgent: false, status: 'new', ownerId: id(), ownerName: '网格员小赵', deadline,
      timeline: [{ at, actor: { kind: 'worker', id: id(), name: '网格员小赵' }, type: 'created', toStatus: 'new', text: '电话登记', relayed: false }],
      linkedRowIds: [], contextRowIds: [], createdAt: at,
    }],
  ]

  it.each(cases)('when %s is written both ways › then the stored documents are the same, field for field and in order', async (_name, fields) => {
    const { mongoose: a, direct: b, now } = await bothWays(fields)
    expect(b.keys).toEqual(a.keys)
    expect(b.json).toEqual(a.json)
    expect(b.updatedAt).toEqual(now)
  })

  it.each([
    ['no reporter', { reporters: [] }],
    ['a summary of spaces', { summary: '   ' }],
    ['an unknown category', { category: 'weather' }],
    ['an owner name longer than 50 characters', { ownerName: '某'.repeat(51) }],
    ['a location part longer than 20 characters', { location: { room: '1'.repeat(21) } }],
    ['an unknown timeline event', { timeline: [{ at, actor: { kind: 'resident' }, type: 'vanished' }] }],
    ['a merged request that names no target', { status: 'merged' }],
  ])('when a request has %s › then it is refused, as mongoose refuses it', async (_name, bad) => {
    const base = cases[0][1]
    const fields = { ...base, ...bad, _id: new Types.ObjectId(), no: nextNo++ } as NewRequestFields
    expect(() => requestDoc(fields, new Date())).toThrow(expect.objectContaining({ code: 'request_invalid' }))
    await expect(RequestModel.create(fields)).rejects.toThrow()
  })
})
