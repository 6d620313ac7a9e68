import { Types } from 'mongoose'
import { rosterKey, type RosterResident } from '../domain/residents/roster'
import type { ResidentView } from '../domain/api-views'
import { ResidentModel } from './resident.model'

export type { ResidentView } from '../domain/api-views'

/** Maps a lean resident document to a {@link ResidentView}. */
export function toResidentView(d: any): ResidentView {
  const out: Record<string, unknown> = {
    id: String(d._id),
    name: d.name,
    compoundId: String(d.compoundId),
    partyMember: Boolean(d.partyMember),
    tags: d.tags ?? [],
    consent: { greetings: Boolean(d.consent?.greetings), pushes: Boolean(d.consent?.pushes) },
    greetingChannel: d.greetingChannel ?? 'group',
    active: d.active !== false,
  }
  for (const k of ['nickname', 'wechatId', 'gridCode', 'building', 'unit', 'room', 'phone', 'partyJoinDate', 'notes']) if (d[k] != null && d[k] !== '') out[k] = d[k]
  if (d.birthday?.month) {
    const { calendar, year, month, day, isLeapMonth } = d.birthday
    out.birthday = { calendar, ...(year ? { year } : {}), month, day, isLeapMonth: Boolean(isLeapMonth) }
  }
  return out as unknown as ResidentView
}

/** Filters of the resident list. */
export interface ResidentQuery {
  compoundId?: string
  compoundIds?: string[]
  gridCode?: string
  building?: string
  tag?: string
  text?: string
  active?: boolean
  page: number
  pageSize: number
}

/** A page of residents. */
export async function listResidents(q: ResidentQuery): Promise<{ items: ResidentView[]; total: number }> {
  const and: Record<string, unknown>[] = []
  if (q.compoundId) and.push({ compoundId: new Types.ObjectId(q.compoundId) })
  if (q.compoundIds) and.push({ compoundId: { $in: q.compoundIds.map((i) => new Types.ObjectId(i)) } })
  if (q.gridCode) and.push({ gridCode: q.gridCode })
  if (q.building) and.push({ building: q.building })
  if (q.tag) and.push({ tags: q.tag })
  if (q.active !== undefined) and.push({ active: q.active })
  if (q.text) {
    const re = new RegExp(q.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i')
    and.push({ $or: [{ name: re }, { nickname: re }, { notes: re }] })
  }
  const f = and.length ? { $and: and } : {}
  const [items, total] = await Promise.all([
    ResidentModel.find(f).sort({ building: 1, unit: 1, room: 1, name: 1 }).skip((q.page - 1) * q.pageSize).limit(q.pageSize).lean(),
    ResidentModel.countDocuments(f),
  ])
  return { items: items.map(toResidentView), total }
}

/** A resident by id, or null. */
export async function findResidentById(id: string): Promise<ResidentView | null> {
  if (!Types.ObjectId.isValid(id)) return null
  const d = await ResidentModel.findById(id).lean()
  return d ? toResidentView(d) : null
}

/** Creates a resident (mongoose validates tags, phone and birthday). */
export async function createResident(input: Record<string, unknown>): Promise<ResidentView> {
  const d = await ResidentModel.create(input)
  return toResidentView(d.toObject())
}

/** Updates a resident through the document (so the birthday keys are recomputed); null = unset. */
export async function updateResident(id: string, patch: Record<string, unknown>): Promise<ResidentView | null> {
  const doc = await ResidentModel.findById(id)
  if (!doc) return null
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) doc.set(k, undefined)
    else if (v !== undefined) doc.set(k, v)
  }
  await doc.save()
  return toResidentView(doc.toObject())
}

/** Deletes a resident. */
export async function deleteResident(id: string): Promise<boolean> {
  return (await ResidentModel.deleteOne({ _id: id })).deletedCount > 0
}

/** The outcome of importing one roster row. */
export type ImportOutcome = { status: 'imported' | 'updated' | 'unchanged'; residentId: string; changed?: string[] }

const COMPARED = ['gridCode', 'building', 'unit', 'room', 'phone', 'nickname', 'wechatId', 'birthday', 'tags', 'partyMember', 'partyJoinDate', 'consent', 'notes'] as const

function same(a: unknown, b: unknown): boolean {
  const norm = (x: unknown) => (Array.isArray(x) ? JSON.stringify([...x].sort()) : JSON.stringify(x ?? null))
  return norm(a) === norm(b)
}

/**
 * Imports one parsed roster row into a compound: matched on name + building/unit/room, else on phone;
 * created when new, updated only in the fields the row gives that differ, untouched when identical.
 */
export async function importRosterRow(compoundId: string, row: RosterResident): Promise<ImportOutcome> {
  const cid = new Types.ObjectId(compoundId)
  const byKey = await ResidentModel.findOne({ compoundId: cid, name: row.name, building: row.building ?? null, unit: row.unit ?? null, room: row.room ?? null })
  const existing = byKey ?? (row.phone ? await ResidentModel.findOne({ compoundId: cid, phone: row.phone }) : null)
  const { compoundName: _c, ...fields } = row
  if (!existing) {
    const d = await ResidentModel.create({ ...fields, compoundId: cid })
    return { status: 'imported', residentId: String(d._id) }
  }
  const current = toResidentView(existing.toObject()) as unknown as Record<string, unknown>
  const changed: string[] = []
  for (const k of COMPARED) {
    const next = (fields as Record<string, unknown>)[k]
    if (next === undefined) continue
    if (k === 'tags' && (next as string[]).length === 0) continue
    if (!same(current[k], next)) {
      changed.push(k)
      existing.set(k, next)
    }
  }
  if (!same(current.name, fields.name)) {
    changed.push('name')
    existing.set('name', fields.name)
  }
  if (!changed.length) return { status: 'unchanged', residentId: String(existing._id) }
  await existing.save()
  return { status: 'updated', residentId: String(existing._id), changed }
}

/** Key used to spot duplicate rows inside one file. */
export function importRowKey(compoundId: string, row: RosterResident): string {
  return `${compoundId}|${rosterKey(row)}`
}
