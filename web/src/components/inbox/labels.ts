import { OPEN_STATUSES } from '../../../../domain/requests/lifecycle'
import type { RequestStatus } from '../../labels'

/** Chinese names of timeline events (models/request.model.ts TIMELINE_EVENTS). */
export const EVENT_LABELS: Record<string, string> = {
  created: '登记',
  reported_again: '居民再次反映',
  accepted: '受理',
  assigned: '指派',
  transferred: '转派',
  started: '开始处置',
  replied: '回复居民',
  resolved: '办结',
  closed: '核查结案',
  reopened: '重新打开',
  rejected: '不予受理',
  merged: '合并到其他工单',
  merged_in: '并入其他工单',
  rated: '居民评价',
  reminded: '到期提醒',
  overdue: '超期督办',
  rating_asked: '邀请评价',
  note: '备注',
}

/** Dot colour of a timeline event. */
export const EVENT_TYPE: Record<string, 'primary' | 'success' | 'warning' | 'danger' | 'info'> = {
  created: 'danger',
  reported_again: 'warning',
  accepted: 'primary',
  started: 'primary',
  replied: 'success',
  resolved: 'success',
  closed: 'info',
  rejected: 'info',
  overdue: 'danger',
  reminded: 'warning',
}

export const ACTOR_KINDS: Record<string, string> = { resident: '居民', worker: '工作人员', admin: '管理员', bot: '小助手', system: '系统' }

export const SOURCE_LABELS: Record<string, string> = { group: '业主群', direct: '私聊小助手', console: '工作台登记', consultation: '政策咨询' }

/** A lifecycle action of the API (`POST /api/requests/:no/<action>`). */
export type RequestAction = 'accept' | 'assign' | 'start' | 'reply' | 'resolve' | 'close' | 'reopen' | 'reject' | 'merge'

/** The action that moves a request to each status. */
export const ACTION_FOR_STATUS: Partial<Record<RequestStatus, RequestAction>> = {
  accepted: 'accept',
  in_progress: 'start',
  resolved: 'resolve',
  closed: 'close',
  reopened: 'reopen',
  rejected: 'reject',
  merged: 'merge',
}

export const ACTION_LABELS: Record<RequestAction, string> = {
  accept: '受理',
  assign: '转派',
  start: '开始处置',
  reply: '回复居民',
  resolve: '办结',
  close: '结案',
  reopen: '重新打开',
  reject: '不予受理',
  merge: '合并',
}

/** Statuses in which the request still waits for work (transfer is allowed). */
export const OPEN: readonly RequestStatus[] = OPEN_STATUSES
/** Statuses in which a reply may still be relayed (the request service's reply rule). */
export const REPLYABLE: readonly RequestStatus[] = [...OPEN_STATUSES, 'resolved']
