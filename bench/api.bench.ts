/**
 * Benchmark 3 — API: p50/p99 and requests per second of the request list (filtered by compound and status,
 * paged), the request detail (timeline and linked conversation) and the statistics endpoint, with 100,000
 * requests and 1,000,000 conversation-log rows in the database, under autocannon (a child process) on loopback
 * at concurrency 50. The seeded database is kept under .cache/bench/ and reused while its manifest matches
 * (BENCH_RESEED=1 seeds again). `npm run bench:api` (BENCH_SCALE=0.01 for a quick run).
 */
import { fork } from 'node:child_process'
import fs from 'node:fs'
import http, { type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import mongoose from 'mongoose'
import { createApiRouters } from '../api/api-routers'
import { createApp } from '../api/app'
import { signToken } from '../domain/auth/tokens'
import { createRequestService } from '../domain/requests/request.service'
import { KeyedLock } from '../lib/keyed-lock'
import { createLogger } from '../lib/logger'
import { buildRequestServiceDeps } from '../models/request.repo'
import { warmRequestIndex } from '../models/request-index'
import { UserModel } from '../models/user.model'
import { CompoundModel } from '../models/compound.model'
import type autocannon from 'autocannon'
import { API_SEED_VERSION, seedApiData, type ApiSeedManifest } from './lib/api-seed'
import { benchEnv, scaled } from './lib/bench-env'
import { createRandom } from './lib/chat-generator'
import { below, cpuMsOfPid, figure, machineInfo, msSince, openBenchDb, ownCpuMs, progress, REPO_ROOT, report, runAsScript, type BenchDb, type BenchResult, type Figure } from './lib/harness'

const REQUESTS = 100_000
const MESSAGES = 1_000_000
const COMPOUNDS = 50
const CONNECTIONS = 50
const SECRET = 'bench-secret-bench-secret-bench-secret-01'
/** A single request slower than this is not put under concurrency 50 (it would only queue): its serial latency is reported. */
const SERIAL_LIMIT_MS = 1000

interface EndpointRun {
  name: string
  serialMs: number[]
  loaded?: { p50: number; p99: number; max: number; reqPerS: number; completed: number; errors: number; timeouts: number; non2xx: number }
  cpuPerRequestMs?: { api: number; db: number }
}

function manifestPath(dir: string): string {
  return path.join(dir, 'manifest.json')
}

/** Opens the API benchmark's database: the cached seeded one when its manifest matches, else a freshly seeded one. */
async function openSeededDb(wanted: ApiSeedManifest): Promise<{ db: BenchDb; reused: boolean; seedS: number; dir?: string }> {
  const external = Boolean(benchEnv.MONGODB_URI)
  const dir = external ? undefined : path.join(REPO_ROOT, '.cache', 'bench', `api-r${wanted.requests}-m${wanted.messages}-v${wanted.version}`)
  const matches = (m: Partial<ApiSeedManifest> | null | undefined) =>
    Boolean(m) && m?.version === wanted.version && m.requests === wanted.requests && m.messages === wanted.messages && m.compounds === wanted.compounds
  let stored: ApiSeedManifest | null = null
  if (dir && fs.existsSync(manifestPath(dir))) stored = JSON.parse(fs.readFileSync(manifestPath(dir), 'utf8')) as ApiSeedManifest
  const reuseFolder = dir && matches(stored) && !benchEnv.BENCH_RESEED
  if (dir && !reuseFolder) fs.rmSync(dir, { recursive: true, force: true })
  const db = await openBenchDb({ name: 'api', dataDir: dir, keepData: true })
  const manifests = mongoose.connection.db?.collection<Partial<ApiSeedManifest> & { _id: string }>('bench_manifest')
  if (external) stored = ((await manifests?.findOne({ _id: 'manifest' })) as ApiSeedManifest | null) ?? null
  if (matches(stored) && !benchEnv.BENCH_RESEED) {
    progress(`api: reusing the seeded database (${dir ?? 'MONGODB_URI'}, seeded ${stored?.generatedAt})`)
    return { db, reused: true, seedS: 0, dir }
  }
  if (external) await mongoose.connection.dropDatabase()
  const { ensureIndexes } = await import('../models')
  await ensureIndexes({ uniqueOnly: db.uniqueIndexesOnly })
  progress(`api: seeding ${wanted.requests} requests and ${wanted.messages} messages (insertMany through the models; kept for later runs)`)
  const t = process.hrtime.bigint()
  await seedApiData({ requests: wanted.requests, messages: wanted.messages, compounds: wanted.compounds, now: new Date(wanted.generatedAt) })
  const seedS = msSince(t) / 1000
  if (dir) fs.writeFileSync(manifestPath(dir), JSON.stringify(wanted, null, 2))
  else await manifests?.replaceOne({ _id: 'manifest' }, { ...wanted }, { upsert: true })
  return { db, reused: false, seedS, dir }
}

function runLoad(job: { url: string; paths: string[]; token: string; connections: number; durationS: number; timeoutS: number }): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(__dirname, 'lib', 'load-generator.ts'), [JSON.stringify(job)], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'pipe', 'inherit', 'ipc'] })
    let out = ''
    child.stdout?.on('data', (d: Buffer) => (out += d.toString()))
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out) as autocannon.Result) : reject(new Error(`load generator exited with ${code}`))))
  })
}

/** GET with no client-side timeout (a request on the full data set may take minutes); resolves with the status. */
function get(url: string, token: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers: { authorization: `Bearer ${token}` } }, (res) => {
      res.resume()
      res.on('end', () => resolve(res.statusCode ?? 0))
    })
    req.on('error', reject)
  })
}

async function timeSerial(url: string, token: string, paths: string[], n: number): Promise<number[]> {
  const out: number[] = []
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint()
    const status = await get(url + paths[i % paths.length], token)
    if (status !== 200) throw new Error(`GET ${paths[i % paths.length]} answered ${status}`)
    out.push(msSince(t))
  }
  return out
}

/** Runs the API benchmark and writes bench/results/api.json. */
export async function benchApi(): Promise<BenchResult> {
  const startedAt = new Date()
  const t0 = process.hrtime.bigint()
  const requests = scaled(REQUESTS, 200)
  const messages = scaled(MESSAGES, 2000)
  const compounds = Math.min(COMPOUNDS, Math.max(2, Math.round(requests / 2000)))
  const wanted: ApiSeedManifest = { version: API_SEED_VERSION, requests, messages, compounds, generatedAt: new Date(Math.floor(Date.now() / 86_400_000) * 86_400_000).toISOString() }
  const { db, reused, seedS, dir } = await openSeededDb(wanted)
  // The data is generated around the day it was seeded; a reused database is read as of that day plus the elapsed time.
  let server: Server | undefined
  try {
    const admin = await UserModel.findOne({ username: 'bench-admin' }).lean()
    if (!admin) throw new Error('seeded database has no bench-admin')
    const compoundIds = (await CompoundModel.find({}, { _id: 1 }).lean()).map((c) => String(c._id))
    const token = (await signToken(SECRET, { sub: String(admin._id), role: 'admin' }, 24, new Date())).token

    const sink = { write: () => undefined }
    const log = createLogger({ level: 'info', format: 'json', nodeEnv: 'production', destination: sink })
    const service = createRequestService(buildRequestServiceDeps({ lock: new KeyedLock(), tz: 'Asia/Shanghai' }))
    const routers = createApiRouters({ jwtSecret: SECRET, tokenTtlHours: 24, corsOrigins: [], tz: 'Asia/Shanghai', version: 'bench', requests: service })
    const app = createApp({ log: log.child({ module: 'api' }), publicRouters: routers.publicRouters, protectedRouters: routers.protectedRouters, authenticate: routers.authenticate, before: routers.before })
    // Requests still being handled: autocannon drops its connections at its deadline, but the handlers go on
    // (and keep the database busy), so the next measurement waits until they are done.
    let inFlight = 0
    const handle = app.callback()
    server = await new Promise<Server>((resolve) => {
      const s = http.createServer((req, res) => {
        inFlight++
        void (handle(req, res) as Promise<void>).finally(() => inFlight--)
      })
      s.listen(0, '127.0.0.1', () => resolve(s))
    })
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    const drained = async () => {
      while (inFlight > 0) await new Promise((r) => setTimeout(r, 200))
    }

    // The product loads its in-memory request index at start-up (main.ts); so does the benchmark, timed.
    progress('api: loading the in-memory request index (as the product does at start-up)')
    const tIndex = process.hrtime.bigint()
    const cpuIndexDb0 = cpuMsOfPid(db.serverPid)
    await warmRequestIndex()
    const indexLoadS = msSince(tIndex) / 1000
    const cpuIndexDb1 = cpuMsOfPid(db.serverPid)
    const heapAfterIndexMb = process.memoryUsage().heapUsed / 2 ** 20

    const rand = createRandom(17)
    const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]
    const endpoints: { name: string; paths: string[]; target?: number }[] = [
      {
        name: 'list (compound + open statuses, page 1–5 of 20)',
        paths: Array.from({ length: 500 }, () => `/api/requests?compoundId=${pick(compoundIds)}&status=new,accepted,in_progress,reopened&page=${1 + Math.floor(rand() * 5)}&pageSize=20`),
        target: 30,
      },
      { name: 'detail (timeline + conversation)', paths: Array.from({ length: 500 }, () => `/api/requests/${1 + Math.floor(rand() * requests)}`), target: 30 },
      { name: 'statistics (district, last 30 days)', paths: ['/api/stats', '/api/stats?groupBy=compound'] },
    ].filter((ep) => !benchEnv.BENCH_API_ONLY || benchEnv.BENCH_API_ONLY.some((word) => ep.name.startsWith(word)))

    const runs: EndpointRun[] = []
    for (const ep of endpoints) {
      progress(`api: ${ep.name}: one request at a time`)
      // One request first: one that takes minutes is measured once, not three times.
      const serialMs = await timeSerial(url, token, ep.paths, 1)
      if (serialMs[0] <= SERIAL_LIMIT_MS * 5) serialMs.push(...(await timeSerial(url, token, ep.paths.slice(1), 2)))
      const run: EndpointRun = { name: ep.name, serialMs }
      const serialP50 = [...serialMs].sort((a, b) => a - b)[Math.floor(serialMs.length / 2)]
      if (serialP50 <= SERIAL_LIMIT_MS) {
        progress(`api: ${ep.name}: concurrency ${CONNECTIONS} for ${benchEnv.BENCH_API_SECONDS} s`)
        const cpuApi0 = ownCpuMs()
        const cpuDb0 = cpuMsOfPid(db.serverPid)
        const r = await runLoad({ url, paths: ep.paths, token, connections: CONNECTIONS, durationS: benchEnv.BENCH_API_SECONDS, timeoutS: 60 })
        // The CPU of what was accepted during the run, including requests finished after autocannon stopped waiting.
        const abandoned = inFlight
        await drained()
        const cpuDb1 = cpuMsOfPid(db.serverPid)
        const completed = r['2xx'] + r.non2xx
        // Nothing completed within the run: no latency to report (autocannon drops requests still in flight).
        const none = completed === 0
        run.loaded = { p50: none ? NaN : r.latency.p50, p99: none ? NaN : r.latency.p99, max: none ? NaN : r.latency.max, reqPerS: r.requests.average, completed, errors: r.errors, timeouts: r.timeouts, non2xx: r.non2xx }
        const served = completed + abandoned
        run.cpuPerRequestMs = served ? { api: (ownCpuMs() - cpuApi0) / served, db: cpuDb0 !== undefined && cpuDb1 !== undefined ? (cpuDb1 - cpuDb0) / served : NaN } : undefined
      } else {
        progress(`api: ${ep.name}: one request takes ${(serialP50 / 1000).toFixed(1)} s; not run at concurrency ${CONNECTIONS}`)
      }
      runs.push(run)
    }

    const figures: Figure[] = []
    endpoints.forEach((ep, i) => {
      const r = runs[i]
      const target = ep.target !== undefined ? below(ep.target) : undefined
      const sorted = [...r.serialMs].sort((a, b) => a - b)
      const serial = sorted[Math.floor(sorted.length / 2)]
      if (r.loaded) {
        figures.push(figure(`${ep.name}: p50`, r.loaded.p50, 'ms'))
        figures.push(figure(`${ep.name}: p99`, r.loaded.p99, 'ms', target))
        figures.push(figure(`${ep.name}: throughput`, r.loaded.reqPerS, 'req/s'))
        figures.push(figure(`${ep.name}: completed in the run`, r.loaded.completed, 'req'))
        if (r.loaded.errors + r.loaded.timeouts + r.loaded.non2xx > 0) figures.push(figure(`${ep.name}: errors/timeouts/non-2xx`, r.loaded.errors + r.loaded.timeouts + r.loaded.non2xx, 'req'))
        if (r.cpuPerRequestMs) figures.push(figure(`${ep.name}: CPU per request (API + FerretDB)`, r.cpuPerRequestMs.api + r.cpuPerRequestMs.db, 'ms'))
        figures.push(figure(`${ep.name}: one request alone`, serial, 'ms'))
      } else {
        figures.push(figure(`${ep.name}: one request alone${sorted.length > 1 ? ` (median of ${sorted.length})` : ''}`, serial, 'ms', target))
      }
    })
    figures.push(figure('request index: load at start-up', indexLoadS, 's'))
    if (cpuIndexDb0 !== undefined && cpuIndexDb1 !== undefined) figures.push(figure('request index: FerretDB CPU of the load', (cpuIndexDb1 - cpuIndexDb0) / 1000, 's'))
    figures.push(figure('request index: JS heap after the load', heapAfterIndexMb, 'MB'))
    figures.push(figure('seeding (this run)', seedS, 's'))

    const result: BenchResult = {
      name: 'api',
      title: `API under autocannon, concurrency ${CONNECTIONS}, ${requests.toLocaleString('en-US')} requests and ${messages.toLocaleString('en-US')} messages`,
      scale: benchEnv.BENCH_SCALE,
      startedAt: startedAt.toISOString(),
      durationS: msSince(t0) / 1000,
      machine: machineInfo(db.description),
      figures,
      params: { requests, messages, compounds, connections: CONNECTIONS, secondsPerEndpoint: benchEnv.BENCH_API_SECONDS, user: 'admin (district-wide scope)', reusedSeed: reused, dataDir: dir ?? 'MONGODB_URI database linli_bench_api' },
      notes: [
        reused ? 'the seeded database was reused from an earlier run (its manifest matched)' : `the database was seeded in this run (${seedS.toFixed(0)} s) and kept for later runs`,
        `an endpoint whose single request takes over ${SERIAL_LIMIT_MS} ms is reported by its latency alone (it misses the target already) instead of being queued 50 deep`,
      ],
      details: { runs },
    }
    report(result)
    return result
  } finally {
    if (server) {
      const s = server
      await new Promise<void>((resolve) => {
        s.close(() => resolve())
        s.closeAllConnections()
      })
    }
    await db.close()
  }
}

if (require.main === module) runAsScript(benchApi)
