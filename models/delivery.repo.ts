import { Types } from 'mongoose'
import type { NewDelivery, OutboxRow, OutboxStatus } from '../domain/outbox/outbox.types'
import { DeliveryModel } from './delivery.model'
import { isDuplicateKeyError } from './common'

export type { NewDelivery, OutboxRow } from '../domain/outbox/outbox.types'


type LeanDelivery = Record<string, any>

/** Maps a lean delivery document to the plain row the domain works with. */
export function toOutboxRow(d: LeanDelivery): OutboxRow {
  const t = d.target ?? {}
  return {
    id: String(d._id),
    kind: d.kind,
    target: {
      kind: t.kind,
      id: t.id,
      ...(t.name ? { name: t.name } : {}),
      ...(t.compoundId ? { compoundId: String(t.compoundId) } : {}),
      ...(t.residentId ? { residentId: String(t.residentId) } : {}),
    },
    text: d.text,
    mentionIds: d.mentionIds ?? [],
    ...(d.imageUrl ? { imageUrl: d.imageUrl } : {}),
    urgent: Boolean(d.urgent),
    status: d.status,
    attempts: d.attempts ?? 0,
    ...(d.lastError ? { lastError: d.lastError } : {}),
    ...(d.notBefore ? { notBefore: d.notBefore } : {}),
    ...(d.expiresAt ? { expiresAt: d.expiresAt } : {}),
    ...(d.claimedBy ? { claimedBy: d.claimedBy } : {}),
    ...(d.claimedAt ? { claimedAt: d.claimedAt } : {}),
    ...(d.sentAt ? { sentAt: d.sentAt } : {}),
    ...(d.botAccountId ? { botAccountId: d.botAccountId } : {}),
    ...(d.noticeId ? { noticeId: String(d.noticeId) } : {}),
    ...(d.requestId ? { requestId: String(d.requestId) } : {}),
    ...(d.occurrenceKey ? { occurrenceKey: d.occurrenceKey } : {}),
    idempotencyKey: d.idempotencyKey,
    ...(d.flaggedAt ? { flaggedAt: d.flaggedAt } : {}),
  }
}

/**
 * Writes one outgoing message into the outbox, once per `idempotencyKey`: a second call with the same key
 * (a retry, another instance, a re-run job) returns the row already there and inserts nothing. Returns
 * `created` so callers can count what they added.
 */
export async function enqueueDeliveryWithResult(row: NewDelivery): Promise<{ delivery: OutboxRow; created: boolean }> {
  const doc = {
    kind: row.kind,
    target: {
      kind: row.target.kind,
      id: row.target.id,
      name: row.target.name,
      compoundId: row.target.compoundId ? new Types.ObjectId(row.target.compoundId) : undefined,
      residentId: row.target.residentId ? new Types.ObjectId(row.target.residentId) : undefined,
    },
    text: row.text,
    mentionIds: row.mentionIds ?? [],
    imageUrl: row.imageUrl,
    urgent: row.urgent ?? false,
    noticeId: row.noticeId ? new Types.ObjectId(row.noticeId) : undefined,
    requestId: row.requestId ? new Types.ObjectId(row.requestId) : undefined,
    occurrenceKey: row.occurrenceKey,
    idempotencyKey: row.idempotencyKey,
    notBefore: row.notBefore,
    expiresAt: row.expiresAt,
    status: 'pending',
    attempts: 0,
  }
  try {
    const created = await DeliveryModel.create(doc)
    return { delivery: toOutboxRow(created.toObject()), created: true }
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err
    const existing = await DeliveryModel.findOne({ idempotencyKey: row.idempotencyKey }).lean()
    if (!existing) throw err
    return { delivery: toOutboxRow(existing), created: false }
  }
}

/**
 * Writes one outgoing message into the outbox (status pending); the dispatcher sends it. A duplicate
 * `idempotencyKey` returns the existing row instead of adding a second one.
 * Example: `enqueueDelivery({ kind: 'reply', target: { kind: 'room', id: roomId }, text, mentionIds: [contactId],
 * requestId, idempotencyKey: \`reply:${requestId}:${eventIndex}\` })`.
 */
export async function enqueueDelivery(row: NewDelivery): Promise<OutboxRow> {
  return (await enqueueDeliveryWithResult(row)).delivery
}

/** One row by id, or null. */
export async function findDelivery(id: string): Promise<OutboxRow | null> {
  if (!Types.ObjectId.isValid(id)) return null
  const d = await DeliveryModel.findById(id).lean()
  return d ? toOutboxRow(d) : null
}

/** One row by idempotency key, or null. */
export async function findDeliveryByKey(idempotencyKey: string): Promise<OutboxRow | null> {
  const d = await DeliveryModel.findOne({ idempotencyKey }).lean()
  return d ? toOutboxRow(d) : null
}

/** Pending rows whose time has come, urgent first, then oldest. */
export async function findReadyDeliveries(now: Date, limit: number): Promise<OutboxRow[]> {
  const rows = await DeliveryModel.find({ status: 'pending', $or: [{ notBefore: null }, { notBefore: { $lte: now } }] })
    .sort({ urgent: -1, notBefore: 1, createdAt: 1 })
    .limit(limit)
    .lean()
  return rows.map(toOutboxRow)
}

/** Rows left in 'sending' since before `claimedBefore` (their sender stopped or crashed). */
export async function findStuckSending(claimedBefore: Date): Promise<OutboxRow[]> {
  const rows = await DeliveryModel.find({ status: 'sending', claimedAt: { $lt: claimedBefore } }).lean()
  return rows.map(toOutboxRow)
}

/** Records that this instance is sending the row now (after it won the attempt's claim). */
export async function markDeliverySending(id: string, claimedBy: string, at: Date): Promise<void> {
  await DeliveryModel.updateOne({ _id: id }, { $set: { status: 'sending', claimedBy, claimedAt: at } })
}

/** Records a successful send. */
export async function markDeliverySent(id: string, fields: { at: Date; attempts: number; botAccountId?: string }): Promise<void> {
  await DeliveryModel.updateOne(
    { _id: id },
    { $set: { status: 'sent', sentAt: fields.at, attempts: fields.attempts, botAccountId: fields.botAccountId }, $unset: { lastError: 1 } },
  )
}

/** Puts a row back to pending after a transient failure, not before `notBefore`. */
export async function markDeliveryRetry(id: string, fields: { attempts: number; lastError: string; notBefore: Date }): Promise<void> {
  await DeliveryModel.updateOne({ _id: id }, { $set: { status: 'pending', attempts: fields.attempts, lastError: fields.lastError.slice(0, 1000), notBefore: fields.notBefore } })
}

/** Records a final failure (permanent error, too many attempts, expired) and flags it for an admin. */
export async function markDeliveryFailed(id: string, fields: { attempts: number; lastError: string; at: Date; flag: boolean }): Promise<void> {
  await DeliveryModel.updateOne(
    { _id: id },
    {
      $set: { status: 'failed', attempts: fields.attempts, lastError: fields.lastError.slice(0, 1000), ...(fields.flag ? { flaggedAt: fields.at } : {}) },
      ...(fields.flag ? { $unset: { flagAlertedAt: 1 } } : {}),
    },
  )
}

/** Records that nobody knows whether the row was sent (its sender vanished): an admin decides, nothing re-sends it. */
export async function markDeliveryUnknown(id: string, reason: string, at: Date): Promise<void> {
  await DeliveryModel.updateOne({ _id: id, status: { $in: ['pending', 'sending'] } }, { $set: { status: 'unknown', lastError: reason.slice(0, 1000), flaggedAt: at }, $unset: { flagAlertedAt: 1 } })
}

/** Moves a pending row's notBefore (long deferrals: quiet hours, daily cap), only if nobody attempted it meanwhile. */
export async function deferDelivery(id: string, attempts: number, until: Date): Promise<void> {
  await DeliveryModel.updateOne({ _id: id, status: 'pending', attempts }, { $set: { notBefore: until } })
}

/** When the last message went out through a bot account (any account when unset) or to one target. */
export async function lastSentAt(filter: { botAccountId?: string; targetId?: string }): Promise<Date | null> {
  const q: Record<string, unknown> = { status: 'sent' }
  if (filter.botAccountId) q.botAccountId = filter.botAccountId
  if (filter.targetId) q['target.id'] = filter.targetId
  const d = await DeliveryModel.findOne(q, { sentAt: 1 }).sort({ sentAt: -1 }).lean()
  return (d?.sentAt as Date | undefined) ?? null
}

/** The last send to each of the targets, in one read (targets never sent to are absent). */
export async function lastSentAtOfTargets(targetIds: string[]): Promise<Map<string, Date>> {
  const out = new Map<string, Date>()
  if (!targetIds.length) return out
  const rows = await DeliveryModel.find({ status: 'sent', 'target.id': { $in: targetIds } }, { 'target.id': 1, sentAt: 1 }).lean()
  for (const r of rows) {
    const id = r.target?.id
    const at = r.sentAt as Date | undefined
    if (id && at && (!out.has(id) || (out.get(id) as Date).getTime() < at.getTime())) out.set(id, at)
  }
  return out
}

/** Messages sent through a bot account (any when unset) since `since`. */
export async function countSentSince(since: Date, botAccountId?: string): Promise<number> {
  return DeliveryModel.countDocuments({ status: 'sent', sentAt: { $gte: since }, ...(botAccountId ? { botAccountId } : {}) })
}

/** Cancels the still-pending rows of a notice (the notice was cancelled); returns how many. */
export async function cancelPendingDeliveriesOfNotice(noticeId: string): Promise<number> {
  const res = await DeliveryModel.updateMany({ noticeId: new Types.ObjectId(noticeId), status: 'pending' }, { $set: { status: 'cancelled' } })
  return res.modifiedCount
}

/** Every row of a notice, oldest first (for its delivery report). */
export async function listDeliveriesOfNotice(noticeId: string): Promise<OutboxRow[]> {
  const rows = await DeliveryModel.find({ noticeId: new Types.ObjectId(noticeId) }).sort({ createdAt: 1 }).limit(10_000).lean()
  return rows.map(toOutboxRow)
}

/** Rows flagged for an admin (unknown outcome or failed), newest first. */
export async function listFlaggedDeliveries(limit = 100): Promise<OutboxRow[]> {
  const rows = await DeliveryModel.find({ flaggedAt: { $ne: null }, status: { $in: ['unknown', 'failed'] as OutboxStatus[] } })
    .sort({ flaggedAt: -1 })
    .limit(limit)
    .lean()
  return rows.map(toOutboxRow)
}

/** Flagged rows (unknown or failed) no alert to the admins has mentioned yet, oldest flag first. */
export async function findUnalertedFlaggedDeliveries(limit: number): Promise<OutboxRow[]> {
  const rows = await DeliveryModel.find({ flaggedAt: { $ne: null }, flagAlertedAt: null, status: { $in: ['unknown', 'failed'] as OutboxStatus[] } })
    .sort({ flaggedAt: 1, _id: 1 })
    .limit(limit)
    .lean()
  return rows.map(toOutboxRow)
}

/** Records that the admins were told about these flagged rows. */
export async function markDeliveryFlagsAlerted(ids: string[], at: Date): Promise<void> {
  if (ids.length) await DeliveryModel.updateMany({ _id: { $in: ids } }, { $set: { flagAlertedAt: at } })
}

/** The flagged rows the admins have not been told about yet, for domain/outbox/flag-alerts.ts. */
export const flagAlertStore = { findUnalerted: findUnalertedFlaggedDeliveries, markAlerted: markDeliveryFlagsAlerted }

/** An admin's decision on a flagged row (see {@link resolveFlaggedDelivery}). */
export type FlagDecision = 'sent' | 'resend' | 'dismiss'

/**
 * An admin's decision on a flagged row. For an unknown outcome: 'sent' (it did arrive) or 'resend' (it did not:
 * pending again under the next attempt number, so a new claim is needed to send it). For a failed row: 'dismiss'
 * (seen; it stays failed). Each is one conditional update, so two admins deciding at once cannot both apply.
 * Returns null for an unknown id, else the row and whether the decision applied to it.
 */
export async function resolveFlaggedDelivery(id: string, decision: FlagDecision, at: Date): Promise<{ row: OutboxRow; applied: boolean } | null> {
  const row = await findDelivery(id)
  if (!row) return null
  let matched = 0
  if (decision === 'sent' && row.status === 'unknown') {
    ;({ matchedCount: matched } = await DeliveryModel.updateOne({ _id: id, status: 'unknown' }, { $set: { status: 'sent', sentAt: row.claimedAt ?? at }, $unset: { flaggedAt: 1, flagAlertedAt: 1 } }))
  } else if (decision === 'resend' && row.status === 'unknown') {
    ;({ matchedCount: matched } = await DeliveryModel.updateOne(
      { _id: id, status: 'unknown', attempts: row.attempts },
      { $set: { status: 'pending', attempts: row.attempts + 1, notBefore: at }, $unset: { flaggedAt: 1, flagAlertedAt: 1 } },
    ))
  } else if (decision === 'dismiss' && row.status === 'failed' && row.flaggedAt) {
    ;({ matchedCount: matched } = await DeliveryModel.updateOne({ _id: id, status: 'failed', flaggedAt: { $ne: null } }, { $unset: { flaggedAt: 1, flagAlertedAt: 1 } }))
  }
  return { row: matched ? ((await findDelivery(id)) ?? row) : row, applied: matched > 0 }
}

/** The outbox store the dispatcher uses (models → domain port). */
export const deliveryStore = {
  findReady: findReadyDeliveries,
  findStuckSending,
  markSending: markDeliverySending,
  markSent: markDeliverySent,
  markRetry: markDeliveryRetry,
  markFailed: markDeliveryFailed,
  markUnknown: markDeliveryUnknown,
  defer: deferDelivery,
  lastSentAt,
  lastSentAtOfTargets,
  countSentSince,
}
