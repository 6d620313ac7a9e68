import { uniqueId } from './db'
import type { MessageSender, OutgoingMessage, SendResult } from '../../domain/messaging/ports'

/** A sent message with the (injected) time it was sent. */
export interface RecordedSend {
  message: OutgoingMessage
  at: Date
}

/**
 * A MessageSender for tests: records every message (the WeChat boundary is faked, the database never is).
 * `failWith` makes the next sends throw the given errors in order.
 */
export class RecordingSender implements MessageSender {
  readonly sent: RecordedSend[] = []
  readonly failWith: unknown[] = []
  ready = true

  constructor(
    private readonly clock: () => Date = () => new Date(),
    private readonly account = uniqueId('bot-account'),
  ) {}

  async send(message: OutgoingMessage): Promise<SendResult> {
    if (this.failWith.length) throw this.failWith.shift()
    this.sent.push({ message, at: this.clock() })
    return { messageId: `msg-${this.sent.length}` }
  }

  isReady(): boolean {
    return this.ready
  }

  accountId(): string | undefined {
    return this.account
  }

  /** Texts sent to one target id. */
  textsTo(targetId: string): string[] {
    return this.sent.filter((s) => s.message.target.id === targetId).map((s) => s.message.text)
  }
}

/** A fake clock whose sleep advances time instantly. */
export class FakeClock {
  constructor(private t: Date) {}
  now = (): Date => new Date(this.t.getTime())
  sleep = async (ms: number): Promise<void> => {
    this.t = new Date(this.t.getTime() + Math.max(0, ms))
  }
  set(d: Date): void {
    this.t = new Date(d.getTime())
  }
  advance(ms: number): void {
    this.t = new Date(this.t.getTime() + ms)
  }
}
