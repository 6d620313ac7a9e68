import { LoginLimiter } from '../../../domain/auth/login-limiter'
import { LoginFailureModel, loginFailureStore, pruneLoginFailures } from '../../../models/login-failure.repo'
import { useTestDatabase, uniqueId } from '../../helpers/db'

useTestDatabase()

describe('login failures in the database', () => {
  it('two processes › when one sees the failures › then the other is blocked too, and a success anywhere clears them', async () => {
    // Arrange: two limiters over one database, as two Linli processes would have
    const a = new LoginLimiter(3, 60_000, loginFailureStore)
    const b = new LoginLimiter(3, 60_000, loginFailureStore)
    const key = `${uniqueId('ip')}|zhangsan`
    const t = (s: number) => new Date(Date.UTC(2026, 10, 22, 8, 0, s))
    // Act
    await a.fail(key, t(0))
    await b.fail(key, t(10))
    expect(await a.retryAfterMs(key, t(20))).toBe(0)
    await a.fail(key, t(20))
    // Assert
    expect(await b.retryAfterMs(key, t(30))).toBe(30_000)
    expect(await a.retryAfterMs(`${key}x`, t(30))).toBe(0)
    await b.succeed(key)
    expect(await a.retryAfterMs(key, t(30))).toBe(0)
  })

  it('slots › when a key fails more often than the limit › then only the latest failures are kept, without the username or IP in the database', async () => {
    const l = new LoginLimiter(3, 60_000, loginFailureStore)
    const key = `${uniqueId('10.0.0')}|lisi`
    const t = (s: number) => new Date(Date.UTC(2026, 10, 22, 9, 0, s))
    for (let s = 0; s < 7; s++) await l.fail(key, t(s * 10))
    expect((await loginFailureStore.times(key)).sort((x, y) => x - y)).toEqual([40, 50, 60].map((s) => t(s).getTime()))
    // blocked until the oldest kept failure (40 s) leaves the window
    expect(await l.retryAfterMs(key, t(70))).toBe(30_000)
    const stored = await LoginFailureModel.find({}).lean()
    expect(stored.some((r) => r._id.includes('lisi') || r._id.includes('10.0.0'))).toBe(false)
  })

  it('pruneLoginFailures › when failures are older than the cut-off › then only those are removed, and the limiter forgets them', async () => {
    // Arrange: one key failed two days ago, another today
    const old = `${uniqueId('ip')}|wangwu`
    const recent = `${uniqueId('ip')}|zhaoliu`
    await loginFailureStore.record(old, Date.UTC(2026, 10, 19, 12, 0), 5)
    await loginFailureStore.record(old, Date.UTC(2026, 10, 19, 12, 1), 5)
    await loginFailureStore.record(recent, Date.UTC(2026, 10, 22, 12, 0), 5)
    // Act
    const removed = await pruneLoginFailures(new Date(Date.UTC(2026, 10, 21, 0, 0)))
    // Assert
    expect(removed).toBe(2)
    expect(await loginFailureStore.times(old)).toEqual([])
    expect(await loginFailureStore.times(recent)).toEqual([Date.UTC(2026, 10, 22, 12, 0)])
  })
})
