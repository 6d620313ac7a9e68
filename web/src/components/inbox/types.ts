import type { RequestStatus } from '../../labels'
import type { RequestView } from '../../../../domain/api-views'
import type { ConversationMessage } from '../conversations/types'

/** One timeline event of a request. */
export interface TimelineEvent {
  at: string
  actor: { kind: string; id?: string; name?: string }
  type: string
  fromStatus?: RequestStatus
  toStatus?: RequestStatus
  text?: string
  relayed?: boolean
  data?: Record<string, unknown>
}

/** A request as `GET /api/requests` lists it (api/presenters/request.ts). */
export type RequestItem = RequestView<string>

/** A request as `GET /api/requests/:no` returns it: with its timeline and the conversation it came from. */
export interface RequestDetail extends RequestItem {
  timeline: TimelineEvent[]
  /** Messages linked to the request. */
  conversation: ConversationMessage[]
  /** The group's messages around the report, linked ones marked. */
  context: ConversationMessage[]
}

/** `GET /api/requests/counts`. */
export interface RequestCounts {
  byStatus: Record<RequestStatus, number>
  total: number
  overdue: number
}

/** A compound with its grids (`GET /api/compounds`). */
export interface CompoundItem {
  id: string
  name: string
  grids: { code: string; name: string }[]
}

/** A user as `GET /api/users` lists them. */
export interface UserItem {
  id: string
  name: string
  role: 'admin' | 'worker'
  title?: string
  compoundIds: string[]
  active: boolean
  onDuty?: boolean
}
