import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import { mock, PuppetMock } from 'wechaty-puppet-mock'
import { types } from 'wechaty'
import type { IntakeOutcome } from '../domain/intake/types'
import { AppError } from '../lib/errors'
import { findSandboxPerson, listSandboxPeople, type SandboxPerson } from '../models/directory.repo'
import { findGroupByRoomIdOrTopic, listActiveGroups } from '../models/group.repo'
import type { GroupView } from '../domain/intake/ports'
import type { ProcessingResult, ProcessingTracker } from './processing-tracker'

/** Contact id of the bot account in the sandbox. */
export const SANDBOX_BOT_ID = 'linli-sandbox-bot'

/** What an injected message led to. */
export interface SandboxResult {
  messageId: string
  /** processed | duplicate | ignored */
  status: 'processed' | 'duplicate' | 'ignored'
  reason?: string
  outcome?: IntakeOutcome
}

/** A message to inject as if a person typed it. */
export interface SandboxMessage {
  /** Room topic or id; omitted for a direct message to the bot. */
  group?: string
  /** Resident or worker: WeChat id, name, nickname or username. */
  sender: string
  text: string
  /** Reuse a WeChat message id (to simulate a duplicated delivery). */
  messageId?: string
}

/** Test and demo options of the sandbox puppet (SANDBOX_SENT_LOG, SANDBOX_SEND_LATENCY_MS); both off by default. */
export interface SandboxOptions {
  /**
   * Appends every message the puppet delivers to this file, one JSON line each ({@link SandboxSentLine}),
   * before the send returns. The file outlives the process, so tests can prove what "WeChat" received
   * across a crash (the puppet's own transcript lives in memory).
   */
  sentLogPath?: string
  /**
   * Milliseconds each send takes to return after the message was delivered (WeChat's round trip), so a
   * crash can land between "delivered" and "acknowledged", as it can with a real account.
   */
  sendLatencyMs?: number
}

/** One line of the sandbox's sent log. */
export interface SandboxSentLine {
  at: string
  /** Room id or contact id. */
  conversationId: string
  /** The text as delivered (with the "@name " prefix of mentions). */
  text: string
  mentionIds: string[]
}

/** A message as WeChat would push it to the bot (no database lookups: the sender and room must exist in the sandbox). */
export interface SandboxDelivery {
  talkerId: string
  /** Omitted for a direct message to the bot. */
  roomId?: string
  text: string
  messageId?: string
  /** When WeChat says it was sent (default: now). */
  sentAt?: Date
}

/**
 * The offline sandbox: a wechaty-puppet-mock world with the demo compounds' groups, residents and
 * workers from the database. Messages are injected through the mock puppet, so they travel the
 * same path as real WeChat messages.
 */
export class Sandbox {
  readonly mocker = new mock.Mocker()
  readonly puppet: PuppetMock
  private botContact: mock.ContactMock | undefined

  constructor(
    private readonly botName: string,
    private readonly tracker: ProcessingTracker,
    private readonly timeoutMs = 20_000,
    options: SandboxOptions = {},
  ) {
    this.puppet = new PuppetMock({ mocker: this.mocker })
    if (options.sentLogPath || options.sendLatencyMs) recordSends(this.puppet, options)
  }

  /** Creates the bot's own contact (before login). */
  createBotContact(): mock.ContactMock {
    this.botContact ??= this.mocker.createContact({ id: SANDBOX_BOT_ID, name: this.botName })
    return this.botContact
  }

  /** Logs the bot account in. */
  login(): void {
    this.mocker.login(this.createBotContact())
  }

  /** Creates a mock contact for every resident and worker and a mock room for every group. */
  async populate(): Promise<{ contacts: number; rooms: number }> {
    const people = await listSandboxPeople()
    for (const p of people) this.ensureContact(p)
    const groups = await listActiveGroups()
    for (const g of groups) {
      const members = people.filter((p) => p.kind === 'worker' || (g.compoundId && p.compoundId === g.compoundId)).map((p) => p.contactId)
      this.ensureRoom(g, members)
    }
    return { contacts: people.length, rooms: groups.length }
  }

  /**
   * Injects a message and waits until the bot has processed it.
   * @throws AppError sandbox_unknown_group (404), sandbox_unknown_sender (404), sandbox_timeout (504),
   *   bot_not_ready (503: not logged in, or the bot stopped before it got to the message)
   */
  async inject(msg: SandboxMessage): Promise<SandboxResult> {
    const person = await findSandboxPerson(msg.sender)
    if (!person) throw new AppError('sandbox_unknown_sender', `没有找到居民或工作人员「${msg.sender}」`, { status: 404, field: 'sender' })
    let group: GroupView | null = null
    if (msg.group !== undefined) {
      group = await findGroupByRoomIdOrTopic(msg.group)
      if (!group) throw new AppError('sandbox_unknown_group', `没有找到群「${msg.group}」`, { status: 404, field: 'group' })
    }
    this.ensureContact(person)
    if (group) this.ensureRoom(group, [person.contactId])

    const messageId = msg.messageId ?? `sandbox-${randomUUID()}`
    const result = await this.deliver({ talkerId: person.contactId, ...(group ? { roomId: group.roomId } : {}), text: msg.text, messageId }, this.timeoutMs)
    if ('error' in result) {
      if (result.error instanceof AppError) throw result.error
      const timeout = result.error instanceof Error && /not processed within/.test(result.error.message)
      throw new AppError(timeout ? 'sandbox_timeout' : 'sandbox_failed', timeout ? '机器人没有在规定时间内处理这条消息' : '机器人处理这条消息时出错', { status: timeout ? 504 : 500, cause: result.error, isOperational: timeout })
    }
    if ('ignored' in result) return { messageId, status: 'ignored', reason: result.ignored }
    return { messageId, status: result.outcome.duplicate ? 'duplicate' : 'processed', outcome: result.outcome }
  }

  /**
   * Pushes a message to the bot through the mock puppet, as WeChat does, and resolves with the bot's
   * processing result (or `{ error }` after `timeoutMs`). It reads nothing from the database, so it
   * works while the database is down; the sender (and room) must already exist in the sandbox world.
   * @throws AppError bot_not_ready (503) when the sandbox account is not logged in
   */
  deliver(msg: SandboxDelivery, timeoutMs = this.timeoutMs): Promise<ProcessingResult> {
    if (!this.puppet.isLoggedIn) throw new AppError('bot_not_ready', '沙盒机器人没有登录', { status: 503 })
    const messageId = msg.messageId ?? `sandbox-${randomUUID()}`
    const waiting = this.tracker.wait(messageId, timeoutMs)
    if (!this.mocker.cacheMessagePayload.has(messageId)) {
      const botId = this.createBotContact().id
      const mentionIdList = msg.text.includes(`@${this.botName}`) ? [botId] : []
      this.mocker.MessageMock.create({
        id: messageId,
        talkerId: msg.talkerId,
        ...(msg.roomId ? { roomId: msg.roomId, mentionIdList } : { listenerId: botId }),
        text: msg.text,
        timestamp: (msg.sentAt ?? new Date()).getTime(),
        type: types.Message.Text,
      } as never)
    }
    this.puppet.emit('message', { messageId })
    return waiting
  }

  private ensureContact(p: Pick<SandboxPerson, 'contactId' | 'name'>): void {
    if (this.mocker.cacheContactPayload.has(p.contactId)) return
    this.mocker.createContact({ id: p.contactId, name: p.name })
  }

  private ensureRoom(g: GroupView, memberIds: string[]): void {
    const botId = this.createBotContact().id
    if (!this.mocker.cacheRoomPayload.has(g.roomId)) {
      this.mocker.createRoom({ id: g.roomId, topic: g.topic, memberIdList: [botId, ...new Set(memberIds)] })
      return
    }
    const payload = this.mocker.roomPayload(g.roomId)
    const missing = memberIds.filter((id) => !payload.memberIdList.includes(id))
    if (missing.length) this.mocker.roomPayload(g.roomId, { ...payload, memberIdList: [...payload.memberIdList, ...missing] })
  }
}

/** Wraps the mock puppet's text send: deliver, append to the sent log, then wait out the simulated round trip. */
function recordSends(puppet: PuppetMock, options: SandboxOptions): void {
  const send = puppet.messageSendText.bind(puppet)
  // Typed as the mock declares it (two parameters); Wechaty passes the mentioned ids as a third.
  puppet.messageSendText = async (conversationId: string, text: string, ...rest: unknown[]) => {
    await send(conversationId, text)
    const mentionIdList = Array.isArray(rest[0]) ? rest[0].map(String) : undefined
    if (options.sentLogPath) {
      const line: SandboxSentLine = { at: new Date().toISOString(), conversationId, text, mentionIds: mentionIdList ?? [] }
      // Synchronous on purpose: once the send is delivered, its line is on disk even if the process dies next.
      fs.appendFileSync(options.sentLogPath, `${JSON.stringify(line)}\n`)
    }
    if (options.sendLatencyMs) await new Promise((resolve) => setTimeout(resolve, options.sendLatencyMs))
  }
}
