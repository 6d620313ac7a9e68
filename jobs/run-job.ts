import type { ClaimPort } from '../domain/outbox/outbox.types'

/** How many times a crashed run of one scheduled minute may be taken over. */
const MAX_TAKEOVERS = 20

/** The outcome of {@link runScheduledOnce}. */
export type RunOutcome = 'ran' | 'held' | 'done'

/** Options of {@link runScheduledOnce}. */
export interface RunOnceOptions {
  /** Job name, e.g. 'birthday-greetings'. */
  name: string
  /** The scheduled minute of this run, local 'YYYY-MM-DDTHH:mm'. */
  runKey: string
  instanceId: string
  now: Date
  /** How long the lease holds; after that a crashed holder's run may be taken over. */
  leaseMs: number
  claims: ClaimPort
  run: () => Promise<unknown>
}

/** The lease key of generation `gen` of a run: `job:<name>:<runKey>`, then `…#1`, `…#2` for takeovers. */
export function jobLeaseKey(name: string, runKey: string, gen = 0): string {
  return `job:${name}:${runKey}${gen ? `#${gen}` : ''}`
}

/** The key recording that a run finished. */
export function jobDoneKey(name: string, runKey: string): string {
  return `job-done:${name}:${runKey}`
}

/**
 * Runs one scheduled run of a job once across instances. The run is leased by inserting
 * `job:<name>:<runKey>` with `expiresAt = now + leaseMs` (claims are insert-only: FerretDB v1 enforces unique
 * keys but not conditional updates). When a holder crashed, its lease expires and the next caller takes over by
 * inserting the next generation (`…#1`), which again only one caller can do; nothing is ever deleted or
 * updated. A finished run inserts `job-done:<name>:<runKey>`, so later callers skip it. The use cases are
 * idempotent (outbox idempotency keys), so a takeover of a run that was in fact still going sends nothing twice.
 */
export async function runScheduledOnce(opts: RunOnceOptions): Promise<RunOutcome> {
  const { claims, name, runKey, now } = opts
  if (await claims.claimHolder(jobDoneKey(name, runKey))) return 'done'
  for (let gen = 0; gen <= MAX_TAKEOVERS; gen++) {
    const key = jobLeaseKey(name, runKey, gen)
    if (await claims.tryClaim(key, opts.instanceId, now, new Date(now.getTime() + opts.leaseMs))) {
      await opts.run()
      await claims.tryClaim(jobDoneKey(name, runKey), opts.instanceId, now)
      return 'ran'
    }
    const lease = await claims.claimHolder(key)
    if (lease && (!lease.expiresAt || new Date(lease.expiresAt).getTime() > now.getTime())) return 'held'
  }
  return 'held'
}
