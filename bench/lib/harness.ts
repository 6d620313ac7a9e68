import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import v8 from 'node:v8'
import path from 'node:path'
import mongoose from 'mongoose'
import pino, { type Logger } from 'pino'
import { connectMongoose, withDatabaseName } from '../../lib/db'
import { ensureFerretdb, FERRETDB_VERSION, startEmbeddedDb, type EmbeddedDb } from '../../lib/embedded-db'
import { ensureIndexes } from '../../models'
import { benchEnv } from './bench-env'

/** Repository root (bench/lib/..). */
export const REPO_ROOT = path.resolve(__dirname, '..', '..')
/** Where results are written (git-ignored except .gitkeep). */
export const RESULTS_DIR = path.join(REPO_ROOT, 'bench', 'results')

/** Progress lines on stderr, so stdout carries only the tables. */
export const benchLog: Logger = pino({ level: 'info', base: undefined, timestamp: false }, pino.destination(2))

/** Prints a progress line on stderr. */
export function progress(text: string): void {
  process.stderr.write(`  · ${text}\n`)
}

/** The machine a figure was taken on. */
export interface MachineInfo {
  cpus: number
  cpuModel: string
  memoryGb: number
  node: string
  platform: string
  database: string
  /** 1-minute load average when the benchmark started (other work on the machine makes timings noisy). */
  loadAverage1m: number
  /**
   * V8's heap limit of this process in MiB: `npm start` and `npm run bench*` set --max-old-space-size=1024, which
   * also makes V8 grow its heap less between full collections (README, "Memory"); run without it, RSS is higher.
   */
  heapLimitMb: number
}

function cpuModel(): string {
  const r = spawnSync('lscpu', [], { encoding: 'utf8' })
  const line = r.stdout?.split('\n').find((l) => l.startsWith('Model name:'))
  return line ? line.replace('Model name:', '').trim() : (os.cpus()[0]?.model ?? 'unknown')
}

/** The machine and database description stored with every result. */
export function machineInfo(database: string): MachineInfo {
  return {
    cpus: os.availableParallelism(),
    cpuModel: cpuModel(),
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    database,
    loadAverage1m: Math.round(os.loadavg()[0] * 100) / 100,
    heapLimitMb: Math.round(v8.getHeapStatistics().heap_size_limit / 2 ** 20),
  }
}

/** A connected benchmark database and how to release it. */
export interface BenchDb {
  uri: string
  /** "FerretDB v1.24.0 (SQLite)" or "external (MONGODB_URI) <version>". */
  description: string
  /** Process id of the embedded FerretDB (unset with MONGODB_URI). */
  serverPid?: number
  /** As the product's `Database.uniqueIndexesOnly` (lib/db.ts): true on the embedded FerretDB. */
  uniqueIndexesOnly: boolean
  /** Disconnects, stops the embedded server and deletes its data (unless `keepData`). */
  close(): Promise<void>
}

/** Options of {@link openBenchDb}. */
export interface OpenBenchDbOptions {
  /** Benchmark name: names the database and the temp folder. */
  name: string
  /** A data folder to use and keep (the API benchmark's seeded data); default: a temp folder removed at close. */
  dataDir?: string
  /** Keep the external database (MONGODB_URI) at close instead of dropping it. */
  keepData?: boolean
}

/**
 * Starts an embedded FerretDB of the benchmark's own (temp data folder, free port) — or uses MONGODB_URI with a
 * database of its own — connects mongoose and creates every index.
 */
export async function openBenchDb(opts: OpenBenchDbOptions): Promise<BenchDb> {
  const dbName = `linli_bench_${opts.name}`
  let embedded: EmbeddedDb | undefined
  let dir: string | undefined
  let uri: string
  if (benchEnv.MONGODB_URI) {
    const u = new URL(benchEnv.MONGODB_URI)
    u.pathname = `/${dbName}`
    uri = u.toString()
  } else {
    const binary = await ensureFerretdb({ cacheDir: path.join(REPO_ROOT, '.cache'), ferretdbBin: benchEnv.FERRETDB_BIN, log: benchLog })
    dir = opts.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), `linli-bench-${opts.name}-`))
    embedded = await startEmbeddedDb({ binary, dataDir: dir, backend: 'sqlite', sqliteSync: benchEnv.BENCH_DB_SYNC, log: benchLog.child({}, { level: 'warn' }), startTimeoutMs: 60_000 })
    uri = withDatabaseName(embedded.baseUri, dbName)
  }
  await connectMongoose(uri)
  // As the product does on this database (lib/db.ts uniqueIndexesOnly): the embedded FerretDB uses no other index.
  const uniqueIndexesOnly = embedded !== undefined
  await ensureIndexes({ uniqueOnly: uniqueIndexesOnly })
  let description = `FerretDB ${FERRETDB_VERSION} (SQLite backend, synchronous=${benchEnv.BENCH_DB_SYNC}, embedded)`
  if (!embedded) {
    const info = (await mongoose.connection.db?.admin().command({ buildInfo: 1 }).catch(() => ({}))) as { version?: string; ferretdb?: { version?: string } }
    description = `external server (MONGODB_URI), ${info.ferretdb?.version ? `FerretDB ${info.ferretdb.version}` : `MongoDB ${info.version ?? '?'}`}`
  }
  return {
    uri,
    description,
    ...(embedded ? { serverPid: embedded.pid } : {}),
    uniqueIndexesOnly,
    async close() {
      try {
        if (!embedded && !opts.keepData) await mongoose.connection.dropDatabase().catch(() => undefined)
        await mongoose.disconnect()
      } finally {
        await embedded?.stop()
        if (dir && !opts.dataDir) fs.rmSync(dir, { recursive: true, force: true })
      }
    },
  }
}

/** The value at percentile `p` (0–100) of ascending `sorted` values (nearest rank). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]
}

/** p50, p99, max and mean of a list of durations (ms). */
export function summarize(values: readonly number[]): { n: number; p50: number; p99: number; max: number; mean: number } {
  const sorted = [...values].sort((a, b) => a - b)
  const sum = sorted.reduce((a, b) => a + b, 0)
  return { n: sorted.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted[sorted.length - 1] ?? NaN, mean: sorted.length ? sum / sorted.length : NaN }
}

/** Milliseconds since `start` (from `process.hrtime.bigint()`). */
export function msSince(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6
}

/** One line of a result table: a measured figure and, when there is one, its target. */
export interface Figure {
  metric: string
  value: number
  unit: string
  /** The target in words (">= 20000", "< 1"). */
  target?: string
  /** Whether the figure meets the target (undefined when there is none). */
  pass?: boolean
}

/** A target check: `atLeast(20000)` / `below(1)`. */
export const atLeast = (t: number) => ({ target: `≥ ${t}`, check: (v: number) => v >= t })
export const below = (t: number) => ({ target: `< ${t}`, check: (v: number) => v < t })
export const atMost = (t: number) => ({ target: `≤ ${t}`, check: (v: number) => v <= t })

/** A figure, checked against a target when one is given. */
export function figure(metric: string, value: number, unit: string, target?: { target: string; check: (v: number) => boolean }): Figure {
  return { metric, value, unit, ...(target ? { target: target.target, pass: Number.isFinite(value) && target.check(value) } : {}) }
}

/** What a benchmark writes to bench/results/<name>.json. */
export interface BenchResult {
  name: string
  title: string
  scale: number
  startedAt: string
  durationS: number
  machine: MachineInfo
  figures: Figure[]
  /** Parameters of the run (counts, pace, concurrency …). */
  params: Record<string, unknown>
  notes: string[]
  details?: Record<string, unknown>
}

function formatValue(v: number): string {
  if (!Number.isFinite(v)) return String(v)
  if (Math.abs(v) >= 1000) return Math.round(v).toLocaleString('en-US')
  if (Math.abs(v) >= 100) return v.toFixed(0)
  if (Math.abs(v) >= 10) return v.toFixed(1)
  return v.toFixed(v === Math.round(v) ? 0 : 3)
}

/** Prints the figures as a table on stdout. */
export function printTable(result: BenchResult): void {
  const rows = result.figures.map((f) => [f.metric, formatValue(f.value), f.unit, f.target ?? '', f.pass === undefined ? '' : f.pass ? 'ok' : 'MISS'])
  const header = ['metric', 'value', 'unit', 'target', '']
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]))))
  const line = (cells: string[]) => cells.map((c, i) => (i === 1 ? pad(c, widths[i], true) : pad(c, widths[i], false))).join('  ').trimEnd()
  const m = result.machine
  process.stdout.write(
    `\n## ${result.title}  (scale ${result.scale}, ${result.durationS.toFixed(1)} s)\n` +
      `   ${m.cpus} cores ${m.cpuModel}, node ${m.node} (heap limit ${m.heapLimitMb} MiB), ${m.database}, load ${m.loadAverage1m}\n\n` +
      `${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${rows.map(line).join('\n')}\n` +
      (result.notes.length ? `\n${result.notes.map((n) => `   note: ${n}`).join('\n')}\n` : ''),
  )
}

// Display width: CJK characters take two columns.
function width(s: string): number {
  let w = 0
  for (const ch of s) w += /[\u1100-\uffff]/.test(ch) && !/[\u2000-\u206f≥]/.test(ch) ? 2 : 1
  return w
}

function pad(s: string, w: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, w - width(s)))
  return right ? fill + s : s + fill
}

/** Writes the result as JSON to bench/results/<name>.json and prints its table. */
export function report(result: BenchResult): void {
  fs.mkdirSync(RESULTS_DIR, { recursive: true })
  fs.writeFileSync(path.join(RESULTS_DIR, `${result.name}.json`), `${JSON.stringify(result, null, 2)}\n`)
  printTable(result)
}

/** Samples the process's resident memory every `intervalMs` until stopped; returns the peak and last values in MB. */
export function sampleRss(intervalMs = 100): { stop(): { peakMb: number; startMb: number; endMb: number; samples: number } } {
  const toMb = (b: number) => Math.round((b / 2 ** 20) * 10) / 10
  const startMb = toMb(process.memoryUsage.rss())
  let peak = process.memoryUsage.rss()
  let samples = 1
  const timer = setInterval(() => {
    const rss = process.memoryUsage.rss()
    if (rss > peak) peak = rss
    samples++
  }, intervalMs)
  return {
    stop() {
      clearInterval(timer)
      const end = process.memoryUsage.rss()
      if (end > peak) peak = end
      return { peakMb: toMb(peak), startMb, endMb: toMb(end), samples: samples + 1 }
    },
  }
}

/** Resident memory of another process in MB (from /proc), or undefined. */
export function rssOfPid(pid: number | undefined): number | undefined {
  if (!pid) return undefined
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))
    return m ? Math.round((Number(m[1]) / 1024) * 10) / 10 : undefined
  } catch {
    return undefined
  }
}

/** CPU time (user + system, ms) another process has used so far (from /proc), or undefined. */
export function cpuMsOfPid(pid: number | undefined): number | undefined {
  if (!pid) return undefined
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
    // utime and stime are fields 14 and 15 of /proc/<pid>/stat (11 and 12 after the command name), in clock ticks.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100
  } catch {
    return undefined
  }
}

/** CPU time (user + system, ms) of this process so far. */
export function ownCpuMs(): number {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1000
}

/**
 * Runs a benchmark's `main` as a script: prints a failure and exits non-zero on error.
 * Used by every bench/*.bench.ts when it is run alone.
 */
export function runAsScript(main: () => Promise<unknown>): void {
  main().then(
    () => process.exit(0),
    (err: unknown) => {
      process.stderr.write(`benchmark failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`)
      process.exit(1)
    },
  )
}
