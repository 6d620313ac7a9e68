import pino from 'pino'
import { createLinliBot, sandboxBotConfig, type BotConfig, type LinliBot } from '../../bot/bot'
import { dispatchDue } from '../../domain/outbox/dispatcher.service'
import { DEFAULT_DISPATCH_POLICY } from '../../domain/outbox/dispatch-plan'
import { createRequestService, type RequestService } from '../../domain/requests/request.service'
import { SEED_FAQS } from '../../domain/knowledge/seed-faqs'
import { KeyedLock } from '../../lib/keyed-lock'
import { claimHolder, tryClaim } from '../../models/claim.model'
import { deliveryStore, enqueueDelivery } from '../../models/delivery.repo'
import { knowledgeRevision, loadActiveTopics } from '../../models/knowledge.repo'
import { buildRequestServiceDeps } from '../../models/request.repo'
import { seedFaqs } from '../../models/seed.repo'
import { buildCompound, buildGroup, buildResident, buildUser } from '../helpers/factories'
import { uniqueId } from '../helpers/db'

/** Bot settings for tests: the sandbox, no FAQ polling, the default rate limits. */
export const TEST_BOT_CONFIG: BotConfig = sandboxBotConfig({ BOT_FAQ_REFRESH_S: 0 })

/** A running sandbox bot with its request service, and a way to deliver what it put in the outbox. */
export interface BotFixture {
  bot: LinliBot
  requests: RequestService
  /** Runs one outbox dispatch pass through the bot's sender (no quiet hours or pacing). */
  flushOutbox(): Promise<number>
}

/** Seeds the sample knowledge base (read-only data shared by a file's tests). */
export async function seedKnowledgeBase(): Promise<void> {
  await seedFaqs(SEED_FAQS.map(({ questions, ...f }) => ({ ...f, variants: questions })))
}

/** Starts a sandbox bot, runs `fn`, and always stops the bot. */
export async function withSandboxBot<T>(fn: (f: BotFixture) => Promise<T>, config: Partial<BotConfig> = {}): Promise<T> {
  const log = pino({ level: 'silent' })
  const requests = createRequestService(buildRequestServiceDeps({ lock: new KeyedLock(), tz: 'Asia/Shanghai', enqueue: async (relay) => void (await enqueueDelivery(relay)) }))
  const bot = createLinliBot({ config: { ...TEST_BOT_CONFIG, ...config }, log, requests, knowledgeSource: { load: loadActiveTopics, revision: knowledgeRevision } })
  try {
    await bot.start()
    const flushOutbox = async () => {
      const report = await dispatchDue(
        {
          store: deliveryStore,
          claims: { tryClaim, claimHolder },
          sender: bot.sender,
          instanceId: uniqueId('test-dispatcher'),
          now: () => new Date(),
          sleep: async () => undefined,
          random: () => 0,
          policy: { ...DEFAULT_DISPATCH_POLICY, quietHours: { start: '00:00', end: '00:00' }, botPaceMs: 0, roomPaceMs: 0, jitterMs: 0 },
        },
        { maxWaitMs: 0 },
      )
      return report.sent
    }
    return await fn({ bot, requests, flushOutbox })
  } finally {
    await bot.stop()
  }
}

/** A compound of its own with a worker, a bound residents' group and two residents. */
export async function buildNeighbourhood() {
  const worker = await buildUser({ name: uniqueId('网格员'), onDuty: true })
  const compound = await buildCompound({ grids: [{ code: 'G1', name: '第一网格', workerIds: [worker._id], buildings: ['1', '2', '3'] }], dutyWorkerId: worker._id })
  await (await import('../../models/user.model')).UserModel.updateOne({ _id: worker._id }, { $set: { compoundIds: [compound._id] } })
  const group = await buildGroup({ compoundId: compound._id, topic: uniqueId('业主群'), boundAt: new Date() })
  const alice = await buildResident({ compoundId: compound._id, name: uniqueId('张阿姨'), nickname: uniqueId('张阿姨') })
  const bob = await buildResident({ compoundId: compound._id, name: uniqueId('李大爷'), nickname: uniqueId('李大爷') })
  return { worker: { ...worker, compoundIds: [compound._id] }, compound, group, alice, bob }
}
