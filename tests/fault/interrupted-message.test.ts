import mongoose from 'mongoose'
import { MessageModel } from '../../models/message.model'
import { messageLog } from '../../models/message.repo'
import { RequestModel } from '../../models/request.model'
import { seedKnowledgeBase } from '../e2e/bot-fixture'
import { useTestDatabase } from '../helpers/db'
import path from 'node:path'
import { buildGroups, capturingLogger, readSentLog, startInProcessBot, tempDir, waitFor } from './fault-kit'

useTestDatabase()
beforeAll(seedKnowledgeBase)
afterEach(() => jest.restoreAllMocks())

/** The error the driver throws when the server goes away in the middle of an operation. */
function connectionDropped(): Error {
  return new mongoose.mongo.MongoNetworkError('connection 7 to 127.0.0.1:27017 closed')
}

/**
 * The exact moment of a database outage that makes "every request exists once" hard: the request is stored,
 * but marking the message processed fails. That write (the conversation log's `completeIncoming`) is made
 * to fail on purpose — the database itself is real — so the moment is hit every time instead of by chance.
 */
describe('fault › a message interrupted after its request was stored', () => {
  it('bot › when the connection drops while the message is being marked processed › then the retry finishes it without a second request and replies once', async () => {
    // Arrange
    const [group] = await buildGroups(1, 1)
    const running = await startInProcessBot()
    const completions = jest.spyOn(messageLog, 'completeIncoming').mockRejectedValueOnce(connectionDropped())
    try {
      // Act
      const result = await running.bot.sandbox!.deliver({ roomId: group.roomId, talkerId: group.residents[0].contactId, text: '5号楼2单元的楼道灯坏了，晚上很黑', messageId: 'interrupted-1' }, 30_000)

      // Assert: processed on the second try, one request holding the message, one acknowledgement.
      expect(completions.mock.calls.length).toBeGreaterThanOrEqual(2)
      expect(result).toMatchObject({ outcome: { duplicate: false, decision: { action: 'created' }, replies: [expect.anything()] } })
      const requests = await RequestModel.find({ compoundId: new mongoose.Types.ObjectId(group.compoundId) }).lean()
      expect(requests).toHaveLength(1)
      expect(requests[0].messages.map((m) => m.messageId)).toEqual(['interrupted-1'])
      const row = await MessageModel.findOne({ wechatMessageId: 'interrupted-1' }).lean()
      expect(row).toMatchObject({ state: 'processed', requestId: requests[0]._id })
      expect(running.sent().filter((l) => l.conversationId === group.roomId)).toHaveLength(1)
    } finally {
      await running.stop()
    }
  })

  it('bot › when the bot stops while the database is still unreachable › then the message is left for the next login, which finishes it without a second request', async () => {
    // Arrange: every attempt to mark the message processed fails, as if the database had gone away for good.
    const [group] = await buildGroups(1, 1)
    const { log, lines } = capturingLogger('info')
    const shared = tempDir('sent')
    const sentLogPath = path.join(shared.dir, 'sent.jsonl')
    const first = await startInProcessBot({ log, sentLogPath })
    const completions = jest.spyOn(messageLog, 'completeIncoming').mockRejectedValue(connectionDropped())
    // A neighbour dispute by direct message: a private request, never merged into a similar one, so only the
    // look-up of the interrupted attempt's request can keep it from being made twice.
    const resident = group.residents[0].contactId
    const result = first.bot.sandbox!.deliver({ talkerId: resident, text: '隔壁邻居占用公共楼道堆杂物，说了也不听', messageId: 'interrupted-2' }, 60_000)
    await waitFor(() => completions.mock.calls.length >= 2, { timeoutMs: 20_000, what: 'the bot to retry the message' })

    // Act: the bot stops (as on SIGTERM) while the message waits for the database; then the database
    // "comes back" and a new bot logs in on the same account.
    await first.stop()
    completions.mockRestore()
    const second = await startInProcessBot({ sentLogPath })
    try {
      await waitFor(async () => (await MessageModel.findOne({ wechatMessageId: 'interrupted-2' }).lean())?.state === 'processed', { timeoutMs: 30_000, what: 'the message to be processed after the login' })

      // Assert: the first bot handed it back instead of dropping or failing it …
      expect(await result).toMatchObject({ error: expect.objectContaining({ code: 'bot_stopping' }) })
      expect(lines.filter((l) => l.msg === 'operational error' && l.err?.code === 'bot_stopping').map((l) => ({ messageId: l.messageId, phase: l.phase }))).toEqual([{ messageId: 'interrupted-2' }])
      // … and the login's recovery found the request the interrupted attempt had stored: one request, one reply.
      const requests = await RequestModel.find({ compoundId: new mongoose.Types.ObjectId(group.compoundId) }).lean()
      expect(requests).toHaveLength(1)
      expect(requests[0].messages.map((m) => m.messageId)).toEqual(['interrupted-2'])
      expect(await MessageModel.findOne({ wechatMessageId: 'interrupted-2' }).lean()).toMatchObject({ state: 'processed', requestId: requests[0]._id })
      // (both bots wrote to one sent log, as one WeChat account would)
      expect(requests[0]).toMatchObject({ private: true })
      expect(readSentLog(sentLogPath).filter((l) => l.conversationId === resident)).toHaveLength(1)
    } finally {
      await second.stop()
      shared.cleanup()
    }
  })
})
