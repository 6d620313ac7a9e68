import { Types } from 'mongoose'
import type { WorkerRef } from '../domain/requests/types'
import { UserModel } from './user.model'

/** A user as the API returns it (never the password hash). */
export interface UserView {
  id: string
  username: string
  name: string
  role: 'admin' | 'worker'
  title?: string
  phone?: string
  wechatId?: string
  compoundIds: string[]
  grids: { compoundId: string; gridCode: string }[]
  active: boolean
  onDuty: boolean
  lastLoginAt?: Date
}

/** Maps a lean user document to a {@link UserView}. */
export function toUserView(d: any): UserView {
  return {
    id: String(d._id),
    username: d.username,
    name: d.name,
    role: d.role,
    ...(d.title ? { title: d.title } : {}),
    ...(d.phone ? { phone: d.phone } : {}),
    ...(d.wechatId ? { wechatId: d.wechatId } : {}),
    compoundIds: (d.compoundIds ?? []).map(String),
    grids: (d.grids ?? []).map((g: any) => ({ compoundId: String(g.compoundId), gridCode: g.gridCode })),
    active: d.active !== false,
    onDuty: Boolean(d.onDuty),
    ...(d.lastLoginAt ? { lastLoginAt: d.lastLoginAt } : {}),
  }
}

/** The worker fields the request service needs. */
export function toWorkerRef(u: UserView): WorkerRef {
  return { id: u.id, name: u.name, role: u.role, compoundIds: u.compoundIds, wechatId: u.wechatId, active: u.active }
}

/** A user by id, or null. */
export async function findUserById(id: string): Promise<UserView | null> {
  if (!Types.ObjectId.isValid(id)) return null
  const d = await UserModel.findById(id).lean()
  return d ? toUserView(d) : null
}

/** The active user with this WeChat contact id (how the bot recognises workers), or null. */
export async function findUserByWechatId(wechatId: string): Promise<UserView | null> {
  const d = await UserModel.findOne({ wechatId, active: true }).lean()
  return d ? toUserView(d) : null
}

/** A user with the password hash, by username (login only). */
export async function findUserForLogin(username: string): Promise<(UserView & { passwordHash?: string }) | null> {
  const d = await UserModel.findOne({ username: username.toLowerCase() }).select('+passwordHash').lean()
  return d ? { ...toUserView(d), passwordHash: d.passwordHash ?? undefined } : null
}

/** Records a successful login. */
export async function touchLogin(id: string, now: Date): Promise<void> {
  await UserModel.updateOne({ _id: id }, { $set: { lastLoginAt: now } })
}

/** Users, optionally filtered by role and compound. */
export async function listUsers(filter: { role?: 'admin' | 'worker'; compoundId?: string; page: number; pageSize: number }): Promise<{ items: UserView[]; total: number }> {
  const f: Record<string, unknown> = {}
  if (filter.role) f.role = filter.role
  if (filter.compoundId) f.compoundIds = new Types.ObjectId(filter.compoundId)
  const [items, total] = await Promise.all([
    UserModel.find(f).sort({ username: 1 }).skip((filter.page - 1) * filter.pageSize).limit(filter.pageSize).lean(),
    UserModel.countDocuments(f),
  ])
  return { items: items.map(toUserView), total }
}

/** Input of {@link createUser}. */
export interface NewUser {
  username: string
  name: string
  role: 'admin' | 'worker'
  passwordHash: string
  title?: string
  phone?: string
  wechatId?: string
  compoundIds?: string[]
  grids?: { compoundId: string; gridCode: string }[]
  onDuty?: boolean
}

/** Creates a user; a taken username raises a duplicate-key error (code 11000). */
export async function createUser(input: NewUser): Promise<UserView> {
  const d = await UserModel.create(input)
  return toUserView(d.toObject())
}

/** Updates a user's fields; returns the updated user or null. */
export async function updateUser(id: string, patch: Record<string, unknown>): Promise<UserView | null> {
  const $set: Record<string, unknown> = {}
  const $unset: Record<string, ''> = {}
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) $unset[k] = ''
    else if (v !== undefined) $set[k] = v
  }
  // '+passwordHash' drops the projection mongoose adds for the hidden field: FerretDB v1 refuses a findAndModify with
  // one ("support for field \"fields\" … is not implemented yet"), so every update of a user failed there.
  // The view never carries the hash.
  const d = await UserModel.findByIdAndUpdate(id, { ...(Object.keys($set).length ? { $set } : {}), ...(Object.keys($unset).length ? { $unset } : {}) }, { new: true, runValidators: true })
    .select('+passwordHash')
    .lean()
  return d ? toUserView(d) : null
}

/** True when a username is taken. */
export async function usernameExists(username: string): Promise<boolean> {
  return (await UserModel.countDocuments({ username: username.toLowerCase() })) > 0
}
