import { Schema, model, type InferSchemaType, type Types } from 'mongoose'
import { reportWrites } from './write-hooks'

export const groupSchema = new Schema(
  {
    /** WeChat room id as the puppet reports it. */
    roomId: { type: String, required: true, trim: true, maxlength: 200 },
    topic: { type: String, trim: true, maxlength: 200, default: '' },
    /** The compound this room is bound to; unset means unbound (the bot only logs). */
    compoundId: { type: Schema.Types.ObjectId, ref: 'Compound' },
    /** Optional grid within the compound that this room serves. */
    gridCode: { type: String, trim: true, maxlength: 20 },
    /** residents: a compound's residents' group; workers: the community workers' own group. */
    kind: { type: String, enum: ['residents', 'workers'], default: 'residents' },
    /** Contact id of the bot account that serves this room. */
    botAccountId: { type: String, trim: true, maxlength: 200 },
    active: { type: Boolean, default: true },
    boundAt: { type: Date },
    boundBy: { type: String, maxlength: 200 },
  },
  { timestamps: true },
)

groupSchema.index({ roomId: 1 }, { unique: true })
groupSchema.index({ compoundId: 1, active: 1 })

// The bot's roster copy (models/roster-cache.ts) is invalidated by every write.
reportWrites(groupSchema, 'Group')

export type Group = InferSchemaType<typeof groupSchema> & { _id: Types.ObjectId }
export const GroupModel = model('Group', groupSchema)
