import { createHash } from 'node:crypto'
import { Types } from 'mongoose'
import { DEFAULT_TIME_LIMIT_POLICY, type TimeLimitPolicy } from '../domain/calendar/time-limits'
import type { KeyedLock } from '../lib/keyed-lock'
import type { RequestCategory } from '../domain/requests/categories'
import type { RequestStatus } from '../domain/requests/lifecycle'
import type { StatsRow } from '../domain/stats/request-stats'
import type { PublicQuery, StatsQuery } from '../domain/requests/request-index'
import type { RequestRepo, RequestServiceDeps } from '../domain/requests/request.service'
import type { OutgoingRelay, RequestPatch, RequestRecord, TimelineEntry } from '../domain/requests/types'
import { nextSequence } from './counter.model'
import { coversStatuses, countIndexedRequests, indexedPublicIds, indexedReporterIds, indexedStatsRows, listIndexedRequests, openCandidates, openListRecord, openRequestDocsWhere, openRequestsOfReporter, setRequestRecordMapper } from './request-index'
import { RequestModel, requestDoc } from './request.model'
import { notifyWrite } from './write-hooks'
import { contextBeforeReport, resumeRoomWatches, rowOfMessage, watchRoomAfterReport, WATCH_MS } from './room-context'
import { readSetting, writeSetting } from './setting.model'
import { cachedCompoundRouting, cachedWorkerRef } from './roster-cache'

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

/** Maps a lean request document to the domain's plain record (string ids); `timeline: false` leaves the timeline empty (lists). */
export function toRequestRecord(d: any, opts: { timeline?: boolean } = {}): RequestRecord {
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
    timeline: opts.timeline === false ? [] : (d.timeline ?? []).map((e: any) => clean({ ...e, actor: clean({ ...e.actor }) })),
    linkedRowIds: d.linkedRowIds?.map(String),
    contextRowIds: d.contextRowIds?.map(String),
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
  }) as RequestRecord
}
setRequestRecordMapper(toRequestRecord)

/**
 * The lean documents of the requests with these ids, in the order of `ids` (missing ones left out): one `_id $in`
 * query, for ids chosen in the request index.
 */
export async function findRequestDocsInOrder(ids: readonly string[], opts: { projection?: Record<string, 0> } = {}): Promise<Record<string, any>[]> {
  const valid = ids.filter((id) => Types.ObjectId.isValid(id))
  if (!valid.length) return []
  const byId = new Map<string, Record<string, any>>()
  for (const d of await RequestModel.find({ _id: { $in: valid.map((id) => new Types.ObjectId(id)) } }, opts.projection).lean()) byId.set(String(d._id), d)
  return ids.flatMap((id) => (byId.has(id) ? [byId.get(id) as Record<string, any>] : []))
}

/**
 * At start-up: watches again the rooms of open requests reported in a group less than WATCH_MS ago, so the messages
 * after their reports that a killed process never saved are still collected (models/room-context.ts). The open
 * requests come from the request index; their context fields, which the index does not keep, in one `_id` look-up.
 */
export async function resumeRoomContext(now = Date.now()): Promise<number> {
  const since = now - WATCH_MS
  const recent = await openRequestDocsWhere((d) => d.source === 'group' && typeof d.roomId === 'string' && (d.createdAt as Date).getTime() > since, 2000)
  if (!recent.length) return 0
  const docs = await findRequestDocsInOrder(recent.map((d) => String(d._id)))
  return resumeRoomWatches(
    docs.map((d) => ({ id: d._id, roomId: d.roomId, createdAt: d.createdAt, contextRowIds: d.contextRowIds ?? [], reportRowId: d.linkedRowIds?.[0] })),
    now,
  )
}

/** The request repository over mongoose (implements the domain's {@link RequestRepo}). */
export const requestRepo: RequestRepo = {
  async insert(doc) {
    const _id = requestIdOf(doc.no)
    const fromRoom = doc.source === 'group' ? doc.roomId : undefined
    // The row of the message it was made from (the bot's report); later rows are added as they are written.
    const reportRow = rowOfMessage(doc.messages[0]?.messageId)
    // Built and inserted without a mongoose document (requestDoc), so the request index is told as the hooks would.
    const startedAt = Date.now()
    const stored = requestDoc({ ...doc, _id, linkedRowIds: reportRow ? [reportRow] : [], contextRowIds: contextBeforeReport(fromRoom) }, new Date())
    await notifyWrite('Request', { phase: 'before' })
    await RequestModel.collection.insertOne(stored)
    await notifyWrite('Request', { phase: 'after', ids: [_id], inserted: { doc: () => stored, startedAt } })
    watchRoomAfterReport(fromRoom, _id)
    return toRequestRecord(stored)
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
  // Open requests are answered from memory (models/request-index.ts): on the embedded database each of
  // these queries read every request ever made, for every report and follow-up.
  async findOpenCandidates(compoundId: string, category: RequestCategory, since: Date) {
    return openCandidates(compoundId, category, since)
  },
  async findByReporter(contactId: string, statuses?: readonly RequestStatus[], limit = 10) {
    if (coversStatuses(statuses)) return openRequestsOfReporter(contactId, statuses, limit)
    // Chosen in the request index (a bare "5" rating looks here), then read by `_id`.
    const docs = await findRequestDocsInOrder(await indexedReporterIds(contactId, statuses, limit))
    return docs.map((d) => toRequestRecord(d))
  },
  // The list and its counts are answered from the in-memory index (models/request-index.ts). The page's open
  // requests are in memory too; the others are read by `_id` (the embedded database spends about 1 ms of CPU
  // decoding one request).
  async list(q) {
    const { items, total } = await listIndexedRequests(q)
    const ids = items.map((e) => e.id)
    const records = new Map<string, RequestRecord>()
    for (const id of ids) {
      const r = openListRecord(id)
      if (r) records.set(id, r)
    }
    // A list shows no timeline.
    const others = ids.filter((id) => !records.has(id))
    for (const d of await findRequestDocsInOrder(others, { projection: { timeline: 0 } })) records.set(String(d._id), toRequestRecord(d, { timeline: false }))
    return { items: ids.flatMap((id) => records.get(id) ?? []), total }
  },
  async countByStatus(q) {
    return countIndexedRequests(q)
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
    // From the roster copy: a report needs both, and each was a database read.
    findCompound: cachedCompoundRouting,
    findUser: cachedWorkerRef,
    getPolicy: getTimeLimitPolicy,
    enqueue: opts.enqueue,
    tz: opts.tz,
  }
}

/** Projected rows for the statistics (created in [from, to), or resolved in it), from the in-memory index. */
export function findStatsRows(q: StatsQuery): Promise<StatsRow[]> {
  return indexedStatsRows(q)
}

/**
 * Public (Open311) view of requests, newest first: no personal data, never private requests or consultations.
 * Selected in the request index (the endpoint is unauthenticated: a query reading every request would be an
 * easy way to load the embedded database), then read by `_id`.
 */
export async function findPublicRequests(q: PublicQuery): Promise<RequestRecord[]> {
  const docs = await findRequestDocsInOrder(await indexedPublicIds(q), { projection: { reporters: 0, messages: 0 } })
  // A request made private since the index last saw it stays out.
  return docs.filter((d) => !d.private && d.kind !== 'consultation').map((d) => toRequestRecord(d))
}
