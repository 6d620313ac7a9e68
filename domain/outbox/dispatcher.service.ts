import type { MessageSender } from '../messaging/ports'
import { DEFAULT_TIME_ZONE, startOfLocalDay } from '../time/zoned-time'
import { DEFAULT_DISPATCH_POLICY, type DispatchPolicy, planDispatch } from './dispatch-plan'
import type { ClaimPort, OutboxRow, UseCaseLog } from './outbox.types'
import { SILENT_LOG } from './outbox.types'
import { classifySendError } from './send-errors'
import { retryDelayMs } from './sending-rules'

/** The outbox persistence the dispatcher needs (implemented by models/delivery.repo.ts `deliveryStore`). */
export interface OutboxStore {
  findReady(now: Date, limit: number): Promise<OutboxRow[]>
  findStuckSending(claimedBefore: Date): Promise<OutboxRow[]>
  markSending(id: string, claimedBy: string, at: Date): Promise<void>
  markSent(id: string, fields: { at: Date; attempts: number; botAccountId?: string }): Promise<void>
  markRetry(id: string, fields: { attempts: number; lastError: string; notBefore: Date }): Promise<void>
  markFailed(id: string, fields: { attempts: number; lastError: string; at: Date; flag: boolean }): Promise<void>
  markUnknown(id: string, reason: string, at: Date): Promise<void>
  defer(id: string, attempts: number, until: Date): Promise<void>
  lastSentAt(filter: { botAccountId?: string; targetId?: string }): Promise<Date | null>
  /** The last send to each of several targets in one read (optional: without it, {@link lastSentAt} per target). */
  lastSentAtOfTargets?(targetIds: string[]): Promise<Map<string, Date>>
  countSentSince(since: Date, botAccountId?: string): Promise<number>
}

/** Everything a dispatch pass depends on; clock, sleep and randomness are injected so tests never wait. */
export interface DispatcherDeps {
  store: OutboxStore
  claims: ClaimPort
  sender: MessageSender
  /** Who claims rows (unique per process, e.g. hostname:pid:random). */
  instanceId: string
  now: () => Date
  sleep: (ms: number) => Promise<void>
  /** Random number in [0, 1] for pacing jitter. */
  random: () => number
  policy?: DispatchPolicy
  tz?: string
  /**
   * A row in 'sending' (or a claimed attempt never marked sending) older than this is considered
   * abandoned by a crashed holder: it is marked 'unknown' and flagged, never re-sent automatically.
   */
  staleAfterMs?: number
  log?: UseCaseLog
}

/** Options of one pass. */
export interface DispatchOptions {
  /** Rows read per pass. */
  batchSize?: number
  /** A pacing wait up to this long is slept inside the pass; longer deferrals end the row's turn. */
  maxWaitMs?: number
  /** Stop the pass after this many sends (tests; the loop). */
  maxSends?: number
  /** Checked before each row: true ends the pass (shutdown). A send already under way always completes and is recorded. */
  shouldStop?: () => boolean
}

/** What one pass did. */
export interface DispatchReport {
  sent: number
  retried: number
  failed: number
  deferred: number
  unknown: number
  /** Rows another instance had already claimed. */
  skipped: number
}

/** Default time after which a 'sending' row is considered abandoned. */
export const DEFAULT_STALE_AFTER_MS = 10 * 60_000
const DEFAULT_BATCH = 50
const DEFAULT_MAX_WAIT_MS = 30_000
/** Shorter deferrals are not written back: the next pass re-plans them anyway. */
const PERSIST_DEFER_AFTER_MS = 60_000

/** The claim key of one send attempt of one row: exactly one instance sends attempt n. */
export function deliveryAttemptKey(rowId: string, attempt: number): string {
  return `delivery:${rowId}:${attempt}`
}

/**
 * One dispatch pass: flags abandoned 'sending' rows as 'unknown', then sends the pending rows whose time has come,
 * one at a time, as planDispatch allows (quiet hours unless urgent, daily cap, pacing per bot account and per
 * group, retry backoff, expiry). Each attempt is claimed by inserting `delivery:<id>:<attempt>`; only the winner
 * marks the row 'sending', sends, and records 'sent', a retry (transient error, with backoff) or 'failed'
 * (permanent error or max attempts, flagged for an admin).
 */
export async function dispatchDue(deps: DispatcherDeps, options: DispatchOptions = {}): Promise<DispatchReport> {
  const policy = deps.policy ?? DEFAULT_DISPATCH_POLICY
  const tz = deps.tz ?? DEFAULT_TIME_ZONE
  const log = deps.log ?? SILENT_LOG
  const staleAfterMs = deps.staleAfterMs ?? DEFAULT_STALE_AFTER_MS
  const maxWaitMs = options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS
  const report: DispatchReport = { sent: 0, retried: 0, failed: 0, deferred: 0, unknown: 0, skipped: 0 }

  report.unknown += await flagAbandoned(deps, staleAfterMs, log)
  if (!deps.sender.isReady()) return report

  const rows = await deps.store.findReady(deps.now(), options.batchSize ?? DEFAULT_BATCH)
  const history = createSendHistory(deps, rows, tz)
  pass: for (const row of rows) {
    if (options.maxSends !== undefined && report.sent >= options.maxSends) break
    // A logout in the middle of a pass: the other rows wait for the next login rather than each failing an attempt.
    if (!deps.sender.isReady()) break
    const random01 = deps.random()
    for (;;) {
      if (options.shouldStop?.()) break pass
      const now = deps.now()
      const { botLastSentAt, roomLastSentAt, sentToday } = await history.read(row, now)
      const plan = planDispatch(
        { attempts: row.attempts, urgent: row.urgent, notBefore: row.notBefore ?? null, expiresAt: row.expiresAt ?? null },
        { now, tz, random01, botLastSentAt, roomLastSentAt, sentToday },
        policy,
      )
      if (plan.kind === 'give-up') {
        await deps.store.markFailed(row.id, { attempts: row.attempts, lastError: `${plan.reason}${row.lastError ? `: ${row.lastError}` : ''}`, at: now, flag: plan.reason !== 'expired' })
        log.warn({ deliveryId: row.id, reason: plan.reason }, 'delivery given up')
        report.failed++
        break
      }
      if (plan.kind === 'defer') {
        const waitMs = plan.until.getTime() - now.getTime()
        if (plan.reason === 'pacing' && waitMs <= maxWaitMs) {
          await deps.sleep(waitMs)
          continue
        }
        if (waitMs > PERSIST_DEFER_AFTER_MS) await deps.store.defer(row.id, row.attempts, plan.until)
        report.deferred++
        break
      }
      let sendingAt: Date | undefined
      const outcome = await sendClaimed(deps, row, now, staleAfterMs, policy, log, (at) => (sendingAt = at))
      // Paced from the moment the message went out, so the gap is the pace, not the pace plus our bookkeeping.
      if (outcome === 'sent') history.sent(row, sendingAt ?? deps.now())
      report[outcome]++
      break
    }
  }
  return report
}

/**
 * The send history one pass plans with. The account's last send and today's count are read once per pass and
 * the groups' last sends in one read for the pass's rows; then the pass's own sends keep them current. Reading
 * them again for every row (and again after every pacing wait) scanned the whole outbox three to six times per
 * message on the embedded database, which made a paced broadcast 80 % slower than its pacing floor.
 * Within a pass, this dispatcher's sends are the newest ones of its bot account (one account is logged in to
 * one process); a send to the same group by another instance is seen from the next pass on.
 */
function createSendHistory(deps: DispatcherDeps, rows: readonly OutboxRow[], tz: string) {
  let account: { botAccountId: string | undefined; dayStart: number; botLastSentAt: Date | null; sentToday: number } | undefined
  let rooms: Map<string, Date | null> | undefined
  const roomIds = [...new Set(rows.filter((r) => r.target.kind === 'room').map((r) => r.target.id))]
  const latest = (a: Date | null, b: Date | null) => (a && b ? (a.getTime() >= b.getTime() ? a : b) : (a ?? b))

  async function roomLastSentAt(targetId: string): Promise<Date | null> {
    if (!rooms) {
      rooms = new Map()
      if (deps.store.lastSentAtOfTargets) {
        const found = await deps.store.lastSentAtOfTargets(roomIds)
        for (const id of roomIds) rooms.set(id, found.get(id) ?? null)
      }
    }
    if (!rooms.has(targetId)) rooms.set(targetId, await deps.store.lastSentAt({ targetId }))
    return rooms.get(targetId) ?? null
  }

  return {
    async read(row: OutboxRow, now: Date): Promise<{ botLastSentAt: Date | null; roomLastSentAt: Date | null; sentToday: number }> {
      const botAccountId = deps.sender.accountId()
      const dayStart = startOfLocalDay(now, tz).getTime()
      if (!account || account.botAccountId !== botAccountId || account.dayStart !== dayStart) {
        const [botLastSentAt, sentToday] = await Promise.all([deps.store.lastSentAt({ botAccountId }), deps.store.countSentSince(new Date(dayStart), botAccountId)])
        account = { botAccountId, dayStart, botLastSentAt, sentToday }
      }
      const roomLast = row.target.kind === 'room' ? await roomLastSentAt(row.target.id) : null
      return { botLastSentAt: account.botLastSentAt, roomLastSentAt: roomLast, sentToday: account.sentToday }
    },
    /** Records a send of this pass at the moment it went out. */
    sent(row: OutboxRow, at: Date): void {
      if (account) {
        account.botLastSentAt = latest(account.botLastSentAt, at)
        if (at.getTime() >= account.dayStart) account.sentToday++
      }
      if (row.target.kind === 'room') rooms?.set(row.target.id, latest(rooms.get(row.target.id) ?? null, at))
    },
  }
}

async function sendClaimed(
  deps: DispatcherDeps,
  row: OutboxRow,
  now: Date,
  staleAfterMs: number,
  policy: DispatchPolicy,
  log: UseCaseLog,
  onSending?: (at: Date) => void,
): Promise<'sent' | 'retried' | 'failed' | 'unknown' | 'skipped'> {
  const key = deliveryAttemptKey(row.id, row.attempts)
  if (!(await deps.claims.tryClaim(key, deps.instanceId, now))) {
    // Someone holds this attempt. If that was long ago and the row still looks unsent, its holder died between
    // claim and outcome: we cannot know whether WeChat got it, so a person decides.
    const claim = await deps.claims.claimHolder(key)
    if (claim && now.getTime() - new Date(claim.at).getTime() > staleAfterMs) {
      await deps.store.markUnknown(row.id, `claimed by ${claim.holder} at ${new Date(claim.at).toISOString()}, no outcome recorded`, now)
      log.warn({ deliveryId: row.id, holder: claim.holder }, 'delivery outcome unknown: flagged for an admin')
      return 'unknown'
    }
    return 'skipped'
  }
  await deps.store.markSending(row.id, deps.instanceId, now)
  const attempts = row.attempts + 1
  onSending?.(deps.now())
  try {
    await deps.sender.send({
      target: { kind: row.target.kind, id: row.target.id },
      text: row.text,
      ...(row.mentionIds.length ? { mentionIds: row.mentionIds } : {}),
      ...(row.imageUrl ? { imageUrl: row.imageUrl } : {}),
      ...(row.requestId ? { requestId: row.requestId } : {}),
    })
  } catch (err) {
    const lastError = describeError(err)
    const at = deps.now()
    if (classifySendError(err) === 'permanent' || attempts >= policy.maxAttempts) {
      await deps.store.markFailed(row.id, { attempts, lastError, at, flag: true })
      log.warn({ deliveryId: row.id, attempts }, 'delivery failed')
      return 'failed'
    }
    await deps.store.markRetry(row.id, { attempts, lastError, notBefore: new Date(at.getTime() + retryDelayMs(attempts, policy.backoff)) })
    log.info({ deliveryId: row.id, attempts }, 'delivery will be retried')
    return 'retried'
  }
  // If this write fails the row stays 'sending' and is later flagged 'unknown': never re-sent blindly.
  await deps.store.markSent(row.id, { at: deps.now(), attempts, botAccountId: deps.sender.accountId() })
  log.info({ deliveryId: row.id, kind: row.kind, targetKind: row.target.kind }, 'delivery sent')
  return 'sent'
}

async function flagAbandoned(deps: DispatcherDeps, staleAfterMs: number, log: UseCaseLog): Promise<number> {
  const now = deps.now()
  const stuck = await deps.store.findStuckSending(new Date(now.getTime() - staleAfterMs))
  for (const row of stuck) {
    await deps.store.markUnknown(row.id, `left in sending by ${row.claimedBy ?? 'unknown'} since ${row.claimedAt?.toISOString() ?? '?'}`, now)
    log.warn({ deliveryId: row.id, holder: row.claimedBy }, 'delivery outcome unknown: flagged for an admin')
  }
  return stuck.length
}

function describeError(err: unknown): string {
  if (err instanceof Error) {
    const code = (err as { code?: unknown }).code
    const cause = err.cause instanceof Error ? ` (${err.cause.message})` : ''
    return `${typeof code === 'string' ? `${code}: ` : ''}${err.message}${cause}`
  }
  return String(err)
}

/** A running dispatcher loop. */
export interface DispatcherLoop {
  /** Ends the current pass before its next row (a send under way completes and is recorded); resolves when it has. */
  stop(): Promise<void>
}

/**
 * Runs {@link dispatchDue} again and again: right away after a pass that sent something, otherwise after
 * `idleMs`. Errors of a pass are reported to `onError` and the loop goes on.
 */
export function startDispatcherLoop(deps: DispatcherDeps, opts: { idleMs: number; onError: (err: unknown) => void } & DispatchOptions): DispatcherLoop {
  let stopped = false
  let wake: (() => void) | undefined
  let signalStop: () => void = () => undefined
  const stopping = new Promise<void>((resolve) => (signalStop = resolve))
  // A pacing wait ends at stop; the pass then ends before its next row (a send under way still completes).
  const loopDeps: DispatcherDeps = { ...deps, sleep: (ms) => Promise.race([deps.sleep(ms), stopping]) }
  const loopOptions: DispatchOptions = { ...opts, shouldStop: () => stopped || (opts.shouldStop?.() ?? false) }
  const loop = (async () => {
    while (!stopped) {
      let busy = false
      try {
        const r = await dispatchDue(loopDeps, loopOptions)
        busy = r.sent + r.retried > 0
      } catch (err) {
        opts.onError(err)
      }
      if (stopped) break
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, busy ? 0 : opts.idleMs)
        wake = () => {
          clearTimeout(t)
          resolve()
        }
      })
    }
  })()
  return {
    async stop() {
      stopped = true
      signalStop()
      wake?.()
      await loop
    },
  }
}
