import { Types } from 'mongoose'
import type { CompoundView, DirectoryPort, DutyContact, ResidentView } from '../domain/intake/ports'
import type { WorkerRef } from '../domain/requests/types'
import { CompoundModel } from './compound.model'
import { ResidentModel } from './resident.model'
import { cachedResidentByWechatId, cachedWorkerByWechatId } from './roster-cache'
import { UserModel } from './user.model'
import { toUserView, toWorkerRef } from './user.repo'

/** The active worker or admin with this WeChat contact id, or null (from the roster copy, models/roster-cache.ts). */
export async function findWorkerByWechatId(contactId: string): Promise<WorkerRef | null> {
  return cachedWorkerByWechatId(contactId)
}

/** The active resident with this WeChat contact id, or null (from the roster copy, models/roster-cache.ts). */
export async function findResidentByWechatId(contactId: string): Promise<ResidentView | null> {
  return cachedResidentByWechatId(contactId)
}

/** A compound by exact name or alias, else the only one whose name/alias contains (or is contained in) `name`. */
export async function findCompoundByName(name: string): Promise<CompoundView | null> {
  const q = name.trim()
  if (!q) return null
  const exact = await CompoundModel.findOne({ active: { $ne: false }, $or: [{ name: q }, { aliases: q }] }).lean()
  if (exact) return { id: String(exact._id), name: exact.name }
  const all = await CompoundModel.find({ active: { $ne: false } }, { name: 1, aliases: 1 }).lean()
  const hits = all.filter((c) => [c.name, ...(c.aliases ?? [])].some((n) => n && (q.includes(n) || n.includes(q))))
  return hits.length === 1 ? { id: String(hits[0]._id), name: hits[0].name } : null
}

/** A compound's id and name, or null. */
export async function getCompound(id: string): Promise<CompoundView | null> {
  if (!Types.ObjectId.isValid(id)) return null
  const d = await CompoundModel.findById(id, { name: 1 }).lean()
  return d ? { id: String(d._id), name: d.name } : null
}

/** An active worker by display name or username (those serving `compoundId` first), or null. */
export async function findWorkerByName(name: string, compoundId?: string): Promise<WorkerRef | null> {
  const q = name.trim().replace(/^@/, '')
  if (!q) return null
  const rows = await UserModel.find({ active: { $ne: false }, $or: [{ name: q }, { username: q.toLowerCase() }] }).lean()
  const candidates = rows.length ? rows : (await UserModel.find({ active: { $ne: false } }).lean()).filter((u) => u.name.includes(q) || q.includes(u.name))
  const refs = candidates.map((d) => toWorkerRef(toUserView(d)))
  return refs.find((r) => compoundId && r.compoundIds.includes(compoundId)) ?? (refs.length === 1 ? refs[0] : null)
}

/** The compound's duty worker and the on-duty workers serving it, each with a WeChat id. */
export async function findDutyContacts(compoundId: string): Promise<DutyContact[]> {
  if (!Types.ObjectId.isValid(compoundId)) return []
  const compound = await CompoundModel.findById(compoundId, { dutyWorkerId: 1 }).lean()
  const ids = new Set<string>()
  const out: DutyContact[] = []
  const add = (u: { _id: unknown; wechatId?: string | null; name: string }) => {
    if (!u.wechatId || ids.has(String(u._id))) return
    ids.add(String(u._id))
    out.push({ wechatId: u.wechatId, name: u.name })
  }
  if (compound?.dutyWorkerId) {
    const duty = await UserModel.findOne({ _id: compound.dutyWorkerId, active: { $ne: false } }).lean()
    if (duty) add(duty)
  }
  const onDuty = await UserModel.find({ onDuty: true, active: { $ne: false }, compoundIds: new Types.ObjectId(compoundId) }).lean()
  for (const u of onDuty) add(u)
  return out
}

/** The directory as the intake use case's port. */
export const directory: DirectoryPort = { findWorkerByWechatId, findResidentByWechatId, findCompoundByName, getCompound, findWorkerByName, findDutyContacts }

/** Someone the sandbox can speak as. */
export interface SandboxPerson {
  contactId: string
  name: string
  kind: 'resident' | 'worker'
  compoundId?: string
  /** Compound names the person lives in or serves (for the console's picker). */
  compoundIds: string[]
}

/** A resident or worker by WeChat id, name, nickname or username (workers first), or null. */
export async function findSandboxPerson(key: string): Promise<SandboxPerson | null> {
  const q = key.trim()
  if (!q) return null
  const user = await UserModel.findOne({ active: { $ne: false }, wechatId: { $exists: true, $ne: null }, $or: [{ wechatId: q }, { name: q }, { username: q.toLowerCase() }] }).lean()
  if (user?.wechatId) return { contactId: user.wechatId, name: user.name, kind: 'worker', compoundIds: (user.compoundIds ?? []).map(String) }
  const resident = await ResidentModel.findOne({ active: { $ne: false }, wechatId: { $exists: true, $ne: null }, $or: [{ wechatId: q }, { nickname: q }, { name: q }] }).lean()
  if (resident?.wechatId) {
    return { contactId: resident.wechatId, name: resident.nickname || resident.name, kind: 'resident', compoundId: String(resident.compoundId), compoundIds: [String(resident.compoundId)] }
  }
  return null
}

/** Every resident and worker with a WeChat id (the sandbox creates a mock contact for each). */
export async function listSandboxPeople(): Promise<SandboxPerson[]> {
  const [users, residents] = await Promise.all([
    UserModel.find({ active: { $ne: false }, wechatId: { $exists: true, $ne: null } }).sort({ username: 1 }).lean(),
    ResidentModel.find({ active: { $ne: false }, wechatId: { $exists: true, $ne: null } }).sort({ wechatId: 1 }).lean(),
  ])
  return [
    ...users.filter((u) => u.wechatId).map((u) => ({ contactId: u.wechatId as string, name: u.name, kind: 'worker' as const, compoundIds: (u.compoundIds ?? []).map(String) })),
    ...residents.filter((r) => r.wechatId).map((r) => ({ contactId: r.wechatId as string, name: r.nickname || r.name, kind: 'resident' as const, compoundId: String(r.compoundId), compoundIds: [String(r.compoundId)] })),
  ]
}
