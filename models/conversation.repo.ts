import { Types } from 'mongoose'
import type { ConversationMessageView } from '../domain/api-views'
import { MessageModel } from './message.model'

/** A stored chat message as the API returns it. */
export type ConversationMessage = ConversationMessageView

function toView(d: any): ConversationMessage {
  return {
    id: String(d._id),
    direction: d.direction,
    ...(d.roomId ? { roomId: d.roomId } : {}),
    ...(d.groupId ? { groupId: String(d.groupId) } : {}),
    ...(d.compoundId ? { compoundId: String(d.compoundId) } : {}),
    talkerId: d.talkerId,
    ...(d.talkerName ? { talkerName: d.talkerName } : {}),
    ...(d.talkerKind ? { talkerKind: d.talkerKind } : {}),
    ...(d.toId ? { toId: d.toId } : {}),
    text: d.text ?? '',
    type: d.type,
    sentAt: d.sentAt,
    ...(d.requestId ? { requestId: String(d.requestId) } : {}),
    ...(d.decision ? { decision: d.decision } : {}),
  }
}

/** Messages linked to a request, oldest first. */
async function findMessagesOfRequest(requestId: string, limit = 200): Promise<ConversationMessage[]> {
  return (await MessageModel.find({ requestId: new Types.ObjectId(requestId) }).sort({ sentAt: 1 }).limit(limit).lean()).map(toView)
}

/** The messages of a request's detail: those about it, and those of its room around the report. */
export interface RequestConversation {
  /** Messages about the request, oldest first. */
  conversation: ConversationMessage[]
  /** The room's messages around the report merged with those about the request, oldest first. */
  context: ConversationMessage[]
}

const bySentAt = (a: ConversationMessage, b: ConversationMessage) => new Date(a.sentAt).getTime() - new Date(b.sentAt).getTime() || a.id.localeCompare(b.id)

/**
 * The messages of a request's detail, read by `_id` from the rows it links (`linkedRowIds`, `contextRowIds` and
 * `pendingContextIds`, the room's messages after the report not yet written to it). A request stored before rows
 * were linked (no `contextRowIds`) has its rows found by `requestId` and by room and time instead.
 */
export async function findRequestConversation(r: { id: string; linkedRowIds?: string[]; contextRowIds?: string[] }, pendingContextIds: string[] = []): Promise<RequestConversation> {
  if (r.contextRowIds === undefined) {
    const conversation = await findMessagesOfRequest(r.id)
    const report = conversation.find((m) => m.direction === 'in' && m.roomId) ?? conversation.find((m) => m.roomId)
    const around = report?.roomId ? await findMessagesAround(report.roomId, report.sentAt, { before: 5, after: 10 }) : []
    const merged = new Map([...around, ...conversation].map((m) => [m.id, m]))
    return { conversation, context: [...merged.values()].sort(bySentAt) }
  }
  const linked = new Set(r.linkedRowIds ?? [])
  const ids = [...new Set([...linked, ...r.contextRowIds, ...pendingContextIds])].filter((id) => Types.ObjectId.isValid(id))
  const rows = ids.length ? (await MessageModel.find({ _id: { $in: ids.map((id) => new Types.ObjectId(id)) } }).lean()).map(toView) : []
  const context = rows.sort(bySentAt)
  return { conversation: context.filter((m) => linked.has(m.id) || m.requestId === r.id), context }
}

/**
 * A room's messages around a moment: the `before` messages sent before `at` and the `after` messages
 * sent at or after it, oldest first (what the group was saying when a resident reported something).
 */
async function findMessagesAround(roomId: string, at: Date, opts: { before?: number; after?: number } = {}): Promise<ConversationMessage[]> {
  const [earlier, later] = await Promise.all([
    MessageModel.find({ roomId, sentAt: { $lt: at } }).sort({ sentAt: -1, _id: -1 }).limit(opts.before ?? 5).lean(),
    MessageModel.find({ roomId, sentAt: { $gte: at } }).sort({ sentAt: 1, _id: 1 }).limit(opts.after ?? 10).lean(),
  ])
  return [...earlier.reverse(), ...later].map(toView)
}

/** Filters of the conversation log. */
export interface ConversationQuery {
  roomId?: string
  /** A person: messages they wrote or that were sent to them. */
  contactId?: string
  compoundId?: string
  compoundIds?: string[]
  /**
   * With `compoundIds`: rooms of those compounds, also in scope. The bot's own messages in a group carry
   * the room but no compound, so a scope by compound alone would hide the bot's replies from workers.
   */
  scopeRoomIds?: string[]
  intent?: string
  text?: string
  from?: Date
  to?: Date
  page: number
  pageSize: number
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** A page of the conversation log, newest first. */
export async function listConversation(q: ConversationQuery): Promise<{ items: ConversationMessage[]; total: number }> {
  const and: Record<string, unknown>[] = []
  if (q.roomId) and.push({ roomId: q.roomId })
  if (q.contactId) and.push({ $or: [{ talkerId: q.contactId }, { toId: q.contactId }, { mentionIds: q.contactId }] })
  if (q.compoundId) and.push({ compoundId: new Types.ObjectId(q.compoundId) })
  if (q.compoundIds) {
    const byCompound = { compoundId: { $in: q.compoundIds.map((i) => new Types.ObjectId(i)) } }
    and.push(q.scopeRoomIds?.length ? { $or: [byCompound, { roomId: { $in: q.scopeRoomIds } }] } : byCompound)
  }
  if (q.intent) and.push({ 'decision.intent': q.intent })
  if (q.text) and.push({ text: new RegExp(escapeRegex(q.text), 'i') })
  if (q.from) and.push({ sentAt: { $gte: q.from } })
  if (q.to) and.push({ sentAt: { $lt: q.to } })
  const f = and.length ? { $and: and } : {}
  const [items, total] = await Promise.all([
    MessageModel.find(f).sort({ sentAt: -1 }).skip((q.page - 1) * q.pageSize).limit(q.pageSize).lean(),
    MessageModel.countDocuments(f),
  ])
  return { items: items.map(toView), total }
}
