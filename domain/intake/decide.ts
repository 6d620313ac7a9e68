import type { CommandUsageError, WorkerCommand } from '../commands/parse-command'
import type { ParsedRating } from '../commands/parse-rating'
import type { Location, RequestCategory, Understanding } from '../understanding/types'
import type { TalkerKind } from './types'

/** Everything the decision depends on, already looked up. */
export interface DecisionInput {
  /** A direct message to the bot (no room). */
  isDirect: boolean
  /** The room is bound to a compound (always true for direct messages). */
  roomBound: boolean
  talkerKind: TalkerKind
  /** The worker command in the text, if the talker is a worker and typed one. */
  command?: WorkerCommand | CommandUsageError
  /** The talker's resolved request that waits for a rating, if any. */
  awaitingRating?: { no: number }
  /** A rating read from the text, if any. */
  rating?: ParsedRating
  /** The understanding of the text (residents and unknown talkers only). */
  understanding?: Understanding
  /** A topic whose score reaches this is answered; below it a consultation is created. */
  answerThreshold: number
}

/** What the bot decides to do with one message. */
export type Decision =
  | { kind: 'ignore'; reason: 'unbound-room' | 'worker-chat' | 'empty' }
  | { kind: 'bind'; compoundName: string }
  | { kind: 'unbind' }
  | { kind: 'command'; command: Exclude<WorkerCommand, { kind: 'bind' | 'unbind' | 'help' }> }
  | { kind: 'command-usage'; verb: string }
  | { kind: 'worker-help' }
  | { kind: 'rate'; requestNo: number; score: number; comment?: string }
  | { kind: 'request'; category: RequestCategory; categoryAlt?: RequestCategory; location?: Location; urgent: boolean; private: boolean }
  | { kind: 'answer'; faq: string; score: number }
  | { kind: 'consult' }
  | { kind: 'followup'; urgent: boolean }
  | { kind: 'silent'; reason: 'chat' }
  | { kind: 'direct-help' }

/** Categories that stay private when raised by direct message (disputes between neighbours). */
export const SENSITIVE_CATEGORIES: readonly RequestCategory[] = ['dispute']

/**
 * Decides what to do with one message. Pure: workers' commands come first (in any room, `绑定`
 * even in unbound ones), unbound rooms stay silent, workers' ordinary chat is not a resident's
 * request, a pending rating is taken before understanding, and chat in a group gets silence.
 */
export function decideIntake(input: DecisionInput): Decision {
  const { command } = input
  if (input.talkerKind === 'worker' && command) {
    if (command.kind === 'usage') return { kind: 'command-usage', verb: command.verb }
    if (command.kind === 'bind') return input.isDirect ? { kind: 'command-usage', verb: 'bind' } : { kind: 'bind', compoundName: command.compoundName }
    if (command.kind === 'unbind') return input.isDirect ? { kind: 'command-usage', verb: 'bind' } : { kind: 'unbind' }
    if (command.kind === 'help') return { kind: 'worker-help' }
    return { kind: 'command', command }
  }
  if (!input.roomBound) return { kind: 'ignore', reason: 'unbound-room' }
  if (input.talkerKind === 'worker') return input.isDirect ? { kind: 'worker-help' } : { kind: 'ignore', reason: 'worker-chat' }
  if (input.awaitingRating && input.rating) {
    return { kind: 'rate', requestNo: input.awaitingRating.no, score: input.rating.score, ...(input.rating.comment ? { comment: input.rating.comment } : {}) }
  }
  const u = input.understanding
  if (!u) return { kind: 'ignore', reason: 'empty' }
  switch (u.intent) {
    case 'request': {
      const category = u.category ?? 'other'
      return {
        kind: 'request',
        category,
        ...(u.categoryAlt ? { categoryAlt: u.categoryAlt } : {}),
        ...(u.location ? { location: u.location } : {}),
        urgent: u.urgent,
        private: input.isDirect && SENSITIVE_CATEGORIES.includes(category),
      }
    }
    case 'question':
      if (u.faq && (u.faqScore ?? 0) >= input.answerThreshold) return { kind: 'answer', faq: u.faq, score: u.faqScore ?? 0 }
      return { kind: 'consult' }
    case 'followup':
      return { kind: 'followup', urgent: u.urgent }
    case 'chat':
      return input.isDirect ? { kind: 'direct-help' } : { kind: 'silent', reason: 'chat' }
  }
}

/** Shortens a knowledge-base answer to its essentials: whole sentences up to `max` characters. */
export function essentialsOf(answer: string, max = 160): string {
  const text = answer.replace(/^【示例】/, '').trim()
  if (text.length <= max) return text
  const sentences = text.match(/[^。！？；]+[。！？；]?/g) ?? [text]
  let out = ''
  for (const s of sentences) {
    if (out.length + s.length > max) break
    out += s
  }
  return out || `${text.slice(0, max - 1)}…`
}
