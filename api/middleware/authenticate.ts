import type { Context, Next } from 'koa'
import type { Principal } from '../../domain/auth/principal'
import { verifyToken } from '../../domain/auth/tokens'
import { AppError } from '../../lib/errors'

/** Dependencies of {@link authenticate}. */
export interface AuthenticateDeps {
  secret: string
  findUser: (id: string) => Promise<{ id: string; username: string; name: string; role: 'admin' | 'worker'; compoundIds: string[]; active: boolean } | null>
  clock?: () => Date
}

/**
 * Requires `Authorization: Bearer <token>` on every request that reaches it, loads the user (so a
 * deactivated account or changed compounds take effect at once) and sets `ctx.state.user`.
 * @throws AppError unauthenticated (401), invalid_token (401)
 */
export function authenticate(deps: AuthenticateDeps) {
  return async (ctx: Context, next: Next): Promise<void> => {
    const header = ctx.get('authorization')
    const match = /^Bearer\s+([A-Za-z0-9._~+/=-]{10,4096})$/.exec(header)
    if (!match) throw new AppError('unauthenticated', '请先登录', { status: 401 })
    const { sub } = await verifyToken(deps.secret, match[1], (deps.clock ?? (() => new Date()))())
    const user = await deps.findUser(sub)
    if (!user || !user.active) throw new AppError('invalid_token', '账号不存在或已停用', { status: 401 })
    const principal: Principal = { id: user.id, username: user.username, name: user.name, role: user.role, compoundIds: user.compoundIds }
    ctx.state.user = principal
    await next()
  }
}
