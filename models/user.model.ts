import { Schema, model, type InferSchemaType, type Types } from 'mongoose'
import { PHONE_PATTERN } from './common'
import { reportWrites } from './write-hooks'

export const USER_ROLES = ['admin', 'worker'] as const
export type UserRole = (typeof USER_ROLES)[number]

export const userSchema = new Schema(
  {
    /** Login name for the API and console. */
    username: { type: String, required: true, trim: true, lowercase: true, match: [/^[a-z0-9_.-]{3,40}$/, 'username: 3–40 letters, digits, _ . -'] },
    /** Display name (e.g. 网格员小刘). */
    name: { type: String, required: true, trim: true, maxlength: 50 },
    role: { type: String, enum: USER_ROLES, required: true },
    /** 网格员 / 楼栋长 / 社区书记 / 物业 … */
    title: { type: String, trim: true, maxlength: 50 },
    phone: { type: String, trim: true, match: [PHONE_PATTERN, 'phone must be a mainland mobile or landline number'] },
    /** WeChat contact id, so the bot recognises the worker in groups. */
    wechatId: { type: String, trim: true, maxlength: 200 },
    /** Compounds served (admins see all regardless). */
    compoundIds: { type: [Schema.Types.ObjectId], ref: 'Compound', default: [] },
    /** Grids served, as compoundId + grid code. */
    grids: {
      type: [new Schema({ compoundId: { type: Schema.Types.ObjectId, ref: 'Compound', required: true }, gridCode: { type: String, required: true } }, { _id: false })],
      default: [],
    },
    /** Memory-hard hash (argon2id); never returned by the API. */
    passwordHash: { type: String, select: false },
    active: { type: Boolean, default: true },
    onDuty: { type: Boolean, default: false },
    lastLoginAt: { type: Date },
  },
  { timestamps: true },
)

userSchema.index({ username: 1 }, { unique: true })
userSchema.index({ wechatId: 1 })
userSchema.index({ compoundIds: 1, role: 1 })

// The bot's roster copy (models/roster-cache.ts) is invalidated by every write.
reportWrites(userSchema, 'User')

export type User = InferSchemaType<typeof userSchema> & { _id: Types.ObjectId }
export const UserModel = model('User', userSchema)
