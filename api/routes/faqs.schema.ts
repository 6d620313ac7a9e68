import { z } from 'zod'
import { paginationShape, queryBool } from './common.schema'

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/

const faqFields = {
  title: z.string().trim().min(1).max(100),
  variants: z.array(z.string().trim().min(1).max(200)).min(1).max(100),
  keywords: z.array(z.string().trim().min(1).max(50)).max(100).optional(),
  answer: z.string().trim().min(1).max(2000),
  detail: z.string().trim().max(10000).optional(),
  source: z.string().trim().max(300).optional(),
  sourceDate: z.string().regex(DATE, 'YYYY-MM-DD').optional(),
  sample: z.boolean().optional(),
  pushTags: z.array(z.string().trim().min(1).max(20)).max(20).optional(),
  active: z.boolean().optional(),
}

/** POST /api/faqs */
export const createFaqBody = z.object({ topic: z.string().regex(/^[a-z0-9-]{2,60}$/, 'lowercase letters, digits and -'), ...faqFields }).strict()
/** PATCH /api/faqs/:id (topic key is immutable) */
export const updateFaqBody = z.object(faqFields).partial().strict().refine((o) => Object.keys(o).length > 0, 'nothing to change')
/** GET /api/faqs */
export const listFaqsQuery = z.object({ active: queryBool.optional(), q: z.string().trim().min(1).max(100).optional(), ...paginationShape }).strict()
/** POST /api/faqs/try */
export const tryFaqBody = z.object({ text: z.string().trim().min(1).max(1000) }).strict()
