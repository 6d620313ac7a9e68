import mongoose, { Types } from 'mongoose'
import { decisionDoc, MessageModel, messageRowDoc, type DecisionFields, type MessageRowFields } from '../../../models/message.model'
import { completeIncomingMessage, incomingRowId, insertIncomingMessage, recordIgnoredMessage, recordOutgoingMessage } from '../../../models/message.repo'
import { useTestDatabase, uniqueId } from '../../helpers/db'

const { BSON } = mongoose.mongo

/*
 * The conversation log's rows are written without mongoose documents (models/message.model.ts messageRowDoc).
 * These tests write the same rows both ways — through a mongoose document, as before, and built directly — and
 * compare what the database holds: every field, its BSON type, and the field order.
 */
describe('conversation-log rows built without mongoose documents', () => {
  useTestDatabase()
  const raw = () => MessageModel.collection
  /** Canonical extended JSON tells int32 from double, dates from strings and keeps field order. */
  const stored = async (_id: Types.ObjectId) => {
    const doc = await raw().findOne({ _id }, { promoteValues: false })
    if (!doc) throw new Error('row not found')
    // The two writes happen at different moments, under different ids and message ids (one row per message id);
    // everything else must match.
    const { _id: id, createdAt, updatedAt, wechatMessageId: _messageId, ...rest } = doc
    return { keys: Object.keys(doc), json: BSON.EJSON.stringify(rest, { relaxed: false }), createdAt, updatedAt, id }
  }
  const bothWays = async (fields: Omit<MessageRowFields, '_id'>) => {
    const viaMongoose = new Types.ObjectId()
    const direct = new Types.ObjectId()
    await MessageModel.create({ ...fields, _id: viaMongoose })
    const now = new Date()
    await raw().insertOne(messageRowDoc({ ...fields, _id: direct, wechatMessageId: `${fields.wechatMessageId}-direct` }, now))
    return { mongoose: await stored(viaMongoose), direct: await stored(direct), now }
  }

  const cases: [string, Omit<MessageRowFields, '_id'>][] = [
    ['a group message just received', { botAccountId: 'bot-1', wechatMessageId: uniqueId('m'), direction: 'in', roomId: 'room@chatroom', talkerId: 'wxid_a', talkerName: '李阿姨', text: '14层的楼道灯坏了😭', type: 'text', mentionIds: ['wxid_bot', 'wxid_b'], sentAt: new Date('2026-12-01T08:00:00.123Z'), state: 'received' }],
    ['a direct message with defaults left to the schema', { botAccountId: 'bot-1', wechatMessageId: uniqueId('m'), direction: 'in', toId: 'bot-1', talkerId: 'wxid_c', sentAt: new Date('2026-12-01T09:00:00Z') }],
    ['a reply of the bot about a request', { botAccountId: 'bot-1', wechatMessageId: uniqueId('out'), direction: 'out', roomId: 'room@chatroom', talkerId: 'bot-1', talkerName: '邻里助手', talkerKind: 'bot', text: '已登记 12 号', type: 'text', mentionIds: [], sentAt: new Date(), state: 'processed', requestId: new Types.ObjectId() }],
    ['an ignored image with its decision', { botAccountId: 'bot-1', wechatMessageId: uniqueId('m'), direction: 'in', roomId: 'room@chatroom', talkerId: 'wxid_d', talkerKind: 'resident', text: '', type: 'image', mentionIds: [], sentAt: new Date(), state: 'processed', decision: { intent: 'ignored', action: 'ignored', reason: 'unsupported-type' } }],
    ['a processed row with every decision field', { botAccountId: 'bot-1', wechatMessageId: uniqueId('m'), direction: 'in', roomId: 'r2@chatroom', groupId: new Types.ObjectId(), compoundId: new Types.ObjectId(), talkerId: 'wxid_e', talkerKind: 'resident', text: '3号楼2单元电梯坏了', sentAt: new Date(), requestId: new Types.ObjectId(), state: 'processed', decision: { intent: 'request', category: 'elevator', faq: 'elderly-allowance', faqScore: 0.25, location: { building: '3', unit: '2', floor: '14', room: '1402' }, urgent: false, confidence: 0.9, action: 'created', reason: 'rate-limited:1' } }],
  ]

  it.each(cases)('when %s is written both ways › then the stored rows are the same, field for field and in order', async (_name, fields) => {
    const { mongoose: a, direct: b, now } = await bothWays(fields)
    expect(b.keys).toEqual(a.keys)
    expect(b.json).toEqual(a.json)
    expect(b.createdAt).toEqual(now)
    expect(b.updatedAt).toEqual(now)
  })

  it('when a location part has spaces around it › then it is trimmed as the schema trims it', () => {
    const d = decisionDoc({ intent: 'request', action: 'created', location: { building: ' 3 ', room: '1402 ' } })
    expect(d.location).toEqual({ building: '3', room: '1402' })
  })

  it('when a decision has fields the schema does not know › then they are not stored', () => {
    const d = decisionDoc({ intent: 'chat', action: 'silent', extra: 'x' } as DecisionFields & { extra: string })
    expect(d).toEqual({ intent: 'chat', action: 'silent' })
  })

  it('when an id is longer than the schema allows or a required one is missing › then the row is refused as mongoose refuses it', async () => {
    const base = { _id: new Types.ObjectId(), botAccountId: 'bot-1', wechatMessageId: uniqueId('m'), direction: 'in' as const, talkerId: 'wxid_f', sentAt: new Date() }
    for (const bad of [{ ...base, roomId: 'x'.repeat(201) }, { ...base, talkerId: '' }, { ...base, sentAt: new Date('nonsense') }]) {
      expect(() => messageRowDoc(bad, new Date())).toThrow(expect.objectContaining({ code: 'message_row_invalid' }))
      await expect(MessageModel.create(bad)).rejects.toThrow()
    }
  })

  it('when many messages arrive at once, some of them twice › then each is stored once and each second delivery is told it is a duplicate', async () => {
    const ids = Array.from({ length: 40 }, () => uniqueId('burst'))
    const row = (wechatMessageId: string) => ({ botAccountId: 'bot-3', wechatMessageId, roomId: 'r9@chatroom', talkerId: 'wxid_h', talkerName: 'H', text: '楼道灯坏了', mentionIds: [], sentAt: new Date() })
    // Every tenth message is delivered twice in the same burst: the batched insert must refuse exactly those.
    const deliveries = [...ids, ...ids.filter((_, i) => i % 10 === 0)].map((id) => insertIncomingMessage(row(id)))
    const outcomes = await Promise.all(deliveries)
    expect(outcomes.filter((o) => o === 'inserted')).toHaveLength(40)
    expect(outcomes.filter((o) => o === 'duplicate')).toHaveLength(4)
    expect(await MessageModel.countDocuments({ botAccountId: 'bot-3' })).toBe(40)
    // A later delivery of one of them is still a duplicate, one at a time as in a quiet group.
    await expect(insertIncomingMessage(row(ids[7]))).resolves.toBe('duplicate')
  })

  it('when the repository stores, completes, ignores and sends › then rows read back through the model as before', async () => {
    const wechatMessageId = uniqueId('m')
    const requestId = new Types.ObjectId()
    const input = { botAccountId: 'bot-2', wechatMessageId, roomId: 'r3@chatroom', talkerId: 'wxid_g', talkerName: 'x'.repeat(150), text: '灯'.repeat(25_000), mentionIds: [], sentAt: new Date() }
    await expect(insertIncomingMessage(input)).resolves.toBe('inserted')
    await expect(insertIncomingMessage(input)).resolves.toBe('duplicate')
    const before = await MessageModel.findById(incomingRowId('bot-2', wechatMessageId)).lean()
    expect(before).toMatchObject({ state: 'received', direction: 'in', talkerKind: 'unknown', type: 'text' })
    expect(before?.text).toHaveLength(20_000)
    expect(before?.talkerName).toHaveLength(100)

    await completeIncomingMessage('bot-2', wechatMessageId, {
      state: 'processed',
      decision: { intent: 'request', category: 'lighting', location: { floor: '14' }, urgent: false, confidence: 0.8, action: 'created' },
      talkerKind: 'resident',
      compoundId: String(new Types.ObjectId()),
      requestId: String(requestId),
      requestCreated: true,
    })
    const after = await MessageModel.findById(incomingRowId('bot-2', wechatMessageId)).lean()
    expect(after).toMatchObject({ state: 'processed', talkerKind: 'resident', requestId, decision: { intent: 'request', category: 'lighting', location: { floor: '14' }, action: 'created' } })
    expect(after?.updatedAt.getTime()).toBeGreaterThan(before!.updatedAt.getTime() - 1)
    expect(after?.compoundId).toBeInstanceOf(Types.ObjectId)

    await expect(recordIgnoredMessage({ botAccountId: 'bot-2', wechatMessageId: uniqueId('img'), roomId: 'r3@chatroom', talkerId: 'wxid_g', talkerName: 'G', text: '', mentionIds: [], sentAt: new Date(), talkerKind: 'resident', type: 'image', reason: 'unsupported-type' })).resolves.toBe('inserted')
    await recordOutgoingMessage({ botAccountId: 'bot-2', wechatMessageId: uniqueId('out'), target: { kind: 'contact', id: 'wxid_g' }, botName: '邻里助手', text: '收到', mentionIds: [], sentAt: new Date(), requestId: String(requestId) })
    const rows = await MessageModel.find({ botAccountId: 'bot-2' }).sort({ createdAt: 1 }).lean()
    expect(rows.map((r) => [r.direction, r.type, r.state, r.talkerKind])).toEqual([
      ['in', 'text', 'processed', 'resident'],
      ['in', 'image', 'processed', 'resident'],
      ['out', 'text', 'processed', 'bot'],
    ])
    expect(rows[1].decision).toMatchObject({ intent: 'ignored', action: 'ignored', reason: 'unsupported-type' })
    expect(rows[2]).toMatchObject({ toId: 'wxid_g', requestId })
  })
})
