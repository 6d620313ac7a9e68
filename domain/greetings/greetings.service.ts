import type { EnqueueDelivery, OutboxTarget, UseCaseLog } from '../outbox/outbox.types'
import { SILENT_LOG } from '../outbox/outbox.types'
import { addDaysToDate } from '../time/local-date'
import { DEFAULT_TIME_ZONE, startOfDate, toLocalDate } from '../time/zoned-time'
import type { Birthday } from './birthdays'
import { toLunar } from './birthdays'
import { birthdayIndexKeysOn, partyJoinIndexKeysOn } from './index-keys'
import { type GreetingSelection, selectGreetings } from './select-greetings'
import { renderGreeting } from './templates'

/** A resident as the greeting job reads them. */
export interface GreetingCandidate {
  id: string
  name: string
  wechatId?: string
  compoundId: string
  birthday?: Birthday
  partyMember: boolean
  partyJoinDate?: string
  consent: { greetings: boolean }
  greetingChannel: 'group' | 'direct'
}

/**
 * How greetings reach residents: each resident's own choice (`per-resident`), or every greeting in the group /
 * by direct message.
 */
export type GreetingChannelPolicy = 'per-resident' | 'group' | 'direct'

/** What the greeting job depends on. */
export interface GreetingDeps {
  /** Active residents with consent whose birthdayKey or partyJoinKey is one of the given keys. */
  findCandidates(birthdayKeys: string[], partyJoinKeys: string[]): Promise<GreetingCandidate[]>
  /** The residents' group bound to a compound, if any. */
  findResidentsGroup(compoundId: string): Promise<{ roomId: string; topic?: string } | null>
  enqueue: EnqueueDelivery
  channel?: GreetingChannelPolicy
  tz?: string
  log?: UseCaseLog
}

/** What one greeting run did. */
export interface GreetingReport {
  selected: number
  enqueued: number
  /** No way to reach them (no group and no WeChat id, or direct chosen without a WeChat id). */
  unreachable: number
}

/** The outbox idempotency key of a greeting: one per person, occasion and year. */
export function greetingDeliveryKey(selection: GreetingSelection): string {
  return `greeting:${selection.occasionKey}`
}

/**
 * The daily greeting job: residents whose birthday (solar or lunar, 2-29 and 闰月 handled by domain/greetings)
 * or 政治生日 is today and who consented get a greeting — in their compound's group with an @, or by direct
 * message — at most once per person, occasion and year (the outbox idempotency key). Residents are selected by
 * the birthdayKey / partyJoinKey index for today, not by a full scan. Greetings expire at the end of the day.
 */
export async function sendBirthdayGreetings(deps: GreetingDeps, now: Date): Promise<GreetingReport> {
  const tz = deps.tz ?? DEFAULT_TIME_ZONE
  const log = deps.log ?? SILENT_LOG
  const today = toLocalDate(now, tz)
  const candidates = await deps.findCandidates(birthdayIndexKeysOn(today, toLunar(today)), partyJoinIndexKeysOn(today))
  const byId = new Map(candidates.map((c) => [c.id, c]))
  const selections = selectGreetings(candidates, now, tz)
  const expiresAt = startOfDate(addDaysToDate(today, 1), tz)
  const report: GreetingReport = { selected: selections.length, enqueued: 0, unreachable: 0 }
  const groups = new Map<string, { roomId: string; topic?: string } | null>()
  for (const selection of selections) {
    const resident = byId.get(selection.residentId)
    if (!resident) continue
    const channel = deps.channel && deps.channel !== 'per-resident' ? deps.channel : resident.greetingChannel
    let target: OutboxTarget | null = null
    let mentionIds: string[] = []
    if (channel === 'group') {
      if (!groups.has(resident.compoundId)) groups.set(resident.compoundId, await deps.findResidentsGroup(resident.compoundId))
      const group = groups.get(resident.compoundId)
      if (group) {
        target = { kind: 'room', id: group.roomId, ...(group.topic ? { name: group.topic } : {}), compoundId: resident.compoundId, residentId: resident.id }
        mentionIds = resident.wechatId ? [resident.wechatId] : []
      } else if (resident.wechatId) {
        target = { kind: 'contact', id: resident.wechatId, name: resident.name, compoundId: resident.compoundId, residentId: resident.id }
      }
    } else if (resident.wechatId) {
      target = { kind: 'contact', id: resident.wechatId, name: resident.name, compoundId: resident.compoundId, residentId: resident.id }
    }
    if (!target) {
      report.unreachable++
      log.warn({ residentId: resident.id, occasion: selection.occasion }, 'greeting not sent: resident cannot be reached')
      continue
    }
    const { created } = await deps.enqueue({
      kind: 'greeting',
      target,
      text: renderGreeting(selection, resident.name),
      mentionIds,
      occurrenceKey: selection.occasionKey,
      idempotencyKey: greetingDeliveryKey(selection),
      expiresAt,
    })
    if (created) report.enqueued++
  }
  log.info({ ...report }, 'greetings enqueued')
  return report
}
