import type { RequestCategory } from './categories'
import { isOpenStatus, type RequestStatus } from './lifecycle'
import type { RequestLocation } from './types'

/** How far back an open request still counts as "the same matter" (days). */
export const SIMILAR_WINDOW_DAYS = 7

const LOCATION_FIELDS = ['building', 'unit', 'floor', 'room'] as const

/**
 * True when two locations may name the same place: no field given on both sides differs, and both
 * or neither name a building ("3号楼灯坏了" and "灯坏了" are kept apart; "3号楼14层" and "3号楼" match).
 */
export function isLocationCompatible(a: RequestLocation | undefined, b: RequestLocation | undefined): boolean {
  if (Boolean(a?.building) !== Boolean(b?.building)) return false
  for (const f of LOCATION_FIELDS) {
    const x = a?.[f]
    const y = b?.[f]
    if (x && y && x !== y) return false
  }
  return true
}

/** What a new report is compared with. */
export interface SimilarProbe {
  compoundId: string
  category: RequestCategory
  location?: RequestLocation
}

/** The fields of a stored request the comparison reads. */
export interface SimilarCandidate {
  compoundId: string
  category: RequestCategory
  categoryAlt?: RequestCategory
  location?: RequestLocation
  status: RequestStatus
  createdAt: Date
  private?: boolean
  kind?: 'request' | 'consultation'
}

/**
 * True when `candidate` is an open request about the same matter as `probe`: same compound, same
 * category (or the candidate's second category), compatible location, created within `windowDays`
 * before `now`. Private matters and consultations never absorb other reports.
 */
export function isSimilarRequest(candidate: SimilarCandidate, probe: SimilarProbe, now: Date, windowDays = SIMILAR_WINDOW_DAYS): boolean {
  if (candidate.compoundId !== probe.compoundId) return false
  if (candidate.private || candidate.kind === 'consultation') return false
  if (!isOpenStatus(candidate.status)) return false
  if (candidate.category !== probe.category && candidate.categoryAlt !== probe.category) return false
  const age = now.getTime() - candidate.createdAt.getTime()
  if (age < 0 || age > windowDays * 86_400_000) return false
  return isLocationCompatible(candidate.location, probe.location)
}

/** The most recent similar request among `candidates`, or undefined. */
export function pickSimilar<T extends SimilarCandidate>(candidates: readonly T[], probe: SimilarProbe, now: Date, windowDays = SIMILAR_WINDOW_DAYS): T | undefined {
  return candidates
    .filter((c) => isSimilarRequest(c, probe, now, windowDays))
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0]
}
