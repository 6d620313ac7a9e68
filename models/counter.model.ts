import { Schema, model } from 'mongoose'
import { isDuplicateKeyError } from './common'

/**
 * One document per number taken from a named sequence. FerretDB v1 does not apply read-modify-write
 * updates ($inc, findOneAndUpdate) atomically under concurrency — 20 concurrent `$inc`s were seen to
 * add 2 — but it does enforce unique indexes, so a number is taken by inserting `<name>:<n>`.
 */
const sequenceSchema = new Schema(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    n: { type: Number, required: true },
    at: { type: Date, default: () => new Date() },
  },
  { versionKey: false },
)
sequenceSchema.index({ name: 1, n: -1 })

export const SequenceModel = model('Sequence', sequenceSchema)

/** Takes the next number of a named sequence; safe across concurrent callers and processes. */
export async function nextSequence(name: string): Promise<number> {
  for (let attempt = 0; attempt < 1000; attempt++) {
    const last = await SequenceModel.findOne({ name }, { n: 1 }).sort({ n: -1 }).lean()
    const n = (last?.n ?? 0) + 1
    try {
      await SequenceModel.create({ _id: `${name}:${n}`, name, n })
      return n
    } catch (err) {
      if (!isDuplicateKeyError(err)) throw err
    }
  }
  throw new Error(`sequence ${name}: too much contention`)
}
