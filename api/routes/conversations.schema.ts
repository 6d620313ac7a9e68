import { z } from 'zod'
import { objectIdSchema, paginationShape, queryDate } from './common.schema'

/** GET /api/conversations */
export const conversationQuery = z
  .object({
    roomId: z.string().max(200).optional(),
    groupId: objectIdSchema.optional(),
    contactId: z.string().max(200).optional(),
    residentId: objectIdSchema.optional(),
    compoundId: objectIdSchema.optional(),
    intent: z.enum(['request', 'question', 'followup', 'chat', 'command', 'rating', 'ignored']).optional(),
    q: z.string().trim().min(1).max(100).optional(),
    from: queryDate.optional(),
    to: queryDate.optional(),
    ...paginationShape,
  })
  .strict()
