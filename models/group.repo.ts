import { Types } from 'mongoose'
import type { GroupPort, GroupView } from '../domain/intake/ports'
import type { GroupAdminView } from '../domain/api-views'
import { GroupModel } from './group.model'
import { isDuplicateKeyError } from './common'
import { cachedGroupByRoomId } from './roster-cache'

/** Maps a lean group document to a {@link GroupView}. */
export function toGroupView(d: any): GroupView {
  return {
    id: String(d._id),
    roomId: d.roomId,
    topic: d.topic ?? '',
    ...(d.compoundId ? { compoundId: String(d.compoundId) } : {}),
    ...(d.gridCode ? { gridCode: d.gridCode } : {}),
    kind: d.kind ?? 'residents',
  }
}

/** A group by WeChat room id, or null. */
export async function findGroupByRoomId(roomId: string): Promise<GroupView | null> {
  const d = await GroupModel.findOne({ roomId }).lean()
  return d ? toGroupView(d) : null
}

/** A group by room id, or else by exact topic (the sandbox lets people name a group by its topic). */
export async function findGroupByRoomIdOrTopic(key: string): Promise<GroupView | null> {
  const d = (await GroupModel.findOne({ roomId: key }).lean()) ?? (await GroupModel.findOne({ topic: key }).sort({ createdAt: 1 }).lean())
  return d ? toGroupView(d) : null
}

/** Every active group (the sandbox creates one mock room per group). */
export async function listActiveGroups(): Promise<GroupView[]> {
  const rows = await GroupModel.find({ active: { $ne: false } }).sort({ createdAt: 1 }).lean()
  return rows.map(toGroupView)
}

/** Room ids bound to a compound (rooms the bot serves). */
export async function countBoundGroups(): Promise<number> {
  return GroupModel.countDocuments({ active: { $ne: false }, compoundId: { $exists: true, $ne: null } })
}

/**
 * The room's row, created unbound on first sight (a concurrent first message loses the unique-index
 * race and reads the winner's row); a changed topic is refreshed.
 */
export async function ensureGroup(input: { roomId: string; topic?: string; botAccountId: string; now: Date }): Promise<GroupView> {
  // The roster copy answers the usual case (a known room, same topic) without reading every group.
  const cached = await cachedGroupByRoomId(input.roomId)
  if (cached && (!input.topic || input.topic === cached.topic)) return cached
  const existing = await GroupModel.findOne({ roomId: input.roomId }).lean()
  if (existing) {
    if (input.topic && input.topic !== existing.topic) {
      await GroupModel.updateOne({ _id: existing._id }, { $set: { topic: input.topic.slice(0, 200) } })
      return toGroupView({ ...existing, topic: input.topic })
    }
    return toGroupView(existing)
  }
  try {
    const doc = await GroupModel.create({ roomId: input.roomId, topic: (input.topic ?? '').slice(0, 200), botAccountId: input.botAccountId })
    return toGroupView(doc.toObject())
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err
    const winner = await GroupModel.findOne({ roomId: input.roomId }).lean()
    if (!winner) throw err
    return toGroupView(winner)
  }
}

/** Binds a room to a compound (creating its row if needed). */
export async function bindGroup(input: { roomId: string; compoundId: string; by: string; now: Date; gridCode?: string }): Promise<GroupView> {
  await GroupModel.updateOne(
    { roomId: input.roomId },
    { $set: { compoundId: new Types.ObjectId(input.compoundId), boundAt: input.now, boundBy: input.by.slice(0, 200), ...(input.gridCode ? { gridCode: input.gridCode } : {}) }, $setOnInsert: { roomId: input.roomId } },
    { upsert: true },
  )
  const d = await GroupModel.findOne({ roomId: input.roomId }).lean()
  return toGroupView(d)
}

/** Unbinds a room: the bot only logs its messages from now on. */
export async function unbindGroup(input: { roomId: string; by: string }): Promise<GroupView | null> {
  await GroupModel.updateOne({ roomId: input.roomId }, { $unset: { compoundId: 1, gridCode: 1, boundAt: 1 }, $set: { boundBy: input.by.slice(0, 200) } })
  return findGroupByRoomId(input.roomId)
}

/** The group repository as the intake use case's port. */
export const groupStore: GroupPort = { ensureGroup, bindGroup, unbindGroup }

export type { GroupAdminView } from '../domain/api-views'

function toGroupAdminView(d: any): GroupAdminView {
  return {
    ...toGroupView(d),
    active: d.active !== false,
    ...(d.boundAt ? { boundAt: d.boundAt } : {}),
    ...(d.boundBy ? { boundBy: d.boundBy } : {}),
  } as GroupAdminView
}

/** Groups for the admin API, optionally by compound (or unbound ones), restricted to a scope. */
export async function listGroupsAdmin(q: { compoundId?: string; unbound?: boolean; compoundIds?: string[] }): Promise<GroupAdminView[]> {
  const and: Record<string, unknown>[] = []
  if (q.compoundId) and.push({ compoundId: new Types.ObjectId(q.compoundId) })
  if (q.unbound) and.push({ $or: [{ compoundId: { $exists: false } }, { compoundId: null }] })
  if (q.compoundIds) and.push({ compoundId: { $in: q.compoundIds.map((i) => new Types.ObjectId(i)) } })
  const rows = await GroupModel.find(and.length ? { $and: and } : {}).sort({ createdAt: 1 }).limit(1000).lean()
  return rows.map(toGroupAdminView)
}

/** A group by id for the admin API, or null. */
export async function findGroupAdmin(id: string): Promise<GroupAdminView | null> {
  if (!Types.ObjectId.isValid(id)) return null
  const d = await GroupModel.findById(id).lean()
  return d ? toGroupAdminView(d) : null
}

/** Binds a room to a compound (and optionally a grid and kind). */
export async function bindGroupById(id: string, input: { compoundId: string; gridCode?: string; kind?: 'residents' | 'workers'; by: string; now: Date }): Promise<GroupAdminView | null> {
  const $set: Record<string, unknown> = { compoundId: new Types.ObjectId(input.compoundId), boundAt: input.now, boundBy: input.by }
  if (input.kind) $set.kind = input.kind
  const update: Record<string, unknown> = { $set }
  if (input.gridCode) $set.gridCode = input.gridCode
  else update.$unset = { gridCode: '' }
  const d = await GroupModel.findByIdAndUpdate(id, update, { new: true }).lean()
  return d ? toGroupAdminView(d) : null
}

/** Unbinds a room: the bot then only logs its messages. */
export async function unbindGroupById(id: string): Promise<GroupAdminView | null> {
  const d = await GroupModel.findByIdAndUpdate(id, { $unset: { compoundId: '', gridCode: '', boundAt: '', boundBy: '' } }, { new: true }).lean()
  return d ? toGroupAdminView(d) : null
}
