import { z } from 'zod'
import { objectIdSchema, paginationShape, queryBool } from './common.schema'

const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/
const short = z.string().trim().min(1).max(20)

const residentShape = {
  name: z.string().trim().min(1).max(50),
  nickname: z.string().trim().max(100).optional(),
  wechatId: z.string().trim().max(200).optional(),
  gridCode: short.optional(),
  building: short.optional(),
  unit: short.optional(),
  room: short.optional(),
  phone: z.string().regex(PHONE, 'mainland mobile or landline').optional(),
  birthday: z
    .object({ calendar: z.enum(['solar', 'lunar']), year: z.number().int().min(1900).max(2100).optional(), month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31), isLeapMonth: z.boolean().default(false) })
    .strict()
    .optional(),
  partyMember: z.boolean().optional(),
  partyJoinDate: z.string().regex(DATE).optional(),
  tags: z.array(z.string().trim().min(1).max(20)).max(20).optional(),
  consent: z.object({ greetings: z.boolean(), pushes: z.boolean() }).strict().optional(),
  greetingChannel: z.enum(['group', 'direct']).optional(),
  notes: z.string().max(1000).optional(),
  active: z.boolean().optional(),
}

/** POST /api/residents */
export const createResidentBody = z.object({ compoundId: objectIdSchema, ...residentShape }).strict()
/** PATCH /api/residents/:id */
export const updateResidentBody = z.object(residentShape).partial().strict().refine((o) => Object.keys(o).length > 0, 'nothing to change')
/** PUT /api/residents/:id/tags */
export const putTagsBody = z.object({ tags: z.array(z.string().trim().min(1).max(20)).max(20) }).strict()
/** GET /api/residents */
export const listResidentsQuery = z
  .object({
    compoundId: objectIdSchema.optional(),
    gridCode: z.string().max(20).optional(),
    building: z.string().max(20).optional(),
    tag: z.string().max(20).optional(),
    q: z.string().trim().min(1).max(50).optional(),
    active: queryBool.optional(),
    ...paginationShape,
  })
  .strict()
/** Query of POST /api/residents/import: the compound rows go to unless they name one in a 小区 column. */
export const importQuery = z.object({ compoundId: objectIdSchema.optional() }).strict()
