/** The bot's decision about an incoming message, as the conversation log stores it. */
export interface MessageDecision {
  intent?: string
  category?: string
  faq?: string
  faqScore?: number
  location?: { building?: string; unit?: string; floor?: string; room?: string }
  urgent?: boolean
  confidence?: number
  action?: string
  reason?: string
}

/** One message of the conversation log (`GET /api/conversations`, a request's `conversation`/`context`). */
export interface ConversationMessage {
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
  sentAt: string
  requestId?: string
  /** Number of the request the message created or joined (for a link to the inbox). */
  requestNo?: number
  decision?: MessageDecision
  /** In a request's `context`: the message belongs to the request. */
  linked?: boolean
}

/** A WeChat group as `GET /api/groups` returns it. */
export interface GroupItem {
  id: string
  roomId: string
  topic: string
  compoundId?: string
  gridCode?: string
  kind: 'residents' | 'workers'
  active: boolean
}

/** A page of items as the API returns it. */
export interface Page<T> {
  items: T[]
  page: number
  pageSize: number
  total: number
  pages: number
}
