import { sendPolicyPushes } from '../domain/notices/policy-push.service'
import { enqueueDeliveryWithResult } from '../models/delivery.repo'
import { pushQueries } from '../models/outreach.repo'
import { dailyCron, type JobContext, type JobDefinition } from './job'

/** Daily at POLICY_PUSH_TIME: 高龄津贴 to residents turning 80 this month, changed answers to tagged residents. */
export function policyPushesJob(c: JobContext): JobDefinition {
  return {
    name: 'policy-pushes',
    cron: dailyCron(c.config.POLICY_PUSH_TIME),
    catchUpMs: 6 * 3600_000,
    leaseMs: 10 * 60_000,
    run: (now) => sendPolicyPushes({ ...pushQueries, claims: c.claims, enqueue: enqueueDeliveryWithResult, instanceId: c.instanceId, tz: c.config.TIMEZONE, log: c.log }, now),
  }
}
