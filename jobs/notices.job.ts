import { expandDueNotices } from '../domain/notices/notice.service'
import { cancelPendingDeliveriesOfNotice, enqueueDeliveryWithResult } from '../models/delivery.repo'
import { noticeRepo, recipientDirectory } from '../models/notice.repo'
import type { JobContext, JobDefinition } from './job'

/** Every minute: expands the notices whose occurrence is due into outbox rows. */
export function noticesJob(c: JobContext): JobDefinition {
  return {
    name: 'expand-notices',
    cron: '* * * * *',
    leaseMs: 55_000,
    run: (now) =>
      expandDueNotices(
        { repo: noticeRepo, directory: recipientDirectory, claims: c.claims, enqueue: enqueueDeliveryWithResult, cancelPendingOfNotice: cancelPendingDeliveriesOfNotice, instanceId: c.instanceId, tz: c.config.TIMEZONE, log: c.log },
        now,
      ),
  }
}
