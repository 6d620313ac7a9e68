import { Schema, model, type InferSchemaType, type Types } from 'mongoose'
import { DATE_PATTERN } from './common'

export const faqSchema = new Schema(
  {
    /** Stable topic key (e.g. elderly-allowance); the bot reports it as `faq`. */
    topic: { type: String, required: true, trim: true, match: [/^[a-z0-9-]{2,60}$/, 'topic: lowercase letters, digits and -'] },
    title: { type: String, required: true, trim: true, maxlength: 100 },
    /** Ways residents ask about it; the retrieval index is built from these. */
    variants: {
      type: [{ type: String, trim: true, maxlength: 200 }],
      default: [],
      validate: [(v: string[]) => v.length > 0, 'a topic needs at least one question variant'],
    },
    /** Extra words that point to this topic (synonyms, abbreviations). */
    keywords: { type: [{ type: String, trim: true, maxlength: 50 }], default: [] },
    /** The short answer given in the group. */
    answer: { type: String, required: true, trim: true, maxlength: 2000 },
    /** The full explanation offered by direct message. */
    detail: { type: String, trim: true, maxlength: 10000 },
    /** Policy document or office the answer comes from. */
    source: { type: String, trim: true, maxlength: 300 },
    /** YYYY-MM-DD of the policy text. */
    sourceDate: { type: String, match: [DATE_PATTERN, 'sourceDate must be YYYY-MM-DD'] },
    /** Sample text shipped with the demo, to be replaced by each community. */
    sample: { type: Boolean, default: false },
    /** Resident tags whose members get this topic pushed when its answer changes (e.g. 低保). */
    pushTags: { type: [String], default: [] },
    active: { type: Boolean, default: true },
    /** Bumped on every change so the bot's index and pushes know the answer changed. */
    revision: { type: Number, default: 1 },
  },
  { timestamps: true },
)

faqSchema.index({ topic: 1 }, { unique: true })
faqSchema.index({ active: 1 })

export type Faq = InferSchemaType<typeof faqSchema> & { _id: Types.ObjectId }
export const FaqModel = model('Faq', faqSchema)
