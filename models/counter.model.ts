import { Schema, model } from 'mongoose'
import { KeyedLock } from '../lib/keyed-lock'
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

/** The last number this process took (or saw) per database and sequence: where the next search starts. */
const lastTaken = new Map<string, number>()
/** Callers in this process take numbers one at a time, instead of racing each other for the same one. */
const takers = new KeyedLock()

const sequenceId = (name: string, n: number) => `${name}:${n}`

async function isTaken(name: string, n: number): Promise<boolean> {
  return (await SequenceModel.findById(sequenceId(name, n), { _id: 1 }).lean()) !== null
}

/**
 * The highest number taken, searched from `known` (0, or a number known to be taken) by `_id` look-ups only:
 * doubling steps up to the first free number, then bisection. Numbers are taken one after another from 1 and
 * never removed, so the taken ones are exactly 1..max.
 */
async function highestTaken(name: string, known: number): Promise<number> {
  let lo = known
  if (lo === 0) {
    if (!(await isTaken(name, 1))) return 0
    lo = 1
  }
  let step = 1
  while (await isTaken(name, lo + step)) {
    lo += step
    step *= 2
  }
  let hi = lo + step
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2)
    if (await isTaken(name, mid)) lo = mid
    else hi = mid
  }
  return lo
}

/**
 * Takes the next number of a named sequence; safe across concurrent callers and processes.
 * Only `_id` look-ups are used — FerretDB v1 (SQLite) scans the whole collection for any other filter, and a
 * sort by `n` made every new request read every number ever taken — starting from the last number this
 * process took (checked, in case the database changed) and searching forward when another caller got there first.
 */
export async function nextSequence(name: string): Promise<number> {
  const key = `${SequenceModel.db.name}/${name}`
  return takers.run(key, () => takeNext(name, key))
}

async function takeNext(name: string, key: string): Promise<number> {
  const hint = lastTaken.get(key)
  // The number after the one this process took last is usually free, so it is tried at once: another caller that
  // got there first makes the insert a duplicate, and the search below finds where the numbers have got to.
  let last = hint !== undefined && (await isTaken(name, hint)) ? hint : await highestTaken(name, 0)
  for (let attempt = 0; attempt < 1000; attempt++) {
    const n = last + 1
    try {
      // The stored document as the schema has it (no mongoose document: one is taken for every new request).
      await SequenceModel.collection.insertOne({ _id: sequenceId(name, n), name, n, at: new Date() } as never)
      lastTaken.set(key, n)
      return n
    } catch (err) {
      if (!isDuplicateKeyError(err)) throw err
      last = await highestTaken(name, n)
    }
  }
  throw new Error(`sequence ${name}: too much contention`)
}
