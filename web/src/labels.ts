// Chinese labels shared with the server: the console imports the domain's own tables (pure modules),
// so a status or category renamed on the server is renamed here too.
import { REQUEST_CATEGORIES, FAQ_TOPICS, type RequestCategory } from '../../domain/requests/categories'
import { REQUEST_STATUSES, STATUS_LABELS, type RequestStatus } from '../../domain/requests/lifecycle'

export { REQUEST_CATEGORIES, FAQ_TOPICS, REQUEST_STATUSES, STATUS_LABELS }
export type { RequestCategory, RequestStatus }

export const categoryLabel = (key: string | undefined | null): string => (key && key in REQUEST_CATEGORIES ? REQUEST_CATEGORIES[key as RequestCategory] : (key ?? '—'))
export const statusLabel = (key: string | undefined | null): string => (key && key in STATUS_LABELS ? STATUS_LABELS[key as RequestStatus] : (key ?? '—'))

/** Element Plus tag type per status, so a status reads the same colour on every page. */
export const STATUS_TAG: Record<RequestStatus, 'primary' | 'success' | 'warning' | 'danger' | 'info'> = {
  new: 'danger',
  accepted: 'warning',
  in_progress: 'primary',
  resolved: 'success',
  closed: 'info',
  rejected: 'info',
  merged: 'info',
  reopened: 'danger',
}

/** "2026-11-22 09:05" in the browser's time zone (the console runs in China). */
export function formatTime(iso: string | Date | undefined | null): string {
  if (!iso) return '—'
  const d = typeof iso === 'string' ? new Date(iso) : iso
  if (Number.isNaN(d.getTime())) return '—'
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`
}
