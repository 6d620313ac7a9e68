import type { IntakeOutcome } from '../domain/intake/types'
import { AppError } from '../lib/errors'

/** The result of processing one incoming message, as the sandbox reports it. */
export type ProcessingResult = { outcome: IntakeOutcome } | { ignored: string } | { error: unknown }

type Waiter = { resolve: (r: ProcessingResult) => void; timer: NodeJS.Timeout }

/**
 * Lets a caller wait until the bot has processed a given message id (the sandbox answers an
 * injected message with the bot's replies). Waiters of one id are settled in arrival order.
 */
export class ProcessingTracker {
  private readonly waiters = new Map<string, Waiter[]>()

  /** Resolves with the result, or with `{ error }` after `timeoutMs`. Register before injecting. */
  wait(messageId: string, timeoutMs: number): Promise<ProcessingResult> {
    return new Promise((resolve) => {
      const waiter: Waiter = {
        resolve,
        timer: setTimeout(() => {
          this.remove(messageId, waiter)
          resolve({ error: new Error(`message ${messageId} not processed within ${timeoutMs} ms`) })
        }, timeoutMs),
      }
      const list = this.waiters.get(messageId) ?? []
      list.push(waiter)
      this.waiters.set(messageId, list)
    })
  }

  /** Called by the adapter when a message is done (processed, ignored or failed). */
  settle(messageId: string, result: ProcessingResult): void {
    const list = this.waiters.get(messageId)
    const waiter = list?.shift()
    if (!waiter) return
    if (list && list.length === 0) this.waiters.delete(messageId)
    clearTimeout(waiter.timer)
    waiter.resolve(result)
  }

  /** Settles every waiter with an error (on stop, after in-flight messages were given their chance to finish). */
  clear(): void {
    for (const [, list] of this.waiters) for (const w of list) {
      clearTimeout(w.timer)
      w.resolve({ error: new AppError('bot_not_ready', '机器人已停止，这条消息没有处理完', { status: 503 }) })
    }
    this.waiters.clear()
  }

  private remove(messageId: string, waiter: Waiter): void {
    const list = this.waiters.get(messageId)
    if (!list) return
    const i = list.indexOf(waiter)
    if (i >= 0) list.splice(i, 1)
    if (list.length === 0) this.waiters.delete(messageId)
  }
}
