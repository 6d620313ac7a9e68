import { DeliveryModel } from '../../models/delivery.model'
import { MessageModel } from '../../models/message.model'
import { incomingRowId } from '../../models/message.repo'
import { RequestModel } from '../../models/request.model'
import { SANDBOX_BOT_ID } from '../../bot/sandbox'
import { useTestDatabase, uniqueId } from '../helpers/db'
import { buildNeighbourhood, seedKnowledgeBase, withSandboxBot } from './bot-fixture'

useTestDatabase()
beforeAll(seedKnowledgeBase)

/*
 * A message whose action was stored but which was not marked processed (the process died in between) is handled
 * again at start-up. Worker commands and ratings are done once per chat message: handling it again must neither
 * add a second event nor relay a second message to the residents.
 */
describe('bot › a worker command handled again after a crash', () => {
  it.each([
    ['回复', (no: number) => `回复 ${no} 已联系物业，明天上午来修`, 'replied'],
    ['办结', (no: number) => `办结 ${no} 已更换灯泡`, 'resolved'],
  ] as const)('%s › when the same message is handled twice › then one event and one relay per reporter', async (_name, command, eventType) => {
    await withSandboxBot(async ({ bot }) => {
      // Arrange: a report, and the worker's command handled once.
      const { group, alice, worker } = await buildNeighbourhood()
      const created = await bot.sandbox!.inject({ group: group.topic, sender: alice.wechatId as string, text: '1号楼3单元的楼道灯坏了' })
      const no = created.outcome?.requestNo as number
      const input = { messageId: uniqueId('cmd'), talkerId: worker.wechatId as string, talkerName: worker.name, roomId: group.roomId, roomTopic: group.topic, text: command(no), mentionIds: [], receivedAt: new Date(), sentAt: new Date() }
      const first = await bot.intake.handle(input)
      // The crash: the row is left `received`, as if the process died before marking it processed.
      await MessageModel.updateOne({ _id: incomingRowId(SANDBOX_BOT_ID, input.messageId) }, { $set: { state: 'received' } })
      // Act
      const again = await bot.intake.handle(input, { retry: true })
      // Assert
      expect(first.decision).toMatchObject({ intent: 'command' })
      expect(again.duplicate).toBe(false)
      expect(again.decision).toEqual(first.decision)
      const stored = await RequestModel.findOne({ no }).lean()
      expect(stored?.timeline.filter((e) => e.type === eventType)).toHaveLength(1)
      const relays = await DeliveryModel.find({ requestId: stored?._id, kind: 'reply' }).lean()
      expect(relays).toHaveLength(1)
      expect(relays[0].mentionIds).toEqual([alice.wechatId])
      const row = await MessageModel.findById(incomingRowId(SANDBOX_BOT_ID, input.messageId)).lean()
      expect(row?.state).toBe('processed')
    })
  })

  it('rating › when the same rating message is handled twice › then it counts once and the resident is thanked both times', async () => {
    await withSandboxBot(async ({ bot, flushOutbox }) => {
      const { group, alice, worker } = await buildNeighbourhood()
      const created = await bot.sandbox!.inject({ group: group.topic, sender: alice.wechatId as string, text: '2号楼的楼道灯坏了' })
      const no = created.outcome?.requestNo as number
      await bot.sandbox!.inject({ group: group.topic, sender: worker.wechatId as string, text: `办结 ${no} 修好了` })
      // The resident is asked to rate (the relay is sent) before answering.
      await flushOutbox()
      const input = { messageId: uniqueId('rate'), talkerId: alice.wechatId as string, talkerName: alice.name, roomId: group.roomId, roomTopic: group.topic, text: '5分', mentionIds: [], receivedAt: new Date(), sentAt: new Date() }
      const first = await bot.intake.handle(input)
      await MessageModel.updateOne({ _id: incomingRowId(SANDBOX_BOT_ID, input.messageId) }, { $set: { state: 'received' } })
      const again = await bot.intake.handle(input, { retry: true })
      expect(first.decision).toMatchObject({ intent: 'rating', action: 'rated' })
      expect(again.decision).toEqual(first.decision)
      expect(again.replies.map((r) => r.text)).toEqual(first.replies.map((r) => r.text))
      const stored = await RequestModel.findOne({ no }).lean()
      expect(stored?.timeline.filter((e) => e.type === 'rated')).toHaveLength(1)
      expect(stored?.rating?.score).toBe(5)
      // (the group's rate limits are raised: the test sends more than a group's burst allows)
    }, { BOT_BURST: 60, BOT_MAX_PER_MINUTE: 60, BOT_MAX_PER_SENDER_PER_MINUTE: 60 })
  })
})
