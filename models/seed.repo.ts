import type { Logger } from 'pino'
import type { DemoDistrict } from '../domain/seed/demo-district'
import { CompoundModel } from './compound.model'
import { FaqModel } from './faq.model'
import { GroupModel } from './group.model'
import { ResidentModel } from './resident.model'
import { UserModel } from './user.model'

/** A knowledge-base topic as seeded. */
export interface SeedFaq {
  topic: string
  title: string
  variants: string[]
  keywords?: string[]
  answer: string
  detail?: string
  source?: string
  sourceDate?: string
  sample?: boolean
  pushTags?: string[]
}

/** True when the database holds no compound, user or topic yet. */
export async function isDatabaseEmpty(): Promise<boolean> {
  const [c, u, f] = await Promise.all([CompoundModel.estimatedDocumentCount(), UserModel.estimatedDocumentCount(), FaqModel.estimatedDocumentCount()])
  return c + u + f === 0
}

/** Seeds the knowledge base topics that are missing (existing topics are never overwritten). */
export async function seedFaqs(faqs: readonly SeedFaq[]): Promise<number> {
  let created = 0
  for (const f of faqs) {
    const res = await FaqModel.updateOne({ topic: f.topic }, { $setOnInsert: { ...f, active: true, revision: 1 } }, { upsert: true })
    created += res.upsertedCount
  }
  return created
}

/**
 * Writes the demo district (compounds, workers, residents, groups) and the knowledge base.
 * Meant for an empty database; demo accounts share one password hash.
 */
export async function seedDemoDistrict(district: DemoDistrict, faqs: readonly SeedFaq[], passwordHash: string, log: Logger): Promise<void> {
  const userIds = new Map<string, unknown>()
  for (const u of district.users) {
    const doc = await UserModel.create({ username: u.username, name: u.name, title: u.title, role: u.role, wechatId: u.wechatId, phone: u.phone, passwordHash, onDuty: Boolean(u.onDuty) })
    userIds.set(u.key, doc._id)
  }
  const compoundIds = new Map<string, unknown>()
  for (const c of district.compounds) {
    const doc = await CompoundModel.create({
      name: c.name, streetOffice: c.streetOffice, community: c.community, address: c.address, aliases: c.aliases,
      grids: c.grids.map((g) => ({ code: g.code, name: g.name, buildings: g.buildings, workerIds: g.workerKeys.map((k) => userIds.get(k)), leaderId: g.leaderKey ? userIds.get(g.leaderKey) : undefined })),
      dutyWorkerId: userIds.get(c.dutyWorkerKey),
    })
    compoundIds.set(c.key, doc._id)
  }
  for (const u of district.users) {
    await UserModel.updateOne(
      { _id: userIds.get(u.key) },
      { $set: { compoundIds: u.compoundKeys.map((k) => compoundIds.get(k)), grids: u.grids.map((g) => ({ compoundId: compoundIds.get(g.compoundKey), gridCode: g.gridCode })) } },
    )
  }
  await ResidentModel.insertMany(district.residents.map(({ compoundKey, ...r }) => ({ ...r, compoundId: compoundIds.get(compoundKey) })))
  await GroupModel.insertMany(
    district.groups.map((g) => ({ roomId: g.roomId, topic: g.topic, kind: g.kind, compoundId: g.compoundKey ? compoundIds.get(g.compoundKey) : undefined, boundAt: g.compoundKey ? new Date() : undefined, boundBy: g.compoundKey ? 'seed' : undefined })),
  )
  const topics = await seedFaqs(faqs)
  log.info({ compounds: district.compounds.length, users: district.users.length, residents: district.residents.length, groups: district.groups.length, topics }, 'demo district seeded')
}
