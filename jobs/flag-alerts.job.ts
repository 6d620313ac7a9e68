import { alertFlaggedDeliveries } from '../domain/outbox/flag-alerts'
import { enqueueDeliveryWithResult, flagAlertStore } from '../models/delivery.repo'
import { reportQueries } from '../models/outreach.repo'
import type { JobContext, JobDefinition } from './job'

/** Every 5 minutes: admins are told by direct message about messages flagged for them (outcome unknown, failed). */
export function flagAlertsJob(c: JobContext): JobDefinition {
  return {
    name: 'flag-alerts',
    cron: '*/5 * * * *',
    leaseMs: 4 * 60_000,
    run: (now) =>
      alertFlaggedDeliveries(
        {
          ...flagAlertStore,
          listAdminContacts: reportQueries.listAdminContacts,
          enqueue: enqueueDeliveryWithResult,
          log: c.log,
        },
        now,
      ),
  }
}
