import { z } from 'zod'
import { objectIdSchema, queryBool } from './common.schema'

/** GET /api/groups */
export const listGroupsQuery = z.object({ compoundId: objectIdSchema.optional(), unbound: queryBool.optional() }).strict()
/** POST /api/groups/:id/bind */
export const bindGroupBody = z.object({ compoundId: objectIdSchema, gridCode: z.string().regex(/^[A-Za-z0-9_-]{1,20}$/).optional(), kind: z.enum(['residents', 'workers']).optional() }).strict()
