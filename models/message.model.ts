import { Schema, model, type InferSchemaType, type Types } from 'mongoose'
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
