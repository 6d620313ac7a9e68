import mongoose from 'mongoose'
import { ALL_MODELS, ensureIndexes, indexesToCreate } from '../../../models'
import { CompoundModel } from '../../../models/compound.model'
import { nextSequence } from '../../../models/counter.model'
import { DeliveryModel } from '../../../models/delivery.model'
import { FaqModel } from '../../../models/faq.model'
import { GroupModel } from '../../../models/group.model'
import { MessageModel } from '../../../models/message.model'
import { NoticeModel } from '../../../models/notice.model'
import { RequestModel } from '../../../models/request.model'
import { ResidentModel, setAllowedResidentTags, DEFAULT_RESIDENT_TAGS } from '../../../models/resident.model'
import { UserModel } from '../../../models/user.model'
import { testIndexOptions, uniqueId, useTestDatabase } from '../../helpers/db'
import { buildCompound, buildFaq, buildGroup, buildRequest, buildResident, buildUser, objectId } from '../../helpers/factories'

useTestDatabase()

async function indexKeys(model: mongoose.Model<any>): Promise<{ key: Record<string, number>; unique: boolean }[]> {
  const indexes = await model.collection.indexes()
  return indexes.map((i) => ({ key: i.key as Record<string, number>, unique: Boolean(i.unique) }))
}

function validationErrorPaths(err: unknown): string[] {
  expect(err).toBeInstanceOf(mongoose.Error.ValidationError)
  return Object.keys((err as mongoose.Error.ValidationError).errors)
}

describe('models › indexes', () => {
  /** Asserts that exactly the indexes `ensureIndexes(opts)` should create (besides `_id`) are on the server. */
  async function expectIndexes(model: mongoose.Model<any>, opts: { uniqueOnly: boolean }): Promise<void> {
    const onServer = (await indexKeys(model)).filter((i) => JSON.stringify(i.key) !== '{"_id":1}')
    const wanted = indexesToCreate(model.schema, opts)
    expect(onServer).toHaveLength(wanted.length)
    for (const [fields, options] of wanted) {
      const match = onServer.find((i) => JSON.stringify(i.key) === JSON.stringify(fields))
      expect(match).toBeDefined()
      expect(match!.unique).toBe(Boolean((options as { unique?: boolean }).unique))
    }
  }

  it.each(ALL_MODELS.map((m) => [m.modelName, m] as const))('%s › when indexes are ensured as the product does on this server › then they exist on the server', async (_name, model) => {
    await expectIndexes(model, testIndexOptions())
  })

  it('ensureIndexes › when switched between every index and unique ones only › then the other indexes are created, then dropped; unique ones always stay', async () => {
    await ensureIndexes({ uniqueOnly: false })
    for (const m of ALL_MODELS) await expectIndexes(m, { uniqueOnly: false })
    expect((await indexKeys(MessageModel)).length).toBe(6)
    await ensureIndexes({ uniqueOnly: true })
    for (const m of ALL_MODELS) await expectIndexes(m, { uniqueOnly: true })
    expect(await indexKeys(MessageModel)).toEqual([{ key: { _id: 1 }, unique: false }, { key: { botAccountId: 1, wechatMessageId: 1 }, unique: true }])
    await ensureIndexes(testIndexOptions())
  })

  it.each([
    ['Request.no', async () => { const r = await buildRequest(); await buildRequest({ no: r.no }) }],
    ['Group.roomId', async () => { const g = await buildGroup(); await buildGroup({ roomId: g.roomId }) }],
    ['User.username', async () => { const u = await buildUser(); await buildUser({ username: u.username }) }],
    ['Compound.name', async () => { const c = await buildCompound(); await buildCompound({ name: c.name }) }],
    ['Faq.topic', async () => { const f = await buildFaq(); await buildFaq({ topic: f.topic }) }],
    ['Message (botAccountId, wechatMessageId)', async () => {
      const row = { botAccountId: 'bot-1', wechatMessageId: uniqueId('msg'), direction: 'in', talkerId: 'wx1', sentAt: new Date() }
      await MessageModel.create(row)
      await MessageModel.create(row)
    }],
    ['Delivery.idempotencyKey', async () => {
      const row = { kind: 'notice', target: { kind: 'room', id: 'r1' }, text: '通知', idempotencyKey: uniqueId('key') }
      await DeliveryModel.create(row)
      await DeliveryModel.create(row)
    }],
  ])('unique %s › when a duplicate is inserted › then the server rejects it (E11000)', async (_name, act) => {
    await expect(act()).rejects.toMatchObject({ code: 11000 })
  })

  it('Message › when the same id arrives for another bot account › then both are stored', async () => {
    const id = uniqueId('msg')
    await MessageModel.create({ botAccountId: 'bot-a', wechatMessageId: id, direction: 'in', talkerId: 'wx1', sentAt: new Date() })
    await MessageModel.create({ botAccountId: 'bot-b', wechatMessageId: id, direction: 'in', talkerId: 'wx1', sentAt: new Date() })
    expect(await MessageModel.countDocuments({ wechatMessageId: id })).toBe(2)
  })
})

describe('models › validation', () => {
  it('Compound › when required fields are missing › then name, streetOffice and community are reported', async () => {
    const err = await CompoundModel.create({}).catch((e: unknown) => e)
    expect(validationErrorPaths(err).sort()).toEqual(['community', 'name', 'streetOffice'])
  })

  it('Compound › when two grids share a code › then it is rejected', async () => {
    const err = await buildCompound({ grids: [{ code: 'G1', name: 'a' }, { code: 'G1', name: 'b' }] }).catch((e: unknown) => e)
    expect(validationErrorPaths(err)).toContain('grids')
  })

  it('Group › when the kind is unknown › then it is rejected', async () => {
    const err = await GroupModel.create({ roomId: 'x@chatroom', kind: 'party' }).catch((e: unknown) => e)
    expect(validationErrorPaths(err)).toEqual(['kind'])
  })

  it.each([
    [{ phone: '12345' }, 'phone'],
    [{ tags: ['外星人'] }, 'tags'],
    [{ birthday: { calendar: 'solar', month: 2, day: 30 } }, 'birthday.day'],
    [{ birthday: { calendar: 'solar', month: 13, day: 1 } }, 'birthday.month'],
    [{ birthday: { calendar: 'solar', month: 5, day: 1, isLeapMonth: true } }, 'birthday.isLeapMonth'],
    [{ partyJoinDate: '1971/07/01' }, 'partyJoinDate'],
    [{ compoundId: undefined }, 'compoundId'],
  ])('Resident › when %j › then %s is invalid', async (overrides, path) => {
    const doc = new ResidentModel({ name: '王奶奶', compoundId: objectId(), ...overrides })
    const err = await doc.validate().catch((e: unknown) => e)
    expect(validationErrorPaths(err)).toContain(path)
  })

  it('Resident › when saved with a lunar leap-month birthday and party date › then index keys are derived', async () => {
    const r = await buildResident({ birthday: { calendar: 'lunar', month: 4, day: 8, isLeapMonth: true }, partyMember: true, partyJoinDate: '1975-07-01', phone: '13812345678' })
    expect(r.birthdayKey).toBe('lunar:L04-08')
    expect(r.partyJoinKey).toBe('07-01')
    expect(await ResidentModel.countDocuments({ birthdayKey: 'lunar:L04-08', _id: r._id })).toBe(1)
  })

  it('Resident › when the configured tag list changes › then new tags are accepted', async () => {
    setAllowedResidentTags([...DEFAULT_RESIDENT_TAGS, '新就业群体'])
    try {
      const r = await buildResident({ tags: ['新就业群体'] })
      expect(r.tags).toEqual(['新就业群体'])
    } finally {
      setAllowedResidentTags(DEFAULT_RESIDENT_TAGS)
    }
  })

  it.each([
    [{ role: 'superuser' }, 'role'],
    [{ username: 'A B' }, 'username'],
    [{ phone: 'abc' }, 'phone'],
  ])('User › when %j › then %s is invalid', async (overrides, path) => {
    const err = await new UserModel({ username: 'worker1', name: '小刘', role: 'worker', ...overrides }).validate().catch((e: unknown) => e)
    expect(validationErrorPaths(err)).toContain(path)
  })

  it('User › when read back › then the password hash is not selected by default', async () => {
    const u = await buildUser({ passwordHash: '$argon2id$fake' })
    const read = await UserModel.findById(u._id).lean()
    expect(read).not.toHaveProperty('passwordHash')
    const withHash = await UserModel.findById(u._id).select('+passwordHash').lean()
    expect(withHash?.passwordHash).toBe('$argon2id$fake')
  })

  it.each([
    [{ category: 'weather' }, 'category'],
    [{ status: 'lost' }, 'status'],
    [{ reporters: [] }, 'reporters'],
    [{ status: 'merged' }, 'mergedInto'],
    [{ rating: { score: 6 } }, 'rating.score'],
    [{ deadline: undefined }, 'deadline'],
  ])('Request › when %j › then %s is invalid', async (overrides, path) => {
    const doc = new RequestModel({
      no: 1, compoundId: objectId(), summary: 's', category: 'lighting', deadline: new Date(),
      reporters: [{ contactId: 'wx', at: new Date() }], ...overrides,
    })
    const err = await doc.validate().catch((e: unknown) => e)
    expect(validationErrorPaths(err)).toContain(path)
  })

  it('Request › when categoryAlt equals category › then categoryAlt is dropped', async () => {
    const r = await buildRequest({ category: 'water', categoryAlt: 'water' })
    expect(r.categoryAlt).toBeUndefined()
  })

  it('Faq › when a topic has no variants or a bad key › then it is rejected', async () => {
    const err = await new FaqModel({ topic: 'Bad Key', title: 't', variants: [], answer: 'a' }).validate().catch((e: unknown) => e)
    expect(validationErrorPaths(err).sort()).toEqual(['topic', 'variants'])
  })

  it.each([
    [{ schedule: { kind: 'once' } }, 'schedule.at'],
    [{ schedule: { kind: 'cron' } }, 'schedule.cron'],
    [{ targets: { kind: 'compounds', compoundIds: [] } }, 'targets.compoundIds'],
    [{ targets: { kind: 'tags', tags: [] } }, 'targets.tags'],
  ])('Notice › when %j › then %s is invalid', async (overrides, path) => {
    const doc = new NoticeModel({ title: '通知', content: '内容', targets: { kind: 'all' }, schedule: { kind: 'once', at: new Date() }, ...overrides })
    const err = await doc.validate().catch((e: unknown) => e)
    expect(validationErrorPaths(err)).toContain(path)
  })

  it('Delivery › when the status is unknown › then it is rejected', async () => {
    const err = await new DeliveryModel({ kind: 'notice', target: { kind: 'room', id: 'r' }, text: 't', idempotencyKey: 'k', status: 'maybe' }).validate().catch((e: unknown) => e)
    expect(validationErrorPaths(err)).toEqual(['status'])
  })
})

describe('models › counters', () => {
  it('nextSequence › when called concurrently › then every number is distinct and consecutive', async () => {
    const name = uniqueId('seq')
    const numbers = await Promise.all(Array.from({ length: 20 }, () => nextSequence(name)))
    expect([...numbers].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1))
  })

  it('nextSequence › when another process took the next numbers meanwhile › then this one continues after them', async () => {
    const { SequenceModel } = await import('../../../models/counter.model')
    const name = uniqueId('seq')
    expect([await nextSequence(name), await nextSequence(name)]).toEqual([1, 2])
    // Another process takes 3 and 4 (as nextSequence stores a number).
    await SequenceModel.create([{ _id: `${name}:3`, name, n: 3 }, { _id: `${name}:4`, name, n: 4 }])
    expect(await nextSequence(name)).toBe(5)
    expect(await SequenceModel.countDocuments({ name })).toBe(5)
  })

  it('nextSequence › when the numbers this process took were removed (a database reset) › then it starts again from 1', async () => {
    const { SequenceModel } = await import('../../../models/counter.model')
    const name = uniqueId('seq')
    expect([await nextSequence(name), await nextSequence(name), await nextSequence(name)]).toEqual([1, 2, 3])
    await SequenceModel.deleteMany({ name })
    expect([await nextSequence(name), await nextSequence(name)]).toEqual([1, 2])
  })
})

describe('models › claims', () => {
  it('tryClaim › when 20 callers race for one key › then exactly one wins', async () => {
    const { tryClaim, claimHolder } = await import('../../../models/claim.model')
    const key = uniqueId('claim')
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => tryClaim(key, `holder-${i}`, new Date())))
    expect(results.filter(Boolean)).toHaveLength(1)
    const winner = results.indexOf(true)
    expect((await claimHolder(key))?.holder).toBe(`holder-${winner}`)
  })
})
