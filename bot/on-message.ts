import type { Logger } from 'pino'
import { types, type Message } from 'wechaty'
import type { IntakeService } from '../domain/intake/intake.service'
import type { ChatInput } from '../domain/intake/types'
import type { MessageSender } from '../domain/messaging/ports'
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
}

/**
 * The Wechaty adapter: guard clauses (our own messages, other bots, unsupported types, stale
 * replays), mapping to a plain {@link ChatInput}, the intake use case, and only then the replies.
 */
export async function onMessage(message: Message, deps: OnMessageDeps): Promise<void> {
  if (message.self()) return
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
    const ageS = (deps.now().getTime() - base.sentAt.getTime()) / 1000
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
      receivedAt: deps.now(),
      sentAt: base.sentAt,
    }
    try {
      const outcome = await deps.intake.handle(input)
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
    await record()
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
