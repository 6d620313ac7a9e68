import mongoose, { Types } from 'mongoose'
import type { RequestCategory } from '../domain/requests/categories'
import { OPEN_STATUSES, type RequestStatus } from '../domain/requests/lifecycle'
import type { RequestRecord } from '../domain/requests/types'
import { RequestModel } from './request.model'
import { onWrites } from './write-hooks'

/*
 * The open requests (new, accepted, in progress, reopened) in memory, for what the bot asks on every report and
 * follow-up: "is this matter already open in the compound?" and "what has this resident got open?". FerretDB v1
 * (the embedded SQLite database) uses no index for those queries, so each one read every request ever made.
 *
 * Every write through mongoose in this process keeps the copy exact: after it, the written requests are read
 * back by `_id` (an index look-up) and replace their entries (models/write-hooks.ts);
 * a write the copy cannot follow (a filter without `_id`) makes the next reader wait for a full reload. Writes by
 * other processes are picked up by the reload every OPEN_REQUESTS_MAX_AGE_MS.
 */

/** How old the copy may get before it is reloaded in the background (writes by other processes). */
export const OPEN_REQUESTS_MAX_AGE_MS = 5 * 60_000

type Lean = Record<string, any>
/** The latest known state of a request: its lean document when open, null when not open (or gone). */
interface Known {
  doc: Lean | null
  updatedAt: number
}

let toRecord: (d: Lean) => RequestRecord = () => {
  throw new Error('open-requests cache used before models/request.repo.ts was loaded')
}
let known = new Map<string, Known>()
let scope: string | undefined
let loadedAt = 0
let stale = true
let loading: Promise<void> | undefined

const isOpen = (d: Lean) => OPEN_STATUSES.includes(d.status as RequestStatus)
const stamp = (d: Lean) => (d.updatedAt instanceof Date ? d.updatedAt.getTime() : 0)

/** Sets the document-to-record mapping (models/request.repo.ts `toRequestRecord`), avoiding an import cycle. */
export function setOpenRequestRecordMapper(mapper: (d: Lean) => RequestRecord): void {
  toRecord = mapper
}

/** Takes the state of a request just read from the database, unless a newer one is known. */
function remember(id: string, doc: Lean | null, at: number): void {
  const current = known.get(id)
  if (current && current.updatedAt > at) return
  known.set(id, { doc: doc && isOpen(doc) ? doc : null, updatedAt: at })
}

async function load(): Promise<void> {
  const startedAt = Date.now()
  const dbScope = mongoose.connection.name ?? ''
  const rows = await RequestModel.find({ status: { $in: OPEN_STATUSES } }).lean()
  if (dbScope !== scope) {
    known = new Map()
    scope = dbScope
  }
  const loaded = new Set<string>()
  for (const d of rows) {
    const id = String(d._id)
    loaded.add(id)
    remember(id, d, stamp(d))
  }
  // A request open in the copy but not in the load was closed before the load began (unless written since).
  for (const [id, k] of known) if (!loaded.has(id) && k.doc && k.updatedAt < startedAt) known.set(id, { doc: null, updatedAt: startedAt })
  loadedAt = Date.now()
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

async function openDocs(): Promise<Lean[]> {
  if ((mongoose.connection.name ?? '') !== scope) stale = true
  // Wait for a load that started after the copy went stale (a load already running may have started before).
  while (stale) await startLoad()
  if (Date.now() - loadedAt > OPEN_REQUESTS_MAX_AGE_MS) startLoad().catch(() => undefined)
  const out: Lean[] = []
  for (const k of known.values()) if (k.doc) out.push(k.doc)
  return out
}

const newestFirst = (a: Lean, b: Lean) => (b.createdAt as Date).getTime() - (a.createdAt as Date).getTime()

/** Open requests of a compound in a category (or second category) created since `since`, newest first, at most 50. */
export async function openCandidates(compoundId: string, category: RequestCategory, since: Date): Promise<RequestRecord[]> {
  const docs = (await openDocs()).filter(
    (d) => String(d.compoundId) === compoundId && (d.createdAt as Date).getTime() >= since.getTime() && (d.category === category || d.categoryAlt === category),
  )
  return docs.sort(newestFirst).slice(0, 50).map(toRecord)
}

/** Open requests (in `statuses`, all open ones) a contact reported, newest first. */
export async function openRequestsOfReporter(contactId: string, statuses: readonly RequestStatus[], limit: number): Promise<RequestRecord[]> {
  const docs = (await openDocs()).filter((d) => statuses.includes(d.status) && (d.reporters ?? []).some((r: Lean) => r.contactId === contactId))
  return docs.sort(newestFirst).slice(0, limit).map(toRecord)
}

/** True when the copy answers for these statuses (all of them open ones). */
export function coversStatuses(statuses: readonly RequestStatus[] | undefined): statuses is readonly RequestStatus[] {
  return Boolean(statuses && statuses.length && statuses.every((s) => OPEN_STATUSES.includes(s)))
}

/** Reads the written requests back by `_id` and takes their new state. */
async function refresh(ids: unknown[]): Promise<void> {
  if (stale || scope === undefined) return
  await Promise.all(
    ids.map(async (raw) => {
      const id = String(raw)
      if (!Types.ObjectId.isValid(id)) return
      const at = Date.now()
      const d = await RequestModel.findById(id).lean()
      remember(id, d, d ? Math.max(stamp(d), at) : at)
    }),
  )
}

onWrites('Request', async (event) => {
  if (event.phase !== 'after') return
  if (event.ids) await refresh(event.ids)
  else stale = true
})
