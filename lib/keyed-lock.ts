/**
 * Serialises async work per key inside this process. FerretDB v1 may lose one of two concurrent
 * updates to the same document, so updates to one request (a second reporter, a worker's action)
 * run one at a time; across processes, claims (unique inserts) decide instead.
 */
export class KeyedLock {
  private readonly tails = new Map<string, Promise<unknown>>()

  /** Runs `fn` after every earlier call with the same key has settled. */
  async run<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve()
    const current = previous.then(fn, fn)
    const tail = current.catch(() => undefined)
    this.tails.set(key, tail)
    try {
      return await current
    } finally {
      if (this.tails.get(key) === tail) this.tails.delete(key)
    }
  }

  /** Number of keys with work queued (for tests and metrics). */
  get size(): number {
    return this.tails.size
  }
}
