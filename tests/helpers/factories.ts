import { Types } from 'mongoose'
import { CompoundModel } from '../../models/compound.model'
import { nextSequence } from '../../models/counter.model'
import { FaqModel } from '../../models/faq.model'
import { GroupModel } from '../../models/group.model'
import { RequestModel } from '../../models/request.model'
import { ResidentModel } from '../../models/resident.model'
import { UserModel } from '../../models/user.model'
import { uniqueId } from './db'

type Overrides = Record<string, unknown>

/** Creates a compound with one grid and unique names. */
export async function buildCompound(overrides: Overrides = {}) {
  const doc = await CompoundModel.create({
    name: uniqueId('小区'),
    streetOffice: '测试街道',
    community: '测试社区',
    grids: [{ code: 'G1', name: '第一网格', workerIds: [], buildings: ['1', '2'] }],
    ...overrides,
  })
  return doc.toObject()
}

/** Creates a worker (or admin) user with a unique username. */
export async function buildUser(overrides: Overrides = {}) {
  const doc = await UserModel.create({
    username: uniqueId('user').toLowerCase(),
    name: '测试网格员',
    role: 'worker',
    wechatId: uniqueId('wxid'),
    ...overrides,
  })
  return doc.toObject()
}

/** Creates a resident in the given (or a new) compound. */
export async function buildResident(overrides: Overrides = {}) {
  const compoundId = overrides.compoundId ?? (await buildCompound())._id
  const doc = await ResidentModel.create({ name: '张阿姨', wechatId: uniqueId('wxid'), building: '3', unit: '2', room: '501', ...overrides, compoundId })
  return doc.toObject()
}

/** Creates a room bound to a compound. */
export async function buildGroup(overrides: Overrides = {}) {
  const doc = await GroupModel.create({ roomId: `${uniqueId('room')}@chatroom`, topic: uniqueId('业主群'), ...overrides })
  return doc.toObject()
}

/** Creates a request with a fresh number, a reporter and a deadline a day away. */
export async function buildRequest(overrides: Overrides = {}) {
  const compoundId = overrides.compoundId ?? (await buildCompound())._id
  const now = new Date()
  const doc = await RequestModel.create({
    no: await nextSequence('request'),
    compoundId,
    reporters: [{ contactId: uniqueId('wxid'), name: '李大爷', at: now }],
    messages: [{ text: '楼道灯坏了', at: now }],
    summary: '楼道灯坏了',
    category: 'lighting',
    deadline: new Date(now.getTime() + 24 * 3600 * 1000),
    timeline: [{ at: now, actor: { kind: 'resident', name: '李大爷' }, type: 'created', toStatus: 'new' }],
    ...overrides,
  })
  return doc.toObject()
}

/** Creates an active knowledge-base topic with a unique key. */
export async function buildFaq(overrides: Overrides = {}) {
  const doc = await FaqModel.create({
    topic: uniqueId('topic').toLowerCase(),
    title: '测试话题',
    variants: ['怎么办理'],
    answer: '请带身份证到社区服务站办理。',
    ...overrides,
  })
  return doc.toObject()
}

/** A fresh ObjectId. */
export function objectId(): Types.ObjectId {
  return new Types.ObjectId()
}
