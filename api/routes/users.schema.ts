import { z } from 'zod'
import { objectIdSchema, paginationShape } from './common.schema'

const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/
const userShape = {
  name: z.string().trim().min(1).max(50),
  role: z.enum(['admin', 'worker']),
  title: z.string().trim().max(50).optional(),
  phone: z.string().regex(PHONE, 'mainland mobile or landline').optional(),
  wechatId: z.string().trim().min(1).max(200).optional(),
  compoundIds: z.array(objectIdSchema).max(100).optional(),
  grids: z.array(z.object({ compoundId: objectIdSchema, gridCode: z.string().max(20) }).strict()).max(100).optional(),
  onDuty: z.boolean().optional(),
}
/** POST /api/users */
export const createUserBody = z
  .object({ username: z.string().trim().toLowerCase().regex(/^[a-z0-9_.-]{3,40}$/, '3–40 letters, digits, _ . -'), password: z.string().min(10).max(200), ...userShape })
  .strict()
/** PATCH /api/users/:id */
export const updateUserBody = z
  .object({ ...userShape, password: z.string().min(10).max(200), active: z.boolean() })
  .partial()
  .strict()
  .refine((o) => Object.keys(o).length > 0, 'nothing to change')
/** GET /api/users */
export const listUsersQuery = z.object({ role: z.enum(['admin', 'worker']).optional(), compoundId: objectIdSchema.optional(), ...paginationShape }).strict()
