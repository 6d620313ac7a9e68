import type { ConversationMessageView, GroupAdminView } from '../../../../domain/api-views'

/** One message of the conversation log (`GET /api/conversations`, a request's `conversation`/`context`). */
export interface ConversationMessage extends ConversationMessageView<string> {
  /** Number of the request the message created or joined (for a link to the inbox). */
  requestNo?: number
  /** In a request's `context`: the message belongs to the request. */
  linked?: boolean
}

/** A WeChat group as `GET /api/groups` returns it. */
export type GroupItem = GroupAdminView<string>

/** A page of items as the API returns it. */
export interface Page<T> {
  items: T[]
  page: number
  pageSize: number
  total: number
  pages: number
}
