import { createHash } from 'node:crypto'
import { Types } from 'mongoose'
import { DEFAULT_TIME_LIMIT_POLICY, type TimeLimitPolicy } from '../domain/calendar/time-limits'
import type { KeyedLock } from '../lib/keyed-lock'
import type { RequestCategory } from '../domain/requests/categories'
import { OPEN_STATUSES, type RequestStatus } from '../domain/requests/lifecycle'
import type { StatsRow } from '../domain/stats/request-stats'
import { emptyCounts, type RequestListQuery, type RequestRepo, type RequestServiceDeps } from '../domain/requests/request.service'
import type { OutgoingRelay, RequestPatch, RequestRecord, TimelineEntry } from '../domain/requests/types'
import { findCompoundRouting } from './compound.repo'
import { nextSequence } from './counter.model'
import { coversStatuses, openCandidates, openRequestsOfReporter, setOpenRequestRecordMapper } from './open-requests-cache'
import { RequestModel } from './request.model'
import { readSetting, writeSetting } from './setting.model'
import { findWorkerRef } from './user.repo'

const oid = (v: unknown): string | undefined => (v == null ? undefined : String(v))

/**
 * The `_id` of request number `no`. FerretDB v1 (SQLite) uses no index but `_id` for a lookup, so `{ no }`
 * read every request for each `受理 12` and each detail page; a request is written under this id and found
 * by its number with an `_id` lookup. Requests written before (or by tests' factories) keep random ids and
 * are found by the `{ no }` filter instead.
 */
export function requestIdOf(no: number): Types.ObjectId {
  return new Types.ObjectId(createHash('sha1').update(`request:${no}`).digest('hex').slice(0, 24))
}

/** Drops null/undefined values (lean documents carry nulls for unset subdocument fields). */
function clean<T extends Record<string, unknown>>(o: T): T {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(o)) if (v !== undefined && v !== null) out[k] = v
  return out as T
}

/** Maps a lean request document to the domain's plain record (string ids). */
export function toRequestRecord(d: any): RequestRecord {
  return clean({
    id: String(d._id),
    no: d.no,
    compoundId: String(d.compoundId),
    gridCode: d.gridCode,
    groupId: oid(d.groupId),
    roomId: d.roomId,
    source: d.source ?? 'group',
    kind: d.kind ?? 'request',
    private: Boolean(d.private),
    reporters: (d.reporters ?? []).map((r: any) => clean({ ...r, residentId: oid(r.residentId) })),
    messages: (d.messages ?? []).map((m: any) => clean({ ...m })),
    summary: d.summary,
    category: d.category,
    categoryAlt: d.categoryAlt,
    location: d.location && Object.values(d.location).some((v) => v != null) ? clean({ ...d.location }) : undefined,
    urgent: Boolean(d.urgent),
    status: d.status,
    ownerId: oid(d.ownerId),
    ownerName: d.ownerName,
    deadline: d.deadline,
    responseDeadline: d.responseDeadline,
    acceptedAt: d.acceptedAt,
    resolvedAt: d.resolvedAt,
    closedAt: d.closedAt,
    mergedInto: oid(d.mergedInto),
    rating: d.rating?.score ? clean({ ...d.rating }) : undefined,
    ratingAskedAt: d.ratingAskedAt,
    timeline: (d.timeline ?? []).map((e: any) => clean({ ...e, actor: clean({ ...e.actor }) })),
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
  }) as RequestRecord
}
setOpenRequestRecordMapper(toRequestRecord)

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

const SORTS: Record<NonNullable<RequestListQuery['sort']>, Record<string, 1 | -1>> = {
  createdAt: { createdAt: 1, no: 1 },
  '-createdAt': { createdAt: -1, no: -1 },
  deadline: { deadline: 1, no: 1 },
  '-deadline': { deadline: -1, no: -1 },
  no: { no: 1 },
  '-no': { no: -1 },
}

/** Builds the mongo filter of a list query (values come from validated input, never raw objects). */
export function requestListFilter(q: Omit<RequestListQuery, 'page' | 'pageSize' | 'sort'>): Record<string, unknown> {
  const f: Record<string, unknown> = {}
  const and: Record<string, unknown>[] = []
  if (q.status?.length) f.status = { $in: q.status }
  if (q.category?.length) f.category = { $in: q.category }
  if (q.compoundIds) and.push({ compoundId: { $in: q.compoundIds.filter(Types.ObjectId.isValid).map((id) => new Types.ObjectId(id)) } })
  if (q.compoundId) and.push({ compoundId: new Types.ObjectId(q.compoundId) })
  if (q.gridCode) f.gridCode = q.gridCode
  if (q.ownerId) f.ownerId = new Types.ObjectId(q.ownerId)
  if (q.urgent !== undefined) f.urgent = q.urgent
  if (q.overdue === true) and.push({ status: { $in: OPEN_STATUSES } }, { deadline: { $lt: q.now } })
  if (q.overdue === false) and.push({ $or: [{ status: { $nin: OPEN_STATUSES } }, { deadline: { $gte: q.now } }] })
  if (q.from || q.to) f.createdAt = { ...(q.from ? { $gte: q.from } : {}), ...(q.to ? { $lt: q.to } : {}) }
  if (q.text) {
    const re = new RegExp(escapeRegex(q.text), 'i')
    and.push({ $or: [{ summary: re }, { 'messages.text': re }] })
  }
  if (and.length) f.$and = and
  return f
}

/** The request repository over mongoose (implements the domain's {@link RequestRepo}). */
export const requestRepo: RequestRepo = {
  async insert(doc) {
    const created = await RequestModel.create({ _id: requestIdOf(doc.no), ...doc })
    return toRequestRecord(created.toObject())
  },
  async findById(id) {
    if (!Types.ObjectId.isValid(id)) return null
    const d = await RequestModel.findById(id).lean()
    return d ? toRequestRecord(d) : null
  },
  async findByNo(no) {
    const byId = await RequestModel.findById(requestIdOf(no)).lean()
    const d = byId?.no === no ? byId : await RequestModel.findOne({ no }).lean()
    return d ? toRequestRecord(d) : null
  },
  async findByMessage(compoundId, messageId) {
    if (!Types.ObjectId.isValid(compoundId)) return null
    // Scoped by compound (indexed), so only that compound's requests are scanned for the message id.
    const d = await RequestModel.findOne({ compoundId: new Types.ObjectId(compoundId), 'messages.messageId': messageId }).sort({ createdAt: 1 }).lean()
    return d ? toRequestRecord(d) : null
  },
  async update(id: string, patch: RequestPatch, events: TimelineEntry[]) {
    const $set: Record<string, unknown> = {}
    const $unset: Record<string, ''> = {}
    for (const [k, v] of Object.entries(patch)) {
      if (v === undefined) $unset[k] = ''
      else $set[k] = v
    }
    const update: Record<string, unknown> = {}
    if (Object.keys($set).length) update.$set = $set
    if (Object.keys($unset).length) update.$unset = $unset
    if (events.length) update.$push = { timeline: { $each: events } }
    const d = await RequestModel.findByIdAndUpdate(id, update, { new: true, runValidators: true }).lean()
    if (!d) throw new Error(`request ${id} vanished during update`)
    return toRequestRecord(d)
  },
  // Open requests are answered from memory (models/open-requests-cache.ts): on the embedded database each of
  // these queries read every request ever made, for every report and follow-up.
  async findOpenCandidates(compoundId: string, category: RequestCategory, since: Date) {
    return openCandidates(compoundId, category, since)
  },
  async findByReporter(contactId: string, statuses?: readonly RequestStatus[], limit = 10) {
    if (coversStatuses(statuses)) return openRequestsOfReporter(contactId, statuses, limit)
    const list = await RequestModel.find({ 'reporters.contactId': contactId, ...(statuses ? { status: { $in: statuses } } : {}) })
      .sort({ createdAt: -1 })
      .limit(limit)
      .lean()
    return list.map(toRequestRecord)
  },
  async list(q) {
    const filter = requestListFilter(q)
    const [items, total] = await Promise.all([
      RequestModel.find(filter, { timeline: 0 })
        .sort(SORTS[q.sort ?? '-createdAt'])
        .skip((q.page - 1) * q.pageSize)
        .limit(q.pageSize)
        .lean(),
      RequestModel.countDocuments(filter),
    ])
    return { items: items.map(toRequestRecord), total }
  },
  async countByStatus(q) {
    const filter = requestListFilter({ ...q, status: undefined })
    // One $group for the statuses; the overdue count is a second, indexed count (open and past the deadline).
    const [groups, overdue] = await Promise.all([
      RequestModel.aggregate<{ _id: RequestStatus; n: number }>([{ $match: filter }, { $group: { _id: '$status', n: { $sum: 1 } } }]),
      q.overdue === false ? Promise.resolve(0) : RequestModel.countDocuments(requestListFilter({ ...q, status: undefined, overdue: true })),
    ])
    const counts = emptyCounts()
    for (const g of groups) {
      if (g._id in counts.byStatus) counts.byStatus[g._id] = g.n
      counts.total += g.n
    }
    counts.overdue = overdue
    return counts
  },
}

/** The numbers of the requests with these ids (ids of missing requests are left out). */
export async function findRequestNumbers(ids: readonly string[]): Promise<Map<string, number>> {
  const valid = [...new Set(ids)].filter((id) => Types.ObjectId.isValid(id))
  if (!valid.length) return new Map()
  const rows = await RequestModel.find({ _id: { $in: valid.map((id) => new Types.ObjectId(id)) } }, { no: 1 }).lean()
  return new Map(rows.map((r) => [String(r._id), r.no]))
}

/** Takes the next request number. */
export function nextRequestNumber(): Promise<number> {
  return nextSequence('request')
}

/** Settings key of the time-limit policy. */
export const TIME_LIMITS_SETTING = 'time-limits'

/** The stored time-limit policy (over the defaults), or the default policy. */
export async function getTimeLimitPolicy(): Promise<TimeLimitPolicy> {
  const stored = await readSetting<Partial<TimeLimitPolicy>>(TIME_LIMITS_SETTING)
  if (!stored) return DEFAULT_TIME_LIMIT_POLICY
  return {
    urgent: stored.urgent ?? DEFAULT_TIME_LIMIT_POLICY.urgent,
    response: stored.response ?? DEFAULT_TIME_LIMIT_POLICY.response,
    limits: { ...DEFAULT_TIME_LIMIT_POLICY.limits, ...(stored.limits ?? {}) },
  }
}

/** Stores a validated time-limit policy. */
export async function saveTimeLimitPolicy(policy: TimeLimitPolicy, updatedBy?: string): Promise<void> {
  await writeSetting(TIME_LIMITS_SETTING, JSON.parse(JSON.stringify(policy)), updatedBy)
}

/**
 * The request service's dependencies over the database: pass the process's shared lock and,
 * once the outbox is wired, its enqueue function. `createRequestService(buildRequestServiceDeps({ lock }))`.
 */
export function buildRequestServiceDeps(opts: { lock: KeyedLock; enqueue?: (relay: OutgoingRelay) => Promise<void>; tz?: string }): RequestServiceDeps {
  return {
    repo: requestRepo,
    lock: opts.lock,
    nextNumber: nextRequestNumber,
    findCompound: findCompoundRouting,
    findUser: findWorkerRef,
    getPolicy: getTimeLimitPolicy,
    enqueue: opts.enqueue,
    tz: opts.tz,
  }
}

/** Scope and period of the statistics. */
export interface StatsQuery {
  from: Date
  to: Date
  compoundId?: string
  compoundIds?: string[]
  gridCode?: string
  category?: string
  /** Also the requests resolved in [from, to) that were created before it (for a trend of resolutions). */
  includeResolvedInPeriod?: boolean
}

/** Projected rows for the statistics (created in [from, to)), computed in JS since FerretDB v1 aggregates little. */
export async function findStatsRows(q: StatsQuery): Promise<StatsRow[]> {
  const period = { $gte: q.from, $lt: q.to }
  const and: Record<string, unknown>[] = [q.includeResolvedInPeriod ? { $or: [{ createdAt: period }, { resolvedAt: period }] } : { createdAt: period }]
  if (q.compoundId) and.push({ compoundId: new Types.ObjectId(q.compoundId) })
  if (q.compoundIds) and.push({ compoundId: { $in: q.compoundIds.map((i) => new Types.ObjectId(i)) } })
  if (q.gridCode) and.push({ gridCode: q.gridCode })
  if (q.category) and.push({ category: q.category })
  const rows = await RequestModel.find({ $and: and }, { no: 1, compoundId: 1, gridCode: 1, category: 1, status: 1, urgent: 1, summary: 1, createdAt: 1, deadline: 1, responseDeadline: 1, acceptedAt: 1, resolvedAt: 1, rating: 1 })
    .limit(100_000)
    .lean()
  return rows.map((d) => ({
    no: d.no,
    compoundId: String(d.compoundId),
    ...(d.gridCode ? { gridCode: d.gridCode } : {}),
    category: d.category as StatsRow['category'],
    status: d.status as StatsRow['status'],
    urgent: Boolean(d.urgent),
    summary: d.summary,
    createdAt: d.createdAt,
    deadline: d.deadline,
    ...(d.responseDeadline ? { responseDeadline: d.responseDeadline } : {}),
    ...(d.acceptedAt ? { acceptedAt: d.acceptedAt } : {}),
    ...(d.resolvedAt ? { resolvedAt: d.resolvedAt } : {}),
    ...(d.rating?.score ? { rating: { score: d.rating.score } } : {}),
  }))
}

/** Public (Open311) view of requests: no personal data. */
export async function findPublicRequests(q: { from?: Date; to?: Date; status?: string[]; category?: string; limit: number; no?: number }): Promise<RequestRecord[]> {
  const f: Record<string, unknown> = { private: { $ne: true }, kind: { $ne: 'consultation' } }
  if (q.no) f.no = q.no
  if (q.status) f.status = { $in: q.status }
  if (q.category) f.category = q.category
  if (q.from || q.to) f.createdAt = { ...(q.from ? { $gte: q.from } : {}), ...(q.to ? { $lt: q.to } : {}) }
  return (await RequestModel.find(f, { reporters: 0, messages: 0 }).sort({ createdAt: -1 }).limit(q.limit).lean()).map(toRequestRecord)
}
