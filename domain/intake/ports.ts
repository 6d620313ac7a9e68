import type { RequestService } from '../requests/request.service'
import type { WorkerRef } from '../requests/types'
import type { Understanding } from '../understanding/types'
import type { LoggedDecision, TalkerKind } from './types'

/** An incoming message row as first written (state `received`), before anything else happens. */
export interface IncomingRow {
  botAccountId: string
  wechatMessageId: string
  roomId?: string
  talkerId: string
  talkerName: string
  text: string
  mentionIds: string[]
  sentAt: Date
}

/** The conversation log (models/message.repo.ts). */
export interface MessageLogPort {
  /** Inserts the row under the unique (bot account, message id) index; `duplicate` when it was there. */
  insertIncoming(row: IncomingRow): Promise<'inserted' | 'duplicate'>
  /** The state of an incoming row, or null when there is none (`received`: stored but not processed yet). */
  incomingState(botAccountId: string, wechatMessageId: string): Promise<'received' | 'processed' | 'failed' | null>
  /** Stores the decision and what the message is about, and moves it to `processed` or `failed`. */
  completeIncoming(
    botAccountId: string,
    wechatMessageId: string,
    fields: { state: 'processed' | 'failed'; decision: LoggedDecision; talkerKind: TalkerKind; groupId?: string; compoundId?: string; requestId?: string; requestCreated?: boolean },
  ): Promise<void>
}

/** A WeChat room as the bot sees it. */
export interface GroupView {
  id: string
  roomId: string
  topic: string
  compoundId?: string
  gridCode?: string
  kind: 'residents' | 'workers'
}

/** Rooms and their binding (models/group.repo.ts). */
export interface GroupPort {
  /** The room's row, created (unbound) on first sight; the topic is refreshed when it changed. */
  ensureGroup(input: { roomId: string; topic?: string; botAccountId: string; now: Date }): Promise<GroupView>
  bindGroup(input: { roomId: string; compoundId: string; by: string; now: Date }): Promise<GroupView>
  unbindGroup(input: { roomId: string; by: string }): Promise<GroupView | null>
}

/** A resident known to the roster. */
export interface ResidentView {
  id: string
  name: string
  compoundId: string
  gridCode?: string
}

/** A compound as the bot needs it. */
export interface CompoundView {
  id: string
  name: string
}

/** Someone to alert about an urgent matter. */
export interface DutyContact {
  wechatId: string
  name: string
}

/** Who is who (residents, workers, compounds). */
export interface DirectoryPort {
  findWorkerByWechatId(contactId: string): Promise<WorkerRef | null>
  findResidentByWechatId(contactId: string): Promise<ResidentView | null>
  /** By name or alias (exact first, then the one whose name contains or is contained in the text). */
  findCompoundByName(name: string): Promise<CompoundView | null>
  getCompound(id: string): Promise<CompoundView | null>
  /** A worker by display name or username, preferring those who serve `compoundId`. */
  findWorkerByName(name: string, compoundId?: string): Promise<WorkerRef | null>
  /** The compound's duty worker and the on-duty workers serving it, with a WeChat id. */
  findDutyContacts(compoundId: string): Promise<DutyContact[]>
}

/** A knowledge-base topic as the bot answers it. */
export interface TopicView {
  topic: string
  title: string
  answer: string
  detail?: string
  source?: string
  sample: boolean
}

/** Understanding and the knowledge base, kept fresh by the bot. */
export interface KnowledgePort {
  understand(text: string): Promise<Understanding>
  topic(key: string): TopicView | undefined
}

/** The request use cases the bot calls (domain/requests/request.service.ts). */
export type IntakeRequestPort = Pick<
  RequestService,
  'submitReport' | 'createRequest' | 'findByMessage' | 'listForReporter' | 'findAwaitingRating' | 'rate' | 'accept' | 'assign' | 'reply' | 'resolve' | 'getByNo'
>

/** Minimal structured log the use case writes to (a pino child satisfies it). */
export interface IntakeLog {
  info(obj: object, msg: string): void
  warn(obj: object, msg: string): void
  error(obj: object, msg: string): void
}
