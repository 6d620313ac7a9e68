import { randomUUID } from 'node:crypto'
import type { Logger } from 'pino'
import type { Contact, Wechaty } from 'wechaty'
import type { MessageSender, OutgoingMessage, SendResult } from '../domain/messaging/ports'
import { AppError } from '../lib/errors'
import { recordOutgoingMessage } from '../models/message.repo'

/** What the sender needs to know about the running bot. */
export interface SenderDeps {
  /** The Wechaty instance, once built. */
  bot: () => Wechaty | undefined
  /** True while an account is logged in. */
  isLoggedIn: () => boolean
  log: Logger
}

// WeChat separates @mentions from the text with U+2005 (four-per-em space), as Wechaty does.
const AT_SEPARATOR = '\u2005'

/**
 * The bot's {@link MessageSender}: sends a text to a room (with @mentions) or a contact through
 * Wechaty, then records it in the conversation log (direction `out`). Jobs (the outbox
 * dispatcher) and the bot's own replies both go through it.
 */
export function createBotSender(deps: SenderDeps): MessageSender {
  function ready(): { bot: Wechaty; account: { id: string; name: string } } {
    const bot = deps.bot()
    if (!bot || !deps.isLoggedIn()) throw new AppError('bot_not_ready', 'the WeChat bot is not logged in', { status: 503 })
    try {
      // Read before sending: after a logout during the send, `currentUser` throws, and an error after
      // delivery would make the outbox send the message again.
      return { bot, account: { id: bot.currentUser.id, name: bot.currentUser.name() } }
    } catch (err) {
      throw new AppError('bot_not_ready', 'the WeChat bot is not logged in', { status: 503, cause: err })
    }
  }

  return {
    isReady: () => Boolean(deps.bot()) && deps.isLoggedIn(),
    accountId: () => {
      const bot = deps.bot()
      return bot && deps.isLoggedIn() ? bot.currentUser.id : undefined
    },
    async send(message: OutgoingMessage): Promise<SendResult> {
      const { bot, account } = ready()
      const { target } = message
      let sentText = message.text
      let messageId: string | undefined
      try {
        if (target.kind === 'room') {
          const room = await bot.Room.find({ id: target.id })
          if (!room) throw new AppError('send_failed', `room not found: ${target.id}`, { details: { permanent: true } })
          const mentions: Contact[] = []
          for (const id of message.mentionIds ?? []) {
            const c = await bot.Contact.find({ id })
            if (c) mentions.push(c)
          }
          if (mentions.length) {
            const names = await Promise.all(mentions.map(async (c) => '@' + ((await room.alias(c)) || c.name())))
            sentText = `${names.join(AT_SEPARATOR)} ${message.text}`
          }
          const sent = await (mentions.length ? room.say(message.text, ...mentions) : room.say(message.text))
          messageId = sent ? sent.id : undefined
        } else {
          const contact = await bot.Contact.find({ id: target.id })
          if (!contact) throw new AppError('send_failed', `contact not found: ${target.id}`, { details: { permanent: true } })
          const sent = await contact.say(message.text)
          messageId = sent ? sent.id : undefined
        }
      } catch (err) {
        if (err instanceof AppError) throw err
        throw new AppError('send_failed', 'WeChat refused or failed the message', { cause: err })
      }
      // Delivered: nothing from here on may throw (a failed log write is only logged).
      await recordOutgoingMessage({
        botAccountId: account.id,
        wechatMessageId: messageId ?? `out-${randomUUID()}`,
        target,
        botName: account.name,
        text: sentText,
        mentionIds: message.mentionIds ?? [],
        sentAt: new Date(),
        requestId: message.requestId,
      }).catch((err: unknown) => deps.log.error({ err, targetId: target.id }, 'sent message not recorded'))
      deps.log.info({ targetKind: target.kind, targetId: target.id, length: message.text.length }, 'message sent')
      return messageId ? { messageId } : {}
    },
  }
}
