import { Schema, model, type InferSchemaType, type Types } from 'mongoose'

export const NOTICE_STATUSES = ['draft', 'scheduled', 'sending', 'done', 'cancelled'] as const

export const noticeSchema = new Schema(
  {
    title: { type: String, required: true, trim: true, maxlength: 100 },
    content: { type: String, required: true, trim: true, maxlength: 2000 },
    /** Optional image sent after the text. */
    imageUrl: { type: String, trim: true, maxlength: 1000 },
    targets: {
      kind: { type: String, enum: ['all', 'compounds', 'tags'], required: true },
      compoundIds: { type: [Schema.Types.ObjectId], ref: 'Compound', default: [] },
      /** Residents with any of these tags get it by direct message. */
      tags: { type: [String], default: [] },
    },
    schedule: {
      kind: { type: String, enum: ['once', 'cron'], required: true },
      at: { type: Date },
      /** 5-field cron expression, evaluated in the configured time zone. */
      cron: { type: String, trim: true, maxlength: 100 },
      skipHolidays: { type: Boolean, default: false },
      /** Until when a repeating notice runs (unset: until cancelled). */
      until: { type: Date },
    },
    /** Urgent notices may be sent during quiet hours. */
    urgent: { type: Boolean, default: false },
    status: { type: String, enum: NOTICE_STATUSES, default: 'scheduled' },
    authorId: { type: Schema.Types.ObjectId, ref: 'User' },
    /** Key of the last occurrence that was expanded into deliveries (exactly-once per occurrence). */
    lastOccurrenceKey: { type: String },
    nextRunAt: { type: Date },
    /** Runs before this instant are ignored: the creation or the last change of the schedule. */
    scheduleFrom: { type: Date },
    cancelledAt: { type: Date },
  },
  { timestamps: true },
)

noticeSchema.index({ status: 1, nextRunAt: 1 })

noticeSchema.pre('validate', function () {
  const s = this.schedule
  if (s?.kind === 'once' && !s.at) this.invalidate('schedule.at', 'a one-off notice needs schedule.at')
  if (s?.kind === 'cron' && !s.cron) this.invalidate('schedule.cron', 'a repeating notice needs schedule.cron')
  const t = this.targets
  if (t?.kind === 'compounds' && t.compoundIds.length === 0) this.invalidate('targets.compoundIds', 'choose at least one compound')
  if (t?.kind === 'tags' && t.tags.length === 0) this.invalidate('targets.tags', 'choose at least one tag')
})

export type Notice = InferSchemaType<typeof noticeSchema> & { _id: Types.ObjectId }
export const NoticeModel = model('Notice', noticeSchema)
