import { runTimeLimits } from '../domain/reminders/time-limits.service'
import { enqueueDeliveryWithResult } from '../models/delivery.repo'
import { createTimeLimitQueries } from '../models/outreach.repo'
import type { JobContext, JobDefinition } from './job'

/** Every 5 minutes: deadline reminders, overdue notices, rating re-asks. */
export function timeLimitsJob(c: JobContext): JobDefinition {
  const queries = createTimeLimitQueries({ lock: c.lock })
  return {
    name: 'time-limits',
    cron: '*/5 * * * *',
    leaseMs: 4 * 60_000,
    run: (now) =>
      runTimeLimits(
        {
          ...queries,
          claims: c.claims,
          enqueue: enqueueDeliveryWithResult,
          instanceId: c.instanceId,
          leadMs: c.config.REMINDER_LEAD_MINUTES * 60_000,
          reaskAfterMs: c.config.RATING_REASK_HOURS * 3600_000,
          tz: c.config.TIMEZONE,
          log: c.log,
        },
        now,
      ),
  }
}
