import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi'
import type { LoginLimiter } from '../../domain/auth/login-limiter'
import type { RequestService } from '../../domain/requests/request.service'
import type { AuditWriter } from '../audit'

/** What every route module gets from {@link createApiRouters}. */
export interface RouteContext {
  registry: OpenAPIRegistry
  requests: RequestService
  audit: AuditWriter
  now: () => Date
  jwtSecret: string
  tokenTtlHours: number
  tz: string
  loginLimiter: LoginLimiter
}
