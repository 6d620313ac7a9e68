import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Logger } from 'pino'
import { createApp } from './api/app'
import { healthRoutes, type BotHealth } from './api/routes/health'
import { buildDemoDistrict, DEMO_PASSWORD } from './domain/seed/demo-district'
import { SEED_FAQS } from './domain/knowledge/seed-faqs'
import { ConfigError, loadConfig, type Config } from './lib/config'
import { connectDatabase, isDatabaseReachable } from './lib/db'
import { createLogger, getLogger, setRootLogger } from './lib/logger'
import { hashPassword } from './lib/password'
import { handleError, setFatalHandler, Shutdown } from './lib/shutdown'
import { ensureIndexes } from './models'
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

  const db = await connectDatabase(config, getLogger('db'))
  const stopDb = () => db.disconnect()
  try {
    await ensureIndexes()
    if (config.SEED_DEMO && (await isDatabaseEmpty())) {
      const faqs = SEED_FAQS.map(({ questions, ...f }) => ({ ...f, variants: questions }))
      await seedDemoDistrict(buildDemoDistrict(new Date(), config.TIMEZONE), faqs, await hashPassword(DEMO_PASSWORD), getLogger('seed'))
    }
  } catch (err) {
    await stopDb()
    throw err
  }

  const botHealth = (): BotHealth => ({ state: 'not-started' })
  const app = createApp({
    log: getLogger('api'),
    publicRouters: [healthRoutes({ isDatabaseReachable, botHealth, version: VERSION })],
    protectedRouters: [],
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

  shutdown.add('http', () => new Promise<void>((resolve) => {
    server.close(() => resolve())
    server.closeAllConnections?.()
  }))
  shutdown.add('database', stopDb)
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
  const stop = async (reason: string, code: number) => {
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
    running = await startLinli(config, log)
  } catch (err) {
    log.fatal({ err }, err instanceof Error ? err.message : 'start-up failed')
    root.flush?.()
    process.exit(1)
  }
}

if (require.main === module) {
  void main()
}
