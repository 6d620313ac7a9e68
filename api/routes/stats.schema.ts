import { z } from 'zod'
import { CATEGORY_KEYS } from '../../domain/requests/categories'
import { objectIdSchema, queryDate } from './common.schema'

/** GET /api/stats (and /needs, /export.xlsx): period [from, to) and scope. Default period: the last 30 days. */
export const statsQuery = z
  .object({
    from: queryDate.optional(),
    to: queryDate.optional(),
    compoundId: objectIdSchema.optional(),
    gridCode: z.string().max(20).optional(),
    category: z.enum(CATEGORY_KEYS as [string, ...string[]]).optional(),
    groupBy: z.enum(['compound', 'grid', 'category']).optional(),
  })
  .strict()
