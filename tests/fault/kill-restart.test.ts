import path from 'node:path'
import { useTestDatabase } from '../helpers/db'
import { broadcastProductEnv, buildAdmin, buildGroups, countByConversation, deliveriesOfNotice, expandNoticesNow, LinliProcess, readSentLog, tempDir, waitFor } from './fault-kit'

const db = useTestDatabase()

const GROUPS = 10
const PASSWORD = 'fault-test-password'
// Each sandbox send is acknowledged 2.5 s after WeChat got it: the kill lands in that window, where a real
// crash is most dangerous (delivered, but the process never learned it).
const LATENCY_MS = 2_500

describe('fault › SIGKILL in the middle of a broadcast', () => {
  it('product › when the process is killed while a notice goes to 10 groups and is restarted › then no group gets it twice and the send in flight is flagged as unknown', async () => {
    // Arrange: ten bound groups and an admin in a database of our own; the product as a process whose
    // sandbox puppet records every delivered message in a file (SANDBOX_SENT_LOG) that survives the kill.
    const groups = await buildGroups(GROUPS, 1)
    const admin = await buildAdmin(PASSWORD)
    const out = tempDir('kill')
    const sentLog = path.join(out.dir, 'sent.jsonl')
    const env = broadcastProductEnv({ mongodbUri: db.uri(), sentLog, sendLatencyMs: LATENCY_MS })
    let first: LinliProcess | undefined
    let second: LinliProcess | undefined
    try {
      first = await LinliProcess.start(env)
      const login = await first.api('POST', '/api/auth/login', { username: admin.username, password: PASSWORD })
      expect(login.status).toBe(200)
      const token = login.body.token as string
      const created = await first.api('POST', '/api/notices', { title: '燃气安全检查', content: '本周六上午燃气公司入户检查，请家中留人。', targets: { kind: 'all' }, schedule: { kind: 'once', at: new Date().toISOString() } }, token)
      expect(created.status).toBe(201)
      const noticeId = created.body.id as string

      // Act: the notice goes to the outbox (the expand-notices use case, run now instead of at the next cron
      // minute); the dispatcher of the process starts sending; right after the 4th group got it, SIGKILL.
      // (the process's own expand-notices job may get there first at a minute boundary; either way one row per group)
      await expandNoticesNow()
      await waitFor(async () => (await deliveriesOfNotice(noticeId)).length === GROUPS, { timeoutMs: 30_000, what: 'one outbox row per group' })
      await waitFor(() => readSentLog(sentLog).length >= 4, { timeoutMs: 60_000, intervalMs: 10, what: '4 deliveries' })
      const killed = await first.stop('SIGKILL')
      const atKill = readSentLog(sentLog)
      const rowsAtKill = await deliveriesOfNotice(noticeId)

      second = await LinliProcess.start(env)
      // The row left in 'sending' is declared unknown once OUTBOX_SENDING_TIMEOUT_S has passed since its claim.
      await waitFor(async () => (await deliveriesOfNotice(noticeId)).every((r) => r.status === 'sent' || r.status === 'unknown' || r.status === 'failed'), {
        timeoutMs: 90_000,
        intervalMs: 500,
        what: 'every delivery to be sent or flagged',
      })
      const rows = await deliveriesOfNotice(noticeId)
      const flagged = await second.api('GET', '/api/outbox/flagged', undefined, (await second.api('POST', '/api/auth/login', { username: admin.username, password: PASSWORD })).body.token)

      // Assert: the kill really hit a send between delivery and acknowledgement …
      expect(killed.signal).toBe('SIGKILL')
      const inFlight = rowsAtKill.filter((r) => r.status === 'sending')
      expect(inFlight).toHaveLength(1)
      expect(atKill.map((l) => l.conversationId)).toContain(inFlight[0].roomId)
      // … no group received the notice twice, and every group received it (the one in flight before the kill) …
      const counts = countByConversation(readSentLog(sentLog))
      expect(groups.map((g) => ({ room: g.roomId, times: counts.get(g.roomId) ?? 0 }))).toEqual(groups.map((g) => ({ room: g.roomId, times: 1 })))
      // … the send whose outcome the process never learned is 'unknown', flagged for an admin, not re-sent …
      expect(rows.filter((r) => r.status === 'unknown').map((r) => r.id)).toEqual([inFlight[0].id])
      expect(rows.filter((r) => r.status === 'sent')).toHaveLength(GROUPS - 1)
      expect(flagged.status).toBe(200)
      expect(flagged.body.items.map((i: { id: string; status: string }) => ({ id: i.id, status: i.status }))).toEqual([{ id: inFlight[0].id, status: 'unknown' }])
      // … and the restarted process is healthy.
      expect((await second.api('GET', '/api/health')).body).toMatchObject({ status: 'ok', bot: { state: 'logged-in' } })
    } finally {
      await first?.stop('SIGKILL')
      await second?.stop('SIGTERM')
      out.cleanup()
    }
  }, 240_000)
})
