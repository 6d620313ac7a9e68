import { z } from 'zod'

/** A MongoDB ObjectId as 24 hex characters (anything else, e.g. {"$gt": ""}, is rejected). */
export const objectIdSchema = z.string().regex(/^[0-9a-fA-F]{24}$/, 'must be a 24-character hex id')

/** Hard cap of any page. */
export const MAX_PAGE_SIZE = 100

/** page (from 1) and pageSize (1..100, default 20). */
export const paginationShape = {
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(20),
}

/** A comma-separated query value parsed into a list of allowed values. */
export function csvOf<T extends [string, ...string[]]>(values: T) {
  return z
    .string()
    .max(500)
    .transform((s) => s.split(',').map((v) => v.trim()).filter(Boolean))
    .pipe(z.array(z.enum(values)).max(20))
}

/** "true" / "false" in a query string. */
export const queryBool = z.enum(['true', 'false']).transform((v) => v === 'true')

/** An ISO date or date-time in a query string. */
export const queryDate = z
  .string()
  .max(40)
  .refine((s) => !Number.isNaN(Date.parse(s)), 'must be an ISO date such as 2026-03-01')
  .transform((s) => new Date(s))

/** Path parameter `:id`. */
export const idParams = z.object({ id: objectIdSchema }).strict()

/** A page of items. */
export function pageOf<T>(items: T[], total: number, page: number, pageSize: number) {
  return { items, page, pageSize, total, pages: Math.ceil(total / pageSize) }
}

/** {@link pageOf} as UTF-8 JSON, from items already serialised (same fields, same order). */
export function jsonPageOf(itemsJson: readonly Buffer[], total: number, page: number, pageSize: number): Buffer {
  const { items: _items, ...rest } = pageOf([], total, page, pageSize)
  const parts: Buffer[] = [Buffer.from('{"items":[')]
  itemsJson.forEach((item, i) => {
    if (i) parts.push(COMMA)
    parts.push(item)
  })
  parts.push(Buffer.from(`],${JSON.stringify(rest).slice(1)}`))
  return Buffer.concat(parts)
}
const COMMA = Buffer.from(',')
