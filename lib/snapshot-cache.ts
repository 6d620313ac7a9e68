/**
 * An in-process copy of data that is read far more often than it is written, loaded whole by `load` and
 * reused until it is invalidated (a write in this process) or gets older than `maxAgeMs` (a write elsewhere).
 *
 * - After {@link invalidate}, the next {@link get} waits for a load that started after the invalidation,
 *   so this process reads its own writes.
 * - A copy older than `maxAgeMs` is refreshed in the background while it keeps being served; one older than
 *   `maxStaleMs` (a reader that comes rarely, such as a daily job) is reloaded before it is served.
 * - Loads are coalesced: callers waiting at the same time share one load.
 * - `scope()` names what the copy belongs to (e.g. the database name): a changed scope is a stale copy.
 */
export class SnapshotCache<T> {
  private generation = 0
  private loaded: { value: T; generation: number; scope: string; at: number } | undefined
  private inflight: { promise: Promise<T>; generation: number; scope: string } | undefined

  constructor(
    private readonly load: () => Promise<T>,
    private readonly opts: { maxAgeMs: number | (() => number); maxStaleMs?: number; scope?: () => string; now?: () => number },
  ) {}

  /** Marks the copy stale: the next read loads again. Call it before and after every write of the data. */
  invalidate(): void {
    this.generation++
  }

  /**
   * The current copy (loading it first when there is none, or it is stale).
   * @throws whatever `load` throws when no usable copy exists
   */
  async get(): Promise<T> {
    const scope = this.scope()
    const l = this.loaded
    const age = l ? this.now() - l.at : Infinity
    if (l && l.generation === this.generation && l.scope === scope && age <= (this.opts.maxStaleMs ?? Infinity)) {
      if (age > (typeof this.opts.maxAgeMs === 'function' ? this.opts.maxAgeMs() : this.opts.maxAgeMs)) this.start(scope).catch(() => undefined)
      return l.value
    }
    for (;;) {
      const generation = this.generation
      const value = await this.start(scope)
      if (generation === this.generation) return value
    }
  }

  private scope(): string {
    return this.opts.scope?.() ?? ''
  }

  private now(): number {
    return (this.opts.now ?? Date.now)()
  }

  private start(scope: string): Promise<T> {
    const running = this.inflight
    if (running && running.generation === this.generation && running.scope === scope) return running.promise
    const generation = this.generation
    const promise = this.load().then((value) => {
      if (!this.loaded || this.loaded.generation <= generation || this.loaded.scope !== scope) this.loaded = { value, generation, scope, at: this.now() }
      return value
    })
    const entry = { promise, generation, scope }
    this.inflight = entry
    const clear = () => {
      if (this.inflight === entry) this.inflight = undefined
    }
    promise.then(clear, clear)
    return promise
  }
}
