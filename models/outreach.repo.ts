import { Types } from 'mongoose'
import type { Birthday } from '../domain/greetings/birthdays'
import type { GreetingCandidate } from '../domain/greetings/greetings.service'
import type { PushResident, PushTopic } from '../domain/notices/policy-push.service'
import type { CompoundWeekStats } from '../domain/reports/weekly-report'
import type { Recipient, ReminderField, TimedRequest } from '../domain/reminders/time-limits.service'
import type { KeyedLock } from '../lib/keyed-lock'
import { CompoundModel } from './compound.model'
import { FaqModel } from './faq.model'
import { GroupModel } from './group.model'
import { RequestModel } from './request.model'
import { ResidentModel } from './resident.model'
import { UserModel } from './user.model'
import { cachedGreetingCandidates } from './roster-cache'
import { indexedUnratedIds, indexedWeekCounts, openRequestDocsWhere } from './request-index'
import { findRequestDocsInOrder } from './request.repo'

/*
 * Read queries (and the reminder stamps) of the jobs that reach residents and workers on their own:
 * greetings, policy pushes, time-limit reminders and the weekly report.
 */

type Lean = Record<string, any>

function toBirthday(b: Lean | undefined | null): Birthday | undefined {
  if (!b) return undefined
  return { calendar: b.calendar, month: b.month, day: b.day, ...(b.year ? { year: b.year } : {}), ...(b.isLeapMonth ? { isLeapMonth: true } : {}) }
}

/**
 * Greeting candidates: active, consenting residents whose birthdayKey or partyJoinKey is one of the keys, read from
 * the in-memory roster (models/roster-cache.ts): the embedded database would read every resident for this query.
 */
export async function findGreetingCandidates(birthdayKeys: string[], partyJoinKeys: string[]): Promise<GreetingCandidate[]> {
  return cachedGreetingCandidates(birthdayKeys, partyJoinKeys)
}

/** The (first) active residents' group bound to a compound. */
export async function findResidentsGroup(compoundId: string): Promise<{ roomId: string; topic?: string } | null> {
  const g = await GroupModel.findOne({ compoundId: new Types.ObjectId(compoundId), kind: 'residents', active: true }).sort({ createdAt: 1 }).lean()
  return g ? { roomId: g.roomId, ...(g.topic ? { topic: g.topic } : {}) } : null
}

function toPushResident(r: Lean): PushResident {
  return {
    id: String(r._id),
    name: r.name,
    ...(r.wechatId ? { wechatId: r.wechatId } : {}),
    compoundId: String(r.compoundId),
    birthday: toBirthday(r.birthday),
    consentPushes: Boolean(r.consent?.pushes),
  }
}

function toPushTopic(f: Lean): PushTopic {
  return { topic: f.topic, title: f.title, answer: f.answer, revision: f.revision ?? 1, pushTags: f.pushTags ?? [] }
}

/** The push jobs' queries. */
export const pushQueries = {
  async findTopic(topic: string): Promise<PushTopic | null> {
    const f = await FaqModel.findOne({ topic, active: true }).lean()
    return f ? toPushTopic(f) : null
  },
  async listPushTopics(): Promise<PushTopic[]> {
    const rows = await FaqModel.find({ active: true, 'pushTags.0': { $exists: true } }).lean()
    return rows.map(toPushTopic)
  },
  async findResidentsBornIn(years: number[]): Promise<PushResident[]> {
    const rows = await ResidentModel.find({ active: true, 'consent.pushes': true, 'birthday.year': { $in: years } }).lean()
    return rows.map(toPushResident)
  },
  async findResidentsWithTags(tags: string[]): Promise<PushResident[]> {
    const rows = await ResidentModel.find({ active: true, 'consent.pushes': true, tags: { $in: tags } }).lean()
    return rows.map(toPushResident)
  },
}

async function compoundNames(ids: string[]): Promise<Map<string, string>> {
  const rows = await CompoundModel.find({ _id: { $in: ids.map((id) => new Types.ObjectId(id)) } }, { name: 1 }).lean()
  return new Map(rows.map((c) => [String(c._id), c.name]))
}

async function toTimedRequests(rows: Lean[]): Promise<TimedRequest[]> {
  const names = await compoundNames([...new Set(rows.map((r) => String(r.compoundId)))])
  return rows.map((r) => ({
    id: String(r._id),
    no: r.no,
    compoundId: String(r.compoundId),
    ...(names.has(String(r.compoundId)) ? { compoundName: names.get(String(r.compoundId)) } : {}),
    ...(r.gridCode ? { gridCode: r.gridCode } : {}),
    summary: r.summary,
    deadline: r.deadline,
    ...(r.ownerId ? { ownerId: String(r.ownerId) } : {}),
    ...(r.ownerName ? { ownerName: r.ownerName } : {}),
    private: Boolean(r.private),
    reporters: (r.reporters ?? []).map((p: Lean) => ({ contactId: p.contactId, roomId: p.roomId, name: p.name })),
  }))
}

const TIMELINE_TYPE: Record<ReminderField, 'reminded' | 'overdue' | 'rating_asked'> = {
  reminderSentAt: 'reminded',
  overdueNotifiedAt: 'overdue',
  ratingReaskedAt: 'rating_asked',
}

/**
 * The time-limit job's queries and its one write. Pass the request service's process-wide lock so stamping a
 * request never races a worker's action on it (FerretDB v1 does not apply concurrent updates atomically).
 */
export function createTimeLimitQueries(opts: { lock?: KeyedLock } = {}) {
  return {
    // From the in-memory request index (models/request-index.ts): on the embedded database each of these
    // queries read every request, every five minutes.
    async findDueSoon(now: Date, until: Date): Promise<TimedRequest[]> {
      const t = (d: Date) => d.getTime()
      return toTimedRequests(await openRequestDocsWhere((d) => t(d.deadline) > t(now) && t(d.deadline) <= t(until) && d.reminderSentAt == null, 1000))
    },
    async findOverdue(now: Date): Promise<TimedRequest[]> {
      return toTimedRequests(await openRequestDocsWhere((d) => d.deadline.getTime() < now.getTime() && d.overdueNotifiedAt == null, 1000))
    },
    async findUnrated(askedBefore: Date): Promise<TimedRequest[]> {
      return toTimedRequests(await findRequestDocsInOrder(await indexedUnratedIds(askedBefore, 1000)))
    },
    async findUser(id: string): Promise<Recipient | null> {
      if (!Types.ObjectId.isValid(id)) return null
      const u = await UserModel.findById(id).lean()
      return u && u.active ? { id: String(u._id), name: u.name, ...(u.wechatId ? { wechatId: u.wechatId } : {}) } : null
    },
    async findOverdueRecipients(compoundId: string, gridCode?: string): Promise<Recipient[]> {
      const compound = await CompoundModel.findById(compoundId).lean()
      const leaderId = compound?.grids.find((g) => g.code === gridCode)?.leaderId
      if (leaderId) {
        const leader = await UserModel.findById(leaderId).lean()
        if (leader?.active && leader.wechatId) return [{ id: String(leader._id), name: leader.name, wechatId: leader.wechatId }]
      }
      const admins = await UserModel.find({ role: 'admin', active: true, wechatId: { $nin: [null, ''] } }).lean()
      return admins.map((a) => ({ id: String(a._id), name: a.name, wechatId: a.wechatId as string }))
    },
    async markRequest(id: string, field: ReminderField, at: Date, note: string): Promise<void> {
      const write = async () => {
        await RequestModel.updateOne(
          { _id: id },
          { $set: { [field]: at }, $push: { timeline: { at, actor: { kind: 'system', name: '时限提醒' }, type: TIMELINE_TYPE[field], text: note } } },
        )
      }
      await (opts.lock ? opts.lock.run(`request:${id}`, write) : write())
    },
  }
}

/** The weekly report's queries. */
export const reportQueries = {
  async compoundStats(from: Date, to: Date, now: Date): Promise<CompoundWeekStats[]> {
    const compounds = await CompoundModel.find({ active: true }).sort({ name: 1 }).lean()
    const stats: CompoundWeekStats[] = []
    for (const c of compounds) {
      // From the in-memory request index: five counts per compound read every request on the embedded database.
      const counts = await indexedWeekCounts(String(c._id), from, to, now)
      stats.push({ compoundId: String(c._id), compoundName: c.name, ...counts })
    }
    return stats
  },
  async listWorkerGroups(): Promise<{ roomId: string; topic?: string; compoundId?: string }[]> {
    const rows = await GroupModel.find({ kind: 'workers', active: true }).lean()
    return rows.map((g) => ({ roomId: g.roomId, ...(g.topic ? { topic: g.topic } : {}), ...(g.compoundId ? { compoundId: String(g.compoundId) } : {}) }))
  },
  async listAdminContacts(): Promise<{ id: string; name: string; wechatId: string }[]> {
    const rows = await UserModel.find({ role: 'admin', active: true, wechatId: { $nin: [null, ''] } }).lean()
    return rows.map((a) => ({ id: String(a._id), name: a.name, wechatId: a.wechatId as string }))
  },
}
