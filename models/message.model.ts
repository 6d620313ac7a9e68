import { Schema, model, type InferSchemaType, type Types } from 'mongoose'
import { AppError } from '../lib/errors'
import { locationSchema } from './common'

const decisionSchema = new Schema(
  {
    intent: { type: String, enum: ['request', 'question', 'followup', 'chat', 'command', 'rating', 'ignored'] },
    category: { type: String },
    faq: { type: String },
    faqScore: { type: Number },
    location: { type: locationSchema, default: undefined },
    urgent: { type: Boolean },
    confidence: { type: Number },
    /** What the bot did: created, merged, answered, consultation, followup, silent, command, rated, ignored … */
    action: { type: String, maxlength: 50 },
    /** Why (for workers tuning the bot), e.g. "unbound room", "rate limited", "duplicate". */
    reason: { type: String, maxlength: 500 },
  },
  { _id: false },
)

export const messageSchema = new Schema(
  {
    /** Contact id of the bot account that saw or sent it. */
    botAccountId: { type: String, required: true, maxlength: 200 },
    /** WeChat message id, unique per bot account (outgoing messages get one of ours). */
    wechatMessageId: { type: String, required: true, maxlength: 200 },
    direction: { type: String, enum: ['in', 'out'], required: true },
    roomId: { type: String, maxlength: 200 },
    groupId: { type: Schema.Types.ObjectId, ref: 'Group' },
    compoundId: { type: Schema.Types.ObjectId, ref: 'Compound' },
    talkerId: { type: String, required: true, maxlength: 200 },
    talkerName: { type: String, maxlength: 100 },
    talkerKind: { type: String, enum: ['resident', 'worker', 'bot', 'other-bot', 'unknown'], default: 'unknown' },
    /** For direct messages and outgoing ones: the other party. */
    toId: { type: String, maxlength: 200 },
    text: { type: String, default: '', maxlength: 20000 },
    type: { type: String, enum: ['text', 'image', 'voice', 'video', 'file', 'link', 'emoticon', 'system', 'other'], default: 'text' },
    mentionIds: { type: [String], default: [] },
    /** When WeChat says it was sent. */
    sentAt: { type: Date, required: true },
    requestId: { type: Schema.Types.ObjectId, ref: 'Request' },
    decision: { type: decisionSchema, default: undefined },
    /** received → processed; a row left at received was interrupted and is retried. */
    state: { type: String, enum: ['received', 'processed', 'failed'], default: 'processed' },
  },
  { timestamps: true },
)

messageSchema.index({ botAccountId: 1, wechatMessageId: 1 }, { unique: true })
messageSchema.index({ roomId: 1, sentAt: 1 })
messageSchema.index({ talkerId: 1, sentAt: -1 })
messageSchema.index({ compoundId: 1, sentAt: -1 })
messageSchema.index({ requestId: 1 })

export type ChatMessage = InferSchemaType<typeof messageSchema> & { _id: Types.ObjectId; createdAt: Date }
export const MessageModel = model('Message', messageSchema)

/** The fields of a conversation-log row as the repository writes it (see {@link messageRowDoc}). */
export interface MessageRowFields {
  _id: Types.ObjectId
  botAccountId: string
  wechatMessageId: string
  direction: 'in' | 'out'
  roomId?: string
  groupId?: Types.ObjectId
  compoundId?: Types.ObjectId
  talkerId: string
  talkerName?: string
  talkerKind?: ChatMessage['talkerKind']
  toId?: string
  text?: string
  type?: ChatMessage['type']
  mentionIds?: string[]
  sentAt: Date
  requestId?: Types.ObjectId
  decision?: DecisionFields
  state?: 'received' | 'processed' | 'failed'
}

/** A decision as stored on a row (the decision schema's fields). */
export interface DecisionFields {
  intent: 'request' | 'question' | 'followup' | 'chat' | 'command' | 'rating' | 'ignored'
  category?: string
  faq?: string
  faqScore?: number
  location?: { building?: string; unit?: string; floor?: string; room?: string }
  urgent?: boolean
  confidence?: number
  action: string
  reason?: string
}

/** Limits of {@link messageSchema} that a row built by {@link messageRowDoc} is held to. */
const ID_FIELDS = ['botAccountId', 'wechatMessageId', 'roomId', 'talkerId', 'toId'] as const
const MAX_ID = 200

/**
 * The document mongoose would store for `fields` — the schema's field order, its defaults, `createdAt`/`updatedAt`
 * and `__v` — built directly, for the conversation log's writes on the intake path: building and validating a
 * mongoose document for every message cost more of the bot's CPU than anything else it does with one
 * (bench/README.md, sixth round). Text and names are cut to the schema's lengths as the repository always did.
 * @throws AppError message_row_invalid when a required id is missing or an id is longer than the schema allows
 */
export function messageRowDoc(fields: MessageRowFields, now: Date): Record<string, unknown> {
  for (const key of ID_FIELDS) {
    const value = fields[key]
    if (value !== undefined && (typeof value !== 'string' || value.length > MAX_ID)) {
      throw new AppError('message_row_invalid', `${key} must be a string of at most ${MAX_ID} characters`, { status: 400, field: key })
    }
  }
  for (const key of ['botAccountId', 'wechatMessageId', 'talkerId'] as const) {
    if (!fields[key]) throw new AppError('message_row_invalid', `${key} is required`, { status: 400, field: key })
  }
  if (!(fields.sentAt instanceof Date) || Number.isNaN(fields.sentAt.getTime())) {
    throw new AppError('message_row_invalid', 'sentAt must be a date', { status: 400, field: 'sentAt' })
  }
  const doc: Record<string, unknown> = {
    _id: fields._id,
    botAccountId: fields.botAccountId,
    wechatMessageId: fields.wechatMessageId,
    direction: fields.direction,
  }
  if (fields.roomId !== undefined) doc.roomId = fields.roomId
  if (fields.groupId !== undefined) doc.groupId = fields.groupId
  if (fields.compoundId !== undefined) doc.compoundId = fields.compoundId
  doc.talkerId = fields.talkerId
  if (fields.talkerName !== undefined) doc.talkerName = fields.talkerName.slice(0, 100)
  doc.talkerKind = fields.talkerKind ?? 'unknown'
  if (fields.toId !== undefined) doc.toId = fields.toId
  doc.text = (fields.text ?? '').slice(0, 20000)
  doc.type = fields.type ?? 'text'
  doc.mentionIds = (fields.mentionIds ?? []).map(String)
  doc.sentAt = fields.sentAt
  if (fields.requestId !== undefined) doc.requestId = fields.requestId
  if (fields.decision !== undefined) doc.decision = decisionDoc(fields.decision)
  doc.state = fields.state ?? 'processed'
  doc.createdAt = now
  doc.updatedAt = now
  doc.__v = 0
  return doc
}

/** A decision in the decision schema's field order, its location's parts trimmed, its texts cut to the schema's lengths. */
export function decisionDoc(d: DecisionFields): Record<string, unknown> {
  const doc: Record<string, unknown> = { intent: d.intent }
  if (d.category !== undefined) doc.category = d.category
  if (d.faq !== undefined) doc.faq = d.faq
  if (d.faqScore !== undefined) doc.faqScore = d.faqScore
  if (d.location !== undefined) {
    const location: Record<string, string> = {}
    for (const part of ['building', 'unit', 'floor', 'room'] as const) {
      const value = d.location[part]
      if (value !== undefined) location[part] = String(value).trim().slice(0, 20)
    }
    doc.location = location
  }
  if (d.urgent !== undefined) doc.urgent = d.urgent
  if (d.confidence !== undefined) doc.confidence = d.confidence
  doc.action = d.action.slice(0, 50)
  if (d.reason !== undefined) doc.reason = d.reason.slice(0, 500)
  return doc
}
