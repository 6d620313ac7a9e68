import { createBatcher } from '../../../lib/batcher'

/** A writer that records its batches and answers each item from `answer` after `release()` is called. */
function recordingWriter(answer: (item: number) => string | Error = (item) => `ok:${item}`) {
  const batches: number[][] = []
  const pending: (() => void)[] = []
  const write = (items: readonly number[]) => {
    batches.push([...items])
    return new Promise<(string | Error)[]>((resolve) => pending.push(() => resolve(items.map(answer))))
  }
  const release = async () => {
    const all = pending.splice(0)
    for (const p of all) p()
    await new Promise((r) => setImmediate(r))
  }
  return { write, batches, release }
}

describe('createBatcher', () => {
  it('when calls come in the same turn › then they share one batch, and each gets its own answer', async () => {
    const w = recordingWriter()
    const submit = createBatcher(w.write, { maxBatch: 10 })
    const results = Promise.all([submit(1), submit(2), submit(3)])
    await new Promise((r) => setImmediate(r))
    await w.release()
    expect(await results).toEqual(['ok:1', 'ok:2', 'ok:3'])
    expect(w.batches).toEqual([[1, 2, 3]])
  })

  it('when calls come while a batch is being written › then they wait for it and go together in the next one', async () => {
    const w = recordingWriter()
    const submit = createBatcher(w.write, { maxBatch: 10 })
    const first = submit(1)
    await new Promise((r) => setImmediate(r))
    const later = [submit(2), submit(3), submit(4)]
    await new Promise((r) => setImmediate(r))
    expect(w.batches).toEqual([[1]])
    await w.release()
    await w.release()
    expect(await first).toBe('ok:1')
    expect(await Promise.all(later)).toEqual(['ok:2', 'ok:3', 'ok:4'])
    expect(w.batches).toEqual([[1], [2, 3, 4]])
  })

  it('when more calls wait than a batch may hold › then they are written in batches of at most maxBatch', async () => {
    const w = recordingWriter()
    const submit = createBatcher(w.write, { maxBatch: 2 })
    const all = Promise.all([1, 2, 3, 4, 5].map(submit))
    for (let i = 0; i < 4; i++) {
      await new Promise((r) => setImmediate(r))
      await w.release()
    }
    expect(await all).toEqual(['ok:1', 'ok:2', 'ok:3', 'ok:4', 'ok:5'])
    expect(w.batches).toEqual([[1, 2], [3, 4], [5]])
  })

  it('when the writer refuses one item › then only that caller gets the error', async () => {
    const w = recordingWriter((item) => (item === 2 ? Object.assign(new Error('duplicate'), { code: 11000 }) : `ok:${item}`))
    const submit = createBatcher(w.write, { maxBatch: 10 })
    const results = [submit(1), submit(2), submit(3)].map((p) => p.then((v) => v, (e: { code?: number }) => `error:${e.code}`))
    await new Promise((r) => setImmediate(r))
    await w.release()
    expect(await Promise.all(results)).toEqual(['ok:1', 'error:11000', 'ok:3'])
  })

  it('when a whole batch fails (or the writer throws) › then every call in it fails, and later calls are written again', async () => {
    let fail: 'reject' | 'throw' | undefined = 'reject'
    const batches: number[][] = []
    const submit = createBatcher<number, string>((items) => {
      batches.push([...items])
      if (fail === 'throw') throw new Error('sync failure')
      if (fail === 'reject') return Promise.reject(new Error('database unreachable'))
      return Promise.resolve(items.map((i) => `ok:${i}`))
    }, { maxBatch: 10 })
    const failed = await Promise.allSettled([submit(1), submit(2)])
    expect(failed.map((r) => r.status)).toEqual(['rejected', 'rejected'])
    expect((failed[0] as PromiseRejectedResult).reason).toMatchObject({ message: 'database unreachable' })
    fail = 'throw'
    await expect(submit(3)).rejects.toThrow('sync failure')
    fail = undefined
    expect(await submit(4)).toBe('ok:4')
    expect(batches).toEqual([[1, 2], [3], [4]])
  })
})
