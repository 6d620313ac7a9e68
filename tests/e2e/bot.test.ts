import { GroupModel } from '../../models/group.model'
import { MessageModel } from '../../models/message.model'
import { RequestModel } from '../../models/request.model'
import { findTranscript } from '../../models/message.repo'
import { useTestDatabase, uniqueId } from '../helpers/db'
import { buildCompound, buildUser } from '../helpers/factories'
import { SANDBOX_BOT_ID } from '../../bot/sandbox'
import { buildNeighbourhood, seedKnowledgeBase, withSandboxBot } from './bot-fixture'

useTestDatabase()
beforeAll(seedKnowledgeBase)

describe('bot › sandbox e2e', () => {
  it('bot › when a resident reports a broken light in a group › then one request is stored and the group gets the acknowledgement', async () => {
    await withSandboxBot(async ({ bot }) => {
      // Arrange
      const { group, alice, compound } = await buildNeighbourhood()
      // What the room hears through the mock puppet, filtered by talker = bot (the mock also emits residents' messages).
      const heard = new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no bot reply in the room')), 10_000)
        bot.wechaty()!.on('message', (m) => {
          if (m.talker().id !== SANDBOX_BOT_ID || m.room()?.id !== group.roomId) return
          clearTimeout(timer)
          resolve(m.text())
        })
      })
      // Act
      const result = await bot.sandbox!.inject({ group: group.topic, sender: alice.wechatId as string, text: '3号楼2单元14层的楼道灯坏了，晚上黑乎乎的' })
      // Assert
      expect(result.status).toBe('processed')
      expect(result.outcome?.decision).toMatchObject({ intent: 'request', action: 'created', category: 'lighting' })
      const requests = await RequestModel.find({ compoundId: compound._id }).lean()
      expect(requests).toHaveLength(1)
      expect(requests[0]).toMatchObject({ category: 'lighting', status: 'new', location: { building: '3', unit: '2', floor: '14' } })
      expect(requests[0].reporters[0]).toMatchObject({ contactId: alice.wechatId, roomId: group.roomId })
      const transcript = await findTranscript({ roomId: group.roomId })
      const reply = transcript.find((l) => l.direction === 'out')
      expect(reply?.text).toContain(`第${requests[0].no}号`)
      expect(reply?.text).toContain('照明')
      expect(reply?.text).toContain('3号楼2单元14层')
      expect(reply?.mentionIds).toEqual([alice.wechatId])
      expect(transcript.map((l) => l.direction)).toEqual(['in', 'out'])
      expect(await heard).toContain(`第${requests[0].no}号`)
    })
  })

  it('bot › when a second resident reports the same matter › then they become a co-reporter and no new ticket is made', async () => {
    await withSandboxBot(async ({ bot }) => {
      // Arrange
      const { group, alice, bob, compound } = await buildNeighbourhood()
      await bot.sandbox!.inject({ group: group.topic, sender: alice.wechatId as string, text: '2号楼1单元的楼道灯坏了' })
      // Act
      const second = await bot.sandbox!.inject({ group: group.topic, sender: bob.wechatId as string, text: '2号楼1单元楼道灯不亮了，好几天了' })
      // Assert
      expect(second.outcome?.decision).toMatchObject({ intent: 'request', action: 'merged' })
      const requests = await RequestModel.find({ compoundId: compound._id }).lean()
      expect(requests).toHaveLength(1)
      expect(requests[0].reporters.map((r) => r.contactId)).toEqual([alice.wechatId, bob.wechatId])
      expect(second.outcome?.replies[0].text).toContain('正在处理')
    })
  })

  it('bot › when a worker resolves a request from the group › then the reporter is told and asked to rate, and the rating is stored', async () => {
    await withSandboxBot(async ({ bot, flushOutbox }) => {
      // Arrange
      const { group, alice, worker, compound } = await buildNeighbourhood()
      const created = await bot.sandbox!.inject({ group: group.topic, sender: alice.wechatId as string, text: '1号楼3单元的楼道灯坏了' })
      const no = created.outcome?.requestNo as number
      // Act
      const resolved = await bot.sandbox!.inject({ group: group.topic, sender: worker.wechatId as string, text: `办结 ${no} 已更换灯泡` })
      const sent = await flushOutbox()
      const rated = await bot.sandbox!.inject({ group: group.topic, sender: alice.wechatId as string, text: '5分，修得很快' })
      // Assert
      expect(resolved.outcome?.decision).toMatchObject({ intent: 'command', action: 'resolved' })
      expect(sent).toBe(1)
      const transcript = await findTranscript({ roomId: group.roomId })
      const relay = transcript.find((l) => l.direction === 'out' && l.text.includes('已办结') && l.mentionIds.includes(alice.wechatId as string))
      expect(relay?.text).toContain('评价')
      expect(rated.outcome?.decision).toMatchObject({ intent: 'rating', action: 'rated' })
      const stored = await RequestModel.findOne({ compoundId: compound._id, no }).lean()
      expect(stored?.status).toBe('resolved')
      expect(stored?.rating).toMatchObject({ score: 5, comment: '修得很快', by: alice.wechatId })
    })
  })

  it('bot › when a worker types 受理 and 查询 › then the request is accepted by them and its status is shown', async () => {
    await withSandboxBot(async ({ bot }) => {
      // Arrange
      const { group, alice, worker } = await buildNeighbourhood()
      const created = await bot.sandbox!.inject({ group: group.topic, sender: alice.wechatId as string, text: '3号楼门口的下水道堵了，污水冒出来了' })
      const no = created.outcome?.requestNo as number
      // Act
      const accepted = await bot.sandbox!.inject({ group: group.topic, sender: worker.wechatId as string, text: `受理 ${no}` })
      const queried = await bot.sandbox!.inject({ sender: worker.wechatId as string, text: `查询 ${no}` })
      // Assert
      expect(accepted.outcome?.replies[0].text).toContain(`已受理第${no}号`)
      expect(queried.outcome?.replies[0]).toMatchObject({ target: { kind: 'contact', id: worker.wechatId } })
      expect(queried.outcome?.replies[0].text).toContain('已受理')
      const stored = await RequestModel.findOne({ no }).lean()
      expect(String(stored?.ownerId)).toBe(String(worker._id))
    })
  })

  it('bot › when a resident asks a policy question › then the knowledge-base answer is given', async () => {
    await withSandboxBot(async ({ bot }) => {
      // Arrange
      const { group, alice } = await buildNeighbourhood()
      // Act
      const result = await bot.sandbox!.inject({ group: group.topic, sender: alice.wechatId as string, text: '家里老人满80岁了，高龄津贴怎么申请？' })
      // Assert
      expect(result.outcome?.decision).toMatchObject({ intent: 'question', faq: 'elderly-allowance', action: 'answered' })
      expect(result.outcome?.replies).toHaveLength(1)
      expect(result.outcome?.replies[0].text).toContain('高龄津贴')
      expect(result.outcome?.replies[0].text).toContain('私聊')
    })
  })

  it('bot › when a resident asks for progress › then the status of their open request is told', async () => {
    await withSandboxBot(async ({ bot }) => {
      // Arrange
      const { group, alice } = await buildNeighbourhood()
      const created = await bot.sandbox!.inject({ group: group.topic, sender: alice.wechatId as string, text: '2号楼电梯坏了，一直停在5楼不动' })
      // Act
      const result = await bot.sandbox!.inject({ group: group.topic, sender: alice.wechatId as string, text: '我昨天报的电梯修了没有？怎么还没人来' })
      // Assert
      expect(result.outcome?.decision).toMatchObject({ intent: 'followup', action: 'followup' })
      expect(result.outcome?.replies[0].text).toContain(`第${created.outcome?.requestNo}号`)
    })
  })

  it('bot › when residents chat › then the bot stays silent', async () => {
    await withSandboxBot(async ({ bot }) => {
      // Arrange
      const { group, alice, bob } = await buildNeighbourhood()
      // Act
      const a = await bot.sandbox!.inject({ group: group.topic, sender: alice.wechatId as string, text: '今天天气真好，大家吃了吗' })
      const b = await bot.sandbox!.inject({ group: group.topic, sender: bob.wechatId as string, text: '哈哈哈 [强]' })
      // Assert
      expect(a.outcome?.replies).toEqual([])
      expect(b.outcome?.replies).toEqual([])
      expect(a.outcome?.decision).toMatchObject({ intent: 'chat', action: 'silent' })
      const transcript = await findTranscript({ roomId: group.roomId })
      expect(transcript.filter((l) => l.direction === 'out')).toHaveLength(0)
    })
  })

  it('bot › when the same WeChat message arrives twice › then nothing new is created', async () => {
    await withSandboxBot(async ({ bot }) => {
      // Arrange
      const { group, alice, compound } = await buildNeighbourhood()
      const messageId = uniqueId('wxmsg')
      await bot.sandbox!.inject({ group: group.topic, sender: alice.wechatId as string, text: '1号楼楼顶漏水了', messageId })
      // Act
      const again = await bot.sandbox!.inject({ group: group.topic, sender: alice.wechatId as string, text: '1号楼楼顶漏水了', messageId })
      // Assert
      expect(again.status).toBe('duplicate')
      expect(await RequestModel.countDocuments({ compoundId: compound._id })).toBe(1)
      expect(await MessageModel.countDocuments({ wechatMessageId: messageId })).toBe(1)
      const outs = (await findTranscript({ roomId: group.roomId })).filter((l) => l.direction === 'out')
      expect(outs).toHaveLength(1)
    })
  })

  it('bot › when a message comes from an unbound room › then it is logged and the bot stays silent, until a worker binds it', async () => {
    await withSandboxBot(async ({ bot }) => {
      // Arrange
      const { alice, worker, compound } = await buildNeighbourhood()
      const roomTopic = uniqueId('新群')
      await GroupModel.create({ roomId: `${uniqueId('room')}@chatroom`, topic: roomTopic })
      // Act
      const before = await bot.sandbox!.inject({ group: roomTopic, sender: alice.wechatId as string, text: '5号楼楼道灯坏了' })
      const bind = await bot.sandbox!.inject({ group: roomTopic, sender: worker.wechatId as string, text: `绑定 ${compound.name}` })
      const after = await bot.sandbox!.inject({ group: roomTopic, sender: alice.wechatId as string, text: '5号楼楼道灯坏了' })
      // Assert
      expect(before.outcome?.replies).toEqual([])
      expect(before.outcome?.decision).toMatchObject({ intent: 'ignored', reason: 'unbound-room' })
      expect(bind.outcome?.replies[0].text).toContain(compound.name)
      expect(String((await GroupModel.findOne({ topic: roomTopic }).lean())?.compoundId)).toBe(String(compound._id))
      expect(after.outcome?.decision).toMatchObject({ action: 'created' })
    })
  })

  it('bot › when a message comes from a room never seen before › then a Group row is created unbound', async () => {
    await withSandboxBot(async ({ bot }) => {
      // Arrange
      const { alice } = await buildNeighbourhood()
      const roomId = `${uniqueId('fresh')}@chatroom`
      // Act: the sandbox only addresses known groups, so this message goes to the intake use case directly
      const outcome = await bot.intake.handle({ messageId: uniqueId('m'), talkerId: alice.wechatId as string, talkerName: '张阿姨', roomId, roomTopic: '陌生群', text: '楼道灯坏了', mentionIds: [], receivedAt: new Date(), sentAt: new Date() })
      // Assert
      const row = await GroupModel.findOne({ roomId }).lean()
      expect(row).toMatchObject({ topic: '陌生群' })
      expect(row?.compoundId).toBeUndefined()
      expect(outcome.replies).toEqual([])
    })
  })

  it('bot › when one resident floods a group › then the bot keeps to its per-group rate limit', async () => {
    await withSandboxBot(async ({ bot }) => {
      // Arrange
      const { group, alice, bob } = await buildNeighbourhood()
      const floods = Array.from({ length: 12 }, (_, i) => `${i + 1}号楼${(i % 3) + 1}单元的楼道灯坏了`)
      // Act
      for (const text of floods) await bot.sandbox!.inject({ group: group.topic, sender: alice.wechatId as string, text })
      await bot.sandbox!.inject({ group: group.topic, sender: bob.wechatId as string, text: '高龄津贴怎么申请' })
      // Assert
      const outs = (await findTranscript({ roomId: group.roomId })).filter((l) => l.direction === 'out')
      expect(outs.length).toBeLessThanOrEqual(3)
      const toAlice = outs.filter((l) => l.mentionIds.includes(alice.wechatId as string))
      expect(toAlice.length).toBeLessThanOrEqual(3)
      const dropped = await MessageModel.countDocuments({ roomId: group.roomId, 'decision.reason': /rate-limited/ })
      expect(dropped).toBeGreaterThan(0)
    })
  })

  it('bot › when a worker chats in the group › then it is not treated as a resident request', async () => {
    await withSandboxBot(async ({ bot }) => {
      // Arrange
      const { group, worker, compound } = await buildNeighbourhood()
      // Act
      const result = await bot.sandbox!.inject({ group: group.topic, sender: worker.wechatId as string, text: '3号楼的灯我下午去看一下坏没坏' })
      // Assert
      expect(result.outcome?.decision).toMatchObject({ intent: 'ignored', reason: 'worker-chat' })
      expect(await RequestModel.countDocuments({ compoundId: compound._id })).toBe(0)
    })
  })

  it('bot › when an urgent danger is reported › then safety advice is given and the duty worker gets a direct message', async () => {
    await withSandboxBot(async ({ bot }) => {
      // Arrange
      const { group, alice, worker } = await buildNeighbourhood()
      // Act
      const result = await bot.sandbox!.inject({ group: group.topic, sender: alice.wechatId as string, text: '3号楼2单元楼道里有很大的煤气味，好像燃气泄漏了，快来人！' })
      // Assert
      const replies = result.outcome?.replies ?? []
      expect(result.outcome?.decision).toMatchObject({ intent: 'request', urgent: true })
      expect(replies[0].text).toContain('燃气')
      const dm = replies.find((r) => r.target.kind === 'contact')
      expect(dm?.target.id).toBe(worker.wechatId)
      expect(dm?.text).toContain('紧急')
    })
  })

  it('bot › when a dispute is raised by direct message › then it stays private', async () => {
    await withSandboxBot(async ({ bot }) => {
      // Arrange
      const { group, alice, compound } = await buildNeighbourhood()
      // Act
      const result = await bot.sandbox!.inject({ sender: alice.wechatId as string, text: '楼上邻居天天半夜吵架摔东西，跟他们说了还骂人，我们两家闹得很僵，想请社区调解一下' })
      // Assert
      expect(result.outcome?.replies.every((r) => r.target.kind === 'contact')).toBe(true)
      const stored = await RequestModel.findOne({ compoundId: compound._id }).lean()
      if (stored?.category === 'dispute') expect(stored.private).toBe(true)
      const groupOuts = (await findTranscript({ roomId: group.roomId })).filter((l) => l.direction === 'out')
      expect(groupOuts).toHaveLength(0)
    })
  })

  it('bot › when a worker of another compound types a command › then it is refused', async () => {
    await withSandboxBot(async ({ bot }) => {
      // Arrange
      const { group, alice } = await buildNeighbourhood()
      const other = await buildCompound()
      const stranger = await buildUser({ name: uniqueId('外区网格员'), compoundIds: [other._id] })
      const created = await bot.sandbox!.inject({ group: group.topic, sender: alice.wechatId as string, text: '2号楼的楼道灯坏了' })
      // Act
      const result = await bot.sandbox!.inject({ group: group.topic, sender: stranger.wechatId as string, text: `办结 ${created.outcome?.requestNo} 好了` })
      // Assert
      expect(result.outcome?.replies[0].text).toContain('不在您负责的小区')
      expect((await RequestModel.findOne({ no: created.outcome?.requestNo }).lean())?.status).toBe('new')
    })
  })
})
