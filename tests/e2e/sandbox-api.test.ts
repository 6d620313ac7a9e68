import { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi'
import { koaBody } from 'koa-body'
import pino from 'pino'
import request from 'supertest'
import { createApp } from '../../api/app'
import { sandboxRoutes } from '../../api/routes/sandbox'
import { SANDBOX_BOT_ID } from '../../bot/sandbox'
import { MessageModel } from '../../models/message.model'
import { RequestModel } from '../../models/request.model'
import { useTestDatabase, uniqueId } from '../helpers/db'
import { buildNeighbourhood, seedKnowledgeBase, withSandboxBot } from './bot-fixture'

useTestDatabase()
beforeAll(seedKnowledgeBase)

function appFor(sandbox: Parameters<typeof sandboxRoutes>[0]['sandbox']) {
  const app = createApp({ log: pino({ level: 'silent' }), before: [koaBody()], publicRouters: [sandboxRoutes({ registry: new OpenAPIRegistry(), sandbox })], protectedRouters: [] })
  return app.callback()
}

describe('sandbox API', () => {
  it('POST /api/sandbox/messages › when a resident reports in a group › then the reply comes back and the transcript shows both', async () => {
    await withSandboxBot(async ({ bot }) => {
      // Arrange
      const { group, alice } = await buildNeighbourhood()
      const http = appFor(() => bot.sandbox)
      // Act
      const res = await request(http).post('/api/sandbox/messages').send({ group: group.topic, sender: alice.nickname, text: '3号楼的楼道灯坏了' })
      const transcript = await request(http).get('/api/sandbox/transcript').query({ group: group.roomId })
      // Assert
      expect(res.status).toBe(200)
      expect(res.body).toMatchObject({ status: 'processed', decision: { intent: 'request', action: 'created' } })
      expect(res.body.replies[0]).toMatchObject({ to: { kind: 'room', id: group.roomId }, mentionIds: [alice.wechatId] })
      expect(transcript.status).toBe(200)
      expect(transcript.body.messages.map((m: { direction: string }) => m.direction)).toEqual(['in', 'out'])
      expect(transcript.body.messages[1].text).toContain(res.body.replies[0].text)
    })
  })

  it('POST /api/sandbox/messages › when the group or sender is unknown, or a field is extra › then a problem is returned', async () => {
    await withSandboxBot(async ({ bot }) => {
      // Arrange
      const { group, alice } = await buildNeighbourhood()
      const http = appFor(() => bot.sandbox)
      // Act
      const noGroup = await request(http).post('/api/sandbox/messages').send({ group: uniqueId('no-such-group'), sender: alice.wechatId, text: 'hi' })
      const noSender = await request(http).post('/api/sandbox/messages').send({ group: group.topic, sender: uniqueId('nobody'), text: 'hi' })
      const extra = await request(http).post('/api/sandbox/messages').send({ group: group.topic, sender: alice.wechatId, text: 'hi', admin: true })
      const injection = await request(http).post('/api/sandbox/messages').send({ group: { $gt: '' }, sender: alice.wechatId, text: 'hi' })
      // Assert
      expect(noGroup.status).toBe(404)
      expect(noGroup.headers['content-type']).toMatch(/problem\+json/)
      expect(noGroup.body.type).toContain('sandbox_unknown_group')
      expect(noSender.status).toBe(404)
      expect(noSender.body.type).toContain('sandbox_unknown_sender')
      expect(extra.status).toBe(400)
      expect(injection.status).toBe(400)
      expect(await MessageModel.countDocuments({ roomId: group.roomId })).toBe(0)
    })
  })

  it('GET /api/sandbox/contacts › when the sandbox runs › then groups, residents and workers are listed', async () => {
    await withSandboxBot(async ({ bot }) => {
      // Arrange
      const { group, alice, worker } = await buildNeighbourhood()
      const http = appFor(() => bot.sandbox)
      // Act
      const res = await request(http).get('/api/sandbox/contacts')
      // Assert
      expect(res.status).toBe(200)
      expect(res.body.groups).toEqual(expect.arrayContaining([expect.objectContaining({ roomId: group.roomId, bound: true })]))
      expect(res.body.residents).toEqual(expect.arrayContaining([expect.objectContaining({ id: alice.wechatId })]))
      expect(res.body.workers).toEqual(expect.arrayContaining([expect.objectContaining({ id: worker.wechatId })]))
    })
  })

  it('sandbox routes › when a real puppet is configured › then they answer 404', async () => {
    // Arrange
    const http = appFor(() => undefined)
    // Act
    const res = await request(http).post('/api/sandbox/messages').send({ sender: 'x', text: 'hi' })
    const contacts = await request(http).get('/api/sandbox/contacts')
    // Assert
    expect(res.status).toBe(404)
    expect(res.body.type).toContain('sandbox_disabled')
    expect(contacts.status).toBe(404)
  })

  it('bot › when a message was stored but not processed before a restart › then it is processed after login', async () => {
    // Arrange
    const { group, alice, compound } = await buildNeighbourhood()
    const messageId = uniqueId('interrupted')
    await MessageModel.create({ botAccountId: SANDBOX_BOT_ID, wechatMessageId: messageId, direction: 'in', roomId: group.roomId, talkerId: alice.wechatId, talkerName: '张阿姨', text: '2号楼电梯坏了', sentAt: new Date(), state: 'received' })
    // Act
    await withSandboxBot(async () => {
      for (let i = 0; i < 50; i++) {
        const row = await MessageModel.findOne({ wechatMessageId: messageId }).lean()
        if (row?.state === 'processed') break
        await new Promise((r) => setTimeout(r, 100))
      }
    })
    // Assert
    const row = await MessageModel.findOne({ wechatMessageId: messageId }).lean()
    expect(row).toMatchObject({ state: 'processed', decision: { intent: 'request', action: 'created' } })
    expect(await RequestModel.countDocuments({ compoundId: compound._id })).toBe(1)
  })
})
