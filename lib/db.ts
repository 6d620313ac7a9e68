import mongoose from 'mongoose'
import type { Logger } from 'pino'
import type { Config } from './config'
import { ensureFerretdb, startEmbeddedDb, type EmbeddedDb } from './embedded-db'
import { AppError } from './errors'

/** An open database connection and what it takes to close it. */
export interface Database {
  uri: string
  /** Set when Linli started its own embedded FerretDB. */
  embedded?: EmbeddedDb
  /**
   * True for the embedded FerretDB (either backend), which finds documents by `_id` alone: only unique indexes are
   * worth creating there (models/index.ts `ensureIndexes({ uniqueOnly })`). On PostgreSQL it compares every other
   * field with `_jsonb->'field' @> value`, which no btree index can serve.
   */
  uniqueIndexesOnly: boolean
  disconnect(): Promise<void>
}

// Operator injection ({"$gt": ""}) is stopped at the edge: every API input is parsed by a strict zod
// schema into plain strings and numbers before a repo builds a filter from it.
mongoose.set('strictQuery', true)
mongoose.set('autoIndex', false)
// Mongoose records a stack trace at every query's execution, only to report a query run twice; under source
// maps (tsx, as `npm start` runs) formatting it cost a detail request about 5 % of its CPU.
mongoose.set('skipOriginalStackTraces', true)

/** Appends a database name to a mongodb:// URI that has none. */
export function withDatabaseName(baseUri: string, dbName: string): string {
  const u = new URL(baseUri)
  if (u.pathname && u.pathname !== '/') return baseUri
  u.pathname = `/${dbName}`
  return u.toString()
}

/** A URL with its password replaced, for messages. */
function withoutPassword(url: string): string {
  try {
    const u = new URL(url)
    if (u.password) u.password = '***'
    return u.toString()
  } catch {
    return '(not a URL)'
  }
}

/**
 * FerretDB on PostgreSQL listens before it has reached PostgreSQL, and reports a wrong URL only on the first
 * command, as a chain of Go call sites. Listing the collections reaches it now, and a failure says what to fix.
 * @throws AppError embedded_postgresql_unreachable
 */
async function checkPostgresql(postgresqlUrl: string): Promise<void> {
  try {
    await mongoose.connection.db!.listCollections({}, { nameOnly: true }).toArray()
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err)
    const reason = /failed to connect to .*$/s.exec(message)?.[0]
    if (!reason) throw err
    throw new AppError(
      'embedded_postgresql_unreachable',
      `The embedded database (EMBEDDED_DB_BACKEND=postgresql) cannot use PostgreSQL at EMBEDDED_POSTGRESQL_URL=${withoutPassword(postgresqlUrl)}: ${reason}. ` +
        'Check that PostgreSQL is running and the database exists (e.g. createdb ferretdb), or set EMBEDDED_POSTGRESQL_URL.',
      { isOperational: false, cause: err },
    )
  }
}

/**
 * Connects mongoose to MONGODB_URI, or — when it is unset — builds (first run) and starts the
 * embedded FerretDB and connects to it.
 * @throws AppError go_missing / embedded_db_start_failed from the embedded server; embedded_postgresql_unreachable
 */
export async function connectDatabase(config: Config, log: Logger): Promise<Database> {
  let embedded: EmbeddedDb | undefined
  let uri = config.MONGODB_URI
  if (!uri) {
    const binary = await ensureFerretdb({ cacheDir: config.CACHE_DIR, ferretdbBin: config.FERRETDB_BIN, log })
    embedded = await startEmbeddedDb({
      binary,
      dataDir: config.DATA_DIR,
      backend: config.EMBEDDED_DB_BACKEND,
      sqliteSync: config.EMBEDDED_DB_SYNC,
      postgresqlUrl: config.EMBEDDED_POSTGRESQL_URL,
      log,
    })
    uri = withDatabaseName(embedded.baseUri, config.EMBEDDED_DB_NAME)
  }
  try {
    await connectMongoose(uri)
    if (embedded?.backend === 'postgresql') await checkPostgresql(config.EMBEDDED_POSTGRESQL_URL)
  } catch (err) {
    await mongoose.disconnect().catch(() => undefined)
    await embedded?.stop()
    throw err
  }
  log.info({ embedded: Boolean(embedded), db: mongoose.connection.name }, 'database connected')
  const db: Database = {
    uri,
    uniqueIndexesOnly: embedded !== undefined,
    embedded,
    async disconnect() {
      try {
        await mongoose.disconnect()
      } finally {
        await embedded?.stop()
      }
    },
  }
  return db
}

/** Opens the default mongoose connection with the options Linli uses everywhere. */
export async function connectMongoose(uri: string): Promise<typeof mongoose> {
  return mongoose.connect(uri, {
    serverSelectionTimeoutMS: 10000,
    // FerretDB v1 is a standalone server without sessions for retryable writes.
    retryWrites: false,
  })
}

/**
 * True when the database answers a ping within `timeoutMs`. Asked of the driver directly rather than read from
 * mongoose's `readyState`, which after the server comes back can stay "disconnected" for a while although the
 * driver has reconnected and queries succeed.
 */
export async function isDatabaseReachable(timeoutMs = 3000): Promise<boolean> {
  const db = mongoose.connection.db
  if (!db) return false
  let timer: ReturnType<typeof setTimeout> | undefined
  const timedOut = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)))
  try {
    return await Promise.race([db.admin().ping().then(() => true as const), timedOut])
  } catch {
    return false
  } finally {
    clearTimeout(timer)
  }
}
