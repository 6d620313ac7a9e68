import { Schema, model, type InferSchemaType, type Types } from 'mongoose'
import { reportWrites } from './write-hooks'

const gridSchema = new Schema(
  {
    /** Short stable code used in URLs and imports, unique within the compound (e.g. "G1"). */
    code: { type: String, required: true, trim: true, maxlength: 20 },
    name: { type: String, required: true, trim: true, maxlength: 50 },
    /** Workers (网格员/楼栋长) responsible for this grid; the first is the default owner. */
    workerIds: { type: [Schema.Types.ObjectId], ref: 'User', default: [] },
    /** Grid leader, told when a request becomes overdue. */
    leaderId: { type: Schema.Types.ObjectId, ref: 'User' },
    /** Buildings that belong to this grid (e.g. ["1","2","3"]), to route requests by location. */
    buildings: { type: [String], default: [] },
  },
  { _id: false },
)

export const compoundSchema = new Schema(
  {
    name: { type: String, required: true, trim: true, minlength: 2, maxlength: 50 },
    /** 街道 */
    streetOffice: { type: String, required: true, trim: true, maxlength: 50 },
    /** 社区 */
    community: { type: String, required: true, trim: true, maxlength: 50 },
    address: { type: String, trim: true, maxlength: 200 },
    /** Other names residents use for it (for `绑定 <name>`). */
    aliases: { type: [String], default: [] },
    grids: { type: [gridSchema], default: [] },
    /** Worker on duty for urgent matters when no grid worker is found. */
    dutyWorkerId: { type: Schema.Types.ObjectId, ref: 'User' },
    active: { type: Boolean, default: true },
  },
  { timestamps: true },
)

compoundSchema.index({ name: 1 }, { unique: true })
compoundSchema.index({ streetOffice: 1, community: 1 })

compoundSchema.path('grids').validate(function (grids: { code: string }[]) {
  return new Set(grids.map((g) => g.code)).size === grids.length
}, 'grid codes must be unique within a compound')

export type Compound = InferSchemaType<typeof compoundSchema> & { _id: Types.ObjectId }
export type Grid = Compound['grids'][number]
// The roster copy (models/roster-cache.ts) keeps every compound; it must see this process's writes at once.
reportWrites(compoundSchema, 'Compound')
export const CompoundModel = model('Compound', compoundSchema)
