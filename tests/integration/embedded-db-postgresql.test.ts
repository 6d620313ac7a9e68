import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pino from 'pino'
import { MongoClient, ObjectId, type Db } from 'mongodb'
import { loadConfig } from '../../lib/config'
import { connectDatabase } from '../../lib/db'
import { startEmbeddedDb, type EmbeddedDb } from '../../lib/embedded-db'

/*
 * The embedded FerretDB on its PostgreSQL backend (EMBEDDED_DB_BACKEND=postgresql), against the PostgreSQL of this
 * machine (TEST_POSTGRESQL_URL, default postgres://127.0.0.1:5432/test). Stock FerretDB v1.24 looks `_id` up there
 * with `_jsonb->'_id' @> value`, which its btree `_id` index cannot serve, so every look-up read the whole table
 * (3.4 s for a request's detail at 100,000 messages); the build's patch writes it as the index's own expression.
 */
const silent = pino({ level: 'silent' })
const POSTGRESQL_URL = process.env.TEST_POSTGRESQL_URL ?? 'postgres://127.0.0.1:5432/test'
const ROWS = 1500

/** How PostgreSQL reads the collection's table in an explain's plan: its node types and index conditions. */
function readsOf(plan: Record<string, any>): { nodes: string[]; conditions: string[] } {
  const nodes: string[] = [plan['Node Type']]
  const conditions: string[] = plan['Index Cond'] ? [String(plan['Index Cond'])] : []
  for (const child of plan.Plans ?? []) {
    const sub = readsOf(child)
    nodes.push(...sub.nodes)
    conditions.push(...sub.conditions)
  }
  return { nodes, conditions }
}

describe('embedded database on PostgreSQL', () => {
  let server: EmbeddedDb
  let client: MongoClient
  let db: Db
  let dataDir: string
  const ids: ObjectId[] = []

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-pg-'))
    server = await startEmbeddedDb({ binary: process.env.LINLI_TEST_FERRETDB_BIN!, dataDir, backend: 'postgresql', postgresqlUrl: POSTGRESQL_URL, log: silent })
    client = await MongoClient.connect(`${server.baseUri}/linli_pg_${process.pid}_${Date.now()}`)
    db = client.db()
    for (let i = 0; i < ROWS; i++) ids.push(new ObjectId())
    await db.collection('messages').insertMany(ids.map((_id, i) => ({ _id, i, text: `第${i}条` })))
    // String _ids (claims and settings use them). FerretDB on PostgreSQL keys both types by the same JSON string, so
    // it refuses a string _id spelled like an ObjectId already stored; these are spelled otherwise.
    await db.collection('claims').insertMany(['reply:1', 'reply:2', 'notice:9'].map((_id, i) => ({ _id: _id as unknown as ObjectId, i })))
  }, 60_000)

  afterAll(async () => {
    await db?.dropDatabase().catch(() => undefined)
    await client?.close()
    await server?.stop()
    fs.rmSync(dataDir, { recursive: true, force: true })
  })

  it('find › when a document is looked up by its ObjectId › then it is found through the _id index', async () => {
    // Act
    const found = await db.collection('messages').findOne({ _id: ids[42] })
    const explained = await db.command({ explain: { find: 'messages', filter: { _id: ids[42] } } })

    // Assert
    expect(found).toMatchObject({ i: 42, text: '第42条' })
    expect(explained.filterPushdown).toBe(true)
    const reads = readsOf(explained.queryPlanner.Plan)
    expect(reads.nodes).toContain('Index Scan')
    expect(reads.nodes).not.toContain('Seq Scan')
    expect(reads.conditions.join(' ')).toMatch(/_jsonb -> '_id'::text\) = /)
  })

  it('find › when documents are looked up by _id $in › then exactly those are found, through the _id index', async () => {
    // Arrange
    const wanted = [ids[3], ids[1499], ids[600], new ObjectId()]

    // Act
    const found = await db.collection('messages').find({ _id: { $in: wanted } }).toArray()
    const explained = await db.command({ explain: { find: 'messages', filter: { _id: { $in: wanted } } } })

    // Assert
    expect(found.map((d) => d.i).sort((a, b) => a - b)).toEqual([3, 600, 1499])
    expect(explained.filterPushdown).toBe(true)
    const reads = readsOf(explained.queryPlanner.Plan)
    expect(reads.nodes.some((n) => /Index Scan/.test(n))).toBe(true)
    expect(reads.nodes).not.toContain('Seq Scan')
    expect(reads.conditions.join(' ')).toMatch(/_jsonb -> '_id'::text\) = ANY/)
  })

  it('find › when string _ids are looked up alone and by $in › then exactly those are found', async () => {
    // Act
    const one = await db.collection('claims').find({ _id: 'reply:2' as unknown as ObjectId }).toArray()
    const some = await db.collection('claims').find({ _id: { $in: ['notice:9', 'reply:1', 'reply:3'] as unknown as ObjectId[] } }).toArray()
    const asObjectId = await db.collection('messages').find({ _id: ids[7].toHexString() as unknown as ObjectId }).toArray()

    // Assert
    expect(one.map((d) => d.i)).toEqual([1])
    expect(some.map((d) => d.i).sort()).toEqual([0, 2])
    // A string spelled like a stored ObjectId is not that ObjectId: the look-up narrows, FerretDB's own filter decides.
    expect(asObjectId).toEqual([])
  })

  it('find › when _id $in holds other types or other operators › then the answer is still right (not pushed down)', async () => {
    // Act
    const mixed = await db.collection('messages').find({ _id: { $in: [ids[5], 12345 as unknown as ObjectId] } }).toArray()
    const withNin = await db.collection('messages').find({ _id: { $in: [ids[5], ids[6]], $nin: [ids[6]] } }).toArray()

    // Assert
    expect(mixed.map((d) => d.i)).toEqual([5])
    expect(withNin.map((d) => d.i)).toEqual([5])
  })

  it('update and delete › when addressed by _id › then only that document changes', async () => {
    // Act
    const updated = await db.collection('messages').updateOne({ _id: ids[10] }, { $set: { text: 'changed' } })
    const deleted = await db.collection('messages').deleteOne({ _id: ids[11] })

    // Assert
    expect(updated.modifiedCount).toBe(1)
    expect(deleted.deletedCount).toBe(1)
    expect(await db.collection('messages').findOne({ _id: ids[10] })).toMatchObject({ text: 'changed' })
    expect(await db.collection('messages').findOne({ _id: ids[11] })).toBeNull()
    expect(await db.collection('messages').findOne({ _id: ids[12] })).toMatchObject({ text: '第12条' })
    expect(await db.collection('messages').countDocuments()).toBe(ROWS - 1)
  })

  it('connectDatabase › when EMBEDDED_POSTGRESQL_URL names a database that does not exist › then the error says so and what to set', async () => {
    // Arrange
    const missing = new URL(POSTGRESQL_URL)
    missing.pathname = `/linli_missing_${process.pid}`
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-pg-missing-'))
    const config = loadConfig({ EMBEDDED_DB_BACKEND: 'postgresql', EMBEDDED_POSTGRESQL_URL: missing.toString(), FERRETDB_BIN: process.env.LINLI_TEST_FERRETDB_BIN, DATA_DIR: dir })

    try {
      // Act
      const connecting = connectDatabase(config, silent)

      // Assert
      await expect(connecting).rejects.toMatchObject({
        code: 'embedded_postgresql_unreachable',
        message: expect.stringMatching(new RegExp(`linli_missing_${process.pid}" does not exist[\\s\\S]*EMBEDDED_POSTGRESQL_URL`)),
      })
      // The FerretDB it started was stopped again.
      expect(fs.existsSync(path.join(dir, 'ferretdb.pid'))).toBe(false)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
