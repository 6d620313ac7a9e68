import type { OutgoingMessage } from '../messaging/ports'
import type { Location, RequestCategory, Understanding } from '../understanding/types'
import type { RequestStatus } from '../requests/lifecycle'

/** One incoming WeChat text message, with nothing Wechaty-specific left in it. */
export interface ChatInput {
  /** WeChat message id (unique per bot account). */
  messageId: string
  talkerId: string
  talkerName: string
  /** Set for group messages; unset for a direct message to the bot. */
  roomId?: string
  roomTopic?: string
  text: string
  /** Contact ids @-mentioned in the message. */
  mentionIds: string[]
  /** When the bot received it. */
  receivedAt: Date
  /** When WeChat says it was sent. */
  sentAt: Date
}

/** Who is talking, as far as the roster knows. */
export type TalkerKind = 'resident' | 'worker' | 'unknown'

/** A reply the adapter sends after persistence succeeded. */
export type Reply = OutgoingMessage

/** The conversation-log decision stored with every incoming message. */
export interface LoggedDecision {
  intent: 'request' | 'question' | 'followup' | 'chat' | 'command' | 'rating' | 'ignored'
  category?: string
  faq?: string
  faqScore?: number
  location?: Location
  urgent?: boolean
  confidence?: number
  action: string
  reason?: string
}

/** What the intake use case did with one message. */
export interface IntakeOutcome {
  /** True when the same WeChat message id was seen before (nothing was done again). */
  duplicate: boolean
  decision?: LoggedDecision
  /** Messages to send now, in order. */
  replies: Reply[]
  requestNo?: number
}

/** A request as the bot needs to see it. */
export interface RequestView {
  id: string
  no: number
  kind: 'request' | 'consultation'
  status: RequestStatus
  category: RequestCategory
  location?: Location
  urgent: boolean
  private: boolean
  summary: string
  compoundId: string
  roomId?: string
  ownerId?: string
  ownerName?: string
  deadline: Date
  reporters: { contactId?: string; name?: string; roomId?: string }[]
  rating?: { score?: number }
}

export type { Understanding }
