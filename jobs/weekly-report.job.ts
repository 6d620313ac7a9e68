import { sendWeeklyReport } from '../domain/reports/weekly-report.service'
import { enqueueDeliveryWithResult } from '../models/delivery.repo'
import { reportQueries } from '../models/outreach.repo'
import type { JobContext, JobDefinition } from './job'

/** WEEKLY_REPORT_CRON (default Monday 09:00): the weekly report per compound. */
export function weeklyReportJob(c: JobContext): JobDefinition {
  return {
    name: 'weekly-report',
    cron: c.config.WEEKLY_REPORT_CRON,
    catchUpMs: 12 * 3600_000,
    leaseMs: 10 * 60_000,
    run: (now) => sendWeeklyReport({ ...reportQueries, enqueue: enqueueDeliveryWithResult, tz: c.config.TIMEZONE, log: c.log }, now),
  }
}
