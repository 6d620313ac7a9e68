import { Types } from 'mongoose'
import { RequestModel } from '../../models/request.model'
import { resumeRoomContext } from '../../models/request.repo'
import { AFTER_REPORT, afterReportCount, BEFORE_REPORT, flushRoomContext, isWatching, noteRoomMessage, saveProgress, setContextSaveMs, settleRoomContext, watchRoomAfterReport, WATCH_MS } from '../../models/room-context'
import { useTestDatabase } from '../helpers/db'
import { adminWithToken, startTestApi } from '../integration/api/harness'
import { buildNeighbourhood, seedKnowledgeBase, withSandboxBot } from './bot-fixture'

useTestDatabase()
beforeAll(seedKnowledgeBase)

const CHAT = ['今天天气真好', '晚上一起去跳广场舞吗', '哈哈哈哈', '早上好各位邻居', '刚买的菜很新鲜', '周末带孙子去公园了', '大家吃了吗', '这个视频挺有意思', '晚安', '明天降温多穿点', '好的好的', '谢谢分享', '辛苦了']

describe('request detail › the group conversation around a report, read by _id', () => {
  let api: ReturnType<typeof startTestApi>
  beforeAll(() => {
    api = startTestApi()
  })
  afterAll(() => api.close())

  it('detail › when a report comes between chatter in a group › then context has the messages before it, the reply and the ones after it, and the request links them', async () => {
    await withSandboxBot(async ({ bot }) => {
      // Arrange: seven lines of chatter, a report (the bot acknowledges it at once), then more chatter than the context keeps.
      const { group, alice, bob } = await buildNeighbourhood()
      const say = async (sender: typeof alice, text: string) => {
        const r = await bot.sandbox!.inject({ group: group.topic, sender: sender.wechatId as string, text })
        expect(r.status).toBe('processed')
        return r
      }
      for (const text of CHAT.slice(0, 7)) await say(bob, text)
      const report = await say(alice, '5号楼1单元的电梯坏了，停在8楼不动了')
      const no = report.outcome?.requestNo as number
      expect(no).toBeGreaterThan(0)
      const after = CHAT.slice(0, 12).map((t) => `${t}!`)
      for (const text of after.slice(0, 3)) await say(bob, text)
      const admin = await adminWithToken()

      // Act 1: while the room is still watched, the lines seen so far are shown from memory.
      const early = await api.http.get(`/api/requests/${no}`).set('Authorization', admin.auth)
      for (const text of after.slice(3)) await say(bob, text)
      // Act 2: after the room has said enough, they are stored on the request.
      const late = await api.http.get(`/api/requests/${no}`).set('Authorization', admin.auth)

      // Assert
      const texts = (body: { context: { text: string }[] }) => body.context.map((m) => m.text)
      const before = [...CHAT.slice(2, 7), '5号楼1单元的电梯坏了，停在8楼不动了']
      expect(early.status).toBe(200)
      expect(texts(early.body).slice(0, 6)).toEqual(before)
      expect(texts(early.body).slice(7)).toEqual(after.slice(0, 3))
      expect(late.status).toBe(200)
      expect(texts(late.body).slice(0, 6)).toEqual(before)
      // The acknowledgement is the first line after the report; nine lines of chatter follow (ten in all).
      expect(late.body.context[6]).toMatchObject({ direction: 'out', linked: true })
      expect(late.body.context[6].text).toContain(`${no}`)
      expect(texts(late.body).slice(7)).toEqual(after.slice(0, AFTER_REPORT - 1))
      expect(late.body.conversation.map((m: { direction: string }) => m.direction)).toEqual(['in', 'out'])
      expect(late.body.context.filter((m: { linked: boolean }) => m.linked)).toHaveLength(2)
      await settleRoomContext()
      const stored = await RequestModel.findOne({ no }).lean()
      expect(stored?.contextRowIds).toHaveLength(6 + AFTER_REPORT)
      // The report is linked when the request is made; the acknowledgement is found among the messages after it.
      expect(stored?.linkedRowIds).toHaveLength(1)
    })
  })

  it('room context › when a watched room goes quiet past the watch, or the process shuts down › then what was seen is still stored', async () => {
    // Arrange: two requests watching two rooms, each with one message after its report.
    const quietRoom = `room-${new Types.ObjectId()}`
    const busyRoom = `room-${new Types.ObjectId()}`
    const expired = await RequestModel.create({ no: 900_001, compoundId: new Types.ObjectId(), reporters: [{ at: new Date() }], summary: 'a', category: 'lighting', deadline: new Date(), contextRowIds: [] })
    const open = await RequestModel.create({ no: 900_002, compoundId: new Types.ObjectId(), reporters: [{ at: new Date() }], summary: 'b', category: 'lighting', deadline: new Date(), contextRowIds: [] })
    const t0 = Date.now()
    watchRoomAfterReport(quietRoom, expired._id, t0)
    watchRoomAfterReport(busyRoom, open._id, t0 + 2000)
    const quietLine = new Types.ObjectId()
    const busyLines = [new Types.ObjectId(), new Types.ObjectId()]
    await noteRoomMessage(quietRoom, quietLine, { now: t0 + 3000 })
    await noteRoomMessage(busyRoom, busyLines[0], { now: t0 + 3000 })
    // Act 1: a message in another room after the quiet room's watch has ended writes what that watch saw.
    await noteRoomMessage(busyRoom, busyLines[1], { now: t0 + WATCH_MS + 1 })
    await settleRoomContext()
    const afterExpiry = await Promise.all([expired, open].map((r) => RequestModel.findById(r._id).lean()))
    // Act 2: shutdown writes the rest.
    await flushRoomContext()
    // Assert
    // (the busy room's line may already be saved by the periodic save, tested below)
    expect(afterExpiry[0]?.contextRowIds?.map(String)).toEqual([String(quietLine)])
    expect((await RequestModel.findById(open._id).lean())?.contextRowIds?.map(String)).toEqual(busyLines.map(String))
  })

  it('room context › while a watch goes on › then what it collected is saved every few seconds, each message once, so a killed process loses only the last seconds', async () => {
    // Arrange
    const room = `room-${new Types.ObjectId()}`
    const req = await RequestModel.create({ no: 900_003, compoundId: new Types.ObjectId(), reporters: [{ at: new Date() }], summary: 'c', category: 'lighting', deadline: new Date(), contextRowIds: [] })
    const lines = Array.from({ length: 5 }, () => new Types.ObjectId())
    const stored = async () => ((await RequestModel.findById(req._id).lean())?.contextRowIds ?? []).map(String)
    const SAVE_MS = 1000
    setContextSaveMs(SAVE_MS)
    watchRoomAfterReport(room, req._id)
    // Act: three lines, then the periodic save (a real timer); two more, saved by hand; then shutdown's flush
    for (const id of lines.slice(0, 3)) await noteRoomMessage(room, id)
    await new Promise((r) => setTimeout(r, SAVE_MS + 1000))
    await settleRoomContext()
    const byTimer = await stored()
    for (const id of lines.slice(3)) await noteRoomMessage(room, id)
    await saveProgress()
    const bySave = await stored()
    await flushRoomContext()
    // Assert
    expect(byTimer).toEqual(lines.slice(0, 3).map(String))
    expect(bySave).toEqual(lines.map(String))
    expect(await stored()).toEqual(lines.map(String))
  })

  it('afterReportCount › then the messages after the report are counted from its row, or beyond the ones before it', () => {
    const ids = Array.from({ length: 9 }, (_, i) => `r${i}`)
    expect(afterReportCount(ids, 'r5')).toBe(3)
    expect(afterReportCount(ids, 'r8')).toBe(0)
    expect(afterReportCount(ids, undefined)).toBe(9 - BEFORE_REPORT)
    expect(afterReportCount(ids.slice(0, 3), 'missing')).toBe(0)
  })

  it('resumeRoomContext › when a process restarts during a watch › then the report is watched again for the messages it still lacks, and old or complete ones are not', async () => {
    // Arrange: what a killed process left: a report 5 minutes ago with two messages after it saved, one complete, one too old
    const now = Date.now()
    const room = `room-${new Types.ObjectId()}`
    const beforeIds = Array.from({ length: 5 }, () => new Types.ObjectId())
    const reportRow = new Types.ObjectId()
    const savedAfter = [new Types.ObjectId(), new Types.ObjectId()]
    const base = { compoundId: new Types.ObjectId(), reporters: [{ at: new Date() }], summary: 'd', category: 'lighting', deadline: new Date(now + 86_400_000), source: 'group', roomId: room }
    const partial = await RequestModel.create({ ...base, no: 900_004, createdAt: new Date(now - 5 * 60_000), linkedRowIds: [reportRow], contextRowIds: [...beforeIds, reportRow, ...savedAfter] })
    const complete = await RequestModel.create({ ...base, no: 900_005, createdAt: new Date(now - 5 * 60_000), linkedRowIds: [reportRow], contextRowIds: [reportRow, ...Array.from({ length: AFTER_REPORT }, () => new Types.ObjectId())] })
    const old = await RequestModel.create({ ...base, no: 900_006, createdAt: new Date(now - WATCH_MS - 60_000), linkedRowIds: [reportRow], contextRowIds: [reportRow] })
    // Act
    const resumed = await resumeRoomContext(now)
    const watched = [partial, complete, old].map((r) => isWatching(String(r._id), room))
    const later = Array.from({ length: AFTER_REPORT }, () => new Types.ObjectId())
    for (const id of later) await noteRoomMessage(room, id)
    await settleRoomContext()
    // Assert: only the partial one, which takes the eight messages it lacked and no more
    expect(resumed).toBeGreaterThanOrEqual(1)
    expect(watched).toEqual([true, false, false])
    const stored = (await RequestModel.findById(partial._id).lean())?.contextRowIds?.map(String)
    expect(stored).toEqual([...beforeIds, reportRow, ...savedAfter, ...later.slice(0, AFTER_REPORT - 2)].map(String))
    expect(isWatching(String(partial._id), room)).toBe(false)
  })
})
