import { createHash } from 'node:crypto'
import { Types } from 'mongoose'
import type { IncomingRow, MessageLogPort } from '../domain/intake/ports'
import type { ChatInput, LoggedDecision, TalkerKind } from '../domain/intake/types'
import type { TranscriptLineView } from '../domain/api-views'
import { decisionDoc, MessageModel, messageRowDoc, type MessageRowFields } from './message.model'
import { createBatcher } from '../lib/batcher'
import { isDuplicateKeyError } from './common'
import { RequestModel } from './request.model'
import { isWatching, noteRoomMessage, rememberRowOfMessage } from './room-context'

const oid = (id: string | undefined) => (id && Types.ObjectId.isValid(id) ? new Types.ObjectId(id) : undefined)

/**
 * The `_id` of an incoming message's row, derived from (bot account, WeChat message id). FerretDB v1 (SQLite)
 * uses no index but `_id` for a lookup — `{ botAccountId, wechatMessageId }` scans the whole log, and did so
 * twice per message — so the row is written under this id and found again by it. Rows written before it
 * existed have random ids; the look-ups below fall back to the (bot account, message id) filter for them.
 */
export function incomingRowId(botAccountId: string, wechatMessageId: string): Types.ObjectId {
  return new Types.ObjectId(createHash('sha1').update(`${botAccountId}\u0000${wechatMessageId}`).digest('hex').slice(0, 24))
}

/**
 * Writes an incoming message in state `received` under the unique (bot account, message id) index.
 * The insert is the exactly-once decision: `duplicate` means someone already has this message.
 */
export async function insertIncomingMessage(row: IncomingRow): Promise<'inserted' | 'duplicate'> {
  const _id = incomingRowId(row.botAccountId, row.wechatMessageId)
  try {
    await insertRow({
      _id,
      botAccountId: row.botAccountId,
      wechatMessageId: row.wechatMessageId,
      direction: 'in',
      roomId: row.roomId,
      talkerId: row.talkerId,
      talkerName: row.talkerName,
      toId: row.roomId ? undefined : row.botAccountId,
      text: row.text,
      type: 'text',
      mentionIds: row.mentionIds,
      sentAt: row.sentAt,
      state: 'received',
    })
    await noteRoomMessage(row.roomId, _id, { wechatMessageId: row.wechatMessageId })
    return 'inserted'
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err
    // Handled again (after a crash): a request made from it must still find its row.
    rememberRowOfMessage(row.wechatMessageId, _id)
    return 'duplicate'
  }
}

/**
 * Inserts a row built by {@link messageRowDoc} through the model's collection (mongoose still waits for a
 * connection and reports the write to its debug hook), without building a mongoose document: the log's rows are
 * the bot's most frequent writes. Rows written at the same time go in one `insertMany` (group commit,
 * lib/batcher.ts): on the embedded database a batch of 20 costs a quarter of the database CPU and a tenth of the
 * driver's per row (bench/README.md, sixth round). A row refused by the unique index rejects with the duplicate-key
 * error, as `insertOne` would.
 */
async function insertRow(fields: MessageRowFields): Promise<void> {
  await insertBatched(messageRowDoc(fields, new Date()))
}

const insertBatched = createBatcher<Record<string, unknown>, 'inserted'>(
  async (docs) => {
    if (docs.length === 1) {
      await MessageModel.collection.insertOne(docs[0])
      return ['inserted']
    }
    try {
      await MessageModel.collection.insertMany([...docs], { ordered: false })
      return docs.map(() => 'inserted' as const)
    } catch (err) {
      // Only a batch that the server took in full, but for rows the unique index refused, answers row by row; any
      // other failure (the database unreachable, a batch cut short) fails every row of it, and each caller tries
      // again as it would after a failed insertOne (a row the batch did store is then a duplicate of its own retry).
      const refused = writeErrorsOf(err)
      const inserted = (err as { insertedCount?: unknown }).insertedCount
      if (!refused?.length || refused.some((w) => w.code !== 11000) || (typeof inserted === 'number' && inserted + refused.length !== docs.length)) throw err
      const answers: ('inserted' | Error)[] = docs.map(() => 'inserted' as const)
      for (const w of refused) answers[w.index] = Object.assign(new Error(w.errmsg ?? 'duplicate key'), { name: 'MongoServerError', code: w.code })
      return answers
    }
  },
  { maxBatch: 50 },
)

/** The rows an unordered bulk insert refused (by index in the batch), or undefined for an error of the whole batch. */
function writeErrorsOf(err: unknown): { index: number; code?: number; errmsg?: string }[] | undefined {
  const writeErrors = (err as { writeErrors?: unknown } | null)?.writeErrors
  if (!writeErrors) return undefined
  const list = (Array.isArray(writeErrors) ? writeErrors : [writeErrors]) as { index?: unknown; code?: unknown; errmsg?: unknown }[]
  if (!list.every((w) => typeof w.index === 'number')) return undefined
  return list.map((w) => ({ index: w.index as number, code: typeof w.code === 'number' ? w.code : undefined, errmsg: typeof w.errmsg === 'string' ? w.errmsg : undefined }))
}

/** The state of an incoming message's row (`received` = stored, not processed yet), or null when there is none. */
export async function findIncomingState(botAccountId: string, wechatMessageId: string): Promise<'received' | 'processed' | 'failed' | null> {
  const row =
    (await MessageModel.findById(incomingRowId(botAccountId, wechatMessageId), { state: 1 }).lean()) ??
    (await MessageModel.findOne({ botAccountId, wechatMessageId, direction: 'in' }, { state: 1 }).lean())
  return row ? (row.state ?? 'processed') : null
}

/** Stores the bot's decision on an incoming message and marks it processed (or failed). */
export async function completeIncomingMessage(
  botAccountId: string,
  wechatMessageId: string,
  fields: { state: 'processed' | 'failed'; decision: LoggedDecision; talkerKind: TalkerKind; groupId?: string; compoundId?: string; requestId?: string; requestCreated?: boolean },
): Promise<void> {
  // Cast here as mongoose would (the decision in its schema's order, ids as ObjectIds, `updatedAt`) and written
  // through the collection: a mongoose query per message cost the bot more CPU than the write itself.
  const $set: Record<string, unknown> = {
    state: fields.state,
    decision: decisionDoc(fields.decision),
    talkerKind: fields.talkerKind,
  }
  const groupId = oid(fields.groupId)
  const compoundId = oid(fields.compoundId)
  const requestId = oid(fields.requestId)
  if (groupId) $set.groupId = groupId
  if (compoundId) $set.compoundId = compoundId
  if (requestId) $set.requestId = requestId
  $set.updatedAt = new Date()
  const rowId = incomingRowId(botAccountId, wechatMessageId)
  // Linked before the row is marked processed: a crash in between leaves the row `received`, so it is handled
  // again and linked again (a no-op), rather than processed and never linked.
  if (fields.requestId && !fields.requestCreated) await linkRowToRequest(fields.requestId, rowId)
  const byId = await MessageModel.collection.updateOne({ _id: rowId }, { $set })
  if (byId.matchedCount === 0) await MessageModel.collection.updateOne({ botAccountId, wechatMessageId }, { $set })
}

/**
 * Adds a conversation-log row to its request's `linkedRowIds`, so that the request's detail reads its messages
 * by `_id`. Filtered by `_id` alone: the embedded database would read every request for any other filter.
 */
async function linkRowToRequest(requestId: string, rowId: Types.ObjectId): Promise<void> {
  const id = oid(requestId)
  if (id) await RequestModel.updateOne({ _id: id }, { $addToSet: { linkedRowIds: rowId } }, { timestamps: false })
}

/** Logs a message that was seen but not processed (another bot, a stale replay, an unsupported type). */
export async function recordIgnoredMessage(row: IncomingRow & { talkerKind: 'other-bot' | 'unknown' | 'resident' | 'worker'; type?: string; reason: string }): Promise<'inserted' | 'duplicate'> {
  const _id = new Types.ObjectId()
  try {
    await insertRow({
      _id,
      botAccountId: row.botAccountId,
      wechatMessageId: row.wechatMessageId,
      direction: 'in',
      roomId: row.roomId,
      talkerId: row.talkerId,
      talkerName: row.talkerName,
      talkerKind: row.talkerKind,
      text: row.text,
      type: (row.type ?? 'text') as MessageRowFields['type'],
      mentionIds: row.mentionIds,
      sentAt: row.sentAt,
      state: 'processed',
      decision: { intent: 'ignored', action: 'ignored', reason: row.reason },
    })
    await noteRoomMessage(row.roomId, _id)
    return 'inserted'
  } catch (err) {
    if (isDuplicateKeyError(err)) return 'duplicate'
    throw err
  }
}

/** What the bot sent, for the conversation log. */
export interface OutgoingLogRow {
  botAccountId: string
  /** The puppet's message id when it reports one; otherwise one of ours. */
  wechatMessageId: string
  target: { kind: 'room' | 'contact'; id: string }
  botName?: string
  text: string
  mentionIds: string[]
  sentAt: Date
  requestId?: string
}

/** Records a message the bot sent (direction `out`). */
export async function recordOutgoingMessage(row: OutgoingLogRow): Promise<void> {
  const _id = new Types.ObjectId()
  // Linked first: a link to a row that was never written is skipped by the detail, a row never linked is lost to it.
  // A message to the room a request was just reported in (the acknowledgement) joins its context instead, with
  // the room's other messages after the report: one write of the request fewer per report.
  const roomId = row.target.kind === 'room' ? row.target.id : undefined
  if (row.requestId && !isWatching(row.requestId, roomId)) await linkRowToRequest(row.requestId, _id)
  try {
    await insertRow({
      _id,
      botAccountId: row.botAccountId,
      wechatMessageId: row.wechatMessageId,
      direction: 'out',
      roomId: row.target.kind === 'room' ? row.target.id : undefined,
      toId: row.target.kind === 'contact' ? row.target.id : undefined,
      talkerId: row.botAccountId,
      talkerName: row.botName,
      talkerKind: 'bot',
      text: row.text,
      type: 'text',
      mentionIds: row.mentionIds,
      sentAt: row.sentAt,
      state: 'processed',
      requestId: oid(row.requestId),
    })
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err
    return
  }
  await noteRoomMessage(roomId, _id)
}

/** Incoming messages left in state `received` (interrupted), oldest first, as the intake's input. */
export async function findInterruptedMessages(botAccountId: string, limit = 200): Promise<ChatInput[]> {
  const rows = await MessageModel.find({ botAccountId, direction: 'in', state: 'received' }).sort({ sentAt: 1 }).limit(limit).lean()
  return rows.map((r) => ({
    messageId: r.wechatMessageId,
    talkerId: r.talkerId,
    talkerName: r.talkerName ?? '',
    ...(r.roomId ? { roomId: r.roomId } : {}),
    text: r.text ?? '',
    mentionIds: r.mentionIds ?? [],
    receivedAt: r.createdAt,
    sentAt: r.sentAt,
  }))
}

/** One line of a group's (or a direct chat's) transcript. */
export type TranscriptLine = TranscriptLineView

/**
 * What a room saw (or, with `contactId`, a direct chat with the bot), in order: residents' messages
 * and the bot's replies. The newest `limit` lines, oldest first.
 */
export async function findTranscript(where: { roomId: string } | { contactId: string }, limit = 200): Promise<TranscriptLine[]> {
  const filter =
    'roomId' in where
      ? { roomId: where.roomId }
      : { roomId: { $exists: false }, $or: [{ talkerId: where.contactId, direction: 'in' }, { toId: where.contactId, direction: 'out' }] }
  const rows = await MessageModel.find(filter).sort({ sentAt: -1, _id: -1 }).limit(limit).lean()
  return rows.reverse().map((r) => ({
    direction: r.direction,
    messageId: r.wechatMessageId,
    talkerId: r.talkerId,
    ...(r.talkerName ? { talkerName: r.talkerName } : {}),
    talkerKind: r.talkerKind ?? 'unknown',
    text: r.text ?? '',
    mentionIds: r.mentionIds ?? [],
    sentAt: r.sentAt,
    ...(r.decision ? { decision: r.decision as LoggedDecision } : {}),
    ...(r.requestId ? { requestId: String(r.requestId) } : {}),
  }))
}

/** The conversation log as the intake use case's port. */
export const messageLog: MessageLogPort = {
  insertIncoming: insertIncomingMessage,
  incomingState: findIncomingState,
  completeIncoming: completeIncomingMessage,
}
