import { sendBirthdayGreetings } from '../domain/greetings/greetings.service'
import { enqueueDeliveryWithResult } from '../models/delivery.repo'
import { findGreetingCandidates, findResidentsGroup } from '../models/outreach.repo'
import { dailyCron, type JobContext, type JobDefinition } from './job'

/** Daily at GREETING_TIME: birthday and 政治生日 greetings. */
export function greetingsJob(c: JobContext): JobDefinition {
  return {
    name: 'birthday-greetings',
    cron: dailyCron(c.config.GREETING_TIME),
    catchUpMs: 6 * 3600_000,
    leaseMs: 10 * 60_000,
    run: (now) =>
      sendBirthdayGreetings(
        { findCandidates: findGreetingCandidates, findResidentsGroup, enqueue: enqueueDeliveryWithResult, channel: c.config.GREETING_CHANNEL, tz: c.config.TIMEZONE, log: c.log },
        now,
      ),
  }
}
