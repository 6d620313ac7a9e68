import { Schema, model, type InferSchemaType, type Types } from 'mongoose'
import { DATE_PATTERN, PHONE_PATTERN } from './common'
import { reportWrites } from './write-hooks'

/** Default resident tags; the deployment's list comes from RESIDENT_TAGS (see {@link setAllowedResidentTags}). */
export const DEFAULT_RESIDENT_TAGS = ['优抚对象', '空巢老人', '独居老人', '高龄', '低保', '残疾', '退役军人', '党员']
let allowedTags = new Set(DEFAULT_RESIDENT_TAGS)

/** Installs the configured list of tags a resident may carry. */
export function setAllowedResidentTags(tags: readonly string[]): void {
  allowedTags = new Set(tags)
}

/** The configured list of resident tags. */
export function getAllowedResidentTags(): string[] {
  return [...allowedTags]
}

const birthdaySchema = new Schema(
  {
    /** Solar (公历) or lunar (农历) date; many elderly residents keep the lunar one. */
    calendar: { type: String, enum: ['solar', 'lunar'], required: true },
    year: { type: Number, min: 1900, max: 2100 },
    month: { type: Number, required: true, min: 1, max: 12 },
    day: { type: Number, required: true, min: 1, max: 31 },
    /** Lunar leap month (闰月). */
    isLeapMonth: { type: Boolean, default: false },
  },
  { _id: false },
)

export const residentSchema = new Schema(
  {
    name: { type: String, required: true, trim: true, maxlength: 50 },
    /** WeChat nickname, as shown in the group. */
    nickname: { type: String, trim: true, maxlength: 100 },
    /** WeChat contact id, so the bot knows who is talking. */
    wechatId: { type: String, trim: true, maxlength: 200 },
    compoundId: { type: Schema.Types.ObjectId, ref: 'Compound', required: true },
    gridCode: { type: String, trim: true, maxlength: 20 },
    building: { type: String, trim: true, maxlength: 20 },
    unit: { type: String, trim: true, maxlength: 20 },
    room: { type: String, trim: true, maxlength: 20 },
    /** Stored in full, masked in every output unless the caller's role needs it. */
    phone: { type: String, trim: true, match: [PHONE_PATTERN, 'phone must be a mainland mobile or landline number'] },
    birthday: { type: birthdaySchema },
    /** `${calendar}:${L?}MM-DD`, e.g. "lunar:08-15" or "solar:02-29": lets the daily greeting select by index. */
    birthdayKey: { type: String },
    partyMember: { type: Boolean, default: false },
    /** YYYY-MM-DD */
    partyJoinDate: { type: String, match: [DATE_PATTERN, 'partyJoinDate must be YYYY-MM-DD'] },
    /** `MM-DD` of partyJoinDate, for the 政治生日 selection. */
    partyJoinKey: { type: String },
    tags: {
      type: [String],
      default: [],
      validate: {
        validator: (tags: string[]) => tags.every((t) => allowedTags.has(t)),
        message: (props: { value: string[] }) => `unknown tag(s): ${props.value.filter((t) => !allowedTags.has(t)).join(', ')}`,
      },
    },
    consent: {
      greetings: { type: Boolean, default: false },
      pushes: { type: Boolean, default: false },
    },
    /** How greetings reach this resident: in the compound's group with an @, or by direct message. */
    greetingChannel: { type: String, enum: ['group', 'direct'], default: 'group' },
    notes: { type: String, maxlength: 1000 },
    active: { type: Boolean, default: true },
  },
  { timestamps: true },
)

residentSchema.index({ compoundId: 1, building: 1, unit: 1, room: 1 })
residentSchema.index({ wechatId: 1 })
residentSchema.index({ tags: 1 })
residentSchema.index({ birthdayKey: 1 })
residentSchema.index({ partyJoinKey: 1 })
residentSchema.index({ compoundId: 1, name: 1 })

/** The birthday index key of a birthday, or undefined. */
export function birthdayKeyOf(b: { calendar: string; month: number; day: number; isLeapMonth?: boolean | null } | null | undefined): string | undefined {
  if (!b) return undefined
  const mm = String(b.month).padStart(2, '0')
  const dd = String(b.day).padStart(2, '0')
  return `${b.calendar}:${b.calendar === 'lunar' && b.isLeapMonth ? 'L' : ''}${mm}-${dd}`
}

residentSchema.pre('validate', function () {
  this.birthdayKey = birthdayKeyOf(this.birthday)
  this.partyJoinKey = this.partyJoinDate ? this.partyJoinDate.slice(5) : undefined
  if (this.birthday) {
    const { calendar, month, day } = this.birthday
    const max = calendar === 'lunar' ? 30 : new Date(Date.UTC(2024, month, 0)).getUTCDate()
    if (day > max) this.invalidate('birthday.day', `birthday.day ${day} does not exist in month ${month}`)
    if (calendar === 'solar' && this.birthday.isLeapMonth) this.invalidate('birthday.isLeapMonth', 'only lunar birthdays have leap months')
  }
})

// The bot's roster copy (models/roster-cache.ts) is invalidated by every write.
reportWrites(residentSchema, 'Resident')

export type Resident = InferSchemaType<typeof residentSchema> & { _id: Types.ObjectId }
export const ResidentModel = model('Resident', residentSchema)
