/** Writes a batch of items and answers each one: its result, or an Error for that item alone. */
export type BatchWriter<I, O> = (items: readonly I[]) => Promise<readonly (O | Error)[]>

/**
 * Group commit: calls that arrive while a batch is being written wait and go together in the next one, so a busy
 * process makes one database round trip for many writes, and a quiet one writes each call at once (a call never
 * waits for company, only for the write in flight). Each caller gets its own result or error; a batch that fails
 * as a whole (the database unreachable) fails every call in it, and each caller decides whether to try again.
 */
export function createBatcher<I, O>(write: BatchWriter<I, O>, opts: { maxBatch: number }): (item: I) => Promise<O> {
  const queue: { item: I; resolve: (value: O) => void; reject: (err: unknown) => void }[] = []
  let writing = false

  function next(): void {
    if (writing || queue.length === 0) return
    writing = true
    const batch = queue.splice(0, opts.maxBatch)
    let results: Promise<readonly (O | Error)[]>
    try {
      results = write(batch.map((b) => b.item))
    } catch (err) {
      results = Promise.reject(err)
    }
    results
      .then(
        (answers) => {
          batch.forEach((b, i) => {
            const answer = answers[i]
            if (answer instanceof Error) b.reject(answer)
            else if (i >= answers.length) b.reject(new Error('batch writer gave no answer for an item'))
            else b.resolve(answer)
          })
        },
        (err: unknown) => batch.forEach((b) => b.reject(err)),
      )
      .finally(() => {
        writing = false
        next()
      })
  }

  return (item) =>
    new Promise<O>((resolve, reject) => {
      queue.push({ item, resolve, reject })
      // Calls made in the same turn of the event loop share the first batch.
      queueMicrotask(next)
    })
}
