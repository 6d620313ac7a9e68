import { Schema, model } from 'mongoose'
import { isDuplicateKeyError } from './common'

/**
 * Exactly-once claims: whoever inserts a key first holds it. The unique `_id` is the only
 * concurrency guarantee FerretDB v1 gives across processes, so every "do this once" decision
 * (a delivery attempt, a scheduled run, a greeting of the year) is a claim.
 */
const claimSchema = new Schema(
  {
    _id: { type: String, required: true },
    holder: { type: String, required: true },
    at: { type: Date, required: true },
    /** For leases: after this time the claim may be taken over by deleting and re-claiming. */
    expiresAt: { type: Date },
  },
  { versionKey: false },
)
claimSchema.index({ expiresAt: 1 })

export const ClaimModel = model('Claim', claimSchema)

/** Tries to take `key` for `holder`; true for exactly one caller. */
export async function tryClaim(key: string, holder: string, now: Date, expiresAt?: Date): Promise<boolean> {
  try {
    await ClaimModel.create({ _id: key, holder, at: now, expiresAt })
    return true
  } catch (err) {
    if (isDuplicateKeyError(err)) return false
    throw err
  }
}

/** Who holds `key`, if anyone. */
export async function claimHolder(key: string): Promise<{ holder: string; at: Date; expiresAt?: Date | null } | null> {
  return ClaimModel.findById(key).lean()
}
