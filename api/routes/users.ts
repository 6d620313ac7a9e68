import Router from '@koa/router'
import { AppError } from '../../lib/errors'
import { hashPassword } from '../../lib/password'
import { maskPhone } from '../../lib/pii'
import { createUser, findUserById, listUsers, updateUser, type UserView } from '../../models/user.repo'
import { recordAudit } from '../audit'
import { addRoute } from '../route'
import { idParams, pageOf } from './common.schema'
import type { RouteContext } from './context'
import { createUserBody, listUsersQuery, updateUserBody } from './users.schema'
import { isDuplicateKeyError } from '../../models/common'

function usernameTaken(err: unknown): never {
  if (isDuplicateKeyError(err)) throw new AppError('username_taken', '用户名已存在', { status: 409, field: 'username' })
  throw err
}

/** Workers see colleagues with masked phones; admins see everything. */
function present(u: UserView, admin: boolean): UserView {
  return admin ? u : { ...u, phone: maskPhone(u.phone) }
}

/** Users (workers and admins): admins manage; workers list their colleagues. */
export function userRoutes(c: RouteContext): Router {
  const router = new Router()
  const tag = 'users'
  addRoute(router, c.registry, { method: 'get', path: '/api/users', summary: '用户列表', tag, schemas: { query: listUsersQuery } }, async (ctx, { query }, user) => {
    const admin = user.role === 'admin'
    const { items, total } = await listUsers(query)
    const visible = admin ? items : items.filter((u) => u.compoundIds.some((id) => user.compoundIds.includes(id)))
    ctx.body = pageOf(visible.map((u) => present(u, admin)), admin ? total : visible.length, query.page, query.pageSize)
  })
  addRoute(router, c.registry, { method: 'post', path: '/api/users', summary: '新建用户', tag, roles: ['admin'], schemas: { body: createUserBody }, response: { status: 201 } }, async (ctx, { body }) => {
    const { password, ...rest } = body
    const created = await createUser({ ...rest, passwordHash: await hashPassword(password) }).catch(usernameTaken)
    await recordAudit(c.audit, ctx, c.now(), { action: 'user.create', entity: 'user', entityId: created.id, after: created })
    ctx.status = 201
    ctx.body = created
  })
  addRoute(router, c.registry, { method: 'get', path: '/api/users/:id', summary: '用户详情', tag, roles: ['admin'], schemas: { params: idParams } }, async (ctx, { params }) => {
    const u = await findUserById(params.id)
    if (!u) throw new AppError('user_not_found', '用户不存在', { status: 404, field: 'id' })
    ctx.body = u
  })
  addRoute(router, c.registry, { method: 'patch', path: '/api/users/:id', summary: '修改用户 (role, compounds, password, active)', tag, roles: ['admin'], schemas: { params: idParams, body: updateUserBody } }, async (ctx, { params, body }, user) => {
    const before = await findUserById(params.id)
    if (!before) throw new AppError('user_not_found', '用户不存在', { status: 404, field: 'id' })
    if (params.id === user.id && (body.active === false || body.role === 'worker')) throw new AppError('cannot_demote_self', '不能停用或降级自己的账号', { status: 409, field: 'role' })
    const { password, ...rest } = body
    const after = await updateUser(params.id, { ...rest, ...(password ? { passwordHash: await hashPassword(password) } : {}) })
    await recordAudit(c.audit, ctx, c.now(), { action: 'user.update', entity: 'user', entityId: params.id, before, after: { ...after, ...(password ? { passwordChanged: true } : {}) } })
    ctx.body = after
  })
  addRoute(router, c.registry, { method: 'delete', path: '/api/users/:id', summary: '停用用户 (soft delete: active=false)', tag, roles: ['admin'], schemas: { params: idParams }, response: { status: 204 } }, async (ctx, { params }, user) => {
    if (params.id === user.id) throw new AppError('cannot_demote_self', '不能停用自己的账号', { status: 409, field: 'id' })
    const before = await findUserById(params.id)
    if (!before) throw new AppError('user_not_found', '用户不存在', { status: 404, field: 'id' })
    await updateUser(params.id, { active: false })
    await recordAudit(c.audit, ctx, c.now(), { action: 'user.deactivate', entity: 'user', entityId: params.id, before })
    ctx.status = 204
  })
  return router
}
