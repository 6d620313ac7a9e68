/**
 * Shapes the API returns, shared by the server (models/*.repo.ts) and the console (web/src): types only, no
 * runtime imports, so the console's build can read them. `TDate` is `Date` on the server and `string` in the
 * console, which reads the JSON.
 */
import type { GroupView } from './intake/ports'
import type { LoggedDecision } from './intake/types'
import type { RequestCategory } from './requests/categories'
import type { RequestStatus } from './requests/lifecycle'
import type { RequestLocation } from './requests/types'

/** A resident as the residents API returns it (the route masks the phone for workers). */
export interface ResidentView {
  id: string
  name: string
  nickname?: string
  wechatId?: string
  compoundId: string
  gridCode?: string
  building?: string
  unit?: string
  room?: string
  phone?: string
  birthday?: { calendar: 'solar' | 'lunar'; year?: number; month: number; day: number; isLeapMonth?: boolean }
  partyMember: boolean
  partyJoinDate?: string
  tags: string[]
  consent: { greetings: boolean; pushes: boolean }
  greetingChannel: 'group' | 'direct'
  notes?: string
  active: boolean
}

/** A knowledge-base topic as the FAQ API returns it. */
export interface FaqView<TDate = Date> {
  id: string
  topic: string
  title: string
  variants: string[]
  keywords: string[]
  answer: string
  detail?: string
  source?: string
  sourceDate?: string
  sample: boolean
  pushTags: string[]
  active: boolean
  revision: number
  updatedAt?: TDate
}

/** One message of the conversation log as the API returns it (`GET /api/conversations`, a request's `conversation` and `context`). */
export interface ConversationMessageView<TDate = Date> {
  id: string
  direction: 'in' | 'out'
  roomId?: string
  groupId?: string
  compoundId?: string
  talkerId: string
  talkerName?: string
  talkerKind?: string
  toId?: string
  text: string
  type?: string
  sentAt: TDate
  requestId?: string
  /** The bot's decision on an incoming message (rows of ignored messages carry only part of it). */
  decision?: Partial<LoggedDecision>
}

/** One line of a group's (or a direct chat's) transcript, as the sandbox API returns it. */
export interface TranscriptLineView<TDate = Date> {
  direction: 'in' | 'out'
  messageId: string
  talkerId: string
  talkerName?: string
  talkerKind: string
  text: string
  mentionIds: string[]
  sentAt: TDate
  decision?: LoggedDecision
  requestId?: string
}

/** A group as the groups API returns it. */
export interface GroupAdminView<TDate = Date> extends GroupView {
  active: boolean
  boundAt?: TDate
  boundBy?: string
}

/** A request as the requests API lists it (api/presenters/request.ts `presentRequest`, without the timeline). */
export interface RequestView<TDate = Date> {
  id: string
  no: number
  compoundId: string
  gridCode?: string
  groupId?: string
  source: 'group' | 'direct' | 'console' | 'consultation'
  kind: 'request' | 'consultation'
  private: boolean
  summary: string
  category: RequestCategory
  categoryName?: string
  categoryAlt?: RequestCategory
  location?: RequestLocation
  urgent: boolean
  status: RequestStatus
  statusLabel: string
  allowedTransitions: readonly RequestStatus[]
  ownerId?: string
  ownerName?: string
  deadline: TDate
  responseDeadline?: TDate
  overdue: boolean
  responseOverdue: boolean
  acceptedAt?: TDate
  resolvedAt?: TDate
  closedAt?: TDate
  mergedInto?: string
  rating?: { score: number; comment?: string; at: TDate }
  reporters: { name?: string; contactId?: string; residentId?: string; at: TDate }[]
  messages: { text: string; at: TDate }[]
  createdAt: TDate
}
