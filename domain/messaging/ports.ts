/** Where an outgoing message goes: a WeChat room (group) or one contact (direct message). */
export interface MessageTarget {
  kind: 'room' | 'contact'
  id: string
}

/** A message the product sends on its own or relays (replies, notices, greetings, reminders). */
export interface OutgoingMessage {
  target: MessageTarget
  text: string
  /** Contacts to @ in a room message. */
  mentionIds?: string[]
  imageUrl?: string
  /** The request the message is about, linked in the conversation log. */
  requestId?: string
}

/** The result of one send. */
export interface SendResult {
  /** WeChat message id of what was sent, when the puppet reports one. */
  messageId?: string
}

/**
 * The port through which jobs and the API reach WeChat; the bot implements it (and records
 * every sent message in the conversation log).
 */
export interface MessageSender {
  /** Sends now. @throws AppError bot_not_ready | send_failed (with a cause the outbox classifies) */
  send(message: OutgoingMessage): Promise<SendResult>
  /** True when a WeChat account is logged in and sending is possible. */
  isReady(): boolean
  /** Contact id of the logged-in bot account. */
  accountId(): string | undefined
}
