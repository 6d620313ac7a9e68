/**
 * How often the in-memory copies of the roster (models/roster-cache.ts) and of the requests
 * (models/request-index.ts) are reloaded to see writes made outside this process (another Linli process, a
 * script writing the database). Writes through this process's models are seen at once. Set from
 * `CACHE_RELOAD_S` at start-up (main.ts).
 */
let reloadMs = 5 * 60_000

/** Sets the reload interval (milliseconds, at least 1). */
export function setCacheReloadMs(ms: number): void {
  reloadMs = Math.max(1, ms)
}

/** The reload interval in milliseconds. */
export function cacheReloadMs(): number {
  return reloadMs
}
