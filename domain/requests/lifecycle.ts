import { AppError } from '../../lib/errors'

/** Every status a request (诉求/工单) can be in. */
export const REQUEST_STATUSES = ['new', 'accepted', 'in_progress', 'resolved', 'closed', 'rejected', 'merged', 'reopened'] as const
export type RequestStatus = (typeof REQUEST_STATUSES)[number]

/** Chinese labels for statuses, as residents and workers read them. */
export const STATUS_LABELS: Record<RequestStatus, string> = {
  new: '待受理',
  accepted: '已受理',
  in_progress: '处理中',
  resolved: '已办结',
  closed: '已结案',
  rejected: '不予受理',
  merged: '已合并',
  reopened: '重新打开',
}

/**
 * The one table of allowed transitions: 报事 → 受理 → 处置 → 办结 → 核查结案, with reject, merge
 * (into another open request) and reopen (after resolution, closure or rejection).
 */
export const TRANSITIONS: Readonly<Record<RequestStatus, readonly RequestStatus[]>> = Object.freeze({
  new: ['accepted', 'rejected', 'merged'],
  accepted: ['in_progress', 'resolved', 'rejected', 'merged'],
  in_progress: ['resolved', 'merged'],
  resolved: ['closed', 'reopened'],
  closed: ['reopened'],
  rejected: ['reopened'],
  merged: [],
  reopened: ['accepted', 'in_progress', 'resolved', 'rejected', 'merged'],
})

/** Statuses in which a request still waits for work (counts as open, can be merged into). */
export const OPEN_STATUSES: readonly RequestStatus[] = ['new', 'accepted', 'in_progress', 'reopened']

/** True when `status` is still open. */
export function isOpenStatus(status: RequestStatus): boolean {
  return OPEN_STATUSES.includes(status)
}

/** The statuses reachable from `from`. */
export function allowedTransitions(from: RequestStatus): readonly RequestStatus[] {
  return TRANSITIONS[from]
}

/** True when `from → to` is allowed. */
export function canTransition(from: RequestStatus, to: RequestStatus): boolean {
  return TRANSITIONS[from].includes(to)
}

/**
 * Checks a transition and returns the target status.
 * @throws AppError illegal_transition (409) naming the allowed transitions in `details.allowed`
 */
export function assertTransition(from: RequestStatus, to: RequestStatus): RequestStatus {
  if (!canTransition(from, to)) {
    const allowed = TRANSITIONS[from]
    throw new AppError(
      'illegal_transition',
      `工单当前状态为「${STATUS_LABELS[from]}」，不能变为「${STATUS_LABELS[to]}」` +
        (allowed.length ? `；可执行：${allowed.map((s) => STATUS_LABELS[s]).join('、')}` : '；该状态不能再变更'),
      { status: 409, field: 'status', details: { from, to, allowed } },
    )
  }
  return to
}
