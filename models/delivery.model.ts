import { Schema, model, type InferSchemaType, type Types } from 'mongoose'

/** What produced an outgoing message. */
export const DELIVERY_KINDS = ['notice', 'push', 'greeting', 'reply', 'reminder', 'report', 'alert'] as const
export const DELIVERY_STATUSES = ['pending', 'sending', 'sent', 'failed', 'unknown', 'cancelled'] as const

/**
 * The outbox: one row per message × target. Written before sending; a dispatcher claims rows
 * atomically (pending → sending) and records the outcome, so nothing is sent twice.
 */
export const deliverySchema = new Schema(
  {
    kind: { type: String, enum: DELIVERY_KINDS, required: true },
    noticeId: { type: Schema.Types.ObjectId, ref: 'Notice' },
    requestId: { type: Schema.Types.ObjectId, ref: 'Request' },
    /** Which occurrence of a repeating notice, or which year's greeting. */
    occurrenceKey: { type: String, maxlength: 100 },
    target: {
      kind: { type: String, enum: ['room', 'contact'], required: true },
      id: { type: String, required: true, maxlength: 200 },
      name: { type: String, maxlength: 200 },
      compoundId: { type: Schema.Types.ObjectId, ref: 'Compound' },
      residentId: { type: Schema.Types.ObjectId, ref: 'Resident' },
    },
    /** Contacts to @ in a room message. */
    mentionIds: { type: [String], default: [] },
    text: { type: String, required: true, maxlength: 5000 },
    imageUrl: { type: String, maxlength: 1000 },
    botAccountId: { type: String, maxlength: 200 },
    urgent: { type: Boolean, default: false },
    status: { type: String, enum: DELIVERY_STATUSES, default: 'pending', required: true },
    attempts: { type: Number, default: 0 },
    lastError: { type: String, maxlength: 1000 },
    /** Not sent before this time (pacing, quiet hours, retry backoff). */
    notBefore: { type: Date },
    /** After this time the message is pointless (a birthday greeting after its day): given up, not sent late. */
    expiresAt: { type: Date },
    claimedBy: { type: String, maxlength: 200 },
    claimedAt: { type: Date },
    sentAt: { type: Date },
    /** Set when the outcome needs a person (status unknown after a crash, or a permanent failure). */
    flaggedAt: { type: Date },
    /** When the admins were told about this flag by direct message (domain/outbox/flag-alerts.ts); cleared when it is flagged again. */
    flagAlertedAt: { type: Date },
    /** Unique per logical message and target: the same notice occurrence never lands twice. */
    idempotencyKey: { type: String, required: true, maxlength: 500 },
  },
  { timestamps: true },
)

deliverySchema.index({ idempotencyKey: 1 }, { unique: true })
deliverySchema.index({ status: 1, notBefore: 1 })
deliverySchema.index({ noticeId: 1, status: 1 })
deliverySchema.index({ 'target.id': 1, sentAt: -1 })

export type Delivery = InferSchemaType<typeof deliverySchema> & { _id: Types.ObjectId }
export const DeliveryModel = model('Delivery', deliverySchema)
