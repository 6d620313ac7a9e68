import { KeyedLock } from '../../../lib/keyed-lock'

describe('KeyedLock', () => {
  it('run › when calls share a key › then they never overlap and keep their order', async () => {
    const lock = new KeyedLock()
    const events: string[] = []
    const task = (name: string, ms: number) => lock.run('k', async () => {
      events.push(`start ${name}`)
      await new Promise((r) => setTimeout(r, ms))
      events.push(`end ${name}`)
      return name
    })
    const results = await Promise.all([task('a', 20), task('b', 1), task('c', 5)])
    expect(results).toEqual(['a', 'b', 'c'])
    expect(events).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c'])
    expect(lock.size).toBe(0)
  })

  it('run › when one call fails › then later calls still run and the error reaches its caller', async () => {
    const lock = new KeyedLock()
    const failing = lock.run('k', async () => { throw new Error('boom') })
    const next = lock.run('k', async () => 'ok')
    await expect(failing).rejects.toThrow('boom')
    await expect(next).resolves.toBe('ok')
  })

  it('run › when keys differ › then work runs concurrently', async () => {
    const lock = new KeyedLock()
    let running = 0
    let peak = 0
    const task = (key: string) => lock.run(key, async () => {
      running++
      peak = Math.max(peak, running)
      await new Promise((r) => setTimeout(r, 10))
      running--
    })
    await Promise.all([task('a'), task('b'), task('c')])
    expect(peak).toBe(3)
  })
})
