import { AppError } from '../../lib/errors'
import type { Actor, RequestRecord, WorkerRef } from './types'

/** The actor a worker or admin user acts as. */
export function actorFromUser(user: Pick<WorkerRef, 'id' | 'name' | 'role' | 'compoundIds'>): Actor {
  return { kind: user.role === 'admin' ? 'admin' : 'worker', id: user.id, name: user.name, compoundIds: user.compoundIds }
}

/** True when the actor may see and act on the compound's requests (admins, bot and system: always). */
export function servesCompound(actor: Actor, compoundId: string): boolean {
  if (actor.kind === 'admin' || actor.kind === 'bot' || actor.kind === 'system') return true
  if (actor.kind === 'worker') return (actor.compoundIds ?? []).includes(compoundId)
  return false
}

/**
 * Checks that a worker serves the request's compound.
 * @throws AppError forbidden_compound (403)
 */
export function assertServes(actor: Actor, compoundId: string): void {
  if (!servesCompound(actor, compoundId)) {
    throw new AppError('forbidden_compound', '您不负责该小区的工单', { status: 403, field: 'compoundId' })
  }
}

/**
 * 首问负责: once a request has been accepted, only its owner (or an admin) may work on it; others ask for a transfer.
 * @throws AppError forbidden_compound (403), not_request_owner (403)
 */
export function assertMayHandle(actor: Actor, request: Pick<RequestRecord, 'compoundId' | 'ownerId' | 'ownerName' | 'acceptedAt'>): void {
  assertServes(actor, request.compoundId)
  if (actor.kind !== 'worker') return
  if (request.acceptedAt && request.ownerId && request.ownerId !== actor.id) {
    throw new AppError('not_request_owner', `该工单已由${request.ownerName ?? '其他工作人员'}受理负责，请联系其转派`, {
      status: 403,
      details: { ownerId: request.ownerId, ownerName: request.ownerName },
    })
  }
}

/**
 * Only the people who reported a matter rate it.
 * @throws AppError not_a_reporter (403)
 */
export function assertReporter(request: Pick<RequestRecord, 'reporters'>, contactId: string): void {
  if (!request.reporters.some((r) => r.contactId === contactId)) {
    throw new AppError('not_a_reporter', '只有反映该问题的居民可以评价', { status: 403, field: 'contactId' })
  }
}
