import { z } from 'zod'
import { CATEGORY_KEYS } from '../../domain/requests/categories'
import { REQUEST_STATUSES } from '../../domain/requests/lifecycle'
import { csvOf, objectIdSchema, paginationShape, queryBool, queryDate } from './common.schema'

const text = (max: number) => z.string().trim().min(1).max(max)

/** GET /api/requests query. */
export const listRequestsQuery = z
  .object({
    status: csvOf([...REQUEST_STATUSES] as [string, ...string[]]).optional(),
    category: csvOf([...CATEGORY_KEYS] as [string, ...string[]]).optional(),
    compoundId: objectIdSchema.optional(),
    gridCode: z.string().max(20).optional(),
    ownerId: objectIdSchema.optional(),
    overdue: queryBool.optional(),
    urgent: queryBool.optional(),
    q: z.string().trim().min(1).max(100).optional(),
    from: queryDate.optional(),
    to: queryDate.optional(),
    sort: z.enum(['createdAt', '-createdAt', 'deadline', '-deadline', 'no', '-no']).default('-createdAt'),
    ...paginationShape,
  })
  .strict()

/** GET /api/requests/counts query: the list's filters without status, sort and paging. */
export const requestCountsQuery = listRequestsQuery.omit({ status: true, sort: true, page: true, pageSize: true })

/** Path `:no`. */
export const requestNoParams = z.object({ no: z.coerce.number().int().min(1).max(1e9) }).strict()

/** POST /api/requests (a request entered in the console, e.g. from a phone call). */
export const createRequestBody = z
  .object({
    compoundId: objectIdSchema,
    summary: text(500),
    category: z.enum(CATEGORY_KEYS as [string, ...string[]]),
    urgent: z.boolean().default(false),
    location: z
      .object({ building: z.string().max(20).optional(), unit: z.string().max(20).optional(), floor: z.string().max(20).optional(), room: z.string().max(20).optional() })
      .strict()
      .optional(),
    reporterName: text(50),
    residentId: objectIdSchema.optional(),
    private: z.boolean().default(false),
  })
  .strict()

/** Body of accept / start / close. */
export const noteBody = z.object({ note: z.string().trim().max(2000).optional() }).strict().default({})
/** POST …/assign */
export const assignBody = z.object({ toUserId: objectIdSchema, note: z.string().trim().max(500).optional() }).strict()
/** POST …/reply */
export const replyBody = z.object({ text: text(2000) }).strict()
/** POST …/resolve */
export const resolveBody = z.object({ note: text(2000) }).strict()
/** POST …/reopen */
export const reopenBody = z.object({ reason: z.string().trim().max(1000).optional() }).strict().default({})
/** POST …/reject */
export const rejectBody = z.object({ reason: text(1000) }).strict()
/** POST …/merge */
export const mergeBody = z.object({ intoNo: z.number().int().min(1).max(1e9) }).strict()
