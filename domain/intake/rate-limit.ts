/** Limits on how often the bot may speak, so it can never flood a group. */
export interface RateLimits {
  /** Bot messages per conversation (group or direct chat) in any 60 s window. */
  perMinute: number
  /** Bot messages per conversation in any `burstWindowMs` window. */
  burst: number
  burstWindowMs: number
  /** Bot replies to one sender within one conversation in any 60 s window (a flood from one person). */
  perSenderPerMinute: number
}

/** Defaults: at most 6 messages a minute and 3 in 10 s per group, 3 a minute to one sender. */
export const DEFAULT_RATE_LIMITS: RateLimits = { perMinute: 6, burst: 3, burstWindowMs: 10_000, perSenderPerMinute: 3 }

const MINUTE_MS = 60_000

/** True when one more message fits: fewer than `max` of `times` (ms) lie within `windowMs` before `now`. */
export function fitsWindow(times: readonly number[], now: number, windowMs: number, max: number): boolean {
  let inWindow = 0
  for (const t of times) if (now - t < windowMs && t <= now) inWindow++
  return inWindow < max
}

/** True when the conversation and sender histories allow one more bot message at `now`. */
export function isSendAllowed(conversationTimes: readonly number[], senderTimes: readonly number[] | undefined, now: number, limits: RateLimits): boolean {
  return (
    fitsWindow(conversationTimes, now, MINUTE_MS, limits.perMinute) &&
    fitsWindow(conversationTimes, now, limits.burstWindowMs, limits.burst) &&
    (senderTimes === undefined || fitsWindow(senderTimes, now, MINUTE_MS, limits.perSenderPerMinute))
  )
}

/**
 * In-memory sliding-window limiter of the bot's own messages, per conversation and per sender.
 * It is process state on purpose: it protects one bot account's groups from that bot.
 */
export class RateLimiter {
  private readonly conversations = new Map<string, number[]>()
  private readonly senders = new Map<string, number[]>()

  constructor(private readonly limits: RateLimits = DEFAULT_RATE_LIMITS) {}

  /** Takes one slot for a bot message in `conversationId` (replying to `senderId`) if the limits allow. */
  tryTake(conversationId: string, senderId: string | undefined, now: Date): boolean {
    const t = now.getTime()
    const conv = prune(this.conversations.get(conversationId) ?? [], t)
    const senderKey = senderId === undefined ? undefined : `${conversationId}|${senderId}`
    const sender = senderKey === undefined ? undefined : prune(this.senders.get(senderKey) ?? [], t)
    if (!isSendAllowed(conv, sender, t, this.limits)) return false
    conv.push(t)
    this.conversations.set(conversationId, conv)
    if (senderKey !== undefined && sender) {
      sender.push(t)
      this.senders.set(senderKey, sender)
    }
    return true
  }
}

function prune(times: number[], now: number): number[] {
  return times.filter((t) => now - t < MINUTE_MS)
}
