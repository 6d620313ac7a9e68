import { LoginLimiter } from '../../../domain/auth/login-limiter'

describe('login limiter', () => {
  it('when failures reach the limit › then blocked until the oldest leaves the window; success resets', () => {
    const l = new LoginLimiter(2, 60_000)
    const t0 = new Date(0)
    l.fail('k', t0)
    expect(l.retryAfterMs('k', t0)).toBe(0)
    l.fail('k', new Date(10_000))
    expect(l.retryAfterMs('k', new Date(20_000))).toBe(40_000)
    expect(l.retryAfterMs('k', new Date(60_001))).toBe(0)
    expect(l.retryAfterMs('other', new Date(20_000))).toBe(0)
    l.succeed('k')
    expect(l.retryAfterMs('k', new Date(20_000))).toBe(0)
  })
})
