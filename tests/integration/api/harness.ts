import pino from 'pino'
import request from 'supertest'
import type { Server } from 'node:http'
import { createApp } from '../../../api/app'
import { createApiRouters, type ApiRouters } from '../../../api/api-routers'
import { LoginLimiter } from '../../../domain/auth/login-limiter'
import { signToken } from '../../../domain/auth/tokens'
import { createRequestService } from '../../../domain/requests/request.service'
import type { OutgoingRelay } from '../../../domain/requests/types'
import { KeyedLock } from '../../../lib/keyed-lock'
import { buildRequestServiceDeps } from '../../../models/request.repo'
import { buildUser } from '../../helpers/factories'

export const TEST_SECRET = 'test-secret-test-secret-test-secret-0123'

/** The API in-process over the test database, with a captured outbox and an adjustable clock. */
export function startTestApi(opts: { now?: () => Date; loginLimiter?: LoginLimiter } = {}) {
  const relays: OutgoingRelay[] = []
  const requests = createRequestService(buildRequestServiceDeps({ lock: new KeyedLock(), enqueue: async (r) => void relays.push(r) }))
  const routers: ApiRouters = createApiRouters({
    jwtSecret: TEST_SECRET,
    tokenTtlHours: 1,
    corsOrigins: ['https://console.example'],
    tz: 'Asia/Shanghai',
    version: 'test',
    requests,
    now: opts.now,
    loginLimiter: opts.loginLimiter,
  })
  const app = createApp({ log: pino({ level: 'silent' }), publicRouters: routers.publicRouters, protectedRouters: routers.protectedRouters, authenticate: routers.authenticate, before: routers.before })
  const server: Server = app.listen(0, '127.0.0.1')
  const http = request(server)
  return { http, server, routers, requests, relays, close: () => new Promise<void>((r) => {
    server.close(() => r())
    server.closeAllConnections()
  }) }
}

/** A bearer token for a user. */
export async function tokenFor(user: { _id: unknown; role: string }): Promise<string> {
  return (await signToken(TEST_SECRET, { sub: String(user._id), role: user.role }, 1, new Date())).token
}

/** Creates a worker serving the given compounds and returns it with its Authorization header. */
export async function workerWithToken(compoundIds: unknown[], overrides: Record<string, unknown> = {}) {
  const user = await buildUser({ role: 'worker', compoundIds, ...overrides })
  return { user, auth: `Bearer ${await tokenFor(user)}` }
}

/** Creates an admin and returns it with its Authorization header. */
export async function adminWithToken(overrides: Record<string, unknown> = {}) {
  const user = await buildUser({ role: 'admin', name: '管理员', ...overrides })
  return { user, auth: `Bearer ${await tokenFor(user)}` }
}
