/**
 * What the fault tests (issue 7) share: a FerretDB of a test's own that can be stopped and started again, the
 * product's bot in-process on the sandbox puppet with its sent log, the product as a child process, waiting
 * on conditions, a seeded PRNG and a fingerprint of the database.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import mongoose from 'mongoose'
import pino, { type Logger } from 'pino'
import { createLinliBot, type BotConfig, type LinliBot } from '../../bot/bot'
import type { SandboxSentLine } from '../../bot/sandbox'
import { expandDueNotices } from '../../domain/notices/notice.service'
import { createRequestService } from '../../domain/requests/request.service'
import { ensureFerretdb, freePort, startEmbeddedDb, type EmbeddedDb } from '../../lib/embedded-db'
import { KeyedLock } from '../../lib/keyed-lock'
import { hashPassword } from '../../lib/password'
import { claimHolder, tryClaim } from '../../models/claim.model'
import { DeliveryModel } from '../../models/delivery.model'
import { cancelPendingDeliveriesOfNotice, enqueueDelivery, enqueueDeliveryWithResult } from '../../models/delivery.repo'
import { knowledgeRevision, loadActiveTopics } from '../../models/knowledge.repo'
import { noticeRepo, recipientDirectory } from '../../models/notice.repo'
import { buildRequestServiceDeps } from '../../models/request.repo'
import { UserModel } from '../../models/user.model'
import { TEST_BOT_CONFIG } from '../e2e/bot-fixture'
import { uniqueId } from '../helpers/db'
import { buildCompound, buildGroup, buildResident, buildUser } from '../helpers/factories'

/** The repository root (where main.ts lives). */
export const ROOT = path.resolve(__dirname, '../..')

/** Resolves when `cond` returns a truthy value; polls every `intervalMs`; fails with `what` after `timeoutMs`. */
export async function waitFor<T>(cond: () => T | Promise<T>, opts: { timeoutMs: number; intervalMs?: number; what: string }): Promise<NonNullable<T>> {
  const deadline = Date.now() + opts.timeoutMs
  let lastError: unknown
  for (;;) {
    try {
      const value = await cond()
      if (value) return value as NonNullable<T>
    } catch (err) {
      lastError = err
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${opts.timeoutMs} ms waiting for ${opts.what}${lastError ? ` (last error: ${String(lastError)})` : ''}`)
    await sleep(opts.intervalMs ?? 100)
  }
}

/** A real wait (only for what is real time in the scenario, such as an outage). */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/** A temp directory removed by `cleanup()`. */
export function tempDir(prefix: string): { dir: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `linli-fault-${prefix}-`))
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) }
}

/**
 * The FerretDB binary: the one globalSetup built or found, else (the suite runs against TEST_MONGODB_URI,
 * a server a test must not stop) the project's own build in `.cache/`.
 */
export async function ferretdbBinary(): Promise<string> {
  return process.env.LINLI_TEST_FERRETDB_BIN || ensureFerretdb({ cacheDir: path.join(ROOT, '.cache'), ferretdbBin: process.env.FERRETDB_BIN, log: pino({ level: 'warn' }, pino.destination(2)) })
}

/** True when nothing listens on 127.0.0.1:`port` and it can be bound. */
function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer()
    srv.once('error', () => resolve(false))
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)))
  })
}

/**
 * A free port below the kernel's ephemeral range (32768–60999 on Linux). A server stopped for an outage
 * must get its port back: an ephemeral port may meanwhile be handed to any other process on the machine
 * (another test's server on port 0, an outgoing connection), but ports below that range are only taken
 * by someone asking for them by number.
 */
export async function stablePort(): Promise<number> {
  for (let i = 0; i < 200; i++) {
    const port = 20_000 + Math.floor(Math.random() * 12_000)
    if (await isPortFree(port)) return port
  }
  return freePort()
}

/**
 * A FerretDB of the test's own (a temp data folder and a fixed port), which the test may stop and start
 * again on the same data and port — the shared server of globalSetup must never be stopped.
 */
export class OwnDatabase {
  private db: EmbeddedDb | undefined
  private constructor(readonly dataDir: string, readonly port: number, private readonly log: Logger) {}

  /** Starts a fresh server in a temp folder. */
  static async start(): Promise<OwnDatabase> {
    const { dir } = tempDir('db')
    const own = new OwnDatabase(dir, await stablePort(), pino({ level: 'warn' }, pino.destination(2)))
    await own.startServer()
    return own
  }

  /** mongodb:// URI of a database on this server. */
  uri(dbName: string): string {
    return `mongodb://127.0.0.1:${this.port}/${dbName}`
  }

  get running(): boolean {
    return this.db !== undefined
  }

  /** Stops the server (the data stays). */
  async stop(): Promise<void> {
    const db = this.db
    this.db = undefined
    await db?.stop()
  }

  /** Starts the server again on the same data folder and port. */
  async startServer(): Promise<void> {
    if (this.db) return
    const db = await startEmbeddedDb({ binary: await ferretdbBinary(), dataDir: this.dataDir, backend: 'sqlite', log: this.log, port: this.port, startTimeoutMs: 60_000 })
    // startEmbeddedDb only sees the port accept connections; if someone else took the port meanwhile, our
    // server has exited on "address in use". Say so instead of letting the test wait for a database that is not there.
    await sleep(300)
    try {
      process.kill(db.pid, 0)
    } catch {
      throw new Error(`FerretDB did not stay up on port ${this.port} (taken by another process during the outage?)`)
    }
    this.db = db
  }

  /** Stops the server and removes its data. */
  async destroy(): Promise<void> {
    await this.stop()
    fs.rmSync(this.dataDir, { recursive: true, force: true })
  }
}

/** A log sink that keeps parsed pino lines (for assertions on what the product logged). */
export function capturingLogger(level: pino.Level = 'info'): { log: Logger; lines: Record<string, any>[] } {
  const lines: Record<string, any>[] = []
  const log = pino({ level, base: undefined }, { write: (line: string) => void lines.push(JSON.parse(line)) })
  return { log, lines }
}

/** Reads the sandbox sent log (SANDBOX_SENT_LOG): one entry per message the puppet delivered. */
export function readSentLog(file: string): SandboxSentLine[] {
  if (!fs.existsSync(file)) return []
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as SandboxSentLine)
}

/** A sandbox bot in this process with its sent log in `sentLogPath`. */
export interface InProcessBot {
  bot: LinliBot
  sentLogPath: string
  sent(): SandboxSentLine[]
  stop(): Promise<void>
}

/** Starts the product's bot (createLinliBot, as main.ts does) on the sandbox puppet, with a sent log. */
export async function startInProcessBot(
  opts: { config?: Partial<BotConfig>; log?: Logger; sendLatencyMs?: number; stopDrainMs?: number; sentLogPath?: string } = {},
): Promise<InProcessBot> {
  // A given sent log (shared by two bots on one account) is the caller's to remove; a fresh one goes with stop().
  const own = opts.sentLogPath ? undefined : tempDir('sent')
  const sentLogPath = opts.sentLogPath ?? path.join(own!.dir, 'sent.jsonl')
  const requests = createRequestService(buildRequestServiceDeps({ lock: new KeyedLock(), tz: 'Asia/Shanghai', enqueue: async (relay) => void (await enqueueDelivery(relay)) }))
  const bot = createLinliBot({
    config: { ...TEST_BOT_CONFIG, ...opts.config },
    log: opts.log ?? pino({ level: 'silent' }),
    requests,
    knowledgeSource: { load: loadActiveTopics, revision: knowledgeRevision },
    sandboxOptions: { sentLogPath, sendLatencyMs: opts.sendLatencyMs },
    ...(opts.stopDrainMs !== undefined ? { stopDrainMs: opts.stopDrainMs } : {}),
  })
  await bot.start()
  return {
    bot,
    sentLogPath,
    sent: () => readSentLog(sentLogPath),
    async stop() {
      await bot.stop()
      own?.cleanup()
    },
  }
}

/** One residents' group with its compound, a worker and residents who have WeChat ids. */
export interface TestGroup {
  compoundId: string
  roomId: string
  topic: string
  residents: { contactId: string; name: string }[]
  workerContactId: string
}

/** Creates `groups` compounds, each with a worker, a bound residents' group and `residentsPerGroup` residents. */
export async function buildGroups(groups: number, residentsPerGroup: number): Promise<TestGroup[]> {
  const out: TestGroup[] = []
  for (let g = 0; g < groups; g++) {
    const worker = await buildUser({ name: uniqueId('网格员'), onDuty: true })
    const compound = await buildCompound({ grids: [{ code: 'G1', name: '第一网格', workerIds: [worker._id], buildings: ['1', '2', '3', '5', '6'] }], dutyWorkerId: worker._id })
    await UserModel.updateOne({ _id: worker._id }, { $set: { compoundIds: [compound._id] } })
    const group = await buildGroup({ compoundId: compound._id, topic: uniqueId('业主群'), boundAt: new Date() })
    const residents = []
    for (let r = 0; r < residentsPerGroup; r++) {
      const name = uniqueId('居民')
      const resident = await buildResident({ compoundId: compound._id, name, nickname: name })
      residents.push({ contactId: resident.wechatId as string, name })
    }
    out.push({ compoundId: String(compound._id), roomId: group.roomId, topic: group.topic, residents, workerContactId: worker.wechatId as string })
  }
  return out
}

/** Seeded PRNG (mulberry32): the same seed gives the same sequence, so a failing run can be replayed. */
export function prng(seed: number): { next: () => number; int: (n: number) => number; pick: <T>(list: readonly T[]) => T; chance: (p: number) => boolean } {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return { next, int: (n) => Math.floor(next() * n), pick: (list) => list[Math.floor(next() * list.length)], chance: (p) => next() < p }
}

/** The seed of a randomised test: FAULT_SEED when set (to replay a failure), else a fresh one. */
export function seedFromEnv(): number {
  const fromEnv = Number(process.env.FAULT_SEED)
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : Math.floor(Math.random() * 2 ** 31) + 1
}

/**
 * A fingerprint of every collection of the connected database: its count and a hash of its documents in
 * `_id` order. Two equal fingerprints mean nothing was added, removed or changed.
 */
export async function fingerprintDatabase(): Promise<Record<string, { count: number; hash: string }>> {
  const db = mongoose.connection.db
  if (!db) throw new Error('not connected')
  const out: Record<string, { count: number; hash: string }> = {}
  const collections = (await db.listCollections().toArray()).map((c) => c.name).sort()
  for (const name of collections) {
    const docs = await db.collection(name).find({}).sort({ _id: 1 }).toArray()
    out[name] = { count: docs.length, hash: createHash('sha256').update(JSON.stringify(docs)).digest('hex').slice(0, 16) }
  }
  return out
}

/** The product started as its own process (`node --import tsx main.ts`), with its output collected. */
export class LinliProcess {
  output = ''
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
  private constructor(readonly child: ChildProcess, readonly url: string) {
    this.exit = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })))
    child.stdout?.on('data', (d: Buffer) => (this.output = (this.output + d.toString()).slice(-200_000)))
    child.stderr?.on('data', (d: Buffer) => (this.output = (this.output + d.toString()).slice(-200_000)))
  }

  /** Starts main.ts with `env` (on top of a minimal environment) and waits until /api/health answers and the bot is logged in. */
  static async start(env: Record<string, string>, timeoutMs = 120_000): Promise<LinliProcess> {
    const port = await freePort()
    const child = spawn(process.execPath, ['--import', 'tsx', 'main.ts'], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_FORMAT: 'json',
        LOG_LEVEL: 'info',
        WEB_CONSOLE: 'off',
        NODE_ENV: 'test',
        FERRETDB_BIN: process.env.LINLI_TEST_FERRETDB_BIN ?? '',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const p = new LinliProcess(child, `http://127.0.0.1:${port}`)
    try {
      await waitFor(
        async () => {
          if (p.child.exitCode !== null || p.child.signalCode !== null) throw new Error(`exited early: ${p.output.slice(-3000)}`)
          const res = await fetch(`${p.url}/api/health`)
          const body = (await res.json()) as { bot?: { state?: string } }
          return body.bot?.state === 'logged-in'
        },
        { timeoutMs, intervalMs: 250, what: 'the product to answer /api/health with a logged-in bot' },
      )
    } catch (err) {
      child.kill('SIGKILL')
      throw new Error(`${(err as Error).message}\n--- output ---\n${p.output.slice(-5000)}`)
    }
    return p
  }

  /** Log lines (JSON) the process wrote so far. */
  logLines(): Record<string, any>[] {
    return this.output
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .flatMap((l) => {
        try {
          return [JSON.parse(l) as Record<string, any>]
        } catch {
          return []
        }
      })
  }

  /** Sends `signal` and waits for the exit (SIGKILL after `timeoutMs`). */
  async stop(signal: NodeJS.Signals = 'SIGTERM', timeoutMs = 30_000): Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }> {
    const t0 = Date.now()
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill(signal)
    const timer = setTimeout(() => this.child.kill('SIGKILL'), timeoutMs)
    const result = await this.exit
    clearTimeout(timer)
    return { ...result, ms: Date.now() - t0 }
  }

  /** fetch against the process, JSON in and out; never throws on status. */
  async api(method: string, p: string, body?: unknown, token?: string): Promise<{ status: number; body: any }> {
    const res = await fetch(`${this.url}${p}`, {
      method,
      headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    })
    const text = await res.text()
    let parsed: unknown = text
    try {
      parsed = JSON.parse(text)
    } catch {
      // not JSON: keep the text
    }
    return { status: res.status, body: parsed }
  }
}

/**
 * Expands the due notices into outbox rows now, with the same use case the `expand-notices` job runs every
 * minute (so a test need not wait for the cron minute); returns how many rows it enqueued.
 */
export async function expandNoticesNow(): Promise<number> {
  const report = await expandDueNotices(
    { repo: noticeRepo, directory: recipientDirectory, claims: { tryClaim, claimHolder }, enqueue: enqueueDeliveryWithResult, cancelPendingOfNotice: cancelPendingDeliveriesOfNotice, instanceId: uniqueId('fault-test'), tz: 'Asia/Shanghai' },
    new Date(),
  )
  return report.enqueued
}

/** The outbox rows of a notice, as plain objects. */
export async function deliveriesOfNotice(noticeId: string): Promise<{ id: string; roomId: string; status: string; attempts: number; flaggedAt?: Date }[]> {
  const rows = await DeliveryModel.find({ noticeId: new mongoose.Types.ObjectId(noticeId) }).lean()
  return rows.map((r) => ({ id: String(r._id), roomId: String(r.target?.id), status: String(r.status), attempts: Number(r.attempts ?? 0), ...(r.flaggedAt ? { flaggedAt: r.flaggedAt as Date } : {}) }))
}

/** Creates an admin who can log in with `password`. */
export async function buildAdmin(password: string): Promise<{ username: string }> {
  const username = uniqueId('admin').toLowerCase()
  await buildUser({ username, name: '测试管理员', role: 'admin', passwordHash: await hashPassword(password), wechatId: undefined })
  return { username }
}

/** How many lines of the sent log went to each conversation. */
export function countByConversation(lines: SandboxSentLine[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const l of lines) counts.set(l.conversationId, (counts.get(l.conversationId) ?? 0) + 1)
  return counts
}

/**
 * Environment of the product as a process for the broadcast fault tests: its own database, no demo seed,
 * a quick unjittered outbox without quiet hours, no knowledge polling, and a sandbox puppet that records
 * every delivered message in `sentLog` and takes `sendLatencyMs` to acknowledge each send.
 */
export function broadcastProductEnv(opts: { mongodbUri: string; sentLog: string; sendLatencyMs: number }): Record<string, string> {
  return {
    MONGODB_URI: opts.mongodbUri,
    SEED_DEMO: 'false',
    JWT_SECRET: 'fault-test-secret-that-is-long-enough-0123456789',
    OUTBOX_PACE_MS: '100',
    OUTBOX_JITTER_MS: '0',
    OUTBOX_GROUP_GAP_MS: '0',
    OUTBOX_SENDING_TIMEOUT_S: '30',
    QUIET_HOURS: '00:00-00:00',
    BOT_FAQ_REFRESH_S: '0',
    SANDBOX_SENT_LOG: opts.sentLog,
    SANDBOX_SEND_LATENCY_MS: String(opts.sendLatencyMs),
  }
}
