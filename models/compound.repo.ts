import { Types } from 'mongoose'
import { CompoundModel } from './compound.model'

/** A grid as the API returns it. */
export interface GridView {
  code: string
  name: string
  workerIds: string[]
  leaderId?: string
  buildings: string[]
}

/** A compound as the API returns it. */
export interface CompoundView {
  id: string
  name: string
  streetOffice: string
  community: string
  address?: string
  aliases: string[]
  grids: GridView[]
  dutyWorkerId?: string
  active: boolean
}

/** Maps a lean compound document to a {@link CompoundView}. */
export function toCompoundView(d: any): CompoundView {
  return {
    id: String(d._id),
    name: d.name,
    streetOffice: d.streetOffice,
    community: d.community,
    ...(d.address ? { address: d.address } : {}),
    aliases: d.aliases ?? [],
    grids: (d.grids ?? []).map((g: any) => ({
      code: g.code,
      name: g.name,
      workerIds: (g.workerIds ?? []).map(String),
      ...(g.leaderId ? { leaderId: String(g.leaderId) } : {}),
      buildings: g.buildings ?? [],
    })),
    ...(d.dutyWorkerId ? { dutyWorkerId: String(d.dutyWorkerId) } : {}),
    active: d.active !== false,
  }
}

/** A compound by id, or null. */
export async function findCompoundById(id: string): Promise<CompoundView | null> {
  if (!Types.ObjectId.isValid(id)) return null
  const d = await CompoundModel.findById(id).lean()
  return d ? toCompoundView(d) : null
}

/** Compounds, optionally restricted to ids (a worker's scope). */
export async function listCompounds(ids?: string[]): Promise<CompoundView[]> {
  const f = ids ? { _id: { $in: ids.filter(Types.ObjectId.isValid).map((i) => new Types.ObjectId(i)) } } : {}
  return (await CompoundModel.find(f).sort({ name: 1 }).lean()).map(toCompoundView)
}

/** Creates a compound; a taken name raises a duplicate-key error (code 11000). */
export async function createCompound(input: Record<string, unknown>): Promise<CompoundView> {
  const d = await CompoundModel.create(input)
  return toCompoundView(d.toObject())
}

/** Sets fields of a compound (grids included, replaced whole); returns it or null. */
export async function updateCompound(id: string, patch: Record<string, unknown>): Promise<CompoundView | null> {
  const d = await CompoundModel.findByIdAndUpdate(id, { $set: patch }, { new: true, runValidators: true }).lean()
  return d ? toCompoundView(d) : null
}
