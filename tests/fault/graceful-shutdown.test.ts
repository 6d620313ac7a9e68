import path from 'node:path'
import { MessageModel } from '../../models/message.model'
import { seedKnowledgeBase } from '../e2e/bot-fixture'
import { useTestDatabase } from '../helpers/db'
import type { SandboxSentLine } from '../../bot/sandbox'
import { broadcastProductEnv, buildAdmin, buildGroups, countByConversation, deliveriesOfNotice, expandNoticesNow, LinliProcess, readSentLog, tempDir, waitFor } from './fault-kit'

const db = useTestDatabase()
beforeAll(seedKnowledgeBase)

const GROUPS = 8
const ASKERS = 12
const PASSWORD = 'fault-test-password'

describe('fault › SIGTERM with work in flight', () => {
  it('product › when SIGTERM arrives while a notice is being sent and a group has 12 questions queued › then the send and the message in progress complete, the queued ones are handed back, the process exits 0, and after a restart nothing is lost or doubled', async () => {
    // Arrange: eight bound groups; in the first, twelve residents who will each ask the bot a question (one
    // group's messages are handled one after another). Each sandbox send takes 1.5 s to be acknowledged, so
    // at any moment a send is in flight; the bot's rate limits are raised so that every question gets its answer.
    const groups = await buildGroups(GROUPS, 1)
    const [asking] = await buildGroups(1, ASKERS)
    const admin = await buildAdmin(PASSWORD)
    const out = tempDir('term')
    const sentLog = path.join(out.dir, 'sent.jsonl')
    const env = {
      ...broadcastProductEnv({ mongodbUri: db.uri(), sentLog, sendLatencyMs: 1500 }),
      BOT_MAX_PER_MINUTE: '60',
      BOT_BURST: '60',
      BOT_MAX_PER_SENDER_PER_MINUTE: '60',
    }
    const answersIn = (lines: SandboxSentLine[]) => lines.filter((l) => l.conversationId === asking.roomId && l.mentionIds.length > 0)
    const noticesIn = (lines: SandboxSentLine[]) => lines.filter((l) => groups.some((g) => g.roomId === l.conversationId))
    let first: LinliProcess | undefined
    let second: LinliProcess | undefined
    try {
      first = await LinliProcess.start(env)
      const token = (await first.api('POST', '/api/auth/login', { username: admin.username, password: PASSWORD })).body.token as string
      const created = await first.api('POST', '/api/notices', { title: '电梯检修', content: '3号楼电梯周五检修一天，请走楼梯。', targets: { kind: 'compounds', compoundIds: groups.map((g) => g.compoundId) }, schedule: { kind: 'once', at: new Date().toISOString() } }, token)
      expect(created.status).toBe(201)
      const noticeId = created.body.id as string
      // (the process's own expand-notices job may get there first at a minute boundary; either way one row per group)
      await expandNoticesNow()
      await waitFor(async () => (await deliveriesOfNotice(noticeId)).length === GROUPS, { timeoutMs: 30_000, what: 'one outbox row per group' })
      await waitFor(() => readSentLog(sentLog).length >= 2, { timeoutMs: 60_000, intervalMs: 10, what: '2 deliveries of the notice' })

      // Act: the twelve questions arrive (through the sandbox API, as WeChat would deliver them); as soon as
      // the first answer is on its way (delivered, not yet acknowledged), the process gets SIGTERM.
      const asked = asking.residents.map((r) =>
        first!.api('POST', '/api/sandbox/messages', { group: asking.roomId, sender: r.contactId, text: '高龄津贴怎么申请？' }).catch((err: unknown) => ({ status: 0, body: String(err) })),
      )
      await waitFor(() => answersIn(readSentLog(sentLog)).length >= 1, { timeoutMs: 60_000, intervalMs: 10, what: 'the first answer' })
      const atTerm = { deliveries: await deliveriesOfNotice(noticeId), answers: answersIn(readSentLog(sentLog)), notices: noticesIn(readSentLog(sentLog)) }
      const stopped = await first.stop('SIGTERM')
      const answers = await Promise.all(asked)
      const afterExit = await deliveriesOfNotice(noticeId)
      const rowsAfterExit = await MessageModel.find({ direction: 'in', roomId: asking.roomId }).lean()
      const sentByFirst = readSentLog(sentLog)

      // Assert, right after the exit: a clean exit in good time …
      expect({ code: stopped.code, signal: stopped.signal }).toEqual({ code: 0, signal: null })
      expect(stopped.ms).toBeLessThan(15_000)
      // … the delivery in flight at SIGTERM was completed and recorded, nothing is left in 'sending', and the
      // rows not yet attempted are still pending with no attempt spent …
      for (const r of atTerm.deliveries.filter((d) => d.status === 'sending')) expect(afterExit.find((a) => a.id === r.id)?.status).toBe('sent')
      expect(afterExit.filter((r) => r.status !== 'sent' && r.status !== 'pending')).toEqual([])
      expect(afterExit.filter((r) => r.status === 'pending').every((r) => r.attempts === 0)).toBe(true)
      expect(afterExit.filter((r) => r.status === 'sent')).toHaveLength(noticesIn(sentByFirst).length)
      // (a send under way may finish, but no new one starts after SIGTERM: at most the one that was being planned)
      expect(noticesIn(sentByFirst).length - atTerm.notices.length).toBeLessThanOrEqual(1)
      // … the question being answered at SIGTERM was finished (its asker got the answer and a 200) …
      const inProgress = atTerm.answers[0].mentionIds[0]
      expect(answers[asking.residents.findIndex((r) => r.contactId === inProgress)]).toMatchObject({ status: 200, body: { status: 'processed', replies: [expect.anything()] } })
      // … every question that reached the bot is either answered or stored for the next login, none failed,
      // and those still waiting were handed back (503) rather than started.
      expect(rowsAfterExit).toHaveLength(ASKERS)
      expect(rowsAfterExit.filter((m) => m.state === 'failed')).toEqual([])
      const handedBack = rowsAfterExit.filter((m) => m.state === 'received')
      expect(handedBack.length).toBeGreaterThan(0)
      expect(answers.filter((a) => a.status === 200)).toHaveLength(ASKERS - handedBack.length)
      // (503 bot_not_ready; or, rarely, the connection closed by the shutdown's last step before the answer left)
      expect(answers.filter((a) => a.status !== 200).map((a) => (a.status === 0 ? 503 : a.status))).toEqual(handedBack.map(() => 503))
      expect(answersIn(sentByFirst)).toHaveLength(ASKERS - handedBack.length)

      // After a restart: the login finishes the handed-back questions, the rest of the notice goes out, and
      // in all every group got the notice once and every asker exactly one answer.
      second = await LinliProcess.start(env)
      await waitFor(async () => (await deliveriesOfNotice(noticeId)).every((r) => r.status === 'sent'), { timeoutMs: 90_000, intervalMs: 500, what: 'the rest of the notice to be sent' })
      await waitFor(async () => (await MessageModel.countDocuments({ direction: 'in', roomId: asking.roomId, state: 'processed' })) === ASKERS, { timeoutMs: 90_000, intervalMs: 500, what: 'the handed-back questions to be answered' })
      await waitFor(() => answersIn(readSentLog(sentLog)).length >= ASKERS, { timeoutMs: 30_000, intervalMs: 200, what: 'their answers' })
      const all = readSentLog(sentLog)
      const counts = countByConversation(all.filter((l) => l.mentionIds.length === 0))
      expect(groups.map((g) => counts.get(g.roomId) ?? 0)).toEqual(groups.map(() => 1))
      const perAsker = new Map<string, number>()
      for (const l of answersIn(all)) for (const id of l.mentionIds) perAsker.set(id, (perAsker.get(id) ?? 0) + 1)
      expect(asking.residents.map((r) => perAsker.get(r.contactId) ?? 0)).toEqual(asking.residents.map(() => 1))
      expect(first.output).toMatch(/message stored for processing after the next login/)
    } finally {
      await first?.stop('SIGKILL')
      await second?.stop('SIGTERM')
      out.cleanup()
    }
  }, 240_000)
})
