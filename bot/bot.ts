import type { Logger } from 'pino'
import qrcodeTerminal from 'qrcode-terminal'
import { qrcodeValueToImageUrl, ScanStatus, WechatyBuilder, type Wechaty } from 'wechaty'
import type { BotHealth } from '../api/routes/health'
import { createIntakeService, type IntakeService } from '../domain/intake/intake.service'
import type { IntakeRequestPort } from '../domain/intake/ports'
import { RateLimiter } from '../domain/intake/rate-limit'
import type { MessageSender } from '../domain/messaging/ports'
import { KB_THRESHOLD } from '../domain/understanding'
import { loadConfig, type Config } from '../lib/config'
import { AppError } from '../lib/errors'
import { KeyedLock } from '../lib/keyed-lock'
import { handleError } from '../lib/shutdown'
import { directory } from '../models/directory.repo'
import { countBoundGroups, groupStore } from '../models/group.repo'
import { isTransientDbError } from '../models/common'
import { findInterruptedMessages, messageLog } from '../models/message.repo'
import { createLiveKnowledge, type KnowledgeSource, type LiveKnowledge, type Refiner } from './knowledge'
import { onMessage, retryWhileDatabaseUnreachable, sendReplies, type OnMessageDeps } from './on-message'
import { ProcessingTracker } from './processing-tracker'
import { Sandbox, type SandboxOptions } from './sandbox'
import { createBotSender } from './sender'
import { refineWithLlm } from '../domain/understanding'

/** Puppets installed with Linli (others can be added with npm and listed here). */
export const SUPPORTED_PUPPETS: readonly string[] = ['wechaty-puppet-wechat4u', 'wechaty-puppet-service', 'wechaty-puppet-mock']

/** The configuration the bot reads. */
export type BotConfig = Pick<
  Config,
  | 'WECHATY_PUPPET' | 'WECHATY_PUPPET_SERVICE_TOKEN' | 'WECHATY_PUPPET_SERVICE_ENDPOINT' | 'BOT_NAME' | 'TIMEZONE'
  | 'BOT_MAX_PER_MINUTE' | 'BOT_BURST' | 'BOT_MAX_PER_SENDER_PER_MINUTE' | 'BOT_MAX_MESSAGE_AGE_S' | 'BOT_OTHER_BOT_IDS' | 'BOT_FAQ_REFRESH_S'
>

const BOT_CONFIG_KEYS = [
  'WECHATY_PUPPET', 'WECHATY_PUPPET_SERVICE_TOKEN', 'WECHATY_PUPPET_SERVICE_ENDPOINT', 'BOT_NAME', 'TIMEZONE',
  'BOT_MAX_PER_MINUTE', 'BOT_BURST', 'BOT_MAX_PER_SENDER_PER_MINUTE', 'BOT_MAX_MESSAGE_AGE_S', 'BOT_OTHER_BOT_IDS', 'BOT_FAQ_REFRESH_S',
] as const satisfies readonly (keyof BotConfig)[]

/** The sandbox bot's settings with the product's defaults (an empty environment), and `overrides`: for tests and benchmarks. */
export function sandboxBotConfig(overrides: Partial<BotConfig> = {}): BotConfig {
  const defaults = loadConfig({})
  return { ...(Object.fromEntries(BOT_CONFIG_KEYS.map((k) => [k, defaults[k]])) as BotConfig), ...overrides }
}

/** What the bot is built from. */
export interface LinliBotDeps {
  config: BotConfig
  log: Logger
  /** The request service (domain/requests/request.service.ts), shared with the API. */
  requests: IntakeRequestPort
  knowledgeSource: KnowledgeSource
  /** Optional LLM refinement of hard messages (falls back to the local result). */
  refine?: Refiner
  now?: () => Date
  /** Sandbox only: the sent log and simulated send latency (SANDBOX_SENT_LOG, SANDBOX_SEND_LATENCY_MS). */
  sandboxOptions?: SandboxOptions
  /** How long stop() waits for messages in progress before it stops the puppet (default {@link STOP_DRAIN_MS}). */
  stopDrainMs?: number
}

/**
 * How long stop() waits for the messages in progress to finish (those queued behind them are only stored,
 * for the next login). What is still running then is not lost: its row stays in `received` and is
 * processed at the next login.
 */
export const STOP_DRAIN_MS = 10_000

/** What GET /api/bot/status reports. */
export interface BotStatus extends BotHealth {
  loggedIn: boolean
  sandbox: boolean
  account?: string
  accountName?: string
  /** While waiting for a QR login: the code's image URL and the scan status. */
  qrcode?: { url: string; status: string; at: string }
  /** Rooms bound to a compound. */
  roomsServed: number
  startedAt?: string
  lastMessageAt?: string
}

/** The optional LLM refinement from LLM_* settings (undefined when they are not set); it falls back to the local result. */
export function llmRefinerFromConfig(config: Pick<Config, 'LLM_BASE_URL' | 'LLM_API_KEY' | 'LLM_MODEL' | 'LLM_TIMEOUT_MS'>): Refiner | undefined {
  const { LLM_BASE_URL: baseUrl, LLM_MODEL: model } = config
  if (!baseUrl || !model) return undefined
  return async (text, local, topics) =>
    (await refineWithLlm(text, local, { baseUrl, model, apiKey: config.LLM_API_KEY ?? '', timeoutMs: config.LLM_TIMEOUT_MS, topics })).understanding
}

/** A running (or startable) Linli bot. */
export interface LinliBot {
  start(): Promise<void>
  stop(): Promise<void>
  health(): BotHealth
  status(): Promise<BotStatus>
  /** The MessageSender the outbox dispatcher uses. */
  sender: MessageSender
  /** Present only when no real puppet is configured. */
  sandbox?: Sandbox
  intake: IntakeService
  knowledge: LiveKnowledge
  /** The Wechaty instance while running (tests listen to rooms with it). */
  wechaty(): Wechaty | undefined
}

/**
 * Builds the bot: the puppet from WECHATY_PUPPET (a sandbox on wechaty-puppet-mock when unset),
 * the intake use case over the repositories and the request service, the live knowledge base,
 * and the Wechaty event handlers (QR login printed and exposed, reconnect recovery, messages).
 * @throws AppError bot_puppet_unknown when WECHATY_PUPPET names no supported puppet
 */
export function createLinliBot(deps: LinliBotDeps): LinliBot {
  const { config, log } = deps
  const now = deps.now ?? (() => new Date())
  const tracker = new ProcessingTracker()
  const isSandbox = !config.WECHATY_PUPPET || config.WECHATY_PUPPET === 'wechaty-puppet-mock'
  const sandbox = isSandbox ? new Sandbox(config.BOT_NAME, tracker, undefined, deps.sandboxOptions) : undefined
  const puppetName = config.WECHATY_PUPPET ?? 'wechaty-puppet-mock'
  if (config.WECHATY_PUPPET && !SUPPORTED_PUPPETS.includes(config.WECHATY_PUPPET)) {
    throw new AppError('bot_puppet_unknown', `WECHATY_PUPPET=${config.WECHATY_PUPPET} is not a supported puppet`, { isOperational: false })
  }

  let bot: Wechaty | undefined
  let state: BotHealth['state'] = 'not-started'
  let loggedIn = false
  let qrcode: BotStatus['qrcode']
  let startedAt: Date | undefined
  let lastMessageAt: Date | undefined
  let stopping = false
  // Message handlers (and recoveries) in progress, so stop() can let them finish.
  const inFlight = new Set<Promise<void>>()
  const track = (work: Promise<void>) => {
    const p: Promise<void> = work.finally(() => inFlight.delete(p))
    inFlight.add(p)
  }

  const sender = createBotSender({ bot: () => bot, isLoggedIn: () => loggedIn, log })
  const knowledge = createLiveKnowledge({ source: deps.knowledgeSource, log, refreshMs: config.BOT_FAQ_REFRESH_S * 1000, refine: deps.refine })
  const limiter = new RateLimiter({ perMinute: config.BOT_MAX_PER_MINUTE, burst: config.BOT_BURST, burstWindowMs: 10_000, perSenderPerMinute: config.BOT_MAX_PER_SENDER_PER_MINUTE })
  const intake = createIntakeService({
    botAccountId: () => sender.accountId() ?? 'unknown',
    now,
    messages: messageLog,
    groups: groupStore,
    directory,
    requests: deps.requests,
    knowledge,
    limiter,
    log,
    tz: config.TIMEZONE,
    answerThreshold: KB_THRESHOLD,
    isTransient: isTransientDbError,
  })
  const messageDeps: OnMessageDeps = {
    intake,
    sender,
    lock: new KeyedLock(),
    tracker,
    log,
    maxMessageAgeS: config.BOT_MAX_MESSAGE_AGE_S,
    otherBotIds: new Set(config.BOT_OTHER_BOT_IDS),
    now,
    isTransient: isTransientDbError,
    isStopping: () => stopping,
  }

  /** After a (re)login: finish messages that were stored but not processed (crash, puppet restart). */
  async function recoverInterrupted(): Promise<void> {
    const accountId = sender.accountId()
    if (!accountId) return
    const rows = await findInterruptedMessages(accountId)
    for (const input of rows) {
      if (stopping) break
      const conversation = input.roomId ?? `dm:${input.talkerId}`
      await messageDeps.lock.run(conversation, async () => {
        if (stopping) return
        // `resume` re-checks the row under the lock: a live retry may have finished it meanwhile.
        const outcome = await retryWhileDatabaseUnreachable(messageDeps, input.messageId, () => intake.handle(input, { resume: true }))
        await sendReplies(outcome.replies, messageDeps)
      }).catch((err: unknown) => handleError(err, { source: 'bot', messageId: input.messageId, phase: 'recovery' }, log))
    }
    if (rows.length) log.info({ count: rows.length }, 'interrupted messages recovered')
  }

  function build(): Wechaty {
    const b = sandbox
      ? WechatyBuilder.build({ name: 'linli-sandbox', puppet: sandbox.puppet })
      : WechatyBuilder.build({
          name: 'linli',
          puppet: puppetName as never,
          puppetOptions: {
            ...(config.WECHATY_PUPPET_SERVICE_TOKEN ? { token: config.WECHATY_PUPPET_SERVICE_TOKEN } : {}),
            ...(config.WECHATY_PUPPET_SERVICE_ENDPOINT ? { endpoint: config.WECHATY_PUPPET_SERVICE_ENDPOINT } : {}),
          },
        })
    b.on('scan', (code: string, status: ScanStatus) => {
      if (status === ScanStatus.Waiting || status === ScanStatus.Timeout) {
        qrcode = { url: qrcodeValueToImageUrl(code), status: ScanStatus[status], at: now().toISOString() }
        qrcodeTerminal.generate(code, { small: true })
        log.info({ qrcodeUrl: qrcode.url }, 'scan the QR code with the WeChat account of the bot')
      } else {
        qrcode = qrcode ? { ...qrcode, status: ScanStatus[status] } : undefined
        log.info({ status: ScanStatus[status] }, 'QR code scan status')
      }
    })
    b.on('login', (user) => {
      loggedIn = true
      state = 'logged-in'
      qrcode = undefined
      log.info({ account: user.id }, 'bot logged in')
      track(recoverInterrupted().catch((err: unknown) => void handleError(err, { source: 'bot', phase: 'recovery' }, log)))
    })
    b.on('logout', (user, reason) => {
      loggedIn = false
      state = 'logged-out'
      log.warn({ account: user.id, reason }, 'bot logged out; waiting for a new login')
    })
    b.on('error', (err) => {
      log.error({ err }, 'wechaty error')
    })
    b.on('message', (message) => {
      lastMessageAt = now()
      track(onMessage(message, messageDeps).catch((err: unknown) => void handleError(err, { source: 'bot', messageId: message.id }, log)))
    })
    return b
  }

  return {
    sender,
    sandbox,
    intake,
    knowledge,
    wechaty: () => bot,
    async start() {
      if (bot) return
      stopping = false
      state = 'starting'
      startedAt = now()
      try {
        await knowledge.start()
        bot = build()
        if (sandbox) {
          sandbox.createBotContact()
          const counts = await sandbox.populate()
          log.info(counts, 'sandbox world created (wechaty-puppet-mock)')
        }
        await bot.start()
        if (sandbox) {
          const loggedInNow = new Promise<void>((resolve) => bot?.once('login', () => resolve()))
          sandbox.login()
          await loggedInNow
        }
        if (!loggedIn) state = 'logged-out'
        log.info({ puppet: puppetName, sandbox: Boolean(sandbox) }, 'bot started')
      } catch (err) {
        state = 'error'
        throw err
      }
    },
    async stop() {
      // Messages in progress finish first, while the puppet and the database are still up; those queued
      // behind them (and any arriving now) are only stored, in state `received`, for the next login; database
      // retries end at once. What is left after the drain keeps its row in `received` too.
      stopping = true
      knowledge.stop()
      const deadline = Date.now() + (deps.stopDrainMs ?? STOP_DRAIN_MS)
      while (inFlight.size > 0 && Date.now() < deadline) {
        let timer: NodeJS.Timeout | undefined
        await Promise.race([Promise.allSettled([...inFlight]), new Promise((resolve) => (timer = setTimeout(resolve, Math.max(0, deadline - Date.now()))))])
        clearTimeout(timer)
      }
      if (inFlight.size > 0) log.warn({ inProgress: inFlight.size }, 'bot stopping with messages still in progress; stored ones are processed at the next login')
      tracker.clear()
      const b = bot
      bot = undefined
      if (b) await b.stop().catch((err: unknown) => log.warn({ err }, 'bot did not stop cleanly'))
      loggedIn = false
      state = 'stopped'
    },
    health: () => ({ state, puppet: puppetName, ...(loggedIn && sender.accountId() ? { account: sender.accountId() } : {}) }),
    async status() {
      return {
        state,
        puppet: puppetName,
        loggedIn,
        sandbox: Boolean(sandbox),
        ...(loggedIn && bot ? { account: bot.currentUser.id, accountName: bot.currentUser.name() } : {}),
        ...(qrcode ? { qrcode } : {}),
        roomsServed: await countBoundGroups(),
        ...(startedAt ? { startedAt: startedAt.toISOString() } : {}),
        ...(lastMessageAt ? { lastMessageAt: lastMessageAt.toISOString() } : {}),
      }
    },
  }
}
