import mongoose from 'mongoose'
import { SnapshotCache } from '../lib/snapshot-cache'
import { cacheReloadMs } from './cache-settings'
import { onWrites } from './write-hooks'

/** How old a copy may get before a reader waits for a fresh one (a daily job on a quiet instance). */
export const COPY_MAX_STALE_MS = 30 * 60_000

/**
 * The reload rules of every in-memory copy of a collection: refreshed in the background after `CACHE_RELOAD_S`
 * (models/cache-settings.ts), reloaded before use when older than {@link COPY_MAX_STALE_MS}, and kept per database.
 */
export const COPY_OPTIONS = { maxAgeMs: cacheReloadMs, maxStaleMs: COPY_MAX_STALE_MS, scope: () => mongoose.connection.name ?? '' }

/**
 * A copy of a whole (small) collection by `_id`, as views, dropped at every write to it through this process
 * (the collection's writes are reported as `name`, models/write-hooks.ts).
 */
export function copyById<V>(name: string, model: mongoose.Model<any>, toView: (doc: any) => V): SnapshotCache<Map<string, V>> {
  const copy = new SnapshotCache(async () => {
    const map = new Map<string, V>()
    for (const d of await model.find({}).lean()) map.set(String(d._id), toView(d))
    return map
  }, COPY_OPTIONS)
  onWrites(name, () => copy.invalidate())
  return copy
}
