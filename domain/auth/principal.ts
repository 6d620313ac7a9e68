import { AppError } from '../../lib/errors'

/** Roles of API users. */
export type Role = 'admin' | 'worker'

/** The authenticated caller of the API. */
export interface Principal {
  id: string
  username: string
  name: string
  role: Role
  /** Compounds a worker serves (admins: all, whatever this holds). */
  compoundIds: string[]
}

/** True when the principal may see data of the compound. */
export function canAccessCompound(p: Principal, compoundId: string | undefined | null): boolean {
  if (p.role === 'admin') return true
  return compoundId != null && p.compoundIds.includes(String(compoundId))
}

/**
 * Checks compound access.
 * @throws AppError forbidden_compound (403)
 */
export function assertCompoundAccess(p: Principal, compoundId: string | undefined | null, field = 'compoundId'): void {
  if (!canAccessCompound(p, compoundId)) throw new AppError('forbidden_compound', '您不负责该小区', { status: 403, field })
}

/** The compound ids a query must be restricted to: undefined for admins (all). */
export function compoundScope(p: Principal): string[] | undefined {
  return p.role === 'admin' ? undefined : p.compoundIds
}

/**
 * Whether personal data (phone, ID numbers) is shown in full. Admins of the street office manage rosters
 * and see full numbers; workers see masked ones (they reach residents through the group or the bot).
 */
export function seesFullPii(p: Principal): boolean {
  return p.role === 'admin'
}
