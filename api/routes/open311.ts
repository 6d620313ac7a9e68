import Router from '@koa/router'
import { CATEGORY_KEYS, REQUEST_CATEGORIES } from '../../domain/requests/categories'
import { isOpenStatus, OPEN_STATUSES, REQUEST_STATUSES, STATUS_LABELS } from '../../domain/requests/lifecycle'
import type { RequestRecord } from '../../domain/requests/types'
import { scrubPii } from '../../lib/pii'
import { listCompounds } from '../../models/compound.repo'
import { findPublicRequests } from '../../models/request.repo'
import { addRoute } from '../route'
import type { RouteContext } from './context'
import { open311Request, open311RequestParams, open311RequestsQuery, servicesQuery } from './open311.schema'

/** Maps a request to GeoReport v2: no reporter, no room or unit, phone and ID numbers scrubbed from the text. */
export function toOpen311(r: RequestRecord, compoundName: string | undefined) {
  const address = [compoundName ?? '', r.location?.building ? `${r.location.building}号楼` : ''].filter(Boolean).join(' ')
  return {
    service_request_id: String(r.no),
    status: isOpenStatus(r.status) ? ('open' as const) : ('closed' as const),
    status_notes: STATUS_LABELS[r.status],
    service_name: REQUEST_CATEGORIES[r.category],
    service_code: r.category,
    description: scrubPii(r.summary),
    agency_responsible: null,
    service_notice: null,
    requested_datetime: r.createdAt.toISOString(),
    updated_datetime: (r.updatedAt ?? r.createdAt).toISOString(),
    expected_datetime: r.deadline.toISOString(),
    address,
    address_id: null,
    zipcode: null,
    lat: null,
    long: null,
    media_url: null,
  }
}

/** Read-only Open311 GeoReport v2 (public, no personal data). */
export function open311Routes(c: RouteContext): Router {
  const router = new Router()
  const tag = 'open311'
  const names = async () => new Map((await listCompounds()).map((co) => [co.id, co.name]))

  addRoute(router, c.registry, { method: 'get', path: '/open311/v2/services.json', summary: 'GeoReport v2 service list (our request categories)', tag, public: true, schemas: { query: servicesQuery } }, async (ctx) => {
    ctx.body = CATEGORY_KEYS.map((code) => ({ service_code: code, service_name: REQUEST_CATEGORIES[code], description: `${REQUEST_CATEGORIES[code]}类诉求`, metadata: false, type: 'realtime', keywords: code, group: '社区诉求' }))
  })
  addRoute(router, c.registry, { method: 'get', path: '/open311/v2/requests.json', summary: 'GeoReport v2 requests (default: last 90 days, at most 1000)', tag, public: true, schemas: { query: open311RequestsQuery }, response: { schema: open311Request.array() } }, async (ctx, { query }) => {
    const now = c.now()
    const nos = query.service_request_id?.split(',').map(Number)
    const closed = REQUEST_STATUSES.filter((s) => !OPEN_STATUSES.includes(s))
    const from = query.start_date ?? (nos ? undefined : new Date(now.getTime() - 90 * 86_400_000))
    const list = nos
      ? (await Promise.all(nos.slice(0, 100).map((no) => findPublicRequests({ no, limit: 1 })))).flat()
      : await findPublicRequests({ from, to: query.end_date, category: query.service_code, status: query.status === 'open' ? [...OPEN_STATUSES] : query.status === 'closed' ? closed : undefined, limit: 1000 })
    const n = await names()
    ctx.body = list.map((r) => toOpen311(r, n.get(r.compoundId)))
  })
  addRoute(router, c.registry, { method: 'get', path: '/open311/v2/requests/:id.json', summary: 'GeoReport v2 one request', tag, public: true, schemas: { params: open311RequestParams }, response: { schema: open311Request.array() } }, async (ctx, { params }) => {
    const [r] = await findPublicRequests({ no: Number(params.id), limit: 1 })
    if (!r) {
      ctx.status = 404
      ctx.body = [{ code: 404, description: `service request ${params.id} not found` }]
      return
    }
    ctx.body = [toOpen311(r, (await names()).get(r.compoundId))]
  })
  return router
}
