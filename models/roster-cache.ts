import type { GreetingCandidate } from '../domain/greetings/greetings.service'
import type { GroupView, ResidentView } from '../domain/intake/ports'
import type { CompoundRouting, WorkerRef } from '../domain/requests/types'
import { SnapshotCache } from '../lib/snapshot-cache'
import { CompoundModel } from './compound.model'
import { toCompoundView, type CompoundView } from './compound.repo'
import { GroupModel } from './group.model'
import { ResidentModel } from './resident.model'
import { UserModel } from './user.model'
import { toGroupView } from './group.repo'
import { toUserView, toWorkerRef, type UserView } from './user.repo'
import { copyById, COPY_OPTIONS } from './collection-copy'
import { onWrites } from './write-hooks'

/*
 * The roster as the bot reads it on every message — who a WeChat id belongs to, which compound a room serves —
 * and as the daily greeting job reads it (whose birthday is today), kept in memory. FerretDB v1 (the embedded
 * SQLite database) uses no index but `_id` for a lookup: `findOne({ wechatId })` read every resident, and
 * `findOne({ roomId })` every group, for each message, and the greeting query read all residents.
 * Writes through mongoose in this process invalidate the copy at once (models/write-hooks.ts); writes by
 * another process are seen after `CACHE_RELOAD_S` (models/cache-settings.ts; 5 min by default: a reload reads
 * every resident, about 20 s of database time for 100,000 on the embedded database), when the copy is reloaded in the background, and a copy
 * older than COPY_MAX_STALE_MS (nobody read it for a while; models/collection-copy.ts) is reloaded before it is used.
 */

/** Adds `value` under `key` unless an earlier row has it: the first row in natural order wins, as `findOne` does. */
function firstWins<V>(map: Map<string, V>, key: string | null | undefined, value: V): void {
  if (key && !map.has(key)) map.set(key, value)
}

type LeanResident = Record<string, any>

/** A resident as the greeting job reads them (as `findGreetingCandidates` always returned them). */
export function toGreetingCandidate(r: LeanResident): GreetingCandidate {
  const b = r.birthday
  return {
    id: String(r._id),
    name: r.name,
    ...(r.wechatId ? { wechatId: r.wechatId } : {}),
    compoundId: String(r.compoundId),
    birthday: b ? { calendar: b.calendar, month: b.month, day: b.day, ...(b.year ? { year: b.year } : {}), ...(b.isLeapMonth ? { isLeapMonth: true } : {}) } : undefined,
    partyMember: Boolean(r.partyMember),
    ...(r.partyJoinDate ? { partyJoinDate: r.partyJoinDate } : {}),
    consent: { greetings: Boolean(r.consent?.greetings) },
    greetingChannel: r.greetingChannel === 'direct' ? 'direct' : 'group',
  }
}

/** The residents' copy: by WeChat id for the bot, and the consenting ones by birthday and party-join key for greetings. */
interface ResidentRoster {
  byWechatId: Map<string, ResidentView>
  byBirthdayKey: Map<string, GreetingCandidate[]>
  byPartyJoinKey: Map<string, GreetingCandidate[]>
  /** Natural (insertion) order of each candidate, so results keep the order a query would give. */
  order: Map<string, number>
}

const residents = new SnapshotCache<ResidentRoster>(
  async () => {
    const roster: ResidentRoster = { byWechatId: new Map(), byBirthdayKey: new Map(), byPartyJoinKey: new Map(), order: new Map() }
    const add = (map: Map<string, GreetingCandidate[]>, key: string, c: GreetingCandidate) => {
      const list = map.get(key)
      if (list) list.push(c)
      else map.set(key, [c])
    }
    const rows = await ResidentModel.find(
      { active: { $ne: false } },
      { name: 1, wechatId: 1, compoundId: 1, gridCode: 1, birthday: 1, birthdayKey: 1, partyMember: 1, partyJoinDate: 1, partyJoinKey: 1, consent: 1, greetingChannel: 1, active: 1 },
    ).lean()
    for (const d of rows) {
      firstWins(roster.byWechatId, d.wechatId, { id: String(d._id), name: d.name, compoundId: String(d.compoundId), ...(d.gridCode ? { gridCode: d.gridCode } : {}) })
      if (d.active !== true || d.consent?.greetings !== true) continue
      const candidate = toGreetingCandidate(d)
      roster.order.set(candidate.id, roster.order.size)
      if (d.birthdayKey) add(roster.byBirthdayKey, d.birthdayKey, candidate)
      if (d.partyMember === true && d.partyJoinKey) add(roster.byPartyJoinKey, d.partyJoinKey, candidate)
    }
    return roster
  },
  COPY_OPTIONS,
)

const workers = new SnapshotCache(
  async () => {
    const map = new Map<string, WorkerRef>()
    const rows = await UserModel.find({ active: { $ne: false }, wechatId: { $exists: true, $ne: null } }).lean()
    for (const d of rows) firstWins(map, d.wechatId, toWorkerRef(toUserView(d)))
    return map
  },
  COPY_OPTIONS,
)

const groups = new SnapshotCache(
  async () => {
    const map = new Map<string, GroupView>()
    for (const d of await GroupModel.find({}).lean()) firstWins(map, d.roomId, toGroupView(d))
    return map
  },
  COPY_OPTIONS,
)

onWrites('Resident', () => residents.invalidate())
onWrites('User', () => workers.invalidate())
onWrites('Group', () => groups.invalidate())

/*
 * Every user (workers and admins, active or not) by id, for the API's authentication, which looks the user up
 * on every request (a few dozen to a few hundred users; each look-up cost the embedded database about 1 ms).
 */
const usersById = copyById<UserView>('User', UserModel, toUserView)

/*
 * Every compound by id (a street office has tens to a few hundred): each new request is routed by its compound's
 * grids and duty worker.
 */
const compounds = copyById<CompoundView>('Compound', CompoundModel, toCompoundView)

/** What the request service needs to route a new request in a compound (from the copy), or null. */
export async function cachedCompoundRouting(id: string): Promise<CompoundRouting | null> {
  const c = (await compounds.get()).get(id)
  return c ? { id: c.id, name: c.name, grids: c.grids, dutyWorkerId: c.dutyWorkerId } : null
}

/** A worker or admin by user id as the request service sees them (from the copy), or null. */
export async function cachedWorkerRef(id: string): Promise<WorkerRef | null> {
  const u = await cachedUserById(id)
  return u ? toWorkerRef(u) : null
}

/**
 * A user by id from the copy, or null. A write through this process (deactivation, new compounds) is seen
 * by the next request; one made by another process within `CACHE_RELOAD_S`.
 */
export async function cachedUserById(id: string): Promise<UserView | null> {
  return (await usersById.get()).get(id) ?? null
}

/** The active resident with this WeChat id, from the roster copy, or null. */
export async function cachedResidentByWechatId(contactId: string): Promise<ResidentView | null> {
  return (await residents.get()).byWechatId.get(contactId) ?? null
}

/**
 * Active residents who consented to greetings and whose birthdayKey (or, for Party members, partyJoinKey) is one
 * of the keys — what `findGreetingCandidates` selected with a query over every resident.
 */
export async function cachedGreetingCandidates(birthdayKeys: string[], partyJoinKeys: string[]): Promise<GreetingCandidate[]> {
  const roster = await residents.get()
  const byId = new Map<string, GreetingCandidate>()
  for (const key of birthdayKeys) for (const c of roster.byBirthdayKey.get(key) ?? []) byId.set(c.id, c)
  for (const key of partyJoinKeys) for (const c of roster.byPartyJoinKey.get(key) ?? []) byId.set(c.id, c)
  return [...byId.values()].sort((a, b) => (roster.order.get(a.id) ?? 0) - (roster.order.get(b.id) ?? 0))
}

/** The active worker or admin with this WeChat id, from the roster copy, or null. */
export async function cachedWorkerByWechatId(contactId: string): Promise<WorkerRef | null> {
  return (await workers.get()).get(contactId) ?? null
}

/** The group of a WeChat room, from the roster copy, or null when the room has no row (yet). */
export async function cachedGroupByRoomId(roomId: string): Promise<GroupView | null> {
  return (await groups.get()).get(roomId) ?? null
}
