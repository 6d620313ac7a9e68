import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Logger } from 'pino'
import { createApp } from './api/app'
import { webConsole } from './api/middleware/web-console'
import { createApiRouters } from './api/api-routers'
import { botRoutes } from './api/routes/bot'
import { sandboxRoutes } from './api/routes/sandbox'
import { createLinliBot, llmRefinerFromConfig } from './bot/bot'
import { healthRoutes, type BotHealth } from './api/routes/health'
import { createRequestService } from './domain/requests/request.service'
import { buildDemoDistrict, DEMO_PASSWORD } from './domain/seed/demo-district'
import { SEED_FAQS } from './domain/knowledge/seed-faqs'
import { ConfigError, loadConfig, type Config } from './lib/config'
import { connectDatabase, isDatabaseReachable } from './lib/db'
import { createLogger, getLogger, setRootLogger } from './lib/logger'
import { KeyedLock } from './lib/keyed-lock'
import { hashPassword } from './lib/password'
import { ensureWebBuilt, webPaths } from './lib/web-console'
import { handleError, setFatalHandler, Shutdown } from './lib/shutdown'
import { dispatchPolicyOf, type RunningJobs, startJobs } from './jobs'
import { noticeRoutes } from './api/routes/notices'
import { outboxRoutes } from './api/routes/outbox'
import { writeAudit } from './models/audit.repo'
import { createNoticeServiceFromDb } from './models/notice.repo'
import { ensureIndexes } from './models'
import { enqueueDelivery, listFlaggedDeliveries, resolveFlaggedDelivery } from './models/delivery.repo'
import { knowledgeRevision, loadActiveTopics } from './models/knowledge.repo'
import { buildRequestServiceDeps, resumeRoomContext } from './models/request.repo'
import { setContextSaveMs } from './models/room-context'
import { warmRequestIndex } from './models/request-index'
import { flushRoomContext } from './models/room-context'
import { setCacheReloadMs } from './models/cache-settings'
import { setAllowedResidentTags } from './models/resident.model'
import { isDatabaseEmpty, seedDemoDistrict } from './models/seed.repo'

import pkg from './package.json'

const VERSION: string = pkg.version

/** A running Linli: its HTTP address and how to stop it. */
export interface RunningLinli {
  url: string
  server: Server
  shutdown: Shutdown
}

/**
 * Composition root: config → database (embedded FerretDB unless MONGODB_URI) → indexes and demo
 * seed → API → bot → jobs; shutdown stops them in reverse (jobs, bot, http, database).
 */
export async function startLinli(config: Config, log: Logger): Promise<RunningLinli> {
  const shutdown = new Shutdown(log)
  setAllowedResidentTags(config.RESIDENT_TAGS)
  if (config.jwtSecretIsEphemeral) log.warn('JWT_SECRET is not set: using a random secret, so logins end when the process restarts')

  // The console is built before anything else starts, so a failed build stops start-up with its error.
  if (config.WEB_CONSOLE === 'auto') await ensureWebBuilt(getLogger('web'))

  const db = await connectDatabase(config, getLogger('db'))
  const stopDb = () => db.disconnect()
  try {
    await ensureIndexes({ uniqueOnly: db.uniqueIndexesOnly })
    if (config.SEED_DEMO && (await isDatabaseEmpty())) {
      const faqs = SEED_FAQS.map(({ questions, ...f }) => ({ ...f, variants: questions }))
      await seedDemoDistrict(buildDemoDistrict(new Date(), config.TIMEZONE), faqs, await hashPassword(DEMO_PASSWORD), getLogger('seed'))
    }
  } catch (err) {
    await stopDb()
    throw err
  }

  setCacheReloadMs(config.CACHE_RELOAD_S * 1000)
  setContextSaveMs(config.CONTEXT_SAVE_S * 1000)
  // The request index loads in the background, so that the console's first list does not wait for it.
  warmRequestIndex().catch((err: unknown) => log.warn({ err }, 'request index: first load failed (the first reader will retry)'))
  // Reports of the last half hour whose group messages after them were not all saved (a killed process) are watched again.
  resumeRoomContext().then(
    (resumed) => resumed && log.info({ resumed }, 'room context: recent reports watched again after the restart'),
    (err: unknown) => log.warn({ err }, 'room context: recent reports could not be watched again'),
  )

  // One request service (and one lock) for the API and the bot, so their updates of a request never interleave.
  const lock = new KeyedLock()
  const requests = createRequestService(
    buildRequestServiceDeps({ lock, tz: config.TIMEZONE, enqueue: async (relay) => void (await enqueueDelivery(relay)) }),
  )
  const api = createApiRouters({
    jwtSecret: config.JWT_SECRET ?? '',
    tokenTtlHours: config.TOKEN_TTL_HOURS,
    corsOrigins: config.CORS_ORIGINS,
    tz: config.TIMEZONE,
    version: VERSION,
    requests,
  })

  // The WeChat bot (a wechaty-puppet-mock sandbox unless WECHATY_PUPPET is set); `bot.sender` is the
  // MessageSender the outbox dispatcher sends through.
  const bot = createLinliBot({
    config,
    log: getLogger('bot'),
    requests,
    knowledgeSource: { load: loadActiveTopics, revision: knowledgeRevision },
    refine: llmRefinerFromConfig(config),
    sandboxOptions: { sentLogPath: config.SANDBOX_SENT_LOG, sendLatencyMs: config.SANDBOX_SEND_LATENCY_MS },
  })
  const botHealth = (): BotHealth => bot.health()
  const app = createApp({
    log: getLogger('api'),
    publicRouters: [
      healthRoutes({ isDatabaseReachable, botHealth, version: VERSION }),
      ...api.publicRouters,
      sandboxRoutes({ registry: api.registry, sandbox: () => bot.sandbox }),
    ],
    authenticate: api.authenticate,
    protectedRouters: [...api.protectedRouters, botRoutes({ registry: api.registry, status: () => bot.status() }), noticeRoutes({ registry: api.registry, notices: createNoticeServiceFromDb(config.TIMEZONE, dispatchPolicyOf(config).quietHours), audit: writeAudit, now: () => new Date(), tz: config.TIMEZONE }), outboxRoutes({ registry: api.registry, audit: writeAudit, now: () => new Date(), listFlagged: listFlaggedDeliveries, resolveFlagged: resolveFlaggedDelivery })],
    // The console (web/dist) answers every non-API GET path; API paths pass through to the routers.
    before: [...(config.WEB_CONSOLE === 'off' ? [] : [webConsole(webPaths().distDir)]), ...api.before],
  })
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(config.PORT, config.HOST, () => resolve(s))
    s.once('error', reject)
  }).catch(async (err: unknown) => {
    await stopDb()
    throw err
  })
  const { port } = server.address() as AddressInfo
  const url = `http://${config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST}:${port}`

  // Jobs start after the bot and stop first: cron, then the outbox dispatcher, then runs in progress.
  let jobs: RunningJobs | undefined
  shutdown.add('jobs', async () => jobs?.stop())
  shutdown.add('bot', () => bot.stop())
  shutdown.add('http', () => new Promise<void>((resolve) => {
    server.close(() => resolve())
    server.closeAllConnections?.()
  }))
  // The messages seen after recent reports are written to their requests before the database stops.
  shutdown.add('room context', flushRoomContext)
  shutdown.add('database', stopDb)
  // A bot that cannot start (e.g. the puppet service is unreachable) leaves the API running; /api/health reports it.
  await bot.start().catch((err: unknown) => handleError(err, { source: 'bot', phase: 'start' }, getLogger('bot')))
  if (config.JOBS_ENABLED) jobs = startJobs({ config, sender: bot.sender, log: getLogger('jobs'), lock })
  log.info({ url, version: VERSION }, 'Linli is running')
  return { url, server, shutdown }
}

async function main(): Promise<void> {
  let config: Config
  try {
    config = loadConfig()
  } catch (err) {
    process.stderr.write(`${err instanceof ConfigError ? err.message : String(err)}\n`)
    process.exit(1)
  }
  const root = createLogger({ level: config.LOG_LEVEL, format: config.LOG_FORMAT, nodeEnv: config.NODE_ENV })
  setRootLogger(root)
  const log = getLogger('main')

  let running: RunningLinli | undefined
  let starting: Promise<RunningLinli> | undefined
  const stop = async (reason: string, code: number) => {
    // A signal during start-up waits for it to finish, so the embedded database is never left running.
    if (!running && starting) {
      log.info({ reason }, 'stop requested during start-up: stopping once it completes')
      running = await starting.catch(() => undefined)
    }
    if (running) await running.shutdown.run(reason)
    root.flush?.()
    process.exit(code)
  }
  setFatalHandler(() => void stop('fatal error', 1))
  process.on('unhandledRejection', (err) => handleError(err, { source: 'process', kind: 'unhandledRejection' }, log))
  process.on('uncaughtException', (err) => handleError(err, { source: 'process', kind: 'uncaughtException' }, log))
  process.once('SIGTERM', () => void stop('SIGTERM', 0))
  process.once('SIGINT', () => void stop('SIGINT', 0))

  try {
    starting = startLinli(config, log)
    running = await starting
  } catch (err) {
    log.fatal({ err }, err instanceof Error ? err.message : 'start-up failed')
    root.flush?.()
    process.exit(1)
  }
}

if (require.main === module) {
  void main()
}
