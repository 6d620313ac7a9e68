import type { RequestCategory } from './categories'
import type { RequestStatus } from './lifecycle'

/** Building / unit / floor / room as Arabic-numeral strings. */
export interface RequestLocation {
  building?: string
  unit?: string
  floor?: string
  room?: string
}

/** Who does something to a request. Workers and admins carry the compounds they serve. */
export interface Actor {
  kind: 'resident' | 'worker' | 'admin' | 'bot' | 'system'
  /** User id for workers/admins, WeChat contact id for residents. */
  id?: string
  name?: string
  /** For workers: the compounds they serve (admins serve all). */
  compoundIds?: readonly string[]
}

/** A resident who reported (or re-reported) the matter. */
export interface Reporter {
  residentId?: string
  contactId?: string
  name?: string
  /** Room the report came from (for @-replies); unset for direct messages. */
  roomId?: string
  at: Date
  messageId?: string
}

/** One append-only timeline event. */
export interface TimelineEntry {
  at: Date
  actor: { kind: Actor['kind']; id?: string; name?: string }
  type: string
  fromStatus?: RequestStatus
  toStatus?: RequestStatus
  text?: string
  relayed?: boolean
  data?: Record<string, unknown>
}

/** A request (诉求/工单) as the domain sees it: plain values, string ids. */
export interface RequestRecord {
  id: string
  no: number
  compoundId: string
  gridCode?: string
  groupId?: string
  roomId?: string
  source: 'group' | 'direct' | 'console' | 'consultation'
  kind: 'request' | 'consultation'
  private: boolean
  reporters: Reporter[]
  messages: { messageId?: string; text: string; at: Date; contactId?: string }[]
  summary: string
  category: RequestCategory
  categoryAlt?: RequestCategory
  location?: RequestLocation
  urgent: boolean
  status: RequestStatus
  ownerId?: string
  ownerName?: string
  deadline: Date
  responseDeadline?: Date
  acceptedAt?: Date
  resolvedAt?: Date
  closedAt?: Date
  mergedInto?: string
  rating?: { score: number; comment?: string; at: Date; by?: string }
  ratingAskedAt?: Date
  timeline: TimelineEntry[]
  /** Conversation-log rows about the request (undefined on requests stored before rows were linked). */
  linkedRowIds?: string[]
  /** Conversation-log rows of the room around the report. */
  contextRowIds?: string[]
  createdAt: Date
  updatedAt?: Date
}

/** Fields a use case may change on a request (the timeline only grows, through `events`). */
export type RequestPatch = Partial<
  Pick<
    RequestRecord,
    | 'status'
    | 'ownerId'
    | 'ownerName'
    | 'acceptedAt'
    | 'resolvedAt'
    | 'closedAt'
    | 'mergedInto'
    | 'rating'
    | 'ratingAskedAt'
    | 'reporters'
    | 'messages'
    | 'gridCode'
  >
>

/** A compound as the request service needs it (routing of new requests). */
export interface CompoundRouting {
  id: string
  name?: string
  grids: { code: string; workerIds: string[]; buildings: string[] }[]
  dutyWorkerId?: string
}

/** A worker or admin as the request service needs it. */
export interface WorkerRef {
  id: string
  name: string
  role: 'admin' | 'worker'
  compoundIds: string[]
  wechatId?: string
  active: boolean
}

/** An outgoing message the request service asks the outbox to deliver (a relayed reply, a rating request …). */
export interface OutgoingRelay {
  kind: 'reply'
  requestId: string
  target: { kind: 'room' | 'contact'; id: string; compoundId?: string }
  mentionIds: string[]
  text: string
  /** Unique per logical message and target, so a retried use case never enqueues twice. */
  idempotencyKey: string
}
