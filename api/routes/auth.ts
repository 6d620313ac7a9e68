import { randomBytes } from 'node:crypto'
import Router from '@koa/router'
import { signToken } from '../../domain/auth/tokens'
import { AppError } from '../../lib/errors'
import { hashPassword, verifyPassword } from '../../lib/password'
import { findUserById, findUserForLogin, touchLogin } from '../../models/user.repo'
import { addRoute } from '../route'
import { loginBody, loginResponse } from './auth.schema'
import type { RouteContext } from './context'

// A real argon2id hash of a random password, so an unknown username costs the same time as a wrong password.
let dummyHash: Promise<string> | undefined
const getDummyHash = () => (dummyHash ??= hashPassword(randomBytes(16).toString('hex')))

/** POST /api/auth/login (public, rate-limited per IP + username). */
export function loginRoutes(c: RouteContext): Router {
  const router = new Router()
  addRoute(router, c.registry, { method: 'post', path: '/api/auth/login', summary: '登录: username + password → bearer token (JWT, HS256)', tag: 'auth', public: true, schemas: { body: loginBody }, response: { schema: loginResponse } }, async (ctx, { body }) => {
    const now = c.now()
    const key = `${ctx.ip}|${body.username.toLowerCase()}`
    const wait = await c.loginLimiter.retryAfterMs(key, now)
    if (wait > 0) {
      ctx.set('Retry-After', String(Math.ceil(wait / 1000)))
      throw new AppError('too_many_login_attempts', `登录失败次数过多，请 ${Math.ceil(wait / 60000)} 分钟后再试`, { status: 429 })
    }
    const user = await findUserForLogin(body.username)
    const ok = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), body.password)
    if (!user || !ok || !user.active || !user.passwordHash) {
      await c.loginLimiter.fail(key, now)
      throw new AppError('invalid_credentials', '用户名或密码错误', { status: 401, field: 'password' })
    }
    await c.loginLimiter.succeed(key)
    await touchLogin(user.id, now)
    const { token, expiresAt } = await signToken(c.jwtSecret, { sub: user.id, role: user.role }, c.tokenTtlHours, now)
    ctx.body = { token, tokenType: 'Bearer', expiresAt: expiresAt.toISOString(), user: { id: user.id, username: user.username, name: user.name, role: user.role, compoundIds: user.compoundIds } }
  })
  return router
}

/** GET /api/me */
export function meRoutes(c: RouteContext): Router {
  const router = new Router()
  addRoute(router, c.registry, { method: 'get', path: '/api/me', summary: '当前用户', tag: 'auth' }, async (ctx, _input, user) => {
    const u = await findUserById(user.id)
    ctx.body = u
  })
  return router
}
