import type { EnqueueDelivery, OutboxTarget, UseCaseLog } from '../outbox/outbox.types'
import { SILENT_LOG } from '../outbox/outbox.types'
import { addDaysToDate, formatDateKey } from '../time/local-date'
import { DEFAULT_TIME_ZONE, startOfDate, toLocalDate } from '../time/zoned-time'
import { type CompoundWeekStats, renderWeeklyReport } from './weekly-report'

/** What the weekly report depends on. */
export interface WeeklyReportDeps {
  /** Figures of every active compound for [from, to); overdue counted at `now`. */
  compoundStats(from: Date, to: Date, now: Date): Promise<CompoundWeekStats[]>
  /** Active workers' groups; a group bound to a compound gets that compound's lines only. */
  listWorkerGroups(): Promise<{ roomId: string; topic?: string; compoundId?: string }[]>
  /** Active admins with a WeChat id (told by direct message when there is no workers' group). */
  listAdminContacts(): Promise<{ id: string; name: string; wechatId: string }[]>
  enqueue: EnqueueDelivery
  tz?: string
  log?: UseCaseLog
}

/**
 * The weekly report: for the seven local days before today, per compound, requests received, resolved, overdue
 * and 满意率, sent to each workers' group (a group bound to a compound sees its compound only) or, without any,
 * to the admins by direct message. Once per week and target (key `report:weekly:<first day>:<target>`).
 */
export async function sendWeeklyReport(deps: WeeklyReportDeps, now: Date): Promise<{ enqueued: number }> {
  const tz = deps.tz ?? DEFAULT_TIME_ZONE
  const log = deps.log ?? SILENT_LOG
  const today = toLocalDate(now, tz)
  const first = addDaysToDate(today, -7)
  const last = addDaysToDate(today, -1)
  const stats = await deps.compoundStats(startOfDate(first, tz), startOfDate(today, tz), now)
  const fromText = formatDateKey(first)
  const toText = formatDateKey(last)
  const targets: { target: OutboxTarget; stats: CompoundWeekStats[] }[] = []
  for (const g of await deps.listWorkerGroups()) {
    const scoped = g.compoundId ? stats.filter((s) => s.compoundId === g.compoundId) : stats
    if (scoped.length) targets.push({ target: { kind: 'room', id: g.roomId, ...(g.topic ? { name: g.topic } : {}), ...(g.compoundId ? { compoundId: g.compoundId } : {}) }, stats: scoped })
  }
  if (targets.length === 0) {
    for (const a of await deps.listAdminContacts()) targets.push({ target: { kind: 'contact', id: a.wechatId, name: a.name }, stats })
  }
  let enqueued = 0
  for (const t of targets) {
    const { created } = await deps.enqueue({
      kind: 'report',
      target: t.target,
      text: renderWeeklyReport(t.stats, fromText, toText),
      occurrenceKey: fromText,
      idempotencyKey: `report:weekly:${fromText}:${t.target.kind}:${t.target.id}`,
    })
    if (created) enqueued++
  }
  log.info({ enqueued, compounds: stats.length }, 'weekly report enqueued')
  return { enqueued }
}
