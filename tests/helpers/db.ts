import { randomBytes } from 'node:crypto'
import mongoose from 'mongoose'
import { connectMongoose, withDatabaseName } from '../../lib/db'
import { ensureIndexes } from '../../models'

/** The server URI exported by globalSetup (no database name). */
export function testServerUri(): string {
  const base = process.env.LINLI_TEST_MONGODB_BASE
  if (!base) throw new Error('LINLI_TEST_MONGODB_BASE is not set: run db tests through jest (globalSetup starts the server)')
  return base
}

/** A fresh database name for one test file. */
export function uniqueDbName(prefix = 't'): string {
  return `${prefix}_${randomBytes(6).toString('hex')}`
}

/** The indexes the product creates on the test server: only unique ones on the embedded FerretDB (SQLite). */
export function testIndexOptions(): { uniqueOnly: boolean } {
  return { uniqueOnly: process.env.LINLI_TEST_UNIQUE_INDEXES_ONLY === '1' }
}

/**
 * Connects mongoose to a fresh database for this test file (with the indexes the product creates on this
 * server) before its tests, and drops it and disconnects after them.
 */
export function useTestDatabase(): { uri: () => string } {
  let uri = ''
  beforeAll(async () => {
    uri = withDatabaseName(testServerUri(), uniqueDbName())
    await connectMongoose(uri)
    await ensureIndexes(testIndexOptions())
  })
  afterAll(async () => {
    await mongoose.connection.dropDatabase().catch(() => undefined)
    await mongoose.disconnect()
  })
  return { uri: () => uri }
}

let counter = 0
/** A unique string for test data: `uniqueId('room')` → "room-3f9a1c-7". */
export function uniqueId(prefix: string): string {
  counter += 1
  return `${prefix}-${randomBytes(3).toString('hex')}-${counter}`
}
