import { createHash } from 'node:crypto'
import { Schema, model } from 'mongoose'
import type { LoginFailureStore } from '../domain/auth/login-limiter'

/**
 * Failed logins in the database, so that every process behind it counts the same failures. A key (IP +
 * username, hashed) has a fixed set of slots, `<hash>:0` … `<hash>:<n-1>`, each holding one failure's time:
 * reading a key is one `_id $in` (an index look-up even on the embedded FerretDB), and a failure overwrites
 * an empty or the oldest slot. Two processes failing the same key at the same instant may take one slot, so
 * the count can fall one short under such a race; it never grows.
 */
const loginFailureSchema = new Schema({ _id: { type: String, required: true }, at: { type: Date, required: true } }, { versionKey: false })
export const LoginFailureModel = model('LoginFailure', loginFailureSchema, 'login_failures')

const keyHash = (key: string) => createHash('sha256').update(key).digest('hex').slice(0, 32)
const slotIds = (key: string, slots: number) => Array.from({ length: slots }, (_, i) => `${keyHash(key)}:${i}`)
/** Slots read per key: enough for any limit the API sets. */
const MAX_SLOTS = 20

export const loginFailureStore: LoginFailureStore = {
  async times(key) {
    const rows = await LoginFailureModel.find({ _id: { $in: slotIds(key, MAX_SLOTS) } }).lean()
    return rows.map((r) => r.at.getTime())
  },
  async record(key, at, slots) {
    const ids = slotIds(key, Math.min(slots, MAX_SLOTS))
    const rows = new Map((await LoginFailureModel.find({ _id: { $in: ids } }).lean()).map((r) => [r._id, r.at.getTime()]))
    const slot = ids.find((id) => !rows.has(id)) ?? ids.reduce((a, b) => ((rows.get(a) ?? 0) <= (rows.get(b) ?? 0) ? a : b))
    await LoginFailureModel.updateOne({ _id: slot }, { $set: { at: new Date(at) } }, { upsert: true })
  },
  async clear(key) {
    await LoginFailureModel.deleteMany({ _id: { $in: slotIds(key, MAX_SLOTS) } })
  },
}

/** Removes failures recorded before `before` (keys that never logged in successfully would otherwise stay); returns how many. */
export async function pruneLoginFailures(before: Date): Promise<number> {
  const { deletedCount } = await LoginFailureModel.deleteMany({ at: { $lt: before } })
  return deletedCount
}
