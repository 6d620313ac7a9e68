import { Schema, model, type InferSchemaType, type Types } from 'mongoose'
import { CATEGORY_KEYS } from '../domain/requests/categories'
import { REQUEST_STATUSES } from '../domain/requests/lifecycle'
import { actorSchema, locationSchema } from './common'
import { reportWrites } from './write-hooks'

const reporterSchema = new Schema(
  {
    residentId: { type: Schema.Types.ObjectId, ref: 'Resident' },
    /** WeChat contact id of the reporter (residents unknown to the roster still get answers). */
    contactId: { type: String, maxlength: 200 },
    name: { type: String, maxlength: 100 },
    /** Room the report came from (for @-replies); unset for direct messages. */
    roomId: { type: String, maxlength: 200 },
    at: { type: Date, required: true },
    messageId: { type: String, maxlength: 200 },
  },
  { _id: false },
)

const originalMessageSchema = new Schema(
  {
    messageId: { type: String, maxlength: 200 },
    text: { type: String, required: true, maxlength: 5000 },
    at: { type: Date, required: true },
    contactId: { type: String, maxlength: 200 },
  },
  { _id: false },
)

/** Event types of the append-only timeline. */
export const TIMELINE_EVENTS = ['created', 'reported_again', 'accepted', 'assigned', 'transferred', 'started', 'replied', 'resolved', 'closed', 'reopened', 'rejected', 'merged', 'merged_in', 'rated', 'reminded', 'overdue', 'rating_asked', 'note'] as const

const timelineEventSchema = new Schema(
  {
    at: { type: Date, required: true },
    actor: { type: actorSchema, required: true },
    type: { type: String, enum: TIMELINE_EVENTS, required: true },
    fromStatus: { type: String, enum: REQUEST_STATUSES },
    toStatus: { type: String, enum: REQUEST_STATUSES },
    /** Text said or relayed (a reply, a resolution note, a rejection reason). */
    text: { type: String, maxlength: 5000 },
    /** True when the text was relayed to the resident's group or chat. */
    relayed: { type: Boolean, default: false },
    data: { type: Schema.Types.Mixed },
  },
  { _id: false },
)

export const requestSchema = new Schema(
  {
    /** Human-friendly number residents and workers type (`受理 1024`). */
    no: { type: Number, required: true, min: 1 },
    compoundId: { type: Schema.Types.ObjectId, ref: 'Compound', required: true },
    gridCode: { type: String, maxlength: 20 },
    groupId: { type: Schema.Types.ObjectId, ref: 'Group' },
    roomId: { type: String, maxlength: 200 },
    source: { type: String, enum: ['group', 'direct', 'console', 'consultation'], default: 'group' },
    /** A consultation is a question the knowledge base could not answer, handed to workers. */
    kind: { type: String, enum: ['request', 'consultation'], default: 'request' },
    /** Sensitive matters (disputes raised by direct message) stay out of groups. */
    private: { type: Boolean, default: false },
    reporters: { type: [reporterSchema], default: [], validate: [(v: unknown[]) => v.length > 0, 'a request needs a reporter'] },
    messages: { type: [originalMessageSchema], default: [] },
    summary: { type: String, required: true, trim: true, maxlength: 500 },
    category: { type: String, enum: CATEGORY_KEYS, required: true },
    categoryAlt: { type: String, enum: CATEGORY_KEYS },
    location: { type: locationSchema, default: undefined },
    urgent: { type: Boolean, default: false },
    status: { type: String, enum: REQUEST_STATUSES, default: 'new', required: true },
    /** 首问负责: the worker who owns it (the first to accept, until transferred). */
    ownerId: { type: Schema.Types.ObjectId, ref: 'User' },
    ownerName: { type: String, maxlength: 50 },
    /** When it must be resolved, from the category's time limit. */
    deadline: { type: Date, required: true },
    /** When it must be accepted (响应时限). */
    responseDeadline: { type: Date },
    acceptedAt: { type: Date },
    resolvedAt: { type: Date },
    closedAt: { type: Date },
    mergedInto: { type: Schema.Types.ObjectId, ref: 'Request' },
    rating: {
      score: { type: Number, min: 1, max: 5 },
      comment: { type: String, maxlength: 500 },
      at: { type: Date },
      by: { type: String, maxlength: 200 },
    },
    ratingAskedAt: { type: Date },
    ratingReaskedAt: { type: Date },
    reminderSentAt: { type: Date },
    overdueNotifiedAt: { type: Date },
    /**
     * `_id`s of the conversation-log rows about this request: the reports and follow-ups, and what the bot sent
     * about it. Requests stored before it existed have none; their rows are found by `requestId`.
     */
    linkedRowIds: { type: [Schema.Types.ObjectId], default: undefined },
    /** `_id`s of the room's messages around the report (models/room-context.ts), for the console's detail page. */
    contextRowIds: { type: [Schema.Types.ObjectId], default: undefined },
    /** Append-only: events are pushed, never edited or removed. */
    timeline: { type: [timelineEventSchema], default: [] },
  },
  { timestamps: true },
)

requestSchema.index({ no: 1 }, { unique: true })
requestSchema.index({ compoundId: 1, status: 1, createdAt: -1 })
requestSchema.index({ compoundId: 1, category: 1, status: 1 })
requestSchema.index({ status: 1, deadline: 1 })
requestSchema.index({ ownerId: 1, status: 1 })
requestSchema.index({ 'reporters.contactId': 1, status: 1 })
requestSchema.index({ createdAt: -1 })

requestSchema.pre('validate', function () {
  if (this.categoryAlt && this.categoryAlt === this.category) this.categoryAlt = undefined
  if (this.status === 'merged' && !this.mergedInto) this.invalidate('mergedInto', 'a merged request must name the request it was merged into')
})

// The open-requests copy (models/request-index.ts) follows every write.
reportWrites(requestSchema, 'Request')

export type Request = InferSchemaType<typeof requestSchema> & { _id: Types.ObjectId; createdAt: Date; updatedAt: Date }
export type TimelineEvent = Request['timeline'][number]
export const RequestModel = model('Request', requestSchema)
