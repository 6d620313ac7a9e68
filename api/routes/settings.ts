import Router from '@koa/router'
import { validateTimeLimitPolicy, type TimeLimitPolicy } from '../../domain/calendar/time-limits'
import { getTimeLimitPolicy, saveTimeLimitPolicy } from '../../models/request.repo'
import { recordAudit } from '../audit'
import { addRoute } from '../route'
import type { RouteContext } from './context'
import { timeLimitPolicyBody } from './settings.schema'

/** Time limits (办结/响应时限) per category and urgency: read by all, changed by admins; new requests use the new policy. */
export function settingsRoutes(c: RouteContext): Router {
  const router = new Router()
  const tag = 'settings'
  addRoute(router, c.registry, { method: 'get', path: '/api/settings/time-limits', summary: '时限设置', tag }, async (ctx) => {
    ctx.body = await getTimeLimitPolicy()
  })
  addRoute(router, c.registry, { method: 'put', path: '/api/settings/time-limits', summary: '修改时限设置 (applies to new requests)', tag, roles: ['admin'], schemas: { body: timeLimitPolicyBody } }, async (ctx, { body }, user) => {
    const before = await getTimeLimitPolicy()
    const policy = validateTimeLimitPolicy(body as unknown as TimeLimitPolicy)
    await saveTimeLimitPolicy(policy, user.id)
    await recordAudit(c.audit, ctx, c.now(), { action: 'settings.time-limits', entity: 'setting', entityId: 'time-limits', before, after: policy })
    ctx.body = await getTimeLimitPolicy()
  })
  return router
}
