/**
 * Benchmark 1 — understanding: messages per second on one core of the pure understanding step
 * (`createUnderstander(SEED_FAQS).understand(text)`: normalisation, lexicon matching, BM25 over the
 * knowledge base, intent model, location), over the dev set repeated, warm; and p50/p99 per message.
 * `npm run bench:understanding` (BENCH_SCALE=0.1 for a quick run).
 */
import fs from 'node:fs'
import path from 'node:path'
import { SEED_FAQS } from '../domain/knowledge'
import { createUnderstander } from '../domain/understanding'
import { benchEnv, scaled } from './lib/bench-env'
import { atLeast, below, figure, machineInfo, msSince, progress, REPO_ROOT, report, runAsScript, summarize, type BenchResult } from './lib/harness'

/** Full-scale passes over the dev set for the throughput and the latency runs. */
const PASSES = 200
const WARMUP_PASSES = 20

function readDevTexts(): string[] {
  const file = path.resolve(REPO_ROOT, benchEnv.BENCH_DEV_SET)
  return fs
    .readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text)
}

/** Runs the understanding benchmark and writes bench/results/understanding.json. */
export async function benchUnderstanding(): Promise<BenchResult> {
  const startedAt = new Date()
  const t0 = process.hrtime.bigint()
  const texts = readDevTexts()
  const understander = createUnderstander(SEED_FAQS)
  const passes = scaled(PASSES, 2)
  progress(`understanding: ${texts.length} dev-set messages × ${passes} passes (after ${WARMUP_PASSES} warm-up passes)`)

  // Warm-up: JIT, jieba's dictionary, the knowledge index's caches.
  let sink = 0
  for (let p = 0; p < WARMUP_PASSES; p++) for (const t of texts) sink += understander.understand(t).confidence

  // Throughput: a tight loop, one clock read per pass.
  const tp = process.hrtime.bigint()
  for (let p = 0; p < passes; p++) for (const t of texts) sink += understander.understand(t).confidence
  const throughputMs = msSince(tp)
  const messages = passes * texts.length
  const perSecond = messages / (throughputMs / 1000)

  // Latency: each message timed on its own.
  const latencies = new Float64Array(messages)
  let i = 0
  for (let p = 0; p < passes; p++) {
    for (const t of texts) {
      const s = process.hrtime.bigint()
      sink += understander.understand(t).confidence
      latencies[i++] = Number(process.hrtime.bigint() - s) / 1e6
    }
  }
  const lat = summarize(Array.from(latencies))
  const longest = texts.reduce((a, b) => (b.length > a.length ? b : a))

  const result: BenchResult = {
    name: 'understanding',
    title: 'Understanding (pure step, one core, warm)',
    scale: benchEnv.BENCH_SCALE,
    startedAt: startedAt.toISOString(),
    durationS: msSince(t0) / 1000,
    machine: machineInfo('none (pure step)'),
    figures: [
      figure('throughput per core', perSecond, 'msg/s', atLeast(20_000)),
      figure('latency p50', lat.p50, 'ms'),
      figure('latency p99', lat.p99, 'ms', below(1)),
      figure('latency max', lat.max, 'ms'),
      figure('messages understood', messages, 'msg'),
    ],
    params: { devSetMessages: texts.length, passes, warmupPasses: WARMUP_PASSES, longestMessageChars: longest.length, knowledgeTopics: SEED_FAQS.length },
    notes: ['single thread: the step is synchronous, so msg/s of one thread is msg/s per core'],
    details: { checksum: Math.round(sink) },
  }
  report(result)
  return result
}

if (require.main === module) runAsScript(benchUnderstanding)
