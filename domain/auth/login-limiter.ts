/**
 * Login rate limit: at most `maxAttempts` failed logins per key (IP + username) in a sliding
 * `windowMs`; after that the key is blocked until the oldest failure leaves the window.
 * In memory, per process: good enough for one instance; several instances each keep their own count.
 */
export class LoginLimiter {
  private readonly failures = new Map<string, number[]>()

  constructor(
    private readonly maxAttempts = 5,
    private readonly windowMs = 15 * 60_000,
    private readonly maxKeys = 10_000,
  ) {}

  /** Milliseconds until the key may try again (0 = allowed now). */
  retryAfterMs(key: string, now: Date): number {
    const list = this.recent(key, now)
    if (list.length < this.maxAttempts) return 0
    return list[0] + this.windowMs - now.getTime()
  }

  /** Records a failed attempt. */
  fail(key: string, now: Date): void {
    if (this.failures.size >= this.maxKeys && !this.failures.has(key)) {
      const oldest = this.failures.keys().next().value
      if (oldest !== undefined) this.failures.delete(oldest)
    }
    this.failures.set(key, [...this.recent(key, now), now.getTime()])
  }

  /** Forgets a key after a successful login. */
  succeed(key: string): void {
    this.failures.delete(key)
  }

  private recent(key: string, now: Date): number[] {
    const t = now.getTime()
    return (this.failures.get(key) ?? []).filter((x) => t - x < this.windowMs)
  }
}
