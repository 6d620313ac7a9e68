import { LoginLimiter, retryAfterMs } from '../../../domain/auth/login-limiter'

describe('login limiter', () => {
  it('when failures reach the limit › then blocked until the oldest leaves the window; success resets', async () => {
    const l = new LoginLimiter(2, 60_000)
    const t0 = new Date(0)
    await l.fail('k', t0)
    expect(await l.retryAfterMs('k', t0)).toBe(0)
    await l.fail('k', new Date(10_000))
    expect(await l.retryAfterMs('k', new Date(20_000))).toBe(40_000)
    expect(await l.retryAfterMs('k', new Date(60_001))).toBe(0)
    expect(await l.retryAfterMs('other', new Date(20_000))).toBe(0)
    await l.succeed('k')
    expect(await l.retryAfterMs('k', new Date(20_000))).toBe(0)
  })

  it('retryAfterMs › when more failures are kept than the limit, or some are old › then the wait runs from the oldest of the last `max` recent ones', () => {
    expect(retryAfterMs([], 1000, 3, 60_000)).toBe(0)
    expect(retryAfterMs([5_000, 1_000, 3_000], 10_000, 3, 60_000)).toBe(51_000)
    expect(retryAfterMs([1_000, 3_000, 5_000, 7_000], 10_000, 3, 60_000)).toBe(53_000)
    // one of them is outside the window: two recent ones are under the limit
    expect(retryAfterMs([-70_000, 3_000, 5_000], 10_000, 3, 60_000)).toBe(0)
  })
})
