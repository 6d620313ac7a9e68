/** Where failed logins are kept: by key, at most `slots` of them (the oldest gives way). */
export interface LoginFailureStore {
  /** Times (ms) of the key's kept failures, in any order. */
  times(key: string): Promise<number[]>
  /** Keeps a failure at `at`, in place of the oldest when `slots` are kept already. */
  record(key: string, at: number, slots: number): Promise<void>
  /** Forgets the key's failures. */
  clear(key: string): Promise<void>
}

/** Stored failures older than this are removed by the daily housekeeping job; every limiter window is shorter. */
export const LOGIN_FAILURE_RETENTION_MS = 24 * 3600_000

/** Failures in this process's memory (tests, and a store of last resort), at most `maxKeys` keys. */
export class MemoryLoginFailures implements LoginFailureStore {
  private readonly failures = new Map<string, number[]>()

  constructor(private readonly maxKeys = 10_000) {}

  async times(key: string): Promise<number[]> {
    return [...(this.failures.get(key) ?? [])]
  }

  async record(key: string, at: number, slots: number): Promise<void> {
    if (this.failures.size >= this.maxKeys && !this.failures.has(key)) {
      const oldest = this.failures.keys().next().value
      if (oldest !== undefined) this.failures.delete(oldest)
    }
    this.failures.set(key, [...(this.failures.get(key) ?? []), at].sort((a, b) => a - b).slice(-slots))
  }

  async clear(key: string): Promise<void> {
    this.failures.delete(key)
  }
}

/** Milliseconds until a key with failures at `times` may try again (0 = now): blocked while `maxAttempts` fall in the window. */
export function retryAfterMs(times: readonly number[], now: number, maxAttempts: number, windowMs: number): number {
  const recent = times.filter((t) => now - t < windowMs).sort((a, b) => a - b)
  if (recent.length < maxAttempts) return 0
  return recent[recent.length - maxAttempts] + windowMs - now
}

/**
 * Login rate limit: at most `maxAttempts` failed logins per key (IP + username) in a sliding `windowMs`; after
 * that the key is blocked until the oldest of those failures leaves the window. The product keeps the failures
 * in the database (models/login-failure.repo.ts), so several processes behind one database share the count.
 */
export class LoginLimiter {
  constructor(
    private readonly maxAttempts = 5,
    private readonly windowMs = 15 * 60_000,
    private readonly store: LoginFailureStore = new MemoryLoginFailures(),
  ) {}

  /** Milliseconds until the key may try again (0 = allowed now). */
  async retryAfterMs(key: string, now: Date): Promise<number> {
    return retryAfterMs(await this.store.times(key), now.getTime(), this.maxAttempts, this.windowMs)
  }

  /** Records a failed attempt. */
  async fail(key: string, now: Date): Promise<void> {
    await this.store.record(key, now.getTime(), this.maxAttempts)
  }

  /** Forgets a key after a successful login. */
  async succeed(key: string): Promise<void> {
    await this.store.clear(key)
  }
}
