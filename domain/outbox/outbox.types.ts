/** What produced an outgoing message (mirrors models/delivery.model.ts DELIVERY_KINDS). */
export type OutboxKind = 'notice' | 'push' | 'greeting' | 'reply' | 'reminder' | 'report' | 'alert'

/** Each kind's name for people (admins' alerts, the console). */
export const OUTBOX_KIND_LABELS: Record<OutboxKind, string> = {
  notice: '通知',
  push: '政策推送',
  greeting: '祝福',
  reply: '回复',
  reminder: '提醒',
  report: '周报',
  alert: '紧急提醒',
}

/** The life of an outbox row: pending → sending → sent | failed | unknown; or cancelled while pending. */
export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'unknown' | 'cancelled'

/** Where a row goes: a WeChat room or one contact, with what we know of who that is. */
export interface OutboxTarget {
  kind: 'room' | 'contact'
  id: string
  name?: string
  compoundId?: string
  residentId?: string
}

/** One message × target to write into the outbox; `idempotencyKey` makes the write happen once. */
export interface NewDelivery {
  kind: OutboxKind
  target: OutboxTarget
  text: string
  mentionIds?: string[]
  imageUrl?: string
  urgent?: boolean
  noticeId?: string
  requestId?: string
  occurrenceKey?: string
  idempotencyKey: string
  /** Not sent before this time. */
  notBefore?: Date
  /** Given up, not sent late, after this time. */
  expiresAt?: Date
}

/** An outbox row as the dispatcher and reports see it (ids as strings). */
export interface OutboxRow {
  id: string
  kind: OutboxKind
  target: OutboxTarget
  text: string
  mentionIds: string[]
  imageUrl?: string
  urgent: boolean
  status: OutboxStatus
  attempts: number
  lastError?: string
  notBefore?: Date
  expiresAt?: Date
  claimedBy?: string
  claimedAt?: Date
  sentAt?: Date
  botAccountId?: string
  noticeId?: string
  requestId?: string
  occurrenceKey?: string
  idempotencyKey: string
  flaggedAt?: Date
}

/** Exactly-once decisions, taken by inserting a key under a unique index (models/claim.model.ts). */
export interface ClaimPort {
  /** True for exactly one caller of `key`. */
  tryClaim(key: string, holder: string, now: Date, expiresAt?: Date): Promise<boolean>
  /** Who holds `key`, and since when. */
  claimHolder(key: string): Promise<{ holder: string; at: Date; expiresAt?: Date | null } | null>
}

/** Enqueues one outbox row; a duplicate idempotency key returns the existing row (`created: false`). */
export type EnqueueDelivery = (row: NewDelivery) => Promise<{ delivery: OutboxRow; created: boolean }>

/** The minimal logger the use cases write to (pino's signature: object first, message second). */
export interface UseCaseLog {
  info(obj: object, msg: string): void
  warn(obj: object, msg: string): void
  error(obj: object, msg: string): void
}

/** A logger that drops everything (default in tests). */
export const SILENT_LOG: UseCaseLog = { info: () => undefined, warn: () => undefined, error: () => undefined }
