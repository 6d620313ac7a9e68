import { formatTimeOfDay } from '../time/local-date'
import { DEFAULT_TIME_ZONE, toLocalParts } from '../time/zoned-time'
import { renderTemplate } from '../greetings/templates'
import { NOTICE_TEMPLATES } from '../notices/templates'
import type { ClaimPort, EnqueueDelivery, UseCaseLog } from '../outbox/outbox.types'
import { SILENT_LOG } from '../outbox/outbox.types'

/** A request as the time-limit job reads it. */
export interface TimedRequest {
  id: string
  no: number
  compoundId: string
  compoundName?: string
  gridCode?: string
  summary: string
  deadline: Date
  ownerId?: string
  ownerName?: string
  private: boolean
  reporters: { contactId?: string; roomId?: string; name?: string }[]
}

/** A person to tell (worker, grid leader or admin). */
export interface Recipient {
  id: string
  name: string
  wechatId?: string
}

/** The request fields set once each reminder has been enqueued. */
export type ReminderField = 'reminderSentAt' | 'overdueNotifiedAt' | 'ratingReaskedAt'

/** What the time-limit job depends on. */
export interface TimeLimitDeps {
  /** Open requests with `now < deadline ≤ until` and no reminder sent yet. */
  findDueSoon(now: Date, until: Date): Promise<TimedRequest[]>
  /** Open requests with `deadline < now` whose overdue notice was not sent yet. */
  findOverdue(now: Date): Promise<TimedRequest[]>
  /** Resolved, unrated requests asked to rate before `askedBefore` and not re-asked. */
  findUnrated(askedBefore: Date): Promise<TimedRequest[]>
  findUser(id: string): Promise<Recipient | null>
  /** The grid's leader, or else the active admins with a WeChat id. */
  findOverdueRecipients(compoundId: string, gridCode?: string): Promise<Recipient[]>
  /** Sets the field (and appends a timeline event) on the request. */
  markRequest(id: string, field: ReminderField, at: Date, note: string): Promise<void>
  claims: ClaimPort
  enqueue: EnqueueDelivery
  instanceId: string
  /** Remind the owner this long before the deadline (default 2 h). */
  leadMs?: number
  /** Re-ask a rating this long after it was first asked (default 24 h). */
  reaskAfterMs?: number
  tz?: string
  log?: UseCaseLog
}

/** What one run did. */
export interface TimeLimitReport {
  reminded: number
  overdue: number
  reasked: number
}

const TIMELINE_NOTES: Record<ReminderField, string> = {
  reminderSentAt: '已提醒责任人即将到期',
  overdueNotifiedAt: '已超期，已通知督办',
  ratingReaskedAt: '已再次邀请评价',
}

function describeDeadline(deadline: Date, tz: string): string {
  const p = toLocalParts(deadline, tz)
  return `${p.month}月${p.day}日 ${formatTimeOfDay(p)}`
}

/**
 * Time limits, run every few minutes: reminds a request's owner `leadMs` before its deadline, tells the grid
 * leader (or the admins) once it is overdue, and re-asks the reporters of a resolved, unrated request once,
 * `reaskAfterMs` after they were first asked. Each happens once: the deliveries have idempotency keys (which
 * include the deadline, so a reopened request with a new deadline is reminded again), and the request field is
 * set by the one instance that wins the claim `request:<id>:<field>:<deadline>`.
 */
export async function runTimeLimits(deps: TimeLimitDeps, now: Date): Promise<TimeLimitReport> {
  const tz = deps.tz ?? DEFAULT_TIME_ZONE
  const log = deps.log ?? SILENT_LOG
  const leadMs = deps.leadMs ?? 2 * 3600_000
  const reaskAfterMs = deps.reaskAfterMs ?? 24 * 3600_000
  const report: TimeLimitReport = { reminded: 0, overdue: 0, reasked: 0 }

  for (const r of await deps.findDueSoon(now, new Date(now.getTime() + leadMs))) {
    const owner = r.ownerId ? await deps.findUser(r.ownerId) : null
    if (!owner?.wechatId) continue
    const stamp = r.deadline.getTime()
    await deps.enqueue({
      kind: 'reminder',
      target: { kind: 'contact', id: owner.wechatId, name: owner.name, compoundId: r.compoundId },
      text: renderTemplate(NOTICE_TEMPLATES.deadlineReminder, { no: r.no, summary: r.summary, deadline: describeDeadline(r.deadline, tz) }),
      requestId: r.id,
      idempotencyKey: `reminder:${r.id}:${stamp}`,
    })
    if (await markOnce(deps, r.id, 'reminderSentAt', stamp, now)) report.reminded++
  }

  for (const r of await deps.findOverdue(now)) {
    const stamp = r.deadline.getTime()
    const recipients = (await deps.findOverdueRecipients(r.compoundId, r.gridCode)).filter((p) => p.wechatId)
    for (const p of recipients) {
      await deps.enqueue({
        kind: 'reminder',
        target: { kind: 'contact', id: p.wechatId as string, name: p.name, compoundId: r.compoundId },
        text: renderTemplate(NOTICE_TEMPLATES.overdueAlert, {
          no: r.no,
          compound: r.compoundName ?? '',
          summary: r.summary,
          deadline: describeDeadline(r.deadline, tz),
          owner: r.ownerName ?? '未指派',
        }),
        requestId: r.id,
        idempotencyKey: `overdue:${r.id}:${stamp}:${p.id}`,
      })
    }
    if (recipients.length === 0) log.warn({ requestId: r.id }, 'overdue request: nobody to notify (no grid leader or admin with a WeChat id)')
    if (await markOnce(deps, r.id, 'overdueNotifiedAt', stamp, now)) report.overdue++
  }

  for (const r of await deps.findUnrated(new Date(now.getTime() - reaskAfterMs))) {
    const text = renderTemplate(NOTICE_TEMPLATES.ratingReask, { no: r.no, summary: r.summary })
    const seen = new Set<string>()
    for (const rep of r.reporters) {
      if (!rep.contactId || seen.has(rep.contactId)) continue
      seen.add(rep.contactId)
      // Private matters stay private: a direct message, never the group.
      const inGroup = rep.roomId && !r.private
      await deps.enqueue({
        kind: 'reminder',
        target: inGroup ? { kind: 'room', id: rep.roomId as string, compoundId: r.compoundId } : { kind: 'contact', id: rep.contactId, ...(rep.name ? { name: rep.name } : {}), compoundId: r.compoundId },
        text,
        ...(inGroup ? { mentionIds: [rep.contactId] } : {}),
        requestId: r.id,
        idempotencyKey: `rating-reask:${r.id}:${rep.contactId}`,
      })
    }
    if (await markOnce(deps, r.id, 'ratingReaskedAt', 0, now)) report.reasked++
  }
  if (report.reminded + report.overdue + report.reasked > 0) log.info({ ...report }, 'time-limit reminders enqueued')
  return report
}

async function markOnce(deps: TimeLimitDeps, id: string, field: ReminderField, stamp: number, now: Date): Promise<boolean> {
  if (!(await deps.claims.tryClaim(`request:${id}:${field}:${stamp}`, deps.instanceId, now))) return false
  await deps.markRequest(id, field, now, TIMELINE_NOTES[field])
  return true
}
