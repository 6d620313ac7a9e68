import { Types } from 'mongoose'
import { CATEGORY_KEYS, type RequestCategory } from '../../domain/requests/categories'
import type { RequestStatus } from '../../domain/requests/lifecycle'
import { SequenceModel } from '../../models/counter.model'
import { MessageModel } from '../../models/message.model'
import { incomingRowId } from '../../models/message.repo'
import { RequestModel } from '../../models/request.model'
import { requestIdOf } from '../../models/request.repo'
import { UserModel } from '../../models/user.model'
import { createRandom, generateMessages } from './chat-generator'
import { progress } from './harness'
import { residentName, seedDistrict, type BenchCompound } from './world'

/** What the API benchmark's database holds; stored as its manifest, so a matching database is reused. */
export interface ApiSeedManifest {
  /** Bumped whenever the generated data or the product's id scheme changes. */
  version: number
  requests: number
  messages: number
  compounds: number
  /** The "now" the data was generated around (requests span the year before it). */
  generatedAt: string
}

/**
 * The manifest version: 2 = request and incoming-message ids derived as the product writes them; 3 = requests
 * link their rows (`linkedRowIds`) and the room's rows around the report (`contextRowIds`) as the product does.
 */
export const API_SEED_VERSION = 3

/** What the benchmark needs to know about the seeded data. */
export interface ApiSeedInfo {
  compoundIds: string[]
  adminId: string
}

const HOUR = 3_600_000
const DAY = 24 * HOUR
const BOT = 'linli-sandbox-bot'
const BATCH = 1000
const CONTEXT_BEFORE = 6
const CONTEXT_AFTER = 10

/**
 * The room-context capture of models/room-context.ts over generated rows: each request gets the room's last rows
 * (its report last) and the next CONTEXT_AFTER rows of the room; a request row is ready to insert once complete.
 */
class RoomContext {
  private readonly recent = new Map<string, Types.ObjectId[]>()
  private readonly watches = new Map<string, { row: { contextRowIds: Types.ObjectId[] }; left: number }[]>()
  readonly complete = new Set<object>()

  note(roomId: string, id: Types.ObjectId): void {
    this.recent.set(roomId, [...(this.recent.get(roomId) ?? []), id].slice(-CONTEXT_BEFORE))
    const list = this.watches.get(roomId) ?? []
    for (const w of list) {
      w.row.contextRowIds.push(id)
      if (--w.left === 0) this.complete.add(w.row)
    }
    this.watches.set(roomId, list.filter((w) => w.left > 0))
  }

  before(roomId: string): Types.ObjectId[] {
    return [...(this.recent.get(roomId) ?? [])]
  }

  watch(roomId: string, row: { contextRowIds: Types.ObjectId[] }): void {
    this.watches.set(roomId, [...(this.watches.get(roomId) ?? []), { row, left: CONTEXT_AFTER }])
  }
}

/** Status of a request created `ageDays` ago: old ones are mostly closed, recent ones mostly open. */
function statusFor(ageDays: number, x: number): RequestStatus {
  if (x < 0.02) return 'merged'
  if (x < 0.05) return 'rejected'
  if (ageDays > 30) return x < 0.75 ? 'closed' : x < 0.95 ? 'resolved' : 'in_progress'
  if (ageDays > 7) return x < 0.4 ? 'closed' : x < 0.7 ? 'resolved' : x < 0.85 ? 'in_progress' : x < 0.95 ? 'accepted' : 'new'
  return x < 0.1 ? 'resolved' : x < 0.4 ? 'in_progress' : x < 0.7 ? 'accepted' : x < 0.97 ? 'new' : 'reopened'
}

/**
 * Seeds `requests` requests and `messages` conversation-log rows (a report and a reply per request, the rest
 * chatter) across `compounds` compounds, with insertMany batches through the models, plus a district admin.
 * Requests and incoming rows get the `_id`s the product derives (requestIdOf, incomingRowId), and every request
 * number is taken in the sequence collection, as the product leaves them.
 */
export async function seedApiData(opts: { requests: number; messages: number; compounds: number; now: Date }): Promise<ApiSeedInfo> {
  const rand = createRandom(311)
  const world: BenchCompound[] = await seedDistrict({ compounds: opts.compounds, residentsPerCompound: 40 })
  const admin = await UserModel.create({ username: 'bench-admin', name: '街道管理员', role: 'admin' })
  const texts = generateMessages(2000, createRandom(5))
  const reports = texts.filter((m) => m.kind === 'report' || m.kind === 'urgent').map((m) => m.text)
  const chatter = texts.filter((m) => m.kind !== 'report' && m.kind !== 'urgent').map((m) => m.text)
  const start = opts.now.getTime() - 365 * DAY
  const fillerPerRequest = Math.max(0, opts.messages / opts.requests - 2)
  let fillerDebt = 0
  let requestRows: (Record<string, unknown> & { contextRowIds: Types.ObjectId[] })[] = []
  const rooms = new RoomContext()
  let messageRows: Record<string, unknown>[] = []
  let sequenceRows: Record<string, unknown>[] = []
  let messagesWritten = 0
  const t0 = Date.now()
  let lastReport = 0

  const flush = async (force: boolean) => {
    // A request waits for the room's messages after its report (as the product adds them) before it is inserted.
    const ready = force ? requestRows : requestRows.filter((r) => rooms.complete.has(r))
    if (ready.length >= BATCH || (force && ready.length)) {
      await RequestModel.insertMany(ready, { lean: true })
      for (const r of ready) rooms.complete.delete(r)
      requestRows = force ? [] : requestRows.filter((r) => !ready.includes(r))
    }
    if (sequenceRows.length >= BATCH || (force && sequenceRows.length)) {
      await SequenceModel.insertMany(sequenceRows, { lean: true })
      sequenceRows = []
    }
    if (messageRows.length >= BATCH || (force && messageRows.length)) {
      messagesWritten += messageRows.length
      await MessageModel.insertMany(messageRows, { lean: true })
      messageRows = []
    }
  }

  for (let no = 1; no <= opts.requests; no++) {
    const c = world[Math.floor(rand() * world.length)]
    const createdAt = new Date(start + ((no - 1) / opts.requests) * 365 * DAY + rand() * HOUR)
    const ageDays = (opts.now.getTime() - createdAt.getTime()) / DAY
    const status = statusFor(ageDays, rand())
    const category: RequestCategory = CATEGORY_KEYS[Math.floor(rand() * CATEGORY_KEYS.length)]
    const residentIndex = Math.floor(rand() * c.residentWechatIds.length)
    const contactId = c.residentWechatIds[residentIndex]
    const name = residentName(residentIndex)
    const wechatMessageId = `seed-in-${no}`
    const text = reports[no % reports.length]
    const deadline = new Date(createdAt.getTime() + 72 * HOUR)
    const responseDeadline = new Date(createdAt.getTime() + 4 * HOUR)
    const accepted = status !== 'new' && status !== 'merged' && status !== 'rejected'
    const acceptedAt = accepted ? new Date(createdAt.getTime() + rand() * 8 * HOUR) : undefined
    const resolved = status === 'resolved' || status === 'closed'
    const resolvedAt = resolved ? new Date(createdAt.getTime() + (4 + rand() * 100) * HOUR) : undefined
    const owner = { kind: 'worker', id: c.workerId, name: '网格员' }
    const timeline: Record<string, unknown>[] = [{ at: createdAt, actor: { kind: 'resident', id: contactId, name }, type: 'created', toStatus: 'new', relayed: false }]
    if (acceptedAt) timeline.push({ at: acceptedAt, actor: owner, type: 'accepted', fromStatus: 'new', toStatus: 'accepted', relayed: false })
    if (resolvedAt) timeline.push({ at: resolvedAt, actor: owner, type: 'resolved', fromStatus: 'in_progress', toStatus: 'resolved', text: '已处理完毕，请查看', relayed: true })
    if (status === 'closed') timeline.push({ at: new Date((resolvedAt as Date).getTime() + DAY), actor: owner, type: 'closed', fromStatus: 'resolved', toStatus: 'closed', relayed: false })
    const rated = status === 'closed' && rand() < 0.6
    const requestId = requestIdOf(no)
    const reportRowId = incomingRowId(BOT, wechatMessageId)
    const replyRowId = new Types.ObjectId()
    rooms.note(c.roomId, reportRowId)
    const requestRow = {
      _id: requestId,
      no,
      compoundId: new Types.ObjectId(c.id),
      gridCode: 'G1',
      roomId: c.roomId,
      source: 'group',
      kind: 'request',
      private: false,
      reporters: [{ contactId, name, roomId: c.roomId, at: createdAt, messageId: wechatMessageId }],
      messages: [{ messageId: wechatMessageId, text, at: createdAt, contactId }],
      summary: text,
      category,
      location: { building: String((no % 24) + 1), unit: String((no % 4) + 1) },
      urgent: rand() < 0.02,
      status,
      ...(accepted ? { ownerId: new Types.ObjectId(c.workerId), ownerName: '网格员' } : {}),
      deadline,
      responseDeadline,
      ...(acceptedAt ? { acceptedAt } : {}),
      ...(resolvedAt ? { resolvedAt } : {}),
      ...(status === 'closed' ? { closedAt: new Date((resolvedAt as Date).getTime() + DAY) } : {}),
      ...(rated ? { rating: { score: rand() < 0.85 ? 5 : 3, at: new Date((resolvedAt as Date).getTime() + 2 * HOUR), by: contactId } } : {}),
      timeline,
      linkedRowIds: [reportRowId, replyRowId],
      contextRowIds: rooms.before(c.roomId),
      createdAt,
      updatedAt: resolvedAt ?? acceptedAt ?? createdAt,
      __v: 0,
    }
    requestRows.push(requestRow)
    rooms.watch(c.roomId, requestRow)
    rooms.note(c.roomId, replyRowId)
    sequenceRows.push({ _id: `request:${no}`, name: 'request', n: no, at: createdAt })
    const base = { botAccountId: BOT, roomId: c.roomId, compoundId: new Types.ObjectId(c.id), mentionIds: [], type: 'text', state: 'processed' }
    messageRows.push({
      ...base,
      _id: reportRowId,
      wechatMessageId,
      direction: 'in',
      talkerId: contactId,
      talkerName: name,
      talkerKind: 'resident',
      text,
      sentAt: createdAt,
      requestId,
      decision: { intent: 'request', category, urgent: false, confidence: 0.9, action: 'created' },
      createdAt,
      updatedAt: createdAt,
    })
    messageRows.push({
      ...base,
      _id: replyRowId,
      wechatMessageId: `seed-out-${no}`,
      direction: 'out',
      talkerId: BOT,
      talkerName: '邻里小助手',
      talkerKind: 'bot',
      text: `@${name} 收到，已登记为 ${no} 号工单，网格员会在72小时内处理。`,
      mentionIds: [contactId],
      sentAt: new Date(createdAt.getTime() + 1000),
      requestId,
      createdAt: new Date(createdAt.getTime() + 1000),
      updatedAt: new Date(createdAt.getTime() + 1000),
    })
    fillerDebt += fillerPerRequest
    for (; fillerDebt >= 1; fillerDebt--) {
      const k = messagesWritten + messageRows.length
      const at = new Date(createdAt.getTime() + rand() * 4 * HOUR)
      const talker = c.residentWechatIds[Math.floor(rand() * c.residentWechatIds.length)]
      const id = `seed-chat-${k}`
      const chatRowId = incomingRowId(BOT, id)
      rooms.note(c.roomId, chatRowId)
      messageRows.push({
        ...base,
        _id: chatRowId,
        wechatMessageId: id,
        direction: 'in',
        talkerId: talker,
        talkerName: '邻居',
        talkerKind: 'resident',
        text: chatter[k % chatter.length],
        sentAt: at,
        decision: { intent: 'chat', urgent: false, confidence: 0.8, action: 'silent' },
        createdAt: at,
        updatedAt: at,
      })
    }
    await flush(false)
    if (no - lastReport >= opts.requests / 20 || no === opts.requests) {
      lastReport = no
      const s = (Date.now() - t0) / 1000
      const done = messagesWritten + no
      const total = opts.messages + opts.requests
      progress(`api seed: ${no}/${opts.requests} requests, ${messagesWritten}/${opts.messages} messages, ${Math.round(done / s)} docs/s, ${Math.round(s)} s elapsed, ~${Math.round((total - done) / (done / s))} s to go`)
    }
  }
  await flush(true)
  return { compoundIds: world.map((c) => c.id), adminId: String(admin._id) }
}
