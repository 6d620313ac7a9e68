import mongoose from 'mongoose'
import type { SandboxSentLine } from '../../bot/sandbox'
import { MessageModel } from '../../models/message.model'
import { RequestModel } from '../../models/request.model'
import { seedKnowledgeBase, TEST_BOT_CONFIG } from '../e2e/bot-fixture'
import { useTestDatabase } from '../helpers/db'
import { buildGroups, capturingLogger, sleep, startInProcessBot } from './fault-kit'

useTestDatabase()
beforeAll(seedKnowledgeBase)

const { BOT_MAX_PER_MINUTE: PER_MINUTE, BOT_BURST: BURST, BOT_MAX_PER_SENDER_PER_MINUTE: PER_SENDER } = TEST_BOT_CONFIG

/** The most lines of `lines` that fall in any one window of `windowMs`. */
function busiestWindow(lines: SandboxSentLine[], windowMs: number): number {
  const times = lines.map((l) => Date.parse(l.at)).sort((a, b) => a - b)
  let most = 0
  for (let i = 0, j = 0; i < times.length; i++) {
    while (times[i] - times[j] >= windowMs) j++
    most = Math.max(most, i - j + 1)
  }
  return most
}

/** Asserts the bot's own limits on every conversation it spoke in. */
function expectWithinLimits(sent: SandboxSentLine[]): void {
  const byConversation = new Map<string, SandboxSentLine[]>()
  for (const l of sent) byConversation.set(l.conversationId, [...(byConversation.get(l.conversationId) ?? []), l])
  for (const [conversation, lines] of byConversation) {
    expect({ conversation, perMinute: busiestWindow(lines, 60_000) <= PER_MINUTE, burst: busiestWindow(lines, 10_000) <= BURST }).toEqual({ conversation, perMinute: true, burst: true })
    const bySender = new Map<string, SandboxSentLine[]>()
    for (const l of lines) for (const id of l.mentionIds) bySender.set(id, [...(bySender.get(id) ?? []), l])
    for (const [sender, toSender] of bySender) expect({ conversation, sender, perSender: busiestWindow(toSender, 60_000) <= PER_SENDER }).toEqual({ conversation, sender, perSender: true })
  }
}

const WEIRD: { name: string; text: string }[] = [
  { name: '10,000 characters', text: `3号楼2单元的楼道灯坏了。${'楼道里黑乎乎的，老人晚上下楼很不方便，希望尽快修一下。'.repeat(400)}`.slice(0, 10_000) },
  { name: '10,000 characters without a space', text: 'a'.repeat(10_000) },
  { name: 'control characters', text: `楼道灯\u0000坏了\u0001\u0007\u0008\u001b[31m\u007f\u0085\u2028\u2029\u200b\u200e\u202e\ufeff请修` },
  { name: 'only emoji', text: '😀😃😄😁😆🙏🏻👨‍👩‍👧‍👦🇨🇳🔥💧⚡️' },
  { name: 'broken surrogates', text: '\ud800楼道\udfff灯\ud83d坏了' },
  { name: 'only whitespace', text: ' \t\n\u3000\u00a0 \n\n' },
  { name: 'ten thousand newlines', text: '\n'.repeat(10_000) },
  { name: 'operators and script', text: '{"$gt": ""} {"$where": "sleep(1000)"} <script>alert(1)</script> ${7*7} __proto__' },
  { name: 'a thousand mentions', text: '@邻里小助手 '.repeat(1_000) },
  { name: 'right-to-left override', text: '\u202e了坏灯道楼楼号3\u202c' },
  { name: 'emoji around an urgent report', text: '🔥🔥🔥5号楼3楼着火了冒烟了🔥🔥🔥' },
]

// What one person might paste a thousand times: questions, reports, follow-ups and chatter.
const FLOOD = ['高龄津贴怎么申请？', '5号楼2单元的楼道灯坏了', '我上次报的事情怎么样了', '哈哈哈', '低保怎么办理', '6号楼楼下的水管漏水了', '@邻里小助手 在吗', '？？？']

describe('fault › hostile messages to the bot', () => {
  it('bot › when residents send 10,000 characters, control characters, only emoji and other odd texts › then each is logged and handled, nothing crashes, and the bot stays within its limits', async () => {
    // Arrange
    const [group] = await buildGroups(1, WEIRD.length)
    const { log, lines } = capturingLogger('warn')
    const running = await startInProcessBot({ log })
    try {
      // Act: each resident sends one odd message, all at once.
      const results = await Promise.all(
        WEIRD.map((w, i) => running.bot.sandbox!.deliver({ roomId: group.roomId, talkerId: group.residents[i].contactId, text: w.text, messageId: `weird-${i}` }, 60_000).then((r) => ({ name: w.name, r }))),
      )

      // Assert: every message was processed (not failed), is in the log, and the bot kept to its limits.
      expect(results.filter(({ r }) => !('outcome' in r)).map(({ name, r }) => ({ name, r: String('error' in r ? r.error : JSON.stringify(r)) }))).toEqual([])
      const rows = await MessageModel.find({ wechatMessageId: { $regex: /^weird-/ } }).lean()
      expect(rows.map((r) => r.state)).toEqual(WEIRD.map(() => 'processed'))
      expect(rows.find((r) => r.wechatMessageId === 'weird-0')?.text).toHaveLength(10_000)
      expect(lines.filter((l) => l.msg === 'unexpected error')).toEqual([])
      expectWithinLimits(running.sent())
      expect(running.bot.health().state).toBe('logged-in')
    } finally {
      await running.stop()
    }
  }, 120_000)

  it('bot › when one resident floods a group with 1,000 messages in a minute › then all are logged, the bot answers at most its per-minute, burst and per-sender limits, and the flood makes no pile of requests', async () => {
    // Arrange
    const [group] = await buildGroups(1, 2)
    const flooder = group.residents[0]
    const running = await startInProcessBot()
    try {
      // Act: 1,000 messages within about 20 seconds (WeChat delivers them as fast as the person pastes).
      const results = []
      for (let i = 0; i < 1_000; i++) {
        results.push(running.bot.sandbox!.deliver({ roomId: group.roomId, talkerId: flooder.contactId, text: FLOOD[i % FLOOD.length], messageId: `flood-${i}` }, 240_000))
        if (i % 50 === 49) await sleep(1_000)
      }
      const settled = await Promise.all(results)
      const sent = running.sent()

      // Assert: every message processed and logged …
      expect(settled.filter((r) => !('outcome' in r)).length).toBe(0)
      expect(await MessageModel.countDocuments({ wechatMessageId: { $regex: /^flood-/ }, state: 'processed' })).toBe(1_000)
      // … the bot spoke rarely: within its limits in the group, to the flooder, and in any direct chat …
      expectWithinLimits(sent)
      const inGroup = sent.filter((l) => l.conversationId === group.roomId)
      expect(inGroup.length).toBeGreaterThan(0)
      expect(inGroup.length).toBeLessThanOrEqual(PER_MINUTE * Math.ceil((Date.parse(sent[sent.length - 1].at) - Date.parse(sent[0].at) + 1) / 60_000))
      // … and the same two reports pasted 250 times each became at most two requests.
      expect(await RequestModel.countDocuments({ compoundId: new mongoose.Types.ObjectId(group.compoundId) })).toBeLessThanOrEqual(2)
      expect(running.bot.health().state).toBe('logged-in')
    } finally {
      await running.stop()
    }
  }, 300_000)
})
