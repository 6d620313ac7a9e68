import { z } from 'zod'
import { queryDate } from './common.schema'

const common = { jurisdiction_id: z.string().max(100).optional(), api_key: z.string().max(200).optional() }

/** GET /open311/v2/services.json */
export const servicesQuery = z.object(common).strict()
/** GET /open311/v2/requests.json (GeoReport v2 filters). */
export const open311RequestsQuery = z
  .object({
    ...common,
    service_request_id: z.string().max(500).regex(/^\d+(,\d+)*$/, 'comma-separated request numbers').optional(),
    service_code: z.string().max(30).optional(),
    start_date: queryDate.optional(),
    end_date: queryDate.optional(),
    status: z.enum(['open', 'closed']).optional(),
  })
  .strict()
/** GET /open311/v2/requests/{id}.json */
export const open311RequestParams = z.object({ id: z.string().regex(/^\d{1,9}$/, 'a request number') }).strict()

/** One GeoReport v2 service request (no personal data). */
export const open311Request = z.object({
  service_request_id: z.string(),
  status: z.enum(['open', 'closed']),
  status_notes: z.string().nullable(),
  service_name: z.string(),
  service_code: z.string(),
  description: z.string(),
  agency_responsible: z.string().nullable(),
  service_notice: z.string().nullable(),
  requested_datetime: z.string(),
  updated_datetime: z.string(),
  expected_datetime: z.string(),
  address: z.string(),
  address_id: z.string().nullable(),
  zipcode: z.string().nullable(),
  lat: z.number().nullable(),
  long: z.number().nullable(),
  media_url: z.string().nullable(),
})
