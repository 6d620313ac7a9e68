import type { Logger } from 'pino'
import type { ClaimPort } from '../domain/outbox/outbox.types'
import type { Config } from '../lib/config'
import type { KeyedLock } from '../lib/keyed-lock'

/** One scheduled job: a name, a cron expression (local time) and the use case it runs. */
export interface JobDefinition {
  name: string
  cron: string
  /** Daily/weekly jobs: a run missed because its holder crashed is taken over by the watchdog within this window. */
  catchUpMs?: number
  /** Lease length of one run. */
  leaseMs: number
  run(now: Date): Promise<unknown>
}

/** What every job file gets from {@link startJobs}. */
export interface JobContext {
  config: Config
  instanceId: string
  claims: ClaimPort
  log: Logger
  /** The process-wide lock the request service uses (stamping a request never races a worker's action). */
  lock?: KeyedLock
}

/** 'HH:mm' → the daily cron expression 'mm HH * * *'. */
export function dailyCron(time: string): string {
  const [hh, mm] = time.split(':').map(Number)
  return `${mm} ${hh} * * *`
}
