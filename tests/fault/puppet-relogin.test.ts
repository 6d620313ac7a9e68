import { DEFAULT_DISPATCH_POLICY } from '../../domain/outbox/dispatch-plan'
import { startDispatcherLoop } from '../../domain/outbox/dispatcher.service'
import { claimHolder, tryClaim } from '../../models/claim.model'
import { deliveryStore } from '../../models/delivery.repo'
import { createNoticeServiceFromDb } from '../../models/notice.repo'
import { uniqueId, useTestDatabase } from '../helpers/db'
import { buildGroups, countByConversation, deliveriesOfNotice, expandNoticesNow, sleep, startInProcessBot, waitFor } from './fault-kit'

useTestDatabase()

const GROUPS = 12

describe('fault › the puppet logs out and back in while the outbox is sending', () => {
  it('outbox › when the bot account logs out twice in the middle of a broadcast › then sending pauses, resumes after each login, and every group gets the notice exactly once', async () => {
    // Arrange: twelve bound groups, the product's bot on the sandbox puppet (each send takes 150 ms to be
    // acknowledged, like WeChat), and the outbox dispatcher loop as jobs/index.ts runs it, with a short pace.
    const groups = await buildGroups(GROUPS, 1)
    const running = await startInProcessBot({ sendLatencyMs: 150 })
    const sandbox = running.bot.sandbox!
    const errors: unknown[] = []
    const dispatcher = startDispatcherLoop(
      {
        store: deliveryStore,
        claims: { tryClaim, claimHolder },
        sender: running.bot.sender,
        instanceId: uniqueId('fault-dispatcher'),
        now: () => new Date(),
        sleep: (ms) => sleep(ms),
        random: Math.random,
        policy: { ...DEFAULT_DISPATCH_POLICY, quietHours: { start: '00:00', end: '00:00' }, botPaceMs: 200, roomPaceMs: 0, jitterMs: 0, backoff: { baseMs: 500, maxMs: 2_000 } },
        staleAfterMs: 60_000,
      },
      { idleMs: 100, maxWaitMs: 5_000, onError: (err) => void errors.push(err) },
    )
    try {
      const notice = await createNoticeServiceFromDb('Asia/Shanghai').create(
        { title: '停水通知', content: '明天上午9点至12点停水，请提前储水。', targets: { kind: 'all', compoundIds: [], tags: [] }, schedule: { kind: 'once', at: new Date() }, urgent: false },
        { now: new Date() },
      )
      // Act: the notice goes to the outbox; after 3 and again after 8 deliveries the account logs out,
      // stays out for 2 s, and logs back in.
      expect(await expandNoticesNow()).toBe(GROUPS)
      const pauses: { sentAtLogout: number; sentBeforeLogin: number; failedWhileOut: number }[] = []
      for (const after of [3, 8]) {
        await waitFor(() => running.sent().length >= after, { timeoutMs: 60_000, intervalMs: 10, what: `${after} deliveries` })
        await sandbox.puppet.logout('fault test')
        expect(running.bot.health().state).toBe('logged-out')
        // A send already under way finishes within its 150 ms acknowledgement; nothing new starts.
        await sleep(300)
        const sentAtLogout = running.sent().length
        await sleep(2_000)
        const rows = await deliveriesOfNotice(notice.id)
        pauses.push({ sentAtLogout, sentBeforeLogin: running.sent().length, failedWhileOut: rows.filter((r) => r.status === 'failed' || r.status === 'unknown').length })
        sandbox.login()
        await waitFor(() => running.bot.health().state === 'logged-in', { timeoutMs: 10_000, what: 'the bot to log in again' })
      }
      await waitFor(async () => (await deliveriesOfNotice(notice.id)).every((r) => r.status === 'sent'), { timeoutMs: 60_000, intervalMs: 200, what: 'every delivery to be sent' })

      // Assert: nothing went out while logged out, nothing failed or was flagged because of the logouts …
      for (const p of pauses) expect(p).toEqual({ sentAtLogout: p.sentAtLogout, sentBeforeLogin: p.sentAtLogout, failedWhileOut: 0 })
      // … every group got the notice exactly once (the puppet's own record) …
      const counts = countByConversation(running.sent())
      expect(groups.map((g) => counts.get(g.roomId) ?? 0)).toEqual(groups.map(() => 1))
      expect(running.sent()).toHaveLength(GROUPS)
      // … and a logout cost at most the attempt that was under way, not one of every queued row.
      const rows = await deliveriesOfNotice(notice.id)
      expect(rows.filter((r) => r.attempts > 1).length).toBeLessThanOrEqual(pauses.length)
      expect(errors).toEqual([])
    } finally {
      await dispatcher.stop()
      await running.stop()
    }
  }, 120_000)
})
