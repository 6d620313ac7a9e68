import { Schema, model, type InferSchemaType, type Types } from 'mongoose'

/** Audit trail: one row per change made through the API (who, what, when, before/after). */
export const auditSchema = new Schema(
  {
    at: { type: Date, required: true },
    actor: {
      id: { type: String, maxlength: 200 },
      name: { type: String, maxlength: 100 },
      role: { type: String, maxlength: 20 },
    },
    /** What was done, e.g. `request.accept`, `faq.update`, `resident.import`. */
    action: { type: String, required: true, maxlength: 100 },
    entity: { type: String, required: true, maxlength: 50 },
    entityId: { type: String, maxlength: 200 },
    before: { type: Schema.Types.Mixed },
    after: { type: Schema.Types.Mixed },
    requestId: { type: String, maxlength: 100 },
    ip: { type: String, maxlength: 100 },
  },
  { versionKey: false },
)
auditSchema.index({ at: -1 })
auditSchema.index({ entity: 1, entityId: 1, at: -1 })

export type AuditEntry = InferSchemaType<typeof auditSchema> & { _id: Types.ObjectId }
export const AuditModel = model('Audit', auditSchema)
