import mongoose, { Types } from 'mongoose'
import type { RequestCategory } from '../domain/requests/categories'
import { OPEN_STATUSES, type RequestStatus } from '../domain/requests/lifecycle'
import { compareBy, countEntries, pageOfEntries, publicEntries, requestFilter, searchTextOf, reporterEntries, statsRowsOf, unratedEntries, weekCountsOf, type PublicQuery, type RequestIndexEntry, type StatsQuery, type WeekCounts } from '../domain/requests/request-index'
import type { RequestCountQuery, RequestCounts, RequestListQuery } from '../domain/requests/request.service'
import type { RequestRecord } from '../domain/requests/types'
import type { StatsRow } from '../domain/stats/request-stats'
import { RequestModel } from './request.model'
import { cacheReloadMs } from './cache-settings'
import { onWrites } from './write-hooks'

/*
 * Every request in memory, in two shapes:
 * - a compact entry of each request (domain/requests/request-index.ts) for the console's list, its per-status
 *   counts and the statistics;
 * - the whole document of each open request (new, accepted, in progress, reopened), for what the bot asks on
 *   every report and follow-up: "is this matter already open in the compound?" and "what has this resident
 *   got open?".
 * FerretDB v1 (the embedded SQLite database) uses no index but `_id`, so each of those queries read and decoded
 * every request ever made (47 s for one page of the list at 100,000 requests).
 *
 * Every write through mongoose in this process keeps the copy exact: after it, the written requests are read
 * back by `_id` (an index look-up) and replace their entries (models/write-hooks.ts); a write the copy cannot
 * follow (a filter without `_id`) makes the next reader wait for a full reload. Writes by other processes are
 * picked up by the reload every `CACHE_RELOAD_S` (models/cache-settings.ts).
 */

type Lean = Record<string, any>
/** The latest known state of a request: its entry (null when gone) and its document when open. */
interface Known {
  entry: RequestIndexEntry | null
  open: Lean | null
  /** The open request as a list shows it (no timeline), mapped on first use; shared, so read-only. */
  listRecord?: RequestRecord
  /** When the read that found this state began. */
  readAt: number
}

let toRecord: (d: Lean, opts?: { timeline?: boolean }) => RequestRecord = () => {
  throw new Error('request index used before models/request.repo.ts was loaded')
}
let known = new Map<string, Known>()
let scope: string | undefined
/** The scope of the last complete load: until one completes, readers wait (a load fills the map as it streams). */
let loadedScope: string | undefined
let loadedAt = 0
let stale = true
let loading: Promise<void> | undefined
/** Bumped on every change of an entry: sorted copies of an older version are rebuilt. */
let version = 0
const sorted = new Map<string, { version: number; entries: RequestIndexEntry[] }>()

const isOpen = (d: Lean) => OPEN_STATUSES.includes(d.status as RequestStatus)
const ms = (d: unknown) => (d instanceof Date ? d.getTime() : undefined)
/** One string per compound id, shared by the entries (100,000 entries name some 50 compounds). */
const interned = new Map<string, string>()
const intern = (s: string) => interned.get(s) ?? (interned.set(s, s), s)

/** Sets the document-to-record mapping (models/request.repo.ts `toRequestRecord`), avoiding an import cycle. */
export function setRequestRecordMapper(mapper: (d: Lean, opts?: { timeline?: boolean }) => RequestRecord): void {
  toRecord = mapper
}

/**
 * The compact entry of a request document. Every entry has every field, in one order (absent ones undefined),
 * so that the list's scan of 100,000 entries meets one object shape.
 */
function indexEntryOf(d: Lean): RequestIndexEntry {
  return {
    id: String(d._id),
    kind: d.kind === 'consultation' ? 'consultation' : 'request',
    private: Boolean(d.private),
    reporterIds: (d.reporters ?? []).flatMap((r: Lean) => (r.contactId ? [intern(r.contactId)] : [])),
    no: d.no,
    compoundId: intern(String(d.compoundId)),
    gridCode: d.gridCode ? intern(d.gridCode) : undefined,
    category: d.category,
    status: d.status,
    urgent: Boolean(d.urgent),
    ownerId: d.ownerId ? intern(String(d.ownerId)) : undefined,
    summary: d.summary ?? '',
    searchText: searchTextOf(d.summary ?? '', (d.messages ?? []).map((m: Lean) => m.text ?? '')),
    createdAt: ms(d.createdAt) ?? 0,
    deadline: ms(d.deadline) ?? 0,
    responseDeadline: ms(d.responseDeadline),
    acceptedAt: ms(d.acceptedAt),
    resolvedAt: ms(d.resolvedAt),
    ratingScore: d.rating?.score || undefined,
    ratedAt: d.rating?.score ? ms(d.rating.at) : undefined,
    ratingAskedAt: ms(d.ratingAskedAt),
    ratingReaskedAt: ms(d.ratingReaskedAt),
  }
}

/**
 * Takes the state of a request read from the database by a read that began at `at` (null: gone), unless a read
 * that began later is known: a reload that began before a write must not undo what the write's read-back found.
 */
function remember(id: string, doc: Lean | null, at: number): void {
  const current = known.get(id)
  if (current && current.readAt > at) return
  // Not kept: they change without the copy being told (see UNTRACKED); readers of links go to the database.
  if (doc) for (const f of UNTRACKED) delete doc[f]
  setKnown(id, { entry: doc ? indexEntryOf(doc) : null, open: doc && isOpen(doc) ? doc : null, readAt: at })
  version++
}

/**
 * The open requests' ids by compound and by reporter's contact id, kept with `known`: the similar-request check
 * of every report and a follow-up's "my requests" look at a handful of requests, not at every open one.
 */
const openByCompound = new Map<string, Set<string>>()
const openByReporter = new Map<string, Set<string>>()

function indexOpen(map: Map<string, Set<string>>, key: string, id: string, add: boolean): void {
  const ids = map.get(key)
  if (add) {
    if (ids) ids.add(id)
    else map.set(key, new Set([id]))
  } else if (ids) {
    ids.delete(id)
    if (!ids.size) map.delete(key)
  }
}

/** Sets a request's state in `known`, moving it in the indexes of open requests. */
function setKnown(id: string, next: Known): void {
  for (const [k, add] of [[known.get(id), false], [next, true]] as const) {
    if (!k?.open || !k.entry) continue
    indexOpen(openByCompound, k.entry.compoundId, id, add)
    for (const contactId of k.entry.reporterIds) indexOpen(openByReporter, contactId, id, add)
  }
  known.set(id, next)
}

async function load(): Promise<void> {
  const startedAt = Date.now()
  const dbScope = mongoose.connection.name ?? ''
  const loaded = new Set<string>()
  const fresh = dbScope !== scope ? new Map<string, Known>() : undefined
  if (fresh) {
    known = fresh
    openByCompound.clear()
    openByReporter.clear()
    scope = dbScope
    version++
  }
  // A cursor, so that 100,000 requests pass through memory a batch at a time.
  for await (const d of RequestModel.find({}).lean().cursor({ batchSize: 1000 })) {
    const id = String(d._id)
    loaded.add(id)
    remember(id, d, startedAt)
  }
  // A request known but not loaded was deleted before the load began (unless written since).
  for (const [id, k] of known) if (!loaded.has(id) && k.entry && k.readAt < startedAt) setKnown(id, { entry: null, open: null, readAt: startedAt })
  version++
  loadedAt = Date.now()
  loadedScope = dbScope
}

function startLoad(): Promise<void> {
  if (loading) return loading
  stale = false
  const promise = load()
    .catch((err: unknown) => {
      stale = true
      throw err
    })
    .finally(() => {
      loading = undefined
    })
  loading = promise
  return promise
}

/** Waits until the copy is current for this process (loading it when stale) and starts a background reload when old. */
async function ready(): Promise<void> {
  if ((mongoose.connection.name ?? '') !== scope) stale = true
  // Wait for a load that started after the copy went stale (a load already running may have started before).
  while (stale || loadedScope !== scope) await startLoad()
  if (Date.now() - loadedAt > cacheReloadMs()) startLoad().catch(() => undefined)
}

/** Makes the next reader wait for a full reload (after writes that bypassed mongoose's models, e.g. a script's). */
export function reloadRequestIndex(): void {
  stale = true
}

/** Loads the copy now (at start-up), so that the first reader does not wait for it. */
export async function warmRequestIndex(): Promise<void> {
  await ready()
}

function* entries(): Generator<RequestIndexEntry> {
  for (const k of known.values()) if (k.entry) yield k.entry
}

/** The entries in the order `sort`, all of them or one compound's (a list is usually of one compound). */
function sortedEntries(sort: NonNullable<RequestListQuery['sort']>, compoundId?: string): RequestIndexEntry[] {
  const key = `${sort}:${compoundId ?? '*'}`
  const cached = sorted.get(key)
  if (cached && cached.version === version) return cached.entries
  if (cached || sorted.size > 1000) sorted.clear()
  if (!compoundId) {
    const list = [...entries()].sort(compareBy(sort))
    sorted.set(key, { version, entries: list })
    return list
  }
  // Every compound's share in one pass over the whole order (a list of each compound follows soon after the
  // first, and 50 filters of 100,000 entries cost a second).
  const byCompound = new Map<string, RequestIndexEntry[]>()
  for (const e of sortedEntries(sort)) {
    const share = byCompound.get(e.compoundId)
    if (share) share.push(e)
    else byCompound.set(e.compoundId, [e])
  }
  for (const [id, share] of byCompound) sorted.set(`${sort}:${id}`, { version, entries: share })
  return byCompound.get(compoundId) ?? []
}

/** Entries matching a list's filters, kept until the next change (the console asks the same list every few seconds). */
const matching = new Map<string, { version: number; entries: RequestIndexEntry[] }>()

/** One page of the requests matching `q` (as entries, in order) and how many match. */
export async function listIndexedRequests(q: RequestListQuery): Promise<{ items: RequestIndexEntry[]; total: number }> {
  await ready()
  const ordered = sortedEntries(q.sort ?? '-createdAt', q.compoundId)
  // `overdue` depends on the time of the request, so those lists are not kept.
  if (q.overdue !== undefined) return pageOfEntries(ordered, q)
  const { page, pageSize, now: _now, ...filters } = q
  const key = JSON.stringify(filters)
  let hit = matching.get(key)
  if (!hit || hit.version !== version) {
    if (matching.size >= 500) matching.clear()
    hit = { version, entries: ordered.filter(requestFilter(q)) }
    matching.set(key, hit)
  }
  return { items: hit.entries.slice((page - 1) * pageSize, page * pageSize), total: hit.entries.length }
}

/** Ids of the requests `contactId` reported, newest first, in `statuses` (any when undefined), at most `limit`. */
export async function indexedReporterIds(contactId: string, statuses: readonly string[] | undefined, limit: number): Promise<string[]> {
  await ready()
  return reporterEntries(sortedEntries('-createdAt'), contactId, statuses, limit).map((e) => e.id)
}

/** Ids of the requests the public view shows for `q`, newest first. */
export async function indexedPublicIds(q: PublicQuery): Promise<string[]> {
  await ready()
  return publicEntries(sortedEntries('-createdAt'), q).map((e) => e.id)
}

/** A compound's weekly-report figures. */
export async function indexedWeekCounts(compoundId: string, from: Date, to: Date, now: Date): Promise<WeekCounts> {
  await ready()
  return weekCountsOf(sortedEntries('createdAt', compoundId), compoundId, from, to, now)
}

/** Ids of the resolved, unrated requests the time-limit job asks again (see `unratedEntries`). */
export async function indexedUnratedIds(askedBefore: Date, limit: number): Promise<string[]> {
  await ready()
  return unratedEntries(entries(), askedBefore, limit).map((e) => e.id)
}

/** The documents of the open requests that `keep` accepts, at most `limit` (the time-limit job's queries). */
export async function openRequestDocsWhere(keep: (d: Lean) => boolean, limit: number): Promise<Lean[]> {
  const out: Lean[] = []
  for (const d of await openDocs()) {
    if (out.length >= limit) break
    if (keep(d)) out.push(d)
  }
  return out
}

/**
 * An open request as a list shows it (`toRequestRecord` without the timeline), mapped once per state of the
 * request and shared between lists: callers must not change it. Undefined when the request is not open here.
 */
export function openListRecord(id: string): RequestRecord | undefined {
  const k = known.get(id)
  if (!k?.open) return undefined
  return (k.listRecord ??= toRecord(k.open, { timeline: false }))
}

/** Per-status counts of the requests matching `q`. */
export async function countIndexedRequests(q: RequestCountQuery): Promise<RequestCounts> {
  await ready()
  return countEntries(entries(), q)
}

/** The statistics' rows of the requests in the period and scope of `q`. */
export async function indexedStatsRows(q: StatsQuery): Promise<StatsRow[]> {
  await ready()
  // Requests resolved in the period may have been made long before it: those read every entry.
  if (q.includeResolvedInPeriod) return statsRowsOf(entries(), q)
  const byCreation = sortedEntries('createdAt', q.compoundId)
  return statsRowsOf(byCreation.slice(firstAtOrAfter(byCreation, q.from.getTime()), firstAtOrAfter(byCreation, q.to.getTime())), q)
}

/** The index of the first entry created at or after `t` in entries sorted by creation (binary search). */
function firstAtOrAfter(byCreation: readonly RequestIndexEntry[], t: number): number {
  let lo = 0
  let hi = byCreation.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (byCreation[mid].createdAt < t) lo = mid + 1
    else hi = mid
  }
  return lo
}

async function openDocs(): Promise<Lean[]> {
  await ready()
  const out: Lean[] = []
  for (const k of known.values()) if (k.open) out.push(k.open)
  return out
}

const newestFirst = (a: Lean, b: Lean) => (b.createdAt as Date).getTime() - (a.createdAt as Date).getTime()

/** The documents of the open requests with these ids (ids of the open-request indexes). */
function openDocsOf(ids: Iterable<string> | undefined): Lean[] {
  const out: Lean[] = []
  for (const id of ids ?? []) {
    const d = known.get(id)?.open
    if (d) out.push(d)
  }
  return out
}

/** Open requests of a compound in a category (or second category) created since `since`, newest first, at most 50. */
export async function openCandidates(compoundId: string, category: RequestCategory, since: Date): Promise<RequestRecord[]> {
  await ready()
  const docs = openDocsOf(openByCompound.get(compoundId)).filter((d) => (d.createdAt as Date).getTime() >= since.getTime() && (d.category === category || d.categoryAlt === category))
  return docs.sort(newestFirst).slice(0, 50).map((d) => toRecord(d))
}

/** Open requests (in `statuses`, all open ones) a contact reported, newest first. */
export async function openRequestsOfReporter(contactId: string, statuses: readonly RequestStatus[], limit: number): Promise<RequestRecord[]> {
  await ready()
  const docs = openDocsOf(openByReporter.get(contactId)).filter((d) => statuses.includes(d.status))
  return docs.sort(newestFirst).slice(0, limit).map((d) => toRecord(d))
}

/** True when the copy answers for these statuses (all of them open ones). */
export function coversStatuses(statuses: readonly RequestStatus[] | undefined): statuses is readonly RequestStatus[] {
  return Boolean(statuses && statuses.length && statuses.every((s) => OPEN_STATUSES.includes(s)))
}

/** Reads the written requests back by `_id` and takes their new state. */
async function refresh(ids: unknown[]): Promise<void> {
  if (stale || scope === undefined) return
  const valid = ids.map(String).filter((id) => Types.ObjectId.isValid(id))
  if (!valid.length) return
  const at = Date.now()
  const docs = await RequestModel.find({ _id: { $in: valid.map((id) => new Types.ObjectId(id)) } }).lean()
  const byId = new Map(docs.map((d) => [String(d._id), d]))
  for (const id of valid) {
    const d = byId.get(id)
    remember(id, d ?? null, at)
  }
}

/** Fields the copy does not keep (models/message.repo.ts and models/room-context.ts add to them often). */
const UNTRACKED = ['linkedRowIds', 'contextRowIds']

/** True when an update only adds to untracked fields, so no entry or open document changes. */
function onlyUntracked(update: Record<string, unknown> | undefined): boolean {
  if (!update) return false
  const keys = Object.keys(update)
  return keys.length > 0 && keys.every((op) => ['$push', '$addToSet'].includes(op) && Object.keys(update[op] as object).every((f) => UNTRACKED.includes(f)))
}

onWrites('Request', async (event) => {
  if (event.phase !== 'after') return
  if (onlyUntracked(event.update)) return
  // A new request is taken as it was written (no read-back): a read that began after the insert still wins.
  if (event.inserted && !stale && scope !== undefined) {
    const doc = event.inserted.doc()
    remember(String(doc._id), doc, event.inserted.startedAt)
  }
  else if (event.ids) await refresh(event.ids)
  else stale = true
})
