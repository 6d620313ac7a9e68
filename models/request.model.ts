import mongoose, { Schema, model, type InferSchemaType, type Types } from 'mongoose'
import { CATEGORY_KEYS } from '../domain/requests/categories'
import { REQUEST_STATUSES } from '../domain/requests/lifecycle'
import type { RequestRecord } from '../domain/requests/types'
import { AppError } from '../lib/errors'
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

/** What {@link requestDoc} builds a new request's stored document from: the repository's insert, string ids. */
export type NewRequestFields = Omit<RequestRecord, 'id' | 'updatedAt' | 'linkedRowIds' | 'contextRowIds'> & {
  _id: Types.ObjectId
  linkedRowIds: Types.ObjectId[]
  contextRowIds: Types.ObjectId[]
}

const invalid = (field: string, message: string) => new AppError('request_invalid', `${field}: ${message}`, { status: 400, field })
const STATUSES: ReadonlySet<string> = new Set(REQUEST_STATUSES)
const CATEGORIES: ReadonlySet<string> = new Set(CATEGORY_KEYS)
const EVENTS: ReadonlySet<string> = new Set(TIMELINE_EVENTS)
const ACTOR_KINDS: ReadonlySet<string> = new Set(['resident', 'worker', 'admin', 'bot', 'system'])
const SOURCES: ReadonlySet<string> = new Set(['group', 'direct', 'console', 'consultation'])

function objectId(field: string, value: string | undefined): Types.ObjectId | undefined {
  if (value === undefined) return undefined
  if (!mongoose.isValidObjectId(value)) throw invalid(field, 'not an id')
  return new mongoose.Types.ObjectId(value)
}

function text(field: string, value: string | undefined, max: number): string | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'string' || value.length > max) throw invalid(field, `must be text of at most ${max} characters`)
  return value
}

function date(field: string, value: Date | undefined, required = false): Date | undefined {
  if (value === undefined && !required) return undefined
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw invalid(field, 'must be a date')
  return value
}

/** Copies the defined entries of `entries` into a new object, in their order (mongoose leaves unset paths out). */
function defined(entries: [string, unknown][]): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [k, v] of entries) if (v !== undefined) out[k] = v
  return out
}

/**
 * The document mongoose would store for a new request — the schema's field order, casts (ObjectIds), defaults,
 * trimming, the `categoryAlt` rule, timestamps (a given `createdAt` kept) and `__v` — built directly: building and
 * validating the mongoose document of a report cost the bot about 1.2 ms of CPU, more than the rest of the report
 * (bench/README.md, sixth round). `tests/integration/models/request-docs.test.ts` compares both, field for field.
 * @throws AppError request_invalid (400) for a value the schema refuses
 */
export function requestDoc(f: NewRequestFields, now: Date): Record<string, unknown> {
  if (!Number.isInteger(f.no) || f.no < 1) throw invalid('no', 'must be a whole number from 1')
  if (!CATEGORIES.has(f.category)) throw invalid('category', 'unknown category')
  if (f.categoryAlt !== undefined && !CATEGORIES.has(f.categoryAlt)) throw invalid('categoryAlt', 'unknown category')
  if (!STATUSES.has(f.status)) throw invalid('status', 'unknown status')
  if (f.status === 'merged' && !f.mergedInto) throw invalid('mergedInto', 'a merged request must name the request it was merged into')
  if (!SOURCES.has(f.source ?? 'group')) throw invalid('source', 'unknown source')
  if (!f.reporters.length) throw invalid('reporters', 'a request needs a reporter')
  const summary = typeof f.summary === 'string' ? f.summary.trim() : ''
  if (!summary) throw invalid('summary', 'required')
  text('summary', summary, 500)
  return defined([
    ['_id', f._id],
    ['no', f.no],
    ['compoundId', objectId('compoundId', f.compoundId) ?? (() => { throw invalid('compoundId', 'required') })()],
    ['gridCode', text('gridCode', f.gridCode, 20)],
    ['groupId', objectId('groupId', f.groupId)],
    ['roomId', text('roomId', f.roomId, 200)],
    ['source', f.source ?? 'group'],
    ['kind', f.kind ?? 'request'],
    ['private', f.private ?? false],
    ['reporters', f.reporters.map((r, i) => defined([
      ['residentId', objectId(`reporters.${i}.residentId`, r.residentId)],
      ['contactId', text(`reporters.${i}.contactId`, r.contactId, 200)],
      ['name', text(`reporters.${i}.name`, r.name, 100)],
      ['roomId', text(`reporters.${i}.roomId`, r.roomId, 200)],
      ['at', date(`reporters.${i}.at`, r.at, true)],
      ['messageId', text(`reporters.${i}.messageId`, r.messageId, 200)],
    ]))],
    ['messages', (f.messages ?? []).map((m, i) => defined([
      ['messageId', text(`messages.${i}.messageId`, m.messageId, 200)],
      ['text', text(`messages.${i}.text`, m.text || (() => { throw invalid(`messages.${i}.text`, 'required') })(), 5000)],
      ['at', date(`messages.${i}.at`, m.at, true)],
      ['contactId', text(`messages.${i}.contactId`, m.contactId, 200)],
    ]))],
    ['summary', summary],
    ['category', f.category],
    ['categoryAlt', f.categoryAlt === f.category ? undefined : f.categoryAlt],
    ['location', f.location ? locationDoc(f.location) : undefined],
    ['urgent', f.urgent ?? false],
    ['status', f.status],
    ['ownerId', objectId('ownerId', f.ownerId)],
    ['ownerName', text('ownerName', f.ownerName, 50)],
    ['deadline', date('deadline', f.deadline, true)],
    ['responseDeadline', date('responseDeadline', f.responseDeadline)],
    ['acceptedAt', date('acceptedAt', f.acceptedAt)],
    ['resolvedAt', date('resolvedAt', f.resolvedAt)],
    ['closedAt', date('closedAt', f.closedAt)],
    ['mergedInto', objectId('mergedInto', f.mergedInto)],
    ['ratingAskedAt', date('ratingAskedAt', f.ratingAskedAt)],
    ['linkedRowIds', f.linkedRowIds],
    ['contextRowIds', f.contextRowIds],
    ['timeline', (f.timeline ?? []).map((e, i) => {
      if (!EVENTS.has(e.type)) throw invalid(`timeline.${i}.type`, 'unknown event')
      if (!ACTOR_KINDS.has(e.actor?.kind)) throw invalid(`timeline.${i}.actor.kind`, 'unknown actor')
      for (const s of [e.fromStatus, e.toStatus]) if (s !== undefined && !STATUSES.has(s)) throw invalid(`timeline.${i}`, 'unknown status')
      return defined([
        ['at', date(`timeline.${i}.at`, e.at, true)],
        ['actor', defined([['kind', e.actor.kind], ['id', e.actor.id === undefined ? undefined : String(e.actor.id)], ['name', text(`timeline.${i}.actor.name`, e.actor.name, 100)]])],
        ['type', e.type],
        ['fromStatus', e.fromStatus],
        ['toStatus', e.toStatus],
        ['text', text(`timeline.${i}.text`, e.text, 5000)],
        ['relayed', e.relayed ?? false],
        ['data', e.data],
      ])
    })],
    ['createdAt', f.createdAt ?? now],
    ['updatedAt', now],
    ['__v', 0],
  ])
}

/** A location as the location schema stores it: each part trimmed, at most 20 characters. */
function locationDoc(l: NonNullable<RequestRecord['location']>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const part of ['building', 'unit', 'floor', 'room'] as const) {
    const v = l[part]
    if (v === undefined) continue
    const trimmed = String(v).trim()
    if (trimmed.length > 20) throw invalid(`location.${part}`, 'at most 20 characters')
    out[part] = trimmed
  }
  return out
}
