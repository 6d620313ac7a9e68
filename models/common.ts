import { Schema } from 'mongoose'

/** Building / unit / floor / room, as Arabic-numeral strings (以房找人). */
export const locationSchema = new Schema(
  {
    building: { type: String, trim: true, maxlength: 20 },
    unit: { type: String, trim: true, maxlength: 20 },
    floor: { type: String, trim: true, maxlength: 20 },
    room: { type: String, trim: true, maxlength: 20 },
  },
  { _id: false },
)

/** Who did something: a resident, a worker, the bot or the system. */
export const actorSchema = new Schema(
  {
    kind: { type: String, enum: ['resident', 'worker', 'admin', 'bot', 'system'], required: true },
    id: { type: String },
    name: { type: String, maxlength: 100 },
  },
  { _id: false },
)

/** A mainland mobile number (11 digits starting with 1) or a landline with area code. */
export const PHONE_PATTERN = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/
/** YYYY-MM-DD. */
export const DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/

/** True when `err` is MongoDB's duplicate-key error (E11000): a unique index refused the write. */
export function isDuplicateKeyError(err: unknown): boolean {
  return (err as { code?: number } | null)?.code === 11000
}
