import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pino from 'pino'
import { ensureFerretdb, startEmbeddedDb, type EmbeddedDb } from '../../lib/embedded-db'
import { ensureWebBuilt } from '../../lib/web-console'

declare global {
  // eslint-disable-next-line no-var
  var __LINLI_TEST_DB__: { db?: EmbeddedDb; dir?: string } | undefined
}

/**
 * Starts one embedded FerretDB for the db tier (or uses TEST_MONGODB_URI when set) and exports its
 * URI to the workers; each test file then uses its own database on it.
 */
export default async function globalSetup(): Promise<void> {
  // Both the db and the browser tiers name this setup; the first call starts everything, the second reuses it.
  if (globalThis.__LINLI_TEST_DB__ || process.env.LINLI_TEST_MONGODB_BASE) return
  // Build the console once, before any test starts the product (which would otherwise build it in parallel).
  await ensureWebBuilt(pino({ level: 'warn', base: undefined }, pino.destination(2)))
  // Progress of a first-time build goes to stderr; routine output stays quiet. The binary is wanted even with
  // TEST_MONGODB_URI: the tests of the embedded database itself (and the fault tests that stop one) start their own.
  const log = pino({ level: 'info', base: undefined }, pino.destination(2))
  const bin = await ensureFerretdb({ cacheDir: path.resolve('.cache'), ferretdbBin: process.env.FERRETDB_BIN, log })
  process.env.LINLI_TEST_FERRETDB_BIN = bin
  if (process.env.TEST_MONGODB_URI) {
    process.env.LINLI_TEST_MONGODB_BASE = process.env.TEST_MONGODB_URI
    globalThis.__LINLI_TEST_DB__ = {}
    return
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-test-db-'))
  const db = await startEmbeddedDb({ binary: bin, dataDir: dir, backend: 'sqlite', log: log.child({}, { level: 'warn' }) })
  globalThis.__LINLI_TEST_DB__ = { db, dir }
  process.env.LINLI_TEST_MONGODB_BASE = db.baseUri
  // As the product on its embedded database (lib/db.ts uniqueIndexesOnly): FerretDB uses no other index.
  process.env.LINLI_TEST_UNIQUE_INDEXES_ONLY = '1'
}
