// Types of the notices API as the console reads them, the schedule picker's model and its conversion to the
// API's schedule. The cron building and reading are the domain's own pure functions, so the console and the
// server agree on what "每周一、三、五 09:00" means.
import { buildCron, cronSpecOf, describeCron, type CronSpec } from '../../../../domain/notices/cron'
import { formatTime } from '../../labels'
import { OUTBOX_KIND_LABELS } from '../../../../domain/outbox/outbox.types'

export type NoticeStatus = 'draft' | 'scheduled' | 'sending' | 'done' | 'cancelled'
export type DeliveryStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'unknown' | 'cancelled'
export type TargetKind = 'all' | 'compounds' | 'tags'

/** Who a notice goes to, as the API stores it. */
export interface NoticeTargets {
  kind: TargetKind
  compoundIds: string[]
  tags: string[]
}

/** A schedule as the API stores it (dates as ISO strings). */
export interface StoredSchedule {
  kind: 'once' | 'cron'
  at?: string
  cron?: string
  skipHolidays?: boolean
  until?: string
}

/** A notice as GET /api/notices returns it. */
export interface Notice {
  id: string
  title: string
  content: string
  imageUrl?: string
  targets: NoticeTargets
  schedule: StoredSchedule
  urgent: boolean
  status: NoticeStatus
  scheduleText?: string
  nextRunAt?: string
  lastOccurrenceKey?: string
  createdAt: string
  cancelledAt?: string
}

/** What POST /api/notices and /api/notices/preview take. */
export interface NoticeBody {
  title: string
  content: string
  imageUrl?: string
  targets: { kind: 'all' } | { kind: 'compounds'; compoundIds: string[] } | { kind: 'tags'; tags: string[] }
  schedule: { kind: 'once'; at: string } | { kind: 'cron'; cron: string; skipHolidays: boolean; until?: string }
  urgent: boolean
}

/** One resolved recipient of a preview. */
export interface PreviewRecipient {
  key: string
  target: { kind: 'room' | 'contact'; id: string; name?: string; compoundId?: string }
}

/** POST /api/notices/preview */
export interface NoticePreview {
  recipients: PreviewRecipient[]
  skipped: { noConsent: number; noWechatId: number }
  text: string
  schedule: string
  nextRunAt: string | null
  nextRuns: { at: string; heldUntil?: string }[]
  quietHours: string | null
}

/** One row of GET /api/notices/:id/deliveries */
export interface DeliveryRow {
  occurrenceKey?: string
  target: { kind: 'room' | 'contact'; id: string; name?: string; compoundId?: string }
  status: DeliveryStatus
  attempts: number
  sentAt?: string
  lastError?: string
}

/** GET /api/notices/:id/deliveries */
export interface DeliveryReport {
  noticeId: string
  status: NoticeStatus
  counts: Record<DeliveryStatus, number>
  deliveries: DeliveryRow[]
}

type TagType = 'primary' | 'success' | 'warning' | 'danger' | 'info'

export const NOTICE_STATUS_LABELS: Record<NoticeStatus, string> = {
  draft: '草稿',
  scheduled: '待发送',
  sending: '发送中',
  done: '已发出',
  cancelled: '已取消',
}
export const NOTICE_STATUS_TAG: Record<NoticeStatus, TagType> = { draft: 'info', scheduled: 'primary', sending: 'warning', done: 'success', cancelled: 'info' }

export const DELIVERY_STATUS_LABELS: Record<DeliveryStatus, string> = {
  pending: '排队中',
  sending: '发送中',
  sent: '已送达',
  failed: '发送失败',
  unknown: '结果未知',
  cancelled: '已撤回',
}
export const DELIVERY_STATUS_TAG: Record<DeliveryStatus, TagType> = { pending: 'info', sending: 'warning', sent: 'success', failed: 'danger', unknown: 'warning', cancelled: 'info' }

/** The order the report's counters are shown in. */
export const DELIVERY_STATUSES: DeliveryStatus[] = ['sent', 'pending', 'sending', 'failed', 'unknown', 'cancelled']

export const TARGET_LABELS: Record<TargetKind, string> = { all: '全部小区群', compounds: '指定小区的群', tags: '按居民标签私信' }

/** Common notices a street office sends; the admin replaces the ○○ parts. */
export const NOTICE_TEMPLATES: { name: string; title: string; content: string }[] = [
  { name: '停水通知', title: '停水通知', content: '因供水管道检修，本小区将于○月○日○:○○至○:○○停水，请各位居民提前储水。给您带来不便，敬请谅解。' },
  { name: '停电通知', title: '停电通知', content: '因电力线路检修，本小区将于○月○日○:○○至○:○○停电，电梯暂停使用，请提前做好准备。' },
  { name: '电梯检修', title: '电梯检修通知', content: '○号楼电梯将于○月○日进行年度检修，检修期间暂停使用，请居民合理安排出行。' },
  { name: '防诈骗提醒', title: '防诈骗提醒', content: '近期冒充客服、公检法的电信诈骗多发。凡是要求转账、提供验证码的，一律是诈骗！如有疑问请拨打96110或联系社区。' },
  { name: '消防安全', title: '消防安全提醒', content: '请勿在楼道堆放杂物，电动车不进楼入户、不在楼道充电。发现火情请立即拨打119。' },
  { name: '社区活动', title: '社区活动通知', content: '○月○日○:○○在社区活动室举办○○活动，欢迎居民朋友参加。报名请回复本消息或联系网格员。' },
]

/** The picker's modes: send now, once at a time, or repeating daily / weekly / monthly (custom: an expression set through the API). */
export type ScheduleMode = 'now' | 'once' | 'daily' | 'weekly' | 'monthly' | 'custom'

/** What the schedule picker edits. */
export interface ScheduleDraft {
  mode: ScheduleMode
  /** One-off time. */
  at: Date | null
  /** Time of day of a repeating notice, 'HH:mm'. */
  time: string
  /** 0 = Sunday … 6 = Saturday. */
  weekdays: number[]
  days: number[]
  /** A stored expression the picker cannot show (mode 'custom'); kept as it is. */
  cron: string
  skipHolidays: boolean
  until: Date | null
}

/** Weekdays Monday first, as Chinese calendars print them. */
export const WEEKDAY_OPTIONS = [1, 2, 3, 4, 5, 6, 0].map((value) => ({ value, label: `周${'日一二三四五六'[value]}` }))

/** A fresh draft: send now. */
export function emptyScheduleDraft(): ScheduleDraft {
  return { mode: 'now', at: null, time: '09:00', weekdays: [1], days: [1], cron: '', skipHolidays: false, until: null }
}

function specOf(d: ScheduleDraft): CronSpec | null {
  if (d.mode === 'daily') return { kind: 'daily', time: d.time }
  if (d.mode === 'weekly') return { kind: 'weekly', weekdays: d.weekdays, time: d.time }
  if (d.mode === 'monthly') return { kind: 'monthly', days: d.days, time: d.time }
  return null
}

/** What is missing before the draft is a schedule (null: complete). */
export function scheduleProblem(d: ScheduleDraft, now: Date): string | null {
  if (d.mode === 'once') {
    if (!d.at) return '请选择发送时间'
    if (d.at.getTime() < now.getTime() - 60_000) return '发送时间已过，请选择将来的时间'
  }
  if (d.mode === 'daily' || d.mode === 'weekly' || d.mode === 'monthly') {
    if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(d.time)) return '请选择发送时刻'
    if (d.mode === 'weekly' && d.weekdays.length === 0) return '请至少选择一个星期几'
    if (d.mode === 'monthly' && d.days.length === 0) return '请至少选择一个日期'
  }
  if (d.mode !== 'now' && d.mode !== 'once' && d.until && d.until.getTime() <= now.getTime()) return '截止日期必须晚于现在'
  return null
}

/** The cron expression of a repeating draft. */
export function cronOf(d: ScheduleDraft): string {
  if (d.mode === 'custom') return d.cron
  const spec = specOf(d)
  if (!spec) throw new Error(`not a repeating schedule: ${d.mode}`)
  return buildCron(spec)
}

/** The draft in words, as the server will describe it ('每周一、三、五 09:00，非工作日不发送'). */
export function describeDraft(d: ScheduleDraft): string {
  if (d.mode === 'now') return '立即发送（单次）'
  if (d.mode === 'once') return d.at ? `${formatTime(d.at)}（单次）` : '单次（未选时间）'
  let text: string
  try {
    text = describeCron(cronOf(d))
  } catch {
    return '（计划不完整）'
  }
  if (d.skipHolidays) text += '，非工作日不发送'
  if (d.until) text += `，截至 ${formatTime(d.until).slice(0, 10)}`
  return text
}

/** The API's schedule for a draft; 'now' is the current minute. */
export function toApiSchedule(d: ScheduleDraft, now: Date): NoticeBody['schedule'] {
  if (d.mode === 'now') return { kind: 'once', at: now.toISOString() }
  if (d.mode === 'once') return { kind: 'once', at: (d.at ?? now).toISOString() }
  return { kind: 'cron', cron: cronOf(d), skipHolidays: d.skipHolidays, ...(d.until ? { until: d.until.toISOString() } : {}) }
}

/** The draft of a stored schedule (for editing). */
export function draftOf(s: StoredSchedule): ScheduleDraft {
  const base = emptyScheduleDraft()
  if (s.kind === 'once') return { ...base, mode: 'once', at: s.at ? new Date(s.at) : null }
  const common = { ...base, skipHolidays: Boolean(s.skipHolidays), until: s.until ? new Date(s.until) : null }
  const spec = s.cron ? cronSpecOf(s.cron) : null
  if (!spec) return { ...common, mode: 'custom', cron: s.cron ?? '' }
  if (spec.kind === 'daily') return { ...common, mode: 'daily', time: spec.time }
  if (spec.kind === 'weekly') return { ...common, mode: 'weekly', time: spec.time, weekdays: spec.weekdays }
  return { ...common, mode: 'monthly', time: spec.time, days: spec.days }
}

/** '2026-11-23T09:00' (an occurrence key) → '11月23日 09:00'. */
export function formatOccurrenceKey(key: string | undefined): string {
  const m = key ? /^\d{4}-(\d{2})-(\d{2})T(\d{2}:\d{2})$/.exec(key) : null
  return m ? `${Number(m[1])}月${Number(m[2])}日 ${m[3]}` : (key ?? '—')
}

/** What produced an outgoing message, as the outbox names it. */
export const DELIVERY_KIND_LABELS: Record<string, string> = OUTBOX_KIND_LABELS

/** A row of GET /api/outbox/flagged: a message whose outcome needs a person. */
export interface FlaggedDelivery {
  id: string
  kind: string
  target: { kind: 'room' | 'contact'; id: string; name?: string }
  text: string
  status: 'unknown' | 'failed'
  attempts: number
  lastError?: string
  flaggedAt: string
}

/** An admin's decision on a flagged message (POST /api/outbox/:id/resolve). */
export type FlagDecision = 'sent' | 'resend' | 'dismiss'
