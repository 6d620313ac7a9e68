import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pino from 'pino'
import { MongoClient } from 'mongodb'
import { ensureFerretdb, startEmbeddedDb } from '../../lib/embedded-db'

const silent = pino({ level: 'silent' })

describe('embedded database', () => {
  it('ensureFerretdb › when Go is not on the PATH and nothing is cached › then the error says so and explains MONGODB_URI', async () => {
    const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-nogo-'))
    const savedPath = process.env.PATH
    process.env.PATH = '/nonexistent'
    try {
      await expect(ensureFerretdb({ cacheDir, log: silent })).rejects.toMatchObject({ code: 'go_missing', message: expect.stringMatching(/Go is not installed[\s\S]*MONGODB_URI/) })
    } finally {
      process.env.PATH = savedPath
      fs.rmSync(cacheDir, { recursive: true, force: true })
    }
  })

  it('ensureFerretdb › when FERRETDB_BIN is not a FerretDB binary › then it is refused', async () => {
    await expect(ensureFerretdb({ cacheDir: os.tmpdir(), ferretdbBin: '/bin/true', log: silent })).rejects.toMatchObject({ code: 'embedded_db_binary_invalid' })
  })

  it('startEmbeddedDb › when started, written to, stopped and started again › then the data survives in the data folder', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-persist-'))
    const binary = process.env.LINLI_TEST_FERRETDB_BIN!
    try {
      const first = await startEmbeddedDb({ binary, dataDir, backend: 'sqlite', log: silent })
      const c1 = await MongoClient.connect(`${first.baseUri}/persist`)
      await c1.db().collection('things').insertOne({ name: '楼道灯' })
      await c1.close()
      await first.stop()
      expect(fs.existsSync(path.join(dataDir, 'ferretdb.pid'))).toBe(false)

      const second = await startEmbeddedDb({ binary, dataDir, backend: 'sqlite', log: silent })
      const c2 = await MongoClient.connect(`${second.baseUri}/persist`)
      expect(await c2.db().collection('things').findOne({ name: '楼道灯' })).not.toBeNull()
      await c2.close()
      await second.stop()
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true })
    }
  })

  it('startEmbeddedDb › when FerretDB is killed right after acknowledged writes (synchronous=normal) › then every write is there after a restart', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-kill-'))
    const binary = process.env.LINLI_TEST_FERRETDB_BIN!
    try {
      const first = await startEmbeddedDb({ binary, dataDir, backend: 'sqlite', log: silent })
      expect(fs.readFileSync(`/proc/${first.pid}/cmdline`, 'utf8')).toContain('synchronous(normal)')
      const c1 = await MongoClient.connect(`${first.baseUri}/kill`)
      for (let i = 0; i < 200; i++) await c1.db().collection('rows').insertOne({ i })
      await c1.db().collection('rows').updateOne({ i: 199 }, { $set: { last: true } })
      process.kill(first.pid, 'SIGKILL')
      await c1.close(true)
      await new Promise((r) => setTimeout(r, 200))

      // Started again with every commit synced, which FerretDB accepts as well.
      const second = await startEmbeddedDb({ binary, dataDir, backend: 'sqlite', sqliteSync: 'full', log: silent })
      expect(fs.readFileSync(`/proc/${second.pid}/cmdline`, 'utf8')).toContain('synchronous(full)')
      const c2 = await MongoClient.connect(`${second.baseUri}/kill`)
      expect(await c2.db().collection('rows').countDocuments()).toBe(200)
      expect(await c2.db().collection('rows').findOne({ i: 199 })).toMatchObject({ last: true })
      await c2.close()
      await second.stop()
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true })
    }
  })
})
