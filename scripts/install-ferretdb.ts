import { loadConfig } from '../lib/config'
import { ensureFerretdb } from '../lib/embedded-db'
import { createLogger, getLogger, setRootLogger } from '../lib/logger'

/** `npm run db:install`: builds the embedded FerretDB into the cache (no-op when it is there). */
async function main(): Promise<void> {
  const config = loadConfig()
  setRootLogger(createLogger({ level: config.LOG_LEVEL, format: config.LOG_FORMAT, nodeEnv: config.NODE_ENV }))
  const log = getLogger('embedded-db')
  const bin = await ensureFerretdb({ cacheDir: config.CACHE_DIR, ferretdbBin: config.FERRETDB_BIN, log })
  log.info({ bin }, 'embedded database ready')
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`)
  process.exit(1)
})
