import type { PredictedMessage } from './metrics'
import type { Understanding } from './types'

/** Maps an Understanding to a SCHEMA.md record: category only for requests, faq only for questions. */
export function toSchemaRecord(id: string, u: Understanding): PredictedMessage {
  const record: PredictedMessage = { id, intent: u.intent }
  if (u.intent === 'request' && u.category) record.category = u.category
  if (u.intent === 'question' && u.faq) record.faq = u.faq
  if (u.location) record.location = u.location
  record.urgent = u.urgent
  return record
}
