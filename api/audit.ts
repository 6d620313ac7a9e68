import type { Context } from 'koa'
import type { Principal } from '../domain/auth/principal'
import type { AuditInput } from '../models/audit.repo'

/** Writes audit rows; the composition root passes `writeAudit` from models/audit.repo. */
export type AuditWriter = (entry: AuditInput) => Promise<void>

/** Records one change made through the API by the caller of `ctx`. */
export async function recordAudit(
  write: AuditWriter,
  ctx: Context,
  now: Date,
  change: { action: string; entity: string; entityId?: string; before?: unknown; after?: unknown },
): Promise<void> {
  const user = ctx.state.user as Principal | undefined
  await write({
    at: now,
    actor: user ? { id: user.id, name: user.name, role: user.role } : {},
    ...change,
    requestId: ctx.state.requestId as string | undefined,
    ip: ctx.ip,
  })
}
