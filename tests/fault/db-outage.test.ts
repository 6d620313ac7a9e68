import mongoose from 'mongoose'
import type { ProcessingResult } from '../../bot/processing-tracker'
import type { Reply } from '../../domain/intake/types'
import { connectMongoose, isDatabaseReachable } from '../../lib/db'
import { ensureIndexes } from '../../models'
import { MessageModel } from '../../models/message.model'
import { RequestModel } from '../../models/request.model'
import { seedKnowledgeBase } from '../e2e/bot-fixture'
import { buildGroups, capturingLogger, LinliProcess, OwnDatabase, sleep, startInProcessBot, waitFor, type InProcessBot, type TestGroup } from './fault-kit'

// What residents write during the burst: reports (new and repeated), questions, follow-ups and chatter.
const TEXTS = [
  '5号楼2单元的楼道灯坏了，晚上很黑',
  '3号楼电梯又坏了，停在8楼不动',
  '小区东门口的垃圾好几天没人清理了',
  '6号楼楼下的水管漏水了',
  '高龄津贴怎么申请？',
  '低保怎么办理，需要什么材料',
  '我上次报的事情怎么样了',
  '今天天气不错',
  '哈哈哈',
  '谢谢网格员',
  '1号楼门口的路灯不亮了',
  '2号楼有人在楼道里堆放杂物，很不安全',
]
const GROUPS = 10
const RESIDENTS = 5
const MESSAGES = 500
const STOP_AFTER = 150
const OUTAGE_MS = 20_000

/**
 * One outage, seen by two bots on the same FerretDB (which the test stops and starts again on the same data
 * and port): the product's bot in this process, where every message and reply can be checked, and the whole
 * product as its own process (main.ts: API, jobs, outbox dispatcher, sandbox bot), which must stay up.
 */
describe('fault › database outage during a burst of group messages', () => {
  let db: OwnDatabase
  let app: LinliProcess | undefined
  const crashes: unknown[] = []
  const onCrash = (err: unknown) => void crashes.push(err)

  beforeAll(async () => {
    db = await OwnDatabase.start()
    await connectMongoose(db.uri('fault_outage'))
    await ensureIndexes({ uniqueOnly: true })
    await seedKnowledgeBase()
    app = await LinliProcess.start({ MONGODB_URI: db.uri('fault_outage_app'), SEED_DEMO: 'true', BOT_FAQ_REFRESH_S: '1', OUTBOX_PACE_MS: '0', OUTBOX_JITTER_MS: '0' })
    process.on('unhandledRejection', onCrash)
    process.on('uncaughtExceptionMonitor', onCrash)
  }, 180_000)

  afterAll(async () => {
    process.off('unhandledRejection', onCrash)
    process.off('uncaughtExceptionMonitor', onCrash)
    await app?.stop('SIGKILL')
    await mongoose.disconnect().catch(() => undefined)
    await db?.destroy()
  }, 60_000)

  it('bot › when the database stops for 20 s in the middle of 500 messages › then every message is logged once, every request exists once, no reply is sent twice, and neither the bot nor the product process crashed', async () => {
    // Arrange: ten bound groups of five residents, the product's bot on the sandbox puppet (rate limits
    // raised so that most messages do get a reply to check for duplicates).
    const groups: TestGroup[] = await buildGroups(GROUPS, RESIDENTS)
    const { log, lines } = capturingLogger('info')
    const running: InProcessBot = await startInProcessBot({ log, config: { BOT_MAX_PER_MINUTE: 60, BOT_BURST: 60, BOT_MAX_PER_SENDER_PER_MINUTE: 60 } })
    const sandbox = running.bot.sandbox!
    const results: { id: string; result: Promise<ProcessingResult> }[] = []
    let reachableDuringOutage: boolean | undefined
    let stoppedAt = 0
    const child = app!
    const world = (await child.api('GET', '/api/sandbox/contacts')).body as { groups: { topic: string; bound: boolean; compoundId?: string }[]; residents: { id: string; compoundId: string }[] }
    const childGroup = world.groups.find((g) => g.bound)!
    const childResident = world.residents.find((r) => r.compoundId === childGroup.compoundId)!
    const childInjects: Promise<{ status: number; body: any }>[] = []
    let childHealthDuringOutage: { status: number; body: any } | undefined
    try {
      // Act: 500 messages at 25 a second across the groups; after 150 the database stops for 20 s while
      // the rest keep arriving (WeChat does not wait for our database).
      for (let i = 0; i < MESSAGES; i++) {
        if (i === STOP_AFTER - 25) {
          // The product process gets a few messages of its own through its sandbox API just before the outage.
          for (const text of ['6号楼楼下的水管漏水了', '高龄津贴怎么申请？', '我上次报的事情怎么样了']) {
            childInjects.push(child.api('POST', '/api/sandbox/messages', { group: childGroup.topic, sender: childResident.id, text }))
          }
        }
        if (i === STOP_AFTER) {
          await db.stop()
          stoppedAt = Date.now()
        }
        if (i === STOP_AFTER + 100) childHealthDuringOutage = await child.api('GET', '/api/health')
        const group = groups[i % GROUPS]
        const talker = group.residents[Math.floor(i / GROUPS) % RESIDENTS]
        const id = `outage-${i}`
        results.push({ id, result: sandbox.deliver({ messageId: id, roomId: group.roomId, talkerId: talker.contactId, text: TEXTS[(i * 7 + Math.floor(i / GROUPS)) % TEXTS.length] }, 300_000) })
        await sleep(40)
      }
      reachableDuringOutage = await isDatabaseReachable()
      await sleep(Math.max(0, stoppedAt + OUTAGE_MS - Date.now()))
      await db.startServer()
      const settled = await Promise.all(results.map(async ({ id, result }) => ({ id, result: await result })))
      const childAnswers = await Promise.all(childInjects)

      // Assert: the outage really happened in the middle of the burst.
      expect(reachableDuringOutage).toBe(false)

      // Every message was processed exactly once, none failed or was skipped.
      const failures = settled.filter(({ result }) => !('outcome' in result) || result.outcome.duplicate)
      expect(failures.map(({ id, result }) => ({ id, result: 'error' in result ? String(result.error) : result }))).toEqual([])
      const rows = await MessageModel.find({ direction: 'in', wechatMessageId: { $regex: /^outage-/ } }).lean()
      expect(rows).toHaveLength(MESSAGES)
      expect(rows.filter((r) => r.state !== 'processed').map((r) => ({ id: r.wechatMessageId, state: r.state, decision: r.decision }))).toEqual([])

      // Every request exists once: no message is in two requests (or twice in one), and each message whose
      // decision made a request points at the request that starts with it.
      const requests = await RequestModel.find({ compoundId: { $in: groups.map((g) => new mongoose.Types.ObjectId(g.compoundId)) } }).lean()
      const holders = new Map<string, number>()
      for (const r of requests) for (const m of r.messages) if (m.messageId) holders.set(m.messageId, (holders.get(m.messageId) ?? 0) + 1)
      expect([...holders].filter(([, n]) => n > 1)).toEqual([])
      const making = rows.filter((r) => r.decision?.action === 'created' || r.decision?.action === 'consultation')
      expect(requests).toHaveLength(making.length)
      const byId = new Map(requests.map((r) => [String(r._id), r]))
      for (const row of making) expect({ id: row.wechatMessageId, first: byId.get(String(row.requestId))?.messages[0]?.messageId }).toEqual({ id: row.wechatMessageId, first: row.wechatMessageId })
      const merged = rows.filter((r) => r.decision?.action === 'merged')
      for (const row of merged) expect(holders.get(row.wechatMessageId)).toBe(1)

      // No reply was sent twice (or lost): what the puppet delivered is exactly the replies the bot decided on.
      const decided: Reply[] = settled.flatMap(({ result }) => ('outcome' in result ? result.outcome.replies : []))
      const delivered = running.sent()
      expect(decided.length).toBeGreaterThan(MESSAGES / 2)
      const unmatched = [...delivered]
      const missing: Reply[] = []
      for (const reply of decided) {
        const i = unmatched.findIndex((s) => s.conversationId === reply.target.id && s.text.endsWith(reply.text) && JSON.stringify(s.mentionIds) === JSON.stringify(reply.mentionIds ?? []))
        if (i >= 0) unmatched.splice(i, 1)
        else missing.push(reply)
      }
      expect({ missing, extra: unmatched }).toEqual({ missing: [], extra: [] })

      // Nothing crashed: no unhandled rejection or exception, the bot is still logged in and answers.
      expect(crashes).toEqual([])
      expect(running.bot.health().state).toBe('logged-in')
      const after = await sandbox.deliver({ roomId: groups[0].roomId, talkerId: groups[0].residents[0].contactId, text: '高龄津贴怎么申请？' }, 30_000)
      expect('outcome' in after && after.outcome.replies.length).toBe(1)
      // … and the messages that met the outage did wait for the database and were processed after it came back.
      expect(lines.filter((l) => l.msg === 'database unreachable: the message waits and is tried again').length).toBeGreaterThan(0)
      expect(lines.filter((l) => l.msg === 'message processed after the database came back').length).toBeGreaterThan(0)

      // The product process: it said it was degraded during the outage, never exited, is healthy again,
      // processed what it had been given, and answers a new message.
      expect(childHealthDuringOutage).toMatchObject({ status: 503, body: { database: 'down', bot: { state: 'logged-in' } } })
      expect(child.child.exitCode).toBeNull()
      await waitFor(async () => (await child.api('GET', '/api/health')).status === 200, { timeoutMs: 60_000, what: 'the product to report the database up again' })
      expect(childAnswers.map((a) => a.status).filter((s) => s !== 200 && s !== 503 && s !== 504)).toEqual([])
      const childLog = mongoose.connection.useDb('fault_outage_app').collection('messages')
      await waitFor(async () => (await childLog.countDocuments({ direction: 'in', state: { $ne: 'processed' } })) === 0, { timeoutMs: 60_000, what: 'every message of the product process to be processed' })
      for (const a of childAnswers.filter((x) => x.status === 200)) expect(await childLog.countDocuments({ wechatMessageId: a.body.messageId, state: 'processed' })).toBe(1)
      // (another resident: the first one has had the three replies a minute one sender gets)
      const neighbour = world.residents.find((r) => r.compoundId === childGroup.compoundId && r.id !== childResident.id)!
      const fresh = await child.api('POST', '/api/sandbox/messages', { group: childGroup.topic, sender: neighbour.id, text: '低保怎么办理，需要什么材料' })
      expect(fresh).toMatchObject({ status: 200, body: { status: 'processed', replies: [expect.anything()] } })
      const fatal = child.logLines().filter((l) => l.level >= 60 || (l.msg === 'unexpected error' && l.source === 'process'))
      expect(fatal).toEqual([])
    } finally {
      if (!db.running) await db.startServer()
      await running.stop()
    }
  }, 300_000)
})
