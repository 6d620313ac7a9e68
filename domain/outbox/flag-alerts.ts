import { createHash } from 'node:crypto'
import type { EnqueueDelivery, NewDelivery, OutboxRow, UseCaseLog } from './outbox.types'
import { OUTBOX_KIND_LABELS, SILENT_LOG } from './outbox.types'

/** Idempotency keys of the alerts themselves: a flagged alert is never alerted about again (no loop). */
export const FLAG_ALERT_KEY_PREFIX = 'flag-alert:'
/** Rows listed by name in one alert; the rest are counted. */
export const FLAG_ALERT_EXAMPLES = 5
/** Flagged rows taken per run; more wait for the next run. */
export const FLAG_ALERT_BATCH = 500

/** An admin who can be told by direct message. */
export interface AdminContact {
  id: string
  name: string
  wechatId: string
}

/** What {@link alertFlaggedDeliveries} depends on. */
export interface FlagAlertDeps {
  /** Rows flagged for a person (status unknown or failed) that no alert has mentioned yet, oldest flag first. */
  findUnalerted(limit: number): Promise<OutboxRow[]>
  /** Records that an alert mentioned these rows (a row flagged again later is alerted again). */
  markAlerted(ids: string[], at: Date): Promise<void>
  listAdminContacts(): Promise<AdminContact[]>
  enqueue: EnqueueDelivery
  log?: UseCaseLog
}

/** True for an outbox row that is itself a flag alert. */
export function isFlagAlert(row: Pick<OutboxRow, 'idempotencyKey'>): boolean {
  return row.idempotencyKey.startsWith(FLAG_ALERT_KEY_PREFIX)
}

function describeRow(row: OutboxRow): string {
  const target = row.target.name ?? (row.target.kind === 'room' ? '一个群' : '一位居民')
  const outcome = row.status === 'unknown' ? '结果未知' : `发送失败${row.lastError ? `：${row.lastError.slice(0, 40)}` : ''}`
  return `· ${OUTBOX_KIND_LABELS[row.kind] ?? row.kind} → ${target}（${outcome}）`
}

/**
 * The direct message that tells an admin about flagged rows: how many of each outcome, what "unknown" means,
 * a few rows by name, and where to decide. Pure.
 */
export function renderFlagAlert(rows: readonly OutboxRow[]): string {
  const unknown = rows.filter((r) => r.status === 'unknown').length
  const failed = rows.length - unknown
  const lines = [`【发送待核对】有 ${rows.length} 条消息需要管理员核对：`]
  if (unknown) lines.push(`· 结果未知 ${unknown} 条：发送时机器人中断，无法确认是否送达，不会自动重发`)
  if (failed) lines.push(`· 发送失败 ${failed} 条：已不再重试`)
  lines.push('其中：')
  for (const row of rows.slice(0, FLAG_ALERT_EXAMPLES)) lines.push(describeRow(row))
  if (rows.length > FLAG_ALERT_EXAMPLES) lines.push(`……另有 ${rows.length - FLAG_ALERT_EXAMPLES} 条`)
  lines.push('请在控制台「通知推送 → 待核对消息」处理：已送达的标为已送达，未送达的重新发送。')
  return lines.join('\n')
}

/**
 * One direct message per admin about `rows` (pure). The key is derived from the admin and each row's id and
 * flag time, so a run repeated after a crash between enqueueing and {@link FlagAlertDeps.markAlerted} enqueues
 * nothing new, while a row flagged again later is alerted again.
 */
export function planFlagAlerts(rows: readonly OutboxRow[], admins: readonly AdminContact[]): NewDelivery[] {
  if (rows.length === 0) return []
  const digest = createHash('sha256').update(rows.map((r) => `${r.id}@${r.flaggedAt?.getTime() ?? ''}`).sort().join(',')).digest('hex').slice(0, 16)
  const text = renderFlagAlert(rows)
  return admins.map((a) => ({
    kind: 'alert',
    target: { kind: 'contact', id: a.wechatId, name: a.name },
    text,
    idempotencyKey: `${FLAG_ALERT_KEY_PREFIX}${a.id}:${digest}`,
  }))
}

/**
 * Tells the admins by direct message about outbox rows flagged for a person — outcomes unknown after a crash or
 * a lost connection, permanent failures — once per flag. The rows stay flagged for the console until an admin
 * decides; alerts that are themselves flagged are only marked (never alerted about, so no loop). Without an
 * admin who has a WeChat id the rows are marked too, with a warning: the console still lists them.
 */
export async function alertFlaggedDeliveries(deps: FlagAlertDeps, now: Date): Promise<{ rows: number; enqueued: number }> {
  const log = deps.log ?? SILENT_LOG
  const flagged = await deps.findUnalerted(FLAG_ALERT_BATCH)
  if (flagged.length === 0) return { rows: 0, enqueued: 0 }
  const rows = flagged.filter((r) => !isFlagAlert(r))
  const admins = rows.length ? await deps.listAdminContacts() : []
  let enqueued = 0
  for (const delivery of planFlagAlerts(rows, admins)) {
    if ((await deps.enqueue(delivery)).created) enqueued++
  }
  if (rows.length && admins.length === 0) log.warn({ rows: rows.length }, 'flagged deliveries: no active admin has a WeChat id, so they are only listed in the console')
  await deps.markAlerted(flagged.map((r) => r.id), now)
  log.info({ rows: rows.length, alertsSkipped: flagged.length - rows.length, enqueued }, 'flagged deliveries: admins alerted')
  return { rows: rows.length, enqueued }
}
