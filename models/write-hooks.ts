import { Types, type Query, type Schema } from 'mongoose'

/**
 * A write through mongoose, as caches of a collection see it: `before` it runs, and `after` it with the ids of
 * the written documents when they are known (saves, inserts, and updates or deletes whose filter is by `_id`).
 */
export type WriteEvent =
  | { phase: 'before' }
  | {
      phase: 'after'
      ids?: unknown[]
      update?: Record<string, unknown>
      /** A new document saved (not an update): what was written (converted on demand), and when the write began. */
      inserted?: { doc: () => Record<string, unknown>; startedAt: number }
    }

type Listener = (event: WriteEvent) => void | Promise<void>
const listeners = new Map<string, Set<Listener>>()

const QUERY_WRITES = ['updateOne', 'updateMany', 'findOneAndUpdate', 'findOneAndReplace', 'findOneAndDelete', 'replaceOne', 'deleteOne', 'deleteMany'] as const

/** The `_id`s a filter selects when it selects by `_id` alone (`{ _id }` or `{ _id: { $in } }`), else undefined. */
function idsOfFilter(filter: Record<string, unknown> | undefined): unknown[] | undefined {
  const id = filter?._id
  if (id === undefined || id === null) return undefined
  if (typeof id !== 'object' || id instanceof Types.ObjectId) return [id]
  const $in = (id as { $in?: unknown }).$in
  return Array.isArray($in) && Object.keys(id).length === 1 ? $in : undefined
}

/**
 * Reports every write through mongoose to the collection of `schema` (saves, inserts, query updates and
 * deletes, bulk writes) to the listeners of `name`, before and after it; the write completes once the
 * listeners of `after` have. Call it before the model is compiled. Caches of the collection
 * (models/roster-cache.ts, models/request-index.ts) listen so that this process reads its own writes.
 */
export function reportWrites(schema: Schema, name: string): void {
  const notify = (event: WriteEvent) => notifyWrite(name, event)
  const before = () => notify({ phase: 'before' })
  schema.pre('save', function (this: { isNew: boolean; $locals: Record<string, unknown> }) {
    this.$locals.writeStartedAt = this.isNew ? Date.now() : undefined
    return before()
  })
  schema.pre('insertMany', before)
  schema.pre('bulkWrite', before)
  schema.pre([...QUERY_WRITES], before)
  schema.post('save', (doc: { _id: unknown; $locals: Record<string, unknown>; toObject(): Record<string, unknown> }) => {
    const startedAt = doc.$locals.writeStartedAt
    return notify({ phase: 'after', ids: [doc._id], ...(typeof startedAt === 'number' ? { inserted: { doc: () => doc.toObject(), startedAt } } : {}) })
  })
  schema.post('insertMany', (docs: { _id: unknown }[]) => notify({ phase: 'after', ids: docs.map((d) => d._id) }))
  schema.post('bulkWrite', () => notify({ phase: 'after' }))
  schema.post([...QUERY_WRITES], function (this: Query<unknown, unknown>) {
    const update = this.getUpdate()
    return notify({ phase: 'after', ids: idsOfFilter(this.getFilter()), ...(update && !Array.isArray(update) ? { update: update as Record<string, unknown> } : {}) })
  })
}

/**
 * Tells the listeners of `name` about a write made past mongoose (through the model's collection), as the hooks of
 * {@link reportWrites} tell them about mongoose's own: `before` it, and `after` it once it succeeded.
 */
export async function notifyWrite(name: string, event: WriteEvent): Promise<void> {
  await Promise.all([...(listeners.get(name) ?? [])].map((l) => l(event)))
}

/** Calls `listener` around every write to the collection reported as `name` (see {@link reportWrites}). */
export function onWrites(name: string, listener: Listener): void {
  const set = listeners.get(name) ?? new Set<Listener>()
  set.add(listener)
  listeners.set(name, set)
}
