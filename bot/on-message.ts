import type { Logger } from 'pino'
import { types, type Message } from 'wechaty'
import type { IntakeService } from '../domain/intake/intake.service'
import type { ChatInput } from '../domain/intake/types'
import type { MessageSender } from '../domain/messaging/ports'
import { AppError } from '../lib/errors'
import type { KeyedLock } from '../lib/keyed-lock'
import { recordIgnoredMessage } from '../models/message.repo'
import type { ProcessingTracker } from './processing-tracker'

/** What the adapter needs. */
export interface OnMessageDeps {
  intake: IntakeService
  sender: MessageSender
  /** Serialises messages of one conversation, so replies come in order and a flood is handled one by one. */
  lock: KeyedLock
  tracker: ProcessingTracker
  log: Logger
  /** Messages older than this when they arrive are replays after a reconnect: logged, not answered. */
  maxMessageAgeS: number
  /** Contact ids of other bots in the groups (never answered). */
  otherBotIds: ReadonlySet<string>
  now: () => Date
  /**
   * True for errors that mean the database is unreachable (models/common.ts `isTransientDbError`): the
   * message keeps its place in its conversation's queue and is tried again until the database is back.
   */
  isTransient: (err: unknown) => boolean
  /** True once the bot is stopping: retries end, and a stored message is left for reprocessing at the next login. */
  isStopping: () => boolean
  /** Waits between retries (default: a timer). */
  sleep?: (ms: number) => Promise<void>
}

/** First and longest wait between two tries of a message while the database is unreachable. */
const RETRY_FIRST_MS = 250
const RETRY_MAX_MS = 2_000

/**
 * Runs `fn` (one try at a message) again and again while it fails because the database is unreachable,
 * waiting 0.25 s, 0.5 s, 1 s, then every 2 s; any other error, or a stopping bot, ends the tries.
 * `fn` learns whether an earlier try failed, so it can finish what that try stored.
 * @throws AppError bot_stopping (with the database error as cause) when the bot stops before the database is back
 */
export async function retryWhileDatabaseUnreachable<T>(
  deps: Pick<OnMessageDeps, 'isTransient' | 'isStopping' | 'sleep' | 'log'>,
  messageId: string,
  fn: (isRetry: boolean) => Promise<T>,
): Promise<T> {
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)))
  const started = Date.now()
  for (let attempt = 0; ; attempt++) {
    try {
      const result = await fn(attempt > 0)
      if (attempt > 0) deps.log.info({ messageId, attempts: attempt + 1, waitedMs: Date.now() - started }, 'message processed after the database came back')
      return result
    } catch (err) {
      if (!deps.isTransient(err)) throw err
      if (deps.isStopping()) {
        throw new AppError('bot_stopping', 'the bot stopped while the database was unreachable; a stored message is processed at the next login', { cause: err })
      }
      if (attempt === 0) deps.log.warn({ err, messageId }, 'database unreachable: the message waits and is tried again')
      await sleep(Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** attempt))
    }
  }
}

/**
 * The Wechaty adapter: guard clauses (our own messages, other bots, unsupported types, stale
 * replays), mapping to a plain {@link ChatInput}, the intake use case, and only then the replies.
 */
export async function onMessage(message: Message, deps: OnMessageDeps): Promise<void> {
  if (message.self()) return
  // Taken before queueing: a message that waits for its conversation (a flood, a database outage) is not "stale".
  const arrivedAt = deps.now()
  const talker = message.talker()
  const room = message.room()
  const conversation = room ? room.id : `dm:${talker.id}`
  await deps.lock.run(conversation, async () => {
    const botAccountId = message.wechaty.currentUser.id
    const base = {
      botAccountId,
      wechatMessageId: message.id,
      ...(room ? { roomId: room.id } : {}),
      talkerId: talker.id,
      talkerName: talker.name(),
      text: message.type() === types.Message.Text ? message.text() : '',
      mentionIds: [] as string[],
      sentAt: message.date(),
    }
    const isOtherBot = deps.otherBotIds.has(talker.id) || (talker.type() !== types.Contact.Individual && talker.type() !== types.Contact.Unknown)
    if (isOtherBot) return ignore(message.id, deps, () => recordIgnoredMessage({ ...base, talkerKind: 'other-bot', reason: 'other-bot' }), 'other-bot')
    if (message.type() !== types.Message.Text) {
      return ignore(message.id, deps, () => recordIgnoredMessage({ ...base, talkerKind: 'unknown', type: messageTypeName(message.type()), reason: 'unsupported-type' }), 'unsupported-type')
    }
    const ageS = (arrivedAt.getTime() - base.sentAt.getTime()) / 1000
    if (ageS > deps.maxMessageAgeS) {
      return ignore(message.id, deps, () => recordIgnoredMessage({ ...base, talkerKind: 'unknown', reason: 'stale' }), 'stale')
    }

    const input: ChatInput = {
      messageId: message.id,
      talkerId: talker.id,
      talkerName: talker.name(),
      ...(room ? { roomId: room.id, roomTopic: await room.topic() } : {}),
      text: message.text(),
      mentionIds: (await message.mentionList()).map((c) => c.id),
      receivedAt: arrivedAt,
      sentAt: base.sentAt,
    }
    if (deps.isStopping()) {
      // The bot is stopping and this message was still waiting for its turn: store it for the next login
      // instead of starting on it, so shutdown is quick and the message is not lost.
      try {
        await retryWhileDatabaseUnreachable(deps, input.messageId, () => deps.intake.store(input))
        deps.log.info({ messageId: input.messageId, roomId: input.roomId }, 'bot stopping: message stored for processing after the next login')
        deps.tracker.settle(message.id, { error: new AppError('bot_not_ready', '机器人正在停止，这条消息在重新登录后处理', { status: 503 }) })
      } catch (err) {
        deps.tracker.settle(message.id, { error: err })
        throw err
      }
      return
    }
    try {
      const outcome = await retryWhileDatabaseUnreachable(deps, input.messageId, (retry) => deps.intake.handle(input, { retry }))
      await sendReplies(outcome.replies, deps)
      deps.log.info({ messageId: input.messageId, roomId: input.roomId, action: outcome.decision?.action, duplicate: outcome.duplicate, replies: outcome.replies.length }, 'message handled')
      deps.tracker.settle(message.id, { outcome })
    } catch (err) {
      deps.tracker.settle(message.id, { error: err })
      throw err
    }
  })
}

/** Sends replies in order; one failed send is logged and does not stop the others. */
export async function sendReplies(replies: readonly Parameters<MessageSender['send']>[0][], deps: Pick<OnMessageDeps, 'sender' | 'log'>): Promise<void> {
  for (const reply of replies) {
    try {
      await deps.sender.send(reply)
    } catch (err) {
      deps.log.error({ err, targetKind: reply.target.kind, targetId: reply.target.id }, 'reply not sent')
    }
  }
}

async function ignore(messageId: string, deps: OnMessageDeps, record: () => Promise<unknown>, reason: string): Promise<void> {
  try {
    // A second insert of the same row is a harmless duplicate, so recording can simply be tried again.
    await retryWhileDatabaseUnreachable(deps, messageId, record)
  } finally {
    deps.log.debug({ messageId, reason }, 'message ignored')
    deps.tracker.settle(messageId, { ignored: reason })
  }
}

function messageTypeName(t: types.Message): string {
  switch (t) {
    case types.Message.Image: return 'image'
    case types.Message.Audio: return 'voice'
    case types.Message.Video: return 'video'
    case types.Message.Attachment: return 'file'
    case types.Message.Url: return 'link'
    case types.Message.Emoticon: return 'emoticon'
    default: return 'other'
  }
}
