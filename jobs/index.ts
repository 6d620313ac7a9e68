import { randomBytes } from 'node:crypto'
import os from 'node:os'
import cron, { type ScheduledTask } from 'node-cron'
import type { Logger } from 'pino'
import type { MessageSender } from '../domain/messaging/ports'
import { latestOccurrence } from '../domain/notices/schedule'
import { DEFAULT_DISPATCH_POLICY, type DispatchPolicy } from '../domain/outbox/dispatch-plan'
import { type DispatcherLoop, startDispatcherLoop } from '../domain/outbox/dispatcher.service'
import type { ClaimPort } from '../domain/outbox/outbox.types'
import type { Config } from '../lib/config'
import type { KeyedLock } from '../lib/keyed-lock'
import { handleError } from '../lib/shutdown'
import { claimHolder, tryClaim } from '../models/claim.model'
import { deliveryStore } from '../models/delivery.repo'
import { flagAlertsJob } from './flag-alerts.job'
import { greetingsJob } from './greetings.job'
import { housekeepingJob } from './housekeeping.job'
import type { JobContext, JobDefinition } from './job'
import { noticesJob } from './notices.job'
import { policyPushesJob } from './policy-pushes.job'
import { type RunOutcome, runScheduledOnce } from './run-job'
import { timeLimitsJob } from './time-limits.job'
import { weeklyReportJob } from './weekly-report.job'

/** What {@link startJobs} needs from the composition root. */
export interface JobsOptions {
  config: Config
  /** The bot's sender (bot/sender.ts); the dispatcher only sends while it is ready. */
  sender: MessageSender
  log: Logger
  lock?: KeyedLock
  instanceId?: string
}

/** Running jobs and the outbox dispatcher. */
export interface RunningJobs {
  instanceId: string
  jobs: JobDefinition[]
  /** Stops cron first, then the dispatcher, then waits for runs in progress. */
  stop(): Promise<void>
}

const CLAIMS: ClaimPort = { tryClaim, claimHolder }

/** A unique id of this process for claims and leases: host, pid and a random suffix. */
export function newInstanceId(): string {
  return `${os.hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`
}

/** The dispatch policy configured by OUTBOX_* and QUIET_HOURS. */
export function dispatchPolicyOf(config: Config): DispatchPolicy {
  const [start, end] = config.QUIET_HOURS.split('-')
  return {
    ...DEFAULT_DISPATCH_POLICY,
    quietHours: { start, end },
    maxAttempts: config.OUTBOX_MAX_ATTEMPTS,
    botPaceMs: config.OUTBOX_PACE_MS,
    roomPaceMs: config.OUTBOX_GROUP_GAP_MS,
    jitterMs: config.OUTBOX_JITTER_MS,
    dailyCap: config.OUTBOX_DAILY_CAP,
  }
}

/** Every scheduled job. */
export function buildJobs(c: JobContext): JobDefinition[] {
  return [noticesJob(c), timeLimitsJob(c), greetingsJob(c), policyPushesJob(c), weeklyReportJob(c), flagAlertsJob(c), housekeepingJob(c)]
}

/**
 * Fires one job for its latest scheduled minute at `now` (the one cron just fired for), once across instances.
 */
export async function fireJob(job: JobDefinition, c: JobContext, now: Date): Promise<RunOutcome | 'not-scheduled'> {
  const occurrence = latestOccurrence({ kind: 'cron', cron: job.cron }, now, c.config.TIMEZONE)
  if (!occurrence) return 'not-scheduled'
  return runScheduledOnce({ name: job.name, runKey: occurrence.key, instanceId: c.instanceId, now, leaseMs: job.leaseMs, claims: c.claims, run: () => job.run(now) })
}

/**
 * The watchdog, every minute: a daily or weekly run whose minute passed less than `catchUpMs` ago and that has
 * not finished — never started here, or its holder crashed and the lease expired — is run (or taken over) now.
 */
export async function catchUpJobs(jobs: JobDefinition[], c: JobContext, now: Date): Promise<Record<string, RunOutcome | 'skipped'>> {
  const outcomes: Record<string, RunOutcome | 'skipped'> = {}
  for (const job of jobs) {
    if (!job.catchUpMs) continue
    const occurrence = latestOccurrence({ kind: 'cron', cron: job.cron }, now, c.config.TIMEZONE)
    if (!occurrence || now.getTime() - occurrence.at.getTime() > job.catchUpMs) {
      outcomes[job.name] = 'skipped'
      continue
    }
    outcomes[job.name] = await runScheduledOnce({ name: job.name, runKey: occurrence.key, instanceId: c.instanceId, now, leaseMs: job.leaseMs, claims: c.claims, run: () => job.run(now) })
  }
  return outcomes
}

/**
 * Registers the node-cron jobs (which only call use cases) and starts the outbox dispatcher loop.
 * Jobs: expand-notices (every minute), time-limits (every 5 min), birthday-greetings (GREETING_TIME),
 * policy-pushes (POLICY_PUSH_TIME), weekly-report (WEEKLY_REPORT_CRON) and the job-watchdog (every minute).
 */
export function startJobs(opts: JobsOptions): RunningJobs {
  const { config, log } = opts
  const instanceId = opts.instanceId ?? newInstanceId()
  const c: JobContext = { config, instanceId, claims: CLAIMS, log, lock: opts.lock }
  const jobs = buildJobs(c)
  const inFlight = new Set<Promise<unknown>>()
  const track = (name: string, p: Promise<unknown>) => {
    const tracked = p.catch((err: unknown) => handleError(err, { source: 'jobs', job: name }, log)).finally(() => inFlight.delete(tracked))
    inFlight.add(tracked)
  }
  const options = (name: string) => ({ name, timezone: config.TIMEZONE, noOverlap: true })
  const tasks: ScheduledTask[] = jobs.map((job) =>
    cron.schedule(job.cron, () => track(job.name, fireJob(job, c, new Date())), options(job.name)),
  )
  tasks.push(cron.schedule('* * * * *', () => track('job-watchdog', catchUpJobs(jobs, c, new Date())), options('job-watchdog')))

  const dispatcher: DispatcherLoop = startDispatcherLoop(
    {
      store: deliveryStore,
      claims: CLAIMS,
      sender: opts.sender,
      instanceId,
      now: () => new Date(),
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      random: Math.random,
      policy: dispatchPolicyOf(config),
      tz: config.TIMEZONE,
      staleAfterMs: config.OUTBOX_SENDING_TIMEOUT_S * 1000,
      log,
    },
    { idleMs: 2000, maxWaitMs: 10_000, onError: (err) => handleError(err, { source: 'jobs', job: 'outbox-dispatcher' }, log) },
  )
  log.info({ instanceId, jobs: jobs.map((j) => ({ name: j.name, cron: j.cron })) }, 'jobs started')

  return {
    instanceId,
    jobs,
    async stop() {
      for (const t of tasks) await t.stop()
      await dispatcher.stop()
      await Promise.allSettled([...inFlight])
      for (const t of tasks) await t.destroy()
    },
  }
}
