import { AppError } from '../../lib/errors'
import { renderTemplate } from '../greetings/templates'
import type { ClaimPort, EnqueueDelivery, OutboxRow, OutboxStatus, OutboxTarget, UseCaseLog } from '../outbox/outbox.types'
import { SILENT_LOG } from '../outbox/outbox.types'
import { isQuietHours, quietHoursEnd, type QuietWindow } from '../outbox/sending-rules'
import { DEFAULT_TIME_ZONE } from '../time/zoned-time'
import { validateCron } from './cron'
import { describeSchedule, dueOccurrence, nextOccurrence, occurrencesBetween, type NoticeSchedule } from './schedule'
import { NOTICE_TEMPLATES } from './templates'

/** Who a notice goes to: every residents' group, the groups of chosen compounds, or tagged residents by DM. */
export interface NoticeTargets {
  kind: 'all' | 'compounds' | 'tags'
  compoundIds: string[]
  tags: string[]
}

/** When a notice goes out (see domain/notices/schedule.ts). */
export interface NoticeScheduleInput {
  kind: 'once' | 'cron'
  at?: Date
  cron?: string
  skipHolidays?: boolean
  until?: Date
}

/** What an admin writes. */
export interface NoticeInput {
  title: string
  content: string
  imageUrl?: string
  targets: NoticeTargets
  schedule: NoticeScheduleInput
  urgent?: boolean
}

export type NoticeStatus = 'draft' | 'scheduled' | 'sending' | 'done' | 'cancelled'

/** A stored notice as the domain sees it. */
export interface NoticeRecord extends NoticeInput {
  id: string
  urgent: boolean
  status: NoticeStatus
  lastOccurrenceKey?: string
  nextRunAt?: Date
  scheduleFrom?: Date
  authorId?: string
  createdAt: Date
  cancelledAt?: Date
}

/** Notice persistence (models/notice.repo.ts). */
export interface NoticeRepo {
  create(input: NoticeInput & { status: NoticeStatus; authorId?: string; scheduleFrom: Date; nextRunAt?: Date }): Promise<NoticeRecord>
  findById(id: string): Promise<NoticeRecord | null>
  update(id: string, patch: Partial<NoticeInput> & { status?: NoticeStatus; scheduleFrom?: Date; nextRunAt?: Date | null; lastOccurrenceKey?: string; cancelledAt?: Date }): Promise<NoticeRecord | null>
  /** Notices the expansion job looks at (status scheduled). */
  listActive(): Promise<NoticeRecord[]>
  /** A page of notices, newest first, and how many match. */
  list(filter: { status?: NoticeStatus; limit: number; page: number }): Promise<{ items: NoticeRecord[]; total: number }>
}

/** A residents' group a notice can go to. */
export interface RecipientGroup {
  roomId: string
  topic?: string
  compoundId: string
}

/** A resident a tag-targeted notice can go to. */
export interface RecipientResident {
  id: string
  name: string
  wechatId?: string
  compoundId: string
  consentPushes: boolean
}

/** Where recipients are looked up (models/notice.repo.ts `recipientDirectory`). */
export interface RecipientDirectory {
  /** Active residents' groups bound to a compound (all, or those of the given compounds). */
  listResidentGroups(compoundIds?: string[]): Promise<RecipientGroup[]>
  /** Active residents carrying any of the tags. */
  listResidentsWithTags(tags: string[]): Promise<RecipientResident[]>
}

/** One resolved recipient: `key` is stable per target and becomes part of the delivery's idempotency key. */
export interface NoticeRecipient {
  key: string
  target: OutboxTarget
}

/** The resolved recipients and who was left out, and why. */
export interface RecipientResolution {
  recipients: NoticeRecipient[]
  skipped: { noConsent: number; noWechatId: number }
}

/**
 * Resolves who a notice reaches; the preview and the expansion job both call this, so the preview is what is
 * delivered. Groups are deduplicated by room. Residents reached by DM must have consented to pushes
 * (consent.pushes) and have a known WeChat id.
 */
export async function resolveNoticeRecipients(targets: NoticeTargets, dir: RecipientDirectory): Promise<RecipientResolution> {
  const skipped = { noConsent: 0, noWechatId: 0 }
  if (targets.kind === 'tags') {
    const residents = await dir.listResidentsWithTags(targets.tags)
    const recipients: NoticeRecipient[] = []
    for (const r of residents) {
      if (!r.consentPushes) skipped.noConsent++
      else if (!r.wechatId) skipped.noWechatId++
      else recipients.push({ key: `resident:${r.id}`, target: { kind: 'contact', id: r.wechatId, name: r.name, compoundId: r.compoundId, residentId: r.id } })
    }
    return { recipients, skipped }
  }
  const groups = await dir.listResidentGroups(targets.kind === 'compounds' ? targets.compoundIds : undefined)
  const seen = new Set<string>()
  const recipients: NoticeRecipient[] = []
  for (const g of groups) {
    if (seen.has(g.roomId)) continue
    seen.add(g.roomId)
    recipients.push({ key: `room:${g.roomId}`, target: { kind: 'room', id: g.roomId, ...(g.topic ? { name: g.topic } : {}), compoundId: g.compoundId } })
  }
  return { recipients, skipped }
}

/** The text a notice sends. */
export function renderNoticeText(notice: Pick<NoticeInput, 'title' | 'content'>): string {
  return renderTemplate(NOTICE_TEMPLATES.notice, { title: notice.title, content: notice.content })
}

/** The idempotency key of one notice occurrence to one target. */
export function noticeDeliveryKey(noticeId: string, occurrenceKey: string, recipientKey: string): string {
  return `notice:${noticeId}:${occurrenceKey}:${recipientKey}`
}

/** The claim key of expanding one notice occurrence. */
export function noticeOccurrenceClaimKey(noticeId: string, occurrenceKey: string): string {
  return `notice:${noticeId}:${occurrenceKey}`
}

/**
 * The pure schedule of a stored notice.
 * @throws AppError invalid_schedule (400)
 */
export function toNoticeSchedule(s: NoticeScheduleInput): NoticeSchedule {
  if (s.kind === 'once') {
    if (!s.at) throw new AppError('invalid_schedule', '单次通知需要发送时间 schedule.at', { status: 400, field: 'schedule.at' })
    return { kind: 'once', at: s.at }
  }
  if (!s.cron) throw new AppError('invalid_schedule', '周期通知需要 cron 表达式 schedule.cron', { status: 400, field: 'schedule.cron' })
  return { kind: 'cron', cron: s.cron, skipHolidays: s.skipHolidays ?? false }
}

/** What the notice use cases depend on. */
export interface NoticeServiceDeps {
  repo: NoticeRepo
  directory: RecipientDirectory
  deliveries: {
    cancelPendingOfNotice(noticeId: string): Promise<number>
    listOfNotice(noticeId: string): Promise<OutboxRow[]>
  }
  tz?: string
  /** The outbox's quiet hours (QUIET_HOURS), so the preview can say when a non-urgent run is held back. */
  quietHours?: QuietWindow
}

/** How many upcoming runs a preview lists. */
export const PREVIEW_RUNS = 5
/** How far ahead a preview looks for upcoming runs. */
const PREVIEW_HORIZON_MS = 400 * 86_400_000

/** One upcoming run of a notice; `heldUntil` is when quiet hours let a non-urgent run out, if they hold it back. */
export interface PreviewRun {
  at: Date
  heldUntil?: Date
}

/** A preview: the resolved recipients, who is left out, the schedule in words and its next runs. */
export interface NoticePreview extends RecipientResolution {
  text: string
  schedule: string
  nextRunAt: Date | null
  /** Up to {@link PREVIEW_RUNS} upcoming runs (none after `until`). */
  nextRuns: PreviewRun[]
  /** The quiet hours, 'HH:mm-HH:mm', or null when there are none. */
  quietHours: string | null
}

/** Per-target outcome of a notice. */
export interface NoticeDeliveryReport {
  noticeId: string
  status: NoticeStatus
  counts: Record<OutboxStatus, number>
  deliveries: { occurrenceKey?: string; target: OutboxTarget; status: OutboxStatus; attempts: number; sentAt?: Date; lastError?: string }[]
}

/**
 * Builds the notice use cases used by the API (create, edit, cancel, preview, report).
 */
export function createNoticeService(deps: NoticeServiceDeps) {
  const tz = deps.tz ?? DEFAULT_TIME_ZONE

  function checkSchedule(s: NoticeScheduleInput, now: Date): Date | undefined {
    if (s.kind === 'cron' && s.cron) s.cron = validateCron(s.cron)
    if (s.until && s.until.getTime() <= now.getTime()) {
      throw new AppError('invalid_schedule', '截止时间必须晚于现在', { status: 400, field: 'schedule.until' })
    }
    const schedule = toNoticeSchedule(s)
    if (schedule.kind === 'once' && schedule.at.getTime() < now.getTime() - 60_000) {
      throw new AppError('notice_in_past', '发送时间已过，请选择将来的时间', { status: 400, field: 'schedule.at' })
    }
    const next = nextOccurrence(schedule, new Date(now.getTime() - 60_000), tz)
    if (!next) throw new AppError('invalid_schedule', '该计划以后不会再发送', { status: 400, field: 'schedule' })
    return next.at
  }

  async function load(id: string): Promise<NoticeRecord> {
    const notice = await deps.repo.findById(id)
    if (!notice) throw new AppError('notice_not_found', '通知不存在', { status: 404 })
    return notice
  }

  function assertEditable(notice: NoticeRecord): void {
    if (notice.status !== 'scheduled' && notice.status !== 'draft') {
      throw new AppError('notice_not_editable', `通知已${notice.status === 'cancelled' ? '取消' : '发出'}，不能再修改`, { status: 409, details: { status: notice.status } })
    }
    if (notice.schedule.kind === 'once' && notice.lastOccurrenceKey) {
      throw new AppError('notice_not_editable', '通知已发出，不能再修改', { status: 409, details: { status: notice.status } })
    }
  }

  return {
    /**
     * Creates a scheduled notice.
     * @throws AppError invalid_cron (400), invalid_schedule (400), notice_in_past (400)
     */
    async create(input: NoticeInput, opts: { now: Date; authorId?: string }): Promise<NoticeRecord> {
      const nextRunAt = checkSchedule(input.schedule, opts.now)
      return deps.repo.create({ ...input, urgent: input.urgent ?? false, status: 'scheduled', authorId: opts.authorId, scheduleFrom: opts.now, nextRunAt })
    },

    /**
     * Edits a notice that has not gone out (a repeating one: its future runs).
     * @throws AppError notice_not_found (404), notice_not_editable (409), invalid_cron (400), invalid_schedule (400), notice_in_past (400)
     */
    async update(id: string, patch: Partial<NoticeInput>, opts: { now: Date }): Promise<NoticeRecord> {
      const notice = await load(id)
      assertEditable(notice)
      const merged: NoticeInput = {
        ...notice,
        ...patch,
        targets: patch.targets ? { ...notice.targets, ...patch.targets } : notice.targets,
        schedule: patch.schedule ?? notice.schedule,
      }
      if (merged.targets.kind === 'compounds' && merged.targets.compoundIds.length === 0) {
        throw new AppError('validation_failed', '请至少选择一个小区', { status: 400, field: 'targets.compoundIds' })
      }
      if (merged.targets.kind === 'tags' && merged.targets.tags.length === 0) {
        throw new AppError('validation_failed', '请至少选择一个标签', { status: 400, field: 'targets.tags' })
      }
      const extra: { scheduleFrom?: Date; nextRunAt?: Date } = {}
      if (patch.schedule) {
        extra.nextRunAt = checkSchedule(merged.schedule, opts.now)
        extra.scheduleFrom = opts.now
      }
      const updated = await deps.repo.update(id, { ...patch, ...(patch.targets ? { targets: merged.targets } : {}), ...extra })
      if (!updated) throw new AppError('notice_not_found', '通知不存在', { status: 404 })
      return updated
    },

    /**
     * Cancels a notice: no further runs, and rows still waiting in the outbox are cancelled.
     * @throws AppError notice_not_found (404), notice_not_editable (409) when it already went out or was cancelled
     */
    async cancel(id: string, opts: { now: Date }): Promise<{ notice: NoticeRecord; cancelledDeliveries: number }> {
      const notice = await load(id)
      if (notice.status === 'cancelled' || notice.status === 'done') {
        throw new AppError('notice_not_editable', `通知已${notice.status === 'cancelled' ? '取消' : '发出'}`, { status: 409, details: { status: notice.status } })
      }
      const updated = await deps.repo.update(id, { status: 'cancelled', cancelledAt: opts.now, nextRunAt: null })
      const cancelledDeliveries = await deps.deliveries.cancelPendingOfNotice(id)
      return { notice: updated ?? notice, cancelledDeliveries }
    },

    /**
     * The recipients, text and schedule of a notice (stored or not yet created), with its next runs.
     * @throws AppError invalid_cron (400), invalid_schedule (400)
     */
    async preview(input: NoticeInput, now: Date): Promise<NoticePreview> {
      const schedule = toNoticeSchedule(input.schedule)
      const resolution = await resolveNoticeRecipients(input.targets, deps.directory)
      // The same window create() accepts: a run of the current minute still goes out.
      const from = new Date(now.getTime() - 60_000)
      const to = new Date(Math.min(now.getTime() + PREVIEW_HORIZON_MS, input.schedule.until?.getTime() ?? Infinity))
      const quiet = deps.quietHours && deps.quietHours.start !== deps.quietHours.end ? deps.quietHours : null
      const nextRuns = occurrencesBetween(schedule, new Date(from.getTime() + 1), to, tz, PREVIEW_RUNS).map(({ at }): PreviewRun =>
        quiet && !input.urgent && isQuietHours(at, quiet, tz) ? { at, heldUntil: quietHoursEnd(at, quiet, tz) } : { at },
      )
      return {
        ...resolution,
        text: renderNoticeText(input),
        schedule: describeSchedule(schedule, tz),
        nextRunAt: nextOccurrence(schedule, from, tz)?.at ?? null,
        nextRuns,
        quietHours: quiet ? `${quiet.start}-${quiet.end}` : null,
      }
    },

    /** @throws AppError notice_not_found (404) */
    get: load,

    list: (filter: { status?: NoticeStatus; limit: number; page: number }) => deps.repo.list(filter),

    /**
     * The delivery report: every outbox row of the notice with its status, and counts per status.
     * @throws AppError notice_not_found (404)
     */
    async report(id: string): Promise<NoticeDeliveryReport> {
      const notice = await load(id)
      const rows = await deps.deliveries.listOfNotice(id)
      const counts: Record<OutboxStatus, number> = { pending: 0, sending: 0, sent: 0, failed: 0, unknown: 0, cancelled: 0 }
      for (const r of rows) counts[r.status]++
      return {
        noticeId: id,
        status: notice.status,
        counts,
        deliveries: rows.map((r) => ({
          ...(r.occurrenceKey ? { occurrenceKey: r.occurrenceKey } : {}),
          target: r.target,
          status: r.status,
          attempts: r.attempts,
          ...(r.sentAt ? { sentAt: r.sentAt } : {}),
          ...(r.lastError ? { lastError: r.lastError } : {}),
        })),
      }
    },
  }
}

export type NoticeService = ReturnType<typeof createNoticeService>

/** What the notice expansion job depends on. */
export interface ExpandNoticesDeps {
  repo: NoticeRepo
  directory: RecipientDirectory
  claims: ClaimPort
  enqueue: EnqueueDelivery
  cancelPendingOfNotice(noticeId: string): Promise<number>
  instanceId: string
  tz?: string
  log?: UseCaseLog
  /** A claimed expansion with no recorded result after this long is redone (enqueueing is idempotent). */
  staleAfterMs?: number
}

/** What one tick of the expansion job did. */
export interface ExpandReport {
  expanded: number
  enqueued: number
  missed: number
}

/**
 * The notice job, run every minute: for each scheduled notice whose occurrence is due (dueOccurrence), claims
 * `notice:<id>:<occurrenceKey>` so one instance expands it, and enqueues one delivery per resolved recipient
 * with idempotency key `notice:<id>:<occurrenceKey>:<recipient>`. A claim whose holder never recorded the
 * occurrence (crashed mid-way) is redone after `staleAfterMs`; the idempotency keys keep that from sending
 * twice. Missed runs (past their grace window) are recorded and not sent; one-off notices become 'done'.
 */
export async function expandDueNotices(deps: ExpandNoticesDeps, now: Date): Promise<ExpandReport> {
  const tz = deps.tz ?? DEFAULT_TIME_ZONE
  const log = deps.log ?? SILENT_LOG
  const staleAfterMs = deps.staleAfterMs ?? 5 * 60_000
  const report: ExpandReport = { expanded: 0, enqueued: 0, missed: 0 }
  for (const notice of await deps.repo.listActive()) {
    try {
      const added = await expandOne(deps, notice, now, tz, staleAfterMs, log, report)
      report.enqueued += added
    } catch (err) {
      // One broken notice (a bad cron stored before validation existed) must not block the others.
      log.error({ err, noticeId: notice.id }, 'notice expansion failed')
    }
  }
  return report
}

async function expandOne(
  deps: ExpandNoticesDeps,
  notice: NoticeRecord,
  now: Date,
  tz: string,
  staleAfterMs: number,
  log: UseCaseLog,
  report: ExpandReport,
): Promise<number> {
  const schedule = toNoticeSchedule(notice.schedule)
  const decision = dueOccurrence(schedule, now, notice.lastOccurrenceKey ?? null, tz, { notBefore: notice.scheduleFrom ?? notice.createdAt })
  const until = notice.schedule.until
  if (decision.kind === 'idle') {
    const nextAt = decision.next && (!until || decision.next.at.getTime() <= until.getTime()) ? decision.next.at : undefined
    if (!nextAt && (notice.lastOccurrenceKey || schedule.kind === 'cron')) {
      await deps.repo.update(notice.id, { status: 'done', nextRunAt: null })
    } else if (nextAt && nextAt.getTime() !== notice.nextRunAt?.getTime()) {
      await deps.repo.update(notice.id, { nextRunAt: nextAt })
    }
    return 0
  }
  const occurrence = decision.occurrence
  if (decision.kind === 'missed' || (until && occurrence.at.getTime() > until.getTime())) {
    report.missed++
    log.warn({ noticeId: notice.id, occurrenceKey: occurrence.key }, 'notice occurrence missed (past its grace window): not sent')
    await deps.repo.update(notice.id, { lastOccurrenceKey: occurrence.key, ...(schedule.kind === 'once' ? { status: 'done', nextRunAt: null } : {}) })
    return 0
  }
  const claimKey = noticeOccurrenceClaimKey(notice.id, occurrence.key)
  if (!(await deps.claims.tryClaim(claimKey, deps.instanceId, now))) {
    const claim = await deps.claims.claimHolder(claimKey)
    const abandoned = claim && now.getTime() - new Date(claim.at).getTime() > staleAfterMs
    if (!abandoned) return 0
    log.warn({ noticeId: notice.id, occurrenceKey: occurrence.key, holder: claim.holder }, 'notice expansion abandoned by its holder: redoing it')
  }
  const { recipients } = await resolveNoticeRecipients(notice.targets, deps.directory)
  const text = renderNoticeText(notice)
  let added = 0
  for (const r of recipients) {
    const { created } = await deps.enqueue({
      kind: 'notice',
      target: r.target,
      text,
      ...(notice.imageUrl ? { imageUrl: notice.imageUrl } : {}),
      urgent: notice.urgent,
      noticeId: notice.id,
      occurrenceKey: occurrence.key,
      idempotencyKey: noticeDeliveryKey(notice.id, occurrence.key, r.key),
      notBefore: occurrence.at,
    })
    if (created) added++
  }
  const next = schedule.kind === 'cron' ? nextOccurrence(schedule, now, tz) : null
  const hasNext = next && (!until || next.at.getTime() <= until.getTime())
  const fresh = await deps.repo.findById(notice.id)
  if (fresh?.status === 'cancelled') {
    // Cancelled while we were expanding: withdraw what we just queued.
    await deps.cancelPendingOfNotice(notice.id)
    await deps.repo.update(notice.id, { lastOccurrenceKey: occurrence.key })
    return 0
  }
  await deps.repo.update(notice.id, {
    lastOccurrenceKey: occurrence.key,
    ...(hasNext ? { nextRunAt: next.at } : { status: 'done', nextRunAt: null }),
  })
  report.expanded++
  log.info({ noticeId: notice.id, occurrenceKey: occurrence.key, recipients: recipients.length, added }, 'notice occurrence expanded')
  return added
}
