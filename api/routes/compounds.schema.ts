import { z } from 'zod'
import { objectIdSchema } from './common.schema'

const gridShape = {
  name: z.string().trim().min(1).max(50),
  workerIds: z.array(objectIdSchema).max(50).default([]),
  leaderId: objectIdSchema.optional(),
  buildings: z.array(z.string().trim().min(1).max(20)).max(200).default([]),
}
/** A grid inside a compound. */
export const gridBody = z.object({ code: z.string().trim().regex(/^[A-Za-z0-9_-]{1,20}$/), ...gridShape }).strict()
/** PUT /api/compounds/:id/grids/:code */
export const putGridBody = z.object(gridShape).strict()
export const gridParams = z.object({ id: objectIdSchema, code: z.string().regex(/^[A-Za-z0-9_-]{1,20}$/) }).strict()

const compoundShape = {
  name: z.string().trim().min(2).max(50),
  streetOffice: z.string().trim().min(1).max(50),
  community: z.string().trim().min(1).max(50),
  address: z.string().trim().max(200).optional(),
  aliases: z.array(z.string().trim().min(1).max(50)).max(20).optional(),
  dutyWorkerId: objectIdSchema.optional(),
  active: z.boolean().optional(),
}
/** POST /api/compounds */
export const createCompoundBody = z.object({ ...compoundShape, grids: z.array(gridBody).max(50).default([]) }).strict()
/** PATCH /api/compounds/:id */
export const updateCompoundBody = z.object(compoundShape).partial().strict().refine((o) => Object.keys(o).length > 0, 'nothing to change')
