import { SnapshotCache } from '../../../lib/snapshot-cache'

/** A load whose calls are counted and which resolves when the test says so. */
function controlledLoad() {
  let calls = 0
  let value = 0
  const pending: (() => void)[] = []
  const load = () =>
    new Promise<number>((resolve) => {
      calls++
      const v = ++value
      pending.push(() => resolve(v))
    })
  return {
    load,
    calls: () => calls,
    /** Resolves the oldest pending load. */
    finishNext: async () => {
      pending.shift()?.()
      await new Promise((r) => setImmediate(r))
    },
  }
}

describe('SnapshotCache', () => {
  it('get › when called twice at once before any load › then one load serves both', async () => {
    // Arrange
    const l = controlledLoad()
    const cache = new SnapshotCache(l.load, { maxAgeMs: 60_000 })
    // Act
    const a = cache.get()
    const b = cache.get()
    await l.finishNext()
    // Assert
    expect(await a).toBe(1)
    expect(await b).toBe(1)
    expect(l.calls()).toBe(1)
  })

  it('get › when invalidated while a load runs › then readers wait for a load that started after the invalidation', async () => {
    // Arrange
    const l = controlledLoad()
    const cache = new SnapshotCache(l.load, { maxAgeMs: 60_000 })
    const first = cache.get()
    // Act
    cache.invalidate()
    const second = cache.get()
    await l.finishNext()
    await l.finishNext()
    // Assert
    expect(await first).toBe(2)
    expect(await second).toBe(2)
    expect(l.calls()).toBe(2)
  })

  it.each([
    { when: 'younger than maxAgeMs', ageMs: 1_000, value: 1, loads: 1 },
    { when: 'older than maxAgeMs', ageMs: 61_000, value: 1, loads: 2 },
    { when: 'older than maxStaleMs', ageMs: 601_000, value: 2, loads: 2 },
  ])('get › when the copy is $when › then it serves $value after $loads loads', async ({ ageMs, value, loads }) => {
    // Arrange
    let now = 0
    const l = controlledLoad()
    const cache = new SnapshotCache(l.load, { maxAgeMs: 60_000, maxStaleMs: 600_000, now: () => now })
    const warm = cache.get()
    await l.finishNext()
    await warm
    now = ageMs
    // Act
    const read = cache.get()
    await l.finishNext()
    // Assert
    expect(await read).toBe(value)
    expect(l.calls()).toBe(loads)
  })

  it('get › when the scope changes › then the copy of the other scope is not served', async () => {
    // Arrange
    let scope = 'db_a'
    const l = controlledLoad()
    const cache = new SnapshotCache(l.load, { maxAgeMs: 60_000, scope: () => scope })
    const a = cache.get()
    await l.finishNext()
    await a
    // Act
    scope = 'db_b'
    const b = cache.get()
    await l.finishNext()
    // Assert
    expect(await b).toBe(2)
  })
})
