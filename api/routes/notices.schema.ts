import { z } from 'zod'
import { getAllowedResidentTags } from '../../models/resident.model'
import { objectIdSchema } from './common.schema'

const isoDateTime = z.iso
  .datetime({ offset: true, message: 'must be an ISO date-time with a zone, e.g. 2026-03-10T09:00:00+08:00' })
  .transform((s) => new Date(s))

const tagSchema = z
  .string()
  .trim()
  .min(1)
  .max(20)
  .refine((t) => getAllowedResidentTags().includes(t), { message: 'unknown resident tag' })

/** Who a notice goes to. */
export const noticeTargetsSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }).strict(),
  z.object({ kind: z.literal('compounds'), compoundIds: z.array(objectIdSchema).min(1).max(100) }).strict(),
  z.object({ kind: z.literal('tags'), tags: z.array(tagSchema).min(1).max(20) }).strict(),
])

/** When a notice goes out: once at a time, or on a 5-field cron expression (optionally skipping non-working days). */
export const noticeScheduleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('once'), at: isoDateTime }).strict(),
  z
    .object({
      kind: z.literal('cron'),
      cron: z.string().trim().min(9).max(100),
      skipHolidays: z.boolean().default(false),
      until: isoDateTime.optional(),
    })
    .strict(),
])

const noticeFields = {
  title: z.string().trim().min(1).max(100),
  content: z.string().trim().min(1).max(2000),
  imageUrl: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).max(1000).optional(),
  targets: noticeTargetsSchema,
  schedule: noticeScheduleSchema,
  urgent: z.boolean().default(false),
}

/** POST /api/notices and POST /api/notices/preview. */
export const createNoticeBody = z.object(noticeFields).strict()

/** PATCH /api/notices/:id: any of the fields, at least one. */
export const updateNoticeBody = z
  .object({
    title: noticeFields.title.optional(),
    content: noticeFields.content.optional(),
    imageUrl: noticeFields.imageUrl,
    targets: noticeTargetsSchema.optional(),
    schedule: noticeScheduleSchema.optional(),
    urgent: z.boolean().optional(),
  })
  .strict()
  .refine((b) => Object.keys(b).length > 0, { message: 'change at least one field' })

/** GET /api/notices */
export const listNoticesQuery = z
  .object({
    status: z.enum(['draft', 'scheduled', 'sending', 'done', 'cancelled']).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    page: z.coerce.number().int().min(1).max(10_000).default(1),
  })
  .strict()

/** Path parameter `:id` of a notice. */
export const noticeIdParams = z.object({ id: objectIdSchema }).strict()
