import Router from '@koa/router'
import { assertCompoundAccess, compoundScope } from '../../domain/auth/principal'
import { AppError } from '../../lib/errors'
import { createCompound, findCompoundById, listCompounds, updateCompound } from '../../models/compound.repo'
import { recordAudit } from '../audit'
import { addRoute } from '../route'
import { idParams } from './common.schema'
import { createCompoundBody, gridParams, putGridBody, updateCompoundBody } from './compounds.schema'
import type { RouteContext } from './context'
import { isDuplicateKeyError } from '../../models/common'

function nameTaken(err: unknown): never {
  if (isDuplicateKeyError(err)) throw new AppError('compound_name_taken', '小区名称已存在', { status: 409, field: 'name' })
  throw err
}

async function mustFind(id: string) {
  const c = await findCompoundById(id)
  if (!c) throw new AppError('compound_not_found', '小区不存在', { status: 404, field: 'id' })
  return c
}

/** Compounds and their grids (workers read the compounds they serve; admins edit). */
export function compoundRoutes(c: RouteContext): Router {
  const router = new Router()
  const tag = 'compounds'
  addRoute(router, c.registry, { method: 'get', path: '/api/compounds', summary: '小区列表 (workers: those they serve)', tag }, async (ctx, _i, user) => {
    ctx.body = { items: await listCompounds(compoundScope(user)) }
  })
  addRoute(router, c.registry, { method: 'post', path: '/api/compounds', summary: '新建小区', tag, roles: ['admin'], schemas: { body: createCompoundBody }, response: { status: 201 } }, async (ctx, { body }) => {
    const created = await createCompound(body).catch(nameTaken)
    await recordAudit(c.audit, ctx, c.now(), { action: 'compound.create', entity: 'compound', entityId: created.id, after: created })
    ctx.status = 201
    ctx.body = created
  })
  addRoute(router, c.registry, { method: 'get', path: '/api/compounds/:id', summary: '小区详情', tag, schemas: { params: idParams } }, async (ctx, { params }, user) => {
    assertCompoundAccess(user, params.id, 'id')
    ctx.body = await mustFind(params.id)
  })
  addRoute(router, c.registry, { method: 'patch', path: '/api/compounds/:id', summary: '修改小区', tag, roles: ['admin'], schemas: { params: idParams, body: updateCompoundBody } }, async (ctx, { params, body }) => {
    const before = await mustFind(params.id)
    const after = await updateCompound(params.id, body).catch(nameTaken)
    await recordAudit(c.audit, ctx, c.now(), { action: 'compound.update', entity: 'compound', entityId: params.id, before, after })
    ctx.body = after
  })
  addRoute(router, c.registry, { method: 'get', path: '/api/compounds/:id/grids', summary: '网格列表', tag, schemas: { params: idParams } }, async (ctx, { params }, user) => {
    assertCompoundAccess(user, params.id, 'id')
    ctx.body = { items: (await mustFind(params.id)).grids }
  })
  addRoute(router, c.registry, { method: 'put', path: '/api/compounds/:id/grids/:code', summary: '新建或修改网格', tag, roles: ['admin'], schemas: { params: gridParams, body: putGridBody } }, async (ctx, { params, body }) => {
    const before = await mustFind(params.id)
    const grid = { code: params.code, ...body }
    const grids = before.grids.some((g) => g.code === params.code) ? before.grids.map((g) => (g.code === params.code ? grid : g)) : [...before.grids, grid]
    const after = await updateCompound(params.id, { grids })
    await recordAudit(c.audit, ctx, c.now(), { action: 'grid.put', entity: 'compound', entityId: params.id, before: before.grids, after: after?.grids })
    ctx.body = after?.grids.find((g) => g.code === params.code)
  })
  addRoute(router, c.registry, { method: 'delete', path: '/api/compounds/:id/grids/:code', summary: '删除网格', tag, roles: ['admin'], schemas: { params: gridParams }, response: { status: 204 } }, async (ctx, { params }) => {
    const before = await mustFind(params.id)
    if (!before.grids.some((g) => g.code === params.code)) throw new AppError('grid_not_found', '网格不存在', { status: 404, field: 'code' })
    await updateCompound(params.id, { grids: before.grids.filter((g) => g.code !== params.code) })
    await recordAudit(c.audit, ctx, c.now(), { action: 'grid.delete', entity: 'compound', entityId: params.id, before: before.grids })
    ctx.status = 204
  })
  return router
}
