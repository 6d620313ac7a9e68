/** Whether retrying a failed send can help. */
export type SendErrorKind = 'transient' | 'permanent'

/** Network and system codes that say "try again later". Checked first: ENOTFOUND is DNS, not a missing contact. */
const TRANSIENT_CODES = new Set([
  'ETIMEDOUT',
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'EAI_AGAIN',
  'ENOTFOUND',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_SOCKET',
])

/**
 * Failures a retry cannot fix: the contact or room is gone or unknown, the bot was removed from the group or
 * blocked, or the message itself is unacceptable. Matched against code, name and message (English puppet
 * errors, our snake_case AppError codes, and Chinese texts).
 */
const PERMANENT_PATTERNS: readonly RegExp[] = [
  /(contact|room|user|chat|recipient|conversation)[ _-]?(is )?not[ _-]?found/i,
  /no such (contact|room|user)/i,
  /not[ _-](a[ _-])?(member|in[ _-](the[ _-])?room)/i,
  /(removed|kicked|deleted)[ _-]from/i,
  /bot[ _-]not[ _-]in[ _-]room/i,
  /message[ _-]?(is[ _-])?too[ _-]?(long|large)|payload[ _-]too[ _-]large|exceeds?.{0,20}length/i,
  /blocked|blacklist|not[ _-](a[ _-])?friend/i,
  /invalid[ _-](recipient|contact|room|payload|message)/i,
  /unsupported[ _-]message/i,
  /(联系人|群|群聊|用户)不存在|被移出|已被踢|不在群|已退出群|消息过长|内容过长|拉黑|非好友|不是好友/,
]

/**
 * Classifies a send failure: network errors and timeouts, rate limits, a logged-out bot and anything unknown are
 * `transient` (retried with backoff until max attempts); unknown/removed contacts and rooms, blocks and
 * too-long messages are `permanent`.
 */
export function classifySendError(err: unknown): SendErrorKind {
  const texts: string[] = []
  let current: unknown = err
  // Follow `cause` a few levels: puppets often wrap the real error.
  for (let depth = 0; depth < 5 && current != null; depth++) {
    if (typeof current === 'string') {
      texts.push(current)
      break
    }
    if (typeof current !== 'object') break
    const { code, name, message, cause } = current as { code?: unknown; name?: unknown; message?: unknown; cause?: unknown }
    if (typeof code === 'string' && TRANSIENT_CODES.has(code.toUpperCase())) return 'transient'
    for (const value of [code, name, message]) {
      if (typeof value === 'string' || typeof value === 'number') texts.push(String(value))
    }
    current = cause
  }
  return texts.some((text) => PERMANENT_PATTERNS.some((pattern) => pattern.test(text))) ? 'permanent' : 'transient'
}
