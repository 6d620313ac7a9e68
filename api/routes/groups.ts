import Router from '@koa/router'
import { compoundScope } from '../../domain/auth/principal'
import { AppError } from '../../lib/errors'
import { findCompoundById } from '../../models/compound.repo'
import { bindGroupById, findGroupAdmin, listGroupsAdmin, unbindGroupById } from '../../models/group.repo'
import { recordAudit } from '../audit'
import { addRoute } from '../route'
import { idParams } from './common.schema'
import type { RouteContext } from './context'
import { bindGroupBody, listGroupsQuery } from './groups.schema'

/** WeChat groups: list (workers: their compounds' groups) and bind/unbind a room to a compound (admins). */
export function groupRoutes(c: RouteContext): Router {
  const router = new Router()
  const tag = 'groups'
  addRoute(router, c.registry, { method: 'get', path: '/api/groups', summary: '群列表 (filter by compound, or unbound)', tag, schemas: { query: listGroupsQuery } }, async (ctx, { query }, user) => {
    const scope = compoundScope(user)
    ctx.body = { items: await listGroupsAdmin({ compoundId: query.compoundId, unbound: scope ? false : query.unbound, compoundIds: scope }) }
  })
  addRoute(router, c.registry, { method: 'post', path: '/api/groups/:id/bind', summary: '绑定群到小区', tag, roles: ['admin'], schemas: { params: idParams, body: bindGroupBody } }, async (ctx, { params, body }, user) => {
    const before = await findGroupAdmin(params.id)
    if (!before) throw new AppError('group_not_found', '群不存在', { status: 404, field: 'id' })
    const compound = await findCompoundById(body.compoundId)
    if (!compound) throw new AppError('compound_not_found', '小区不存在', { status: 404, field: 'compoundId' })
    if (body.gridCode && !compound.grids.some((g) => g.code === body.gridCode)) throw new AppError('grid_not_found', '该小区没有这个网格', { status: 400, field: 'gridCode' })
    const after = await bindGroupById(params.id, { ...body, by: user.id, now: c.now() })
    await recordAudit(c.audit, ctx, c.now(), { action: 'group.bind', entity: 'group', entityId: params.id, before, after })
    ctx.body = after
  })
  addRoute(router, c.registry, { method: 'post', path: '/api/groups/:id/unbind', summary: '解绑群', tag, roles: ['admin'], schemas: { params: idParams } }, async (ctx, { params }) => {
    const before = await findGroupAdmin(params.id)
    if (!before) throw new AppError('group_not_found', '群不存在', { status: 404, field: 'id' })
    const after = await unbindGroupById(params.id)
    await recordAudit(c.audit, ctx, c.now(), { action: 'group.unbind', entity: 'group', entityId: params.id, before, after })
    ctx.body = after
  })
  return router
}
