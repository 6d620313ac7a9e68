import { LOGIN_FAILURE_RETENTION_MS } from '../domain/auth/login-limiter'
import { pruneLoginFailures } from '../models/login-failure.repo'
import type { JobContext, JobDefinition } from './job'

/** Daily at 03:40: records nobody needs any more (failed logins older than the limiter's retention). */
export function housekeepingJob(c: JobContext): JobDefinition {
  return {
    name: 'housekeeping',
    cron: '40 3 * * *',
    catchUpMs: 12 * 3600_000,
    leaseMs: 10 * 60_000,
    run: async (now) => {
      const loginFailures = await pruneLoginFailures(new Date(now.getTime() - LOGIN_FAILURE_RETENTION_MS))
      c.log.info({ loginFailures }, 'housekeeping: old records removed')
      return { loginFailures }
    },
  }
}
