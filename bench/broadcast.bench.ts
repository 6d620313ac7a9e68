/**
 * Benchmark 4 — broadcast: one notice to 300 bound residents' groups, delivered through the sandbox puppet.
 * The notice job expands it into 300 outbox rows (`expandDueNotices`), and the outbox dispatcher loop (as
 * `npm start` runs it) sends them through the bot's sender, which also records each in the conversation log.
 * Run 1: pace 0 — how fast the machinery itself goes. Run 2: paced — the time from the first to the last send
 * against the pacing floor (n − 1) × pace, and the overhead above it.
 * `npm run bench:broadcast` (BENCH_SCALE=0.1 for a quick run; BENCH_PACE_MS=2000 for the default pace).
 */
import pino from 'pino'
import { createLinliBot, sandboxBotConfig, type BotConfig, type LinliBot } from '../bot/bot'
import type { MessageSender } from '../domain/messaging/ports'
import { expandDueNotices } from '../domain/notices/notice.service'
import { DEFAULT_DISPATCH_POLICY, type DispatchPolicy } from '../domain/outbox/dispatch-plan'
import { startDispatcherLoop } from '../domain/outbox/dispatcher.service'
import { createRequestService } from '../domain/requests/request.service'
import { loadConfig } from '../lib/config'
import { KeyedLock } from '../lib/keyed-lock'
import { claimHolder, tryClaim } from '../models/claim.model'
import { cancelPendingDeliveriesOfNotice, deliveryStore, enqueueDeliveryWithResult } from '../models/delivery.repo'
import { DeliveryModel } from '../models/delivery.model'
import { knowledgeRevision, loadActiveTopics } from '../models/knowledge.repo'
import { noticeRepo, recipientDirectory } from '../models/notice.repo'
import { buildRequestServiceDeps } from '../models/request.repo'
import { benchEnv, scaled } from './lib/bench-env'
import { atMost, cpuMsOfPid, figure, machineInfo, msSince, openBenchDb, ownCpuMs, progress, report, runAsScript, type BenchResult } from './lib/harness'
import { seedDistrict } from './lib/world'

const GROUPS = 300
/** Pace of the paced run unless BENCH_PACE_MS is set: a quarter of the default, so the run takes 2.5 minutes, not 10. */
const BENCH_PACE_MS = 500

const BOT_CONFIG: BotConfig = sandboxBotConfig({ BOT_FAQ_REFRESH_S: 0 })

interface RunResult {
  paceMs: number
  groups: number
  expandMs: number
  totalMs: number
  firstToLastMs: number
  floorMs: number
  overheadPct: number
  sent: number
  /** The same span from the `sentAt` stored on the outbox rows (after each send was recorded). */
  storedFirstToLastMs: number
  cpuBotMs: number
  cpuDbMs: number
}

/** A sender that counts completed sends, notes when each went out, and tells when the n-th is done. */
function countingSender(inner: MessageSender) {
  let sent = 0
  let startedAt: number[] = []
  let target = Infinity
  let resolveDone: () => void = () => undefined
  let done = new Promise<void>((r) => (resolveDone = r))
  const sender: MessageSender = {
    isReady: () => inner.isReady(),
    accountId: () => inner.accountId(),
    async send(m) {
      startedAt.push(Date.now())
      const r = await inner.send(m)
      if (++sent >= target) resolveDone()
      return r
    },
  }
  return {
    sender,
    /** When each send since the last {@link expect} went out (ms since the epoch). */
    startTimes: () => startedAt,
    expect(n: number): Promise<void> {
      sent = 0
      startedAt = []
      target = n
      done = new Promise<void>((r) => (resolveDone = r))
      return done
    },
  }
}

async function broadcastOnce(counting: ReturnType<typeof countingSender>, compoundIds: string[], paceMs: number, serverPid: number | undefined, label: string): Promise<RunResult> {
  const groups = compoundIds.length
  const config = loadConfig({})
  const policy: DispatchPolicy = {
    ...DEFAULT_DISPATCH_POLICY,
    // No quiet hours (the run may happen at night), no jitter (deliberate randomness, not overhead), no daily cap.
    quietHours: { start: '00:00', end: '00:00' },
    maxAttempts: config.OUTBOX_MAX_ATTEMPTS,
    botPaceMs: paceMs,
    roomPaceMs: config.OUTBOX_GROUP_GAP_MS,
    jitterMs: 0,
    dailyCap: 1_000_000,
  }
  const now = new Date()
  const notice = await noticeRepo.create({
    title: `${label}：停水通知`,
    content: '因管网维修，明天上午9点至下午5点小区停水，请提前储水。给大家带来不便，敬请谅解。',
    targets: { kind: 'compounds', compoundIds, tags: [] },
    schedule: { kind: 'once', at: now },
    urgent: false,
    status: 'scheduled',
    scheduleFrom: new Date(now.getTime() - 60_000),
    nextRunAt: now,
  })
  const done = counting.expect(groups)
  const cpuBot0 = ownCpuMs()
  const cpuDb0 = cpuMsOfPid(serverPid) ?? 0
  const t = process.hrtime.bigint()
  const expanded = await expandDueNotices(
    { repo: noticeRepo, directory: recipientDirectory, claims: { tryClaim, claimHolder }, enqueue: enqueueDeliveryWithResult, cancelPendingOfNotice: cancelPendingDeliveriesOfNotice, instanceId: 'bench', tz: 'Asia/Shanghai' },
    now,
  )
  const expandMs = msSince(t)
  if (expanded.enqueued !== groups) throw new Error(`expected ${groups} deliveries, the notice job enqueued ${expanded.enqueued}`)
  const loop = startDispatcherLoop(
    {
      store: deliveryStore,
      claims: { tryClaim, claimHolder },
      sender: counting.sender,
      instanceId: 'bench-dispatcher',
      now: () => new Date(),
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      random: () => 0,
      policy,
      tz: 'Asia/Shanghai',
    },
    { idleMs: 200, maxWaitMs: 10_000, onError: (err) => progress(`dispatcher error: ${String(err)}`) },
  )
  const ticker = setInterval(() => progress(`broadcast (${label}): running for ${(msSince(t) / 1000).toFixed(0)} s`), 15_000)
  await done
  const totalMs = msSince(t)
  clearInterval(ticker)
  await loop.stop()
  const cpuBotMs = ownCpuMs() - cpuBot0
  const cpuDbMs = (cpuMsOfPid(serverPid) ?? 0) - cpuDb0
  const rows = await DeliveryModel.find({ noticeId: notice.id, status: 'sent' }, { sentAt: 1 }).lean()
  const stored = rows.map((r) => (r.sentAt as Date).getTime()).sort((a, b) => a - b)
  // From the first message going out to the last one going out (the puppet's send calls).
  const starts = counting.startTimes()
  const firstToLastMs = starts.length ? starts[starts.length - 1] - starts[0] : NaN
  const floorMs = (groups - 1) * paceMs
  return {
    paceMs,
    groups,
    expandMs,
    totalMs,
    firstToLastMs,
    floorMs,
    overheadPct: floorMs > 0 ? ((firstToLastMs - floorMs) / floorMs) * 100 : NaN,
    sent: rows.length,
    storedFirstToLastMs: stored.length ? stored[stored.length - 1] - stored[0] : NaN,
    cpuBotMs,
    cpuDbMs,
  }
}

/** Runs the broadcast benchmark and writes bench/results/broadcast.json. */
export async function benchBroadcast(): Promise<BenchResult> {
  const startedAt = new Date()
  const t0 = process.hrtime.bigint()
  const groups = scaled(GROUPS, 3)
  const paceMs = benchEnv.BENCH_PACE_MS ?? BENCH_PACE_MS
  const db = await openBenchDb({ name: 'broadcast' })
  let bot: LinliBot | undefined
  try {
    // Two sets of groups: the paced run must not wait out OUTBOX_GROUP_GAP_MS after the first run's message.
    progress(`broadcast: seeding ${2 * groups} compounds, each with a bound residents' group`)
    const world = await seedDistrict({ compounds: 2 * groups, residentsPerCompound: 2 })
    const setA = world.slice(0, groups).map((c) => c.id)
    const setB = world.slice(groups).map((c) => c.id)
    const requests = createRequestService(buildRequestServiceDeps({ lock: new KeyedLock(), tz: 'Asia/Shanghai' }))
    bot = createLinliBot({ config: BOT_CONFIG, log: pino({ level: 'silent' }), requests, knowledgeSource: { load: loadActiveTopics, revision: knowledgeRevision } })
    await bot.start()
    const counting = countingSender(bot.sender)

    progress(`broadcast: one notice to ${groups} groups at pace 0`)
    const fast = await broadcastOnce(counting, setA, 0, db.serverPid, 'pace 0')
    progress(`broadcast: the same at pace ${paceMs} ms (floor ${(((groups - 1) * paceMs) / 1000).toFixed(1)} s)`)
    const paced = await broadcastOnce(counting, setB, paceMs, db.serverPid, `pace ${paceMs}`)
    const defaultPace = loadConfig({}).OUTBOX_PACE_MS

    const result: BenchResult = {
      name: 'broadcast',
      title: `Broadcast: one notice to ${groups} groups through the sandbox puppet`,
      scale: benchEnv.BENCH_SCALE,
      startedAt: startedAt.toISOString(),
      durationS: msSince(t0) / 1000,
      machine: machineInfo(db.description),
      figures: [
        figure('pace 0: notice due → last group sent', fast.totalMs / 1000, 's'),
        figure('pace 0: expansion into the outbox', fast.expandMs, 'ms'),
        figure('pace 0: sends per second', groups / ((fast.totalMs - fast.expandMs) / 1000), 'msg/s'),
        figure(`pace ${paceMs} ms: first → last send`, paced.firstToLastMs / 1000, 's'),
        figure(`pace ${paceMs} ms: floor (n−1)×pace`, paced.floorMs / 1000, 's'),
        figure(`pace ${paceMs} ms: overhead above the floor`, paced.overheadPct, '%', atMost(5)),
        figure(`pace ${paceMs} ms: overhead per message`, (paced.firstToLastMs - paced.floorMs) / Math.max(1, groups - 1), 'ms'),
        figure(`pace ${paceMs} ms: notice due → last group sent`, paced.totalMs / 1000, 's'),
        figure('CPU per send at pace 0, bot process', fast.cpuBotMs / groups, 'ms'),
        figure('CPU per send at pace 0, FerretDB', fast.cpuDbMs / groups, 'ms'),
      ],
      params: { groups, paceMs, defaultPaceMs: defaultPace, jitterMs: 0, quietHours: 'none', dailyCap: 'unlimited' },
      notes: [
        'each run sends to its own groups (the paced run would otherwise wait out OUTBOX_GROUP_GAP_MS after the first one)',
        paceMs === defaultPace ? 'paced run at the default OUTBOX_PACE_MS' : `paced run at ${paceMs} ms instead of the default OUTBOX_PACE_MS=${defaultPace} ms, so it takes ${(((groups - 1) * paceMs) / 1000).toFixed(0)} s instead of ${(((groups - 1) * defaultPace) / 1000).toFixed(0)} s (BENCH_PACE_MS=${defaultPace} runs it at the default)`,
        'jitter off (OUTBOX_JITTER_MS adds deliberate random gaps on top of the floor); quiet hours and the daily cap off so the run does not depend on the time of day',
      ],
      details: { fast, paced },
    }
    report(result)
    return result
  } finally {
    await bot?.stop()
    await db.close()
  }
}

if (require.main === module) runAsScript(benchBroadcast)
